// Arithmetic: int (64-bit, OverflowError instead of wrapping), float, sequences, and dunder
// dispatch (__add__ / __radd__ / __iadd__) for instances and builtin-library natives.

#include <cmath>
#include <limits>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

const char* kOpSymbols[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@"};

Value overflow(CallContext& ctx) {
    return ctx.overflowError("integer result does not fit in 64 bits (Interleave ints are 64-bit)");
}

bool isIntLike(Value v) { return v.isInt() || v.isBool(); }
int64_t intOf(Value v) { return v.isInt() ? v.asInt() : (v.asBool() ? 1 : 0); }
bool isNumber(Value v) { return v.isInt() || v.isBool() || v.isFloat(); }
double floatOf(Value v) { return v.isFloat() ? v.asFloat() : double(intOf(v)); }

Value intPow(CallContext& ctx, int64_t base, int64_t exp) {
    if (exp < 0) return Value::real(std::pow(double(base), double(exp)));
    int64_t result = 1;
    while (exp) {
        if (exp & 1)
            if (__builtin_mul_overflow(result, base, &result)) return overflow(ctx);
        exp >>= 1;
        if (exp && __builtin_mul_overflow(base, base, &base)) return overflow(ctx);
    }
    return Value::integer(result);
}

Value intBinary(CallContext& ctx, BinaryOp op, int64_t a, int64_t b, bool bothBool) {
    int64_t r;
    switch (op) {
    case BinaryOp::Add:
        if (__builtin_add_overflow(a, b, &r)) return overflow(ctx);
        return Value::integer(r);
    case BinaryOp::Sub:
        if (__builtin_sub_overflow(a, b, &r)) return overflow(ctx);
        return Value::integer(r);
    case BinaryOp::Mul:
        if (__builtin_mul_overflow(a, b, &r)) return overflow(ctx);
        return Value::integer(r);
    case BinaryOp::TrueDiv:
        if (b == 0) return ctx.raise(ctx.types().ZeroDivisionError, "division by zero");
        return Value::real(double(a) / double(b));
    case BinaryOp::FloorDiv: {
        if (b == 0) return ctx.raise(ctx.types().ZeroDivisionError, "integer division or modulo by zero");
        if (a == std::numeric_limits<int64_t>::min() && b == -1) return overflow(ctx);
        int64_t q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
        return Value::integer(q);
    }
    case BinaryOp::Mod: {
        if (b == 0) return ctx.raise(ctx.types().ZeroDivisionError, "integer modulo by zero");
        if (b == -1) return Value::integer(0);
        int64_t m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) m += b;
        return Value::integer(m);
    }
    case BinaryOp::Pow: return intPow(ctx, a, b);
    case BinaryOp::LShift:
        if (b < 0) return ctx.valueError("negative shift count");
        if (a == 0) return Value::integer(0);
        if (b >= 63) return overflow(ctx);
        r = int64_t(uint64_t(a) << b);
        if ((r >> b) != a) return overflow(ctx);
        return Value::integer(r);
    case BinaryOp::RShift:
        if (b < 0) return ctx.valueError("negative shift count");
        if (b >= 63) return Value::integer(a < 0 ? -1 : 0);
        return Value::integer(a >> b);
    case BinaryOp::Or: return bothBool ? Value::boolean(a | b) : Value::integer(a | b);
    case BinaryOp::Xor: return bothBool ? Value::boolean(a ^ b) : Value::integer(a ^ b);
    case BinaryOp::And: return bothBool ? Value::boolean(a & b) : Value::integer(a & b);
    case BinaryOp::MatMul: break;
    }
    return Value::none();  // NotImplemented marker handled by caller
}

Value floatBinary(CallContext& ctx, BinaryOp op, double a, double b) {
    const BuiltinTypes& T = ctx.types();
    switch (op) {
    case BinaryOp::Add: return Value::real(a + b);
    case BinaryOp::Sub: return Value::real(a - b);
    case BinaryOp::Mul: return Value::real(a * b);
    case BinaryOp::TrueDiv:
        if (b == 0.0) return ctx.raise(T.ZeroDivisionError, "float division by zero");
        return Value::real(a / b);
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
        if (b == 0.0)
            return ctx.raise(T.ZeroDivisionError, op == BinaryOp::Mod ? "float modulo" : "float floor division by zero");
        double mod = std::fmod(a, b);
        double div = (a - mod) / b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = std::copysign(0.0, b);
        }
        if (op == BinaryOp::Mod) return Value::real(mod);
        double floordiv;
        if (div != 0.0) {
            floordiv = std::floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = std::copysign(0.0, a / b);
        }
        return Value::real(floordiv);
    }
    case BinaryOp::Pow:
        if (a == 0.0 && b < 0) return ctx.raise(T.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (a < 0 && b != std::floor(b))
            return ctx.valueError("math domain error (negative number to a fractional power)");
        {
            double r = std::pow(a, b);
            if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
                return ctx.raise(T.OverflowError, "(34, 'Numerical result out of range')");
            return Value::real(r);
        }
    default: break;
    }
    return Value::none();
}

Value repeatSeq(CallContext& ctx, Value seq, int64_t n) {
    if (n < 0) n = 0;
    const BuiltinTypes& T = ctx.types();
    if (isKind(seq, ObjKind::Str)) {
        auto* s = as<StrObject>(seq);
        if (!ctx.checkAlloc(s->data.size() * size_t(n))) return Value::error();
        std::string r;
        r.reserve(s->data.size() * size_t(n));
        for (int64_t i = 0; i < n; ++i) r += s->data;
        return ctx.makeStr(r);
    }
    const std::vector<Value>& items =
        isKind(seq, ObjKind::List) ? as<ListObject>(seq)->items : as<TupleObject>(seq)->items;
    if (!ctx.checkAlloc(items.size() * size_t(n) * sizeof(Value))) return Value::error();
    std::vector<Value> out;
    out.reserve(items.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    if (isKind(seq, ObjKind::List)) return Value::object(ctx.newList(std::move(out)));
    (void)T;
    return Value::object(ctx.newTuple(std::move(out)));
}

bool isSeq(Value v) { return isKind(v, ObjKind::Str) || isKind(v, ObjKind::List) || isKind(v, ObjKind::Tuple); }

// callDunder(): calls type(self).name(self, other) if defined. 1 called (out), 0 absent, -1 error.
int callDunder(CallContext& ctx, Value self, StrObject* name, Value other, Value& out) {
    ClassObject* cls = ctx.typeOf(self);
    Value* fn = cls->lookup(name);
    if (!fn || fn->isNone()) return 0;
    Value args[2] = {self, other};
    out = callValue(ctx, *fn, ArgView{args, 2, nullptr, 0});
    if (out.isError()) return -1;
    if (out.isSuspend()) {
        ctx.raise(ctx.types().RuntimeError, "an operator method cannot block");
        return -1;
    }
    return 1;
}

}  // namespace

Value binaryOp(CallContext& ctx, BinaryOp op, Value a, Value b, bool inplace) {
    const BuiltinTypes& T = ctx.types();
    if (isIntLike(a) && isIntLike(b)) {
        Value r = intBinary(ctx, op, intOf(a), intOf(b), a.isBool() && b.isBool());
        if (!r.isNone()) return r;
    } else if (isNumber(a) && isNumber(b)) {
        Value r = floatBinary(ctx, op, floatOf(a), floatOf(b));
        if (!r.isNone()) return r;
    } else if (op == BinaryOp::Add && isKind(a, ObjKind::Str)) {
        if (isKind(b, ObjKind::Str)) {
            auto* x = as<StrObject>(a);
            auto* y = as<StrObject>(b);
            auto* s = ctx.newStr("");
            s->data.reserve(x->data.size() + y->data.size());
            s->data = x->data;
            s->data += y->data;
            s->length = x->length + y->length;
            s->ascii = x->ascii && y->ascii;
            return Value::object(s);
        }
        if (!ctx.typeOf(b)->lookup(T.names.reflected[0]))
            return ctx.typeError("can only concatenate str (not \"" + std::string(ctx.typeName(b)) + "\") to str");
    } else if (op == BinaryOp::Add && isKind(a, ObjKind::List)) {
        if (isKind(b, ObjKind::List)) {
            if (inplace) {
                auto& items = as<ListObject>(a)->items;
                auto& other = as<ListObject>(b)->items;
                items.insert(items.end(), other.begin(), other.end());
                return a;
            }
            std::vector<Value> r = as<ListObject>(a)->items;
            auto& other = as<ListObject>(b)->items;
            r.insert(r.end(), other.begin(), other.end());
            return Value::object(ctx.newList(std::move(r)));
        }
        if (inplace) {
            if (!ctx.collect(b, as<ListObject>(a)->items)) return Value::error();
            return a;
        }
        return ctx.typeError("can only concatenate list (not \"" + std::string(ctx.typeName(b)) + "\") to list");
    } else if (op == BinaryOp::Add && isKind(a, ObjKind::Tuple)) {
        if (isKind(b, ObjKind::Tuple)) {
            std::vector<Value> r = as<TupleObject>(a)->items;
            auto& other = as<TupleObject>(b)->items;
            r.insert(r.end(), other.begin(), other.end());
            return Value::object(ctx.newTuple(std::move(r)));
        }
        return ctx.typeError("can only concatenate tuple (not \"" + std::string(ctx.typeName(b)) + "\") to tuple");
    } else if (op == BinaryOp::Mul && (isSeq(a) || isSeq(b))) {
        Value seq = isSeq(a) ? a : b;
        Value n = isSeq(a) ? b : a;
        if (isIntLike(n)) {
            if (inplace && isKind(seq, ObjKind::List) && seq.identical(a)) {
                auto& items = as<ListObject>(a)->items;
                int64_t k = intOf(n);
                if (k <= 0) {
                    items.clear();
                    return a;
                }
                if (!ctx.checkAlloc(items.size() * size_t(k) * sizeof(Value))) return Value::error();
                std::vector<Value> copy = items;
                for (int64_t i = 1; i < k; ++i) items.insert(items.end(), copy.begin(), copy.end());
                return a;
            }
            return repeatSeq(ctx, seq, intOf(n));
        }
        if (!isKind(n, ObjKind::Instance))
            return ctx.typeError("can't multiply sequence by non-int of type '" + std::string(ctx.typeName(n)) + "'");
    }
    // Dunder dispatch (instances and builtin-library natives such as set.__or__, str.__mod__).
    Value out;
    int idx = int(op);
    if (inplace) {
        int r = callDunder(ctx, a, T.names.inplace[idx], b, out);
        if (r < 0) return Value::error();
        if (r > 0 && !out.identical(T.notImplemented)) return out;
    }
    ClassObject* ca = ctx.typeOf(a);
    ClassObject* cb = ctx.typeOf(b);
    bool reflectedFirst = ca != cb && cb->isSubclassOf(ca) && cb->lookup(T.names.reflected[idx]);
    if (!reflectedFirst) {
        int r = callDunder(ctx, a, T.names.binary[idx], b, out);
        if (r < 0) return Value::error();
        if (r > 0 && !out.identical(T.notImplemented)) return out;
    }
    if (ca != cb || reflectedFirst) {
        int r = callDunder(ctx, b, T.names.reflected[idx], a, out);
        if (r < 0) return Value::error();
        if (r > 0 && !out.identical(T.notImplemented)) return out;
    }
    if (reflectedFirst) {
        int r = callDunder(ctx, a, T.names.binary[idx], b, out);
        if (r < 0) return Value::error();
        if (r > 0 && !out.identical(T.notImplemented)) return out;
    }
    std::string sym = kOpSymbols[idx];
    if (inplace) sym += "=";
    if (op == BinaryOp::Pow && !inplace) sym = "** or pow()";
    return ctx.typeError("unsupported operand type(s) for " + sym + ": '" + std::string(ctx.typeName(a)) +
                         "' and '" + std::string(ctx.typeName(b)) + "'");
}

static Value unaryDunder(CallContext& ctx, Value v, StrObject* name, const char* sym) {
    ClassObject* cls = ctx.typeOf(v);
    if (Value* fn = cls->lookup(name)) {
        Value args[1] = {v};
        return callValue(ctx, *fn, ArgView{args, 1, nullptr, 0});
    }
    return ctx.typeError(std::string("bad operand type for unary ") + sym + ": '" + std::string(ctx.typeName(v)) + "'");
}

Value unaryNegative(CallContext& ctx, Value v) {
    if (isIntLike(v)) {
        int64_t i = intOf(v);
        if (i == std::numeric_limits<int64_t>::min()) return overflow(ctx);
        return Value::integer(-i);
    }
    if (v.isFloat()) return Value::real(-v.asFloat());
    return unaryDunder(ctx, v, ctx.types().names.neg, "-");
}

Value unaryPositive(CallContext& ctx, Value v) {
    if (isIntLike(v)) return Value::integer(intOf(v));
    if (v.isFloat()) return v;
    return unaryDunder(ctx, v, ctx.types().names.pos, "+");
}

Value unaryInvert(CallContext& ctx, Value v) {
    if (isIntLike(v)) return Value::integer(~intOf(v));
    return unaryDunder(ctx, v, ctx.types().names.invert, "~");
}

int truthOf(CallContext& ctx, Value v) {
    switch (v.tag()) {
    case Tag::None: return 0;
    case Tag::Bool: return v.asBool();
    case Tag::Int: return v.asInt() != 0;
    case Tag::Float: return v.asFloat() != 0.0;
    case Tag::Obj: break;
    default: return 0;
    }
    Object* o = v.asObj();
    switch (o->kind) {
    case ObjKind::Str: return !static_cast<StrObject*>(o)->data.empty();
    case ObjKind::List: return !static_cast<ListObject*>(o)->items.empty();
    case ObjKind::Tuple: return !static_cast<TupleObject*>(o)->items.empty();
    case ObjKind::Dict: return static_cast<DictObject*>(o)->size() != 0;
    case ObjKind::Set:
    case ObjKind::FrozenSet: return static_cast<SetObject*>(o)->size() != 0;
    case ObjKind::Range: return static_cast<RangeObject*>(o)->length() != 0;
    case ObjKind::DictView: return static_cast<DictViewObject*>(o)->dict->size() != 0;
    case ObjKind::Instance:
    case ObjKind::Exception: {
        const BuiltinTypes& T = ctx.types();
        if (Value* fn = o->cls->lookup(T.names.bool_)) {
            Value args[1] = {v};
            Value r = callValue(ctx, *fn, ArgView{args, 1, nullptr, 0});
            if (r.isSignal()) return -1;
            if (!r.isBool()) {
                ctx.typeError("__bool__ should return bool, returned " + std::string(ctx.typeName(r)));
                return -1;
            }
            return r.asBool();
        }
        if (Value* fn = o->cls->lookup(T.names.len)) {
            Value args[1] = {v};
            Value r = callValue(ctx, *fn, ArgView{args, 1, nullptr, 0});
            if (r.isSignal()) return -1;
            return isIntLike(r) && intOf(r) != 0;
        }
        return 1;
    }
    default: return 1;
    }
}

}  // namespace il::vm
