// int / float methods and the numeric builtins: round, divmod, abs, pow, hex, oct, bin, chr,
// ord, hash.
#include <tuple>
#include <cmath>
#include <vector>

#include "engine/text/number_text.hpp"
#include "engine/text/utf8.hpp"
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {
namespace {

bool isNumber(Value v) { return v.isInt() || v.isBool() || v.isFloat(); }
double toDouble(Value v) { return v.isFloat() ? v.asFloat() : v.isInt() ? static_cast<double>(v.asInt()) : v.asBool(); }
int64_t toInt(Value v) { return v.isInt() ? v.asInt() : v.asBool() ? 1 : 0; }

Value floatToIntChecked(CallContext& ctx, double d) {
    if (std::isinf(d)) return ctx.overflowError("cannot convert float infinity to integer");
    if (std::isnan(d)) return ctx.valueError("cannot convert float NaN to integer");
    if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return ctx.overflowError(text::kIntTooLarge);
    return Value::integer(static_cast<int64_t>(d));
}

Value builtinRound(CallContext& ctx, ArgView args) {
    if (!checkKeywords(ctx, args, "round", {"number", "ndigits"}) || !arity(ctx, args, "round", 1, 2, 0)) {
        return Value::error();
    }
    const Value* numberArg = kwOrPos(args, 0, "number");
    if (!numberArg) return ctx.typeError("round() missing required argument 'number' (pos 1)");
    const Value x = *numberArg;
    const Value* nd = kwOrPos(args, 1, "ndigits");
    const bool hasDigits = nd && !nd->isNone();
    int64_t n = 0;
    if (hasDigits && !ctx.index(*nd, n)) return Value::error();
    if (x.isFloat()) {
        if (!hasDigits) return floatToIntChecked(ctx, std::nearbyint(x.asFloat()));
        return Value::real(text::roundDouble(x.asFloat(), n));
    }
    if (x.isInt() || x.isBool()) {
        const int64_t v = toInt(x);
        if (!hasDigits || n >= 0) return Value::integer(v);
        if (n < -18) return Value::integer(0);
        int64_t pow10 = 1;
        for (int64_t i = 0; i < -n; ++i) pow10 *= 10;
        int64_t q = v / pow10, rem = v % pow10;
        if (rem < 0) {
            rem += pow10;
            --q;
        }
        if (2 * rem > pow10 || (2 * rem == pow10 && q % 2 != 0)) ++q;
        return Value::integer(q * pow10);
    }
    if (!ctx.typeOf(x)->lookup("__round__")) {
        return ctx.typeError("type " + std::string(ctx.typeName(x)) + " doesn't define __round__ method");
    }
    return hasDigits ? ctx.callMethod(x, "__round__", {*nd}) : ctx.callMethod(x, "__round__", {});
}

Value builtinDivmod(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "divmod") || !arity(ctx, args, "divmod", 2, 2, 0)) return Value::error();
    Value a = args[0], b = args[1];
    if ((a.isInt() || a.isBool()) && (b.isInt() || b.isBool())) {
        const int64_t x = toInt(a), y = toInt(b);
        if (y == 0) return ctx.raise(ctx.types().ZeroDivisionError, "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) return ctx.overflowError("integer overflow");
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
            --q;
        }
        return Value::object(ctx.newTuple({Value::integer(q), Value::integer(r)}));
    }
    if (isNumber(a) && isNumber(b)) {
        const double vx = toDouble(a), wx = toDouble(b);
        if (wx == 0.0) return ctx.raise(ctx.types().ZeroDivisionError, "float divmod()");
        double mod = std::fmod(vx, wx);
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = std::copysign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = std::floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = std::copysign(0.0, vx / wx);
        }
        return Value::object(ctx.newTuple({Value::real(floordiv), Value::real(mod)}));
    }
    Value q = ctx.binary(BinaryOp::FloorDiv, a, b);
    if (q.isSignal()) {
        if (ctx.pendingIs(ctx.types().TypeError)) {
            ctx.clearPending();
            return ctx.typeError("unsupported operand type(s) for divmod(): '" + std::string(ctx.typeName(a)) +
                                 "' and '" + std::string(ctx.typeName(b)) + "'");
        }
        return q;
    }
    Value r = ctx.binary(BinaryOp::Mod, a, b);
    if (r.isSignal()) return r;
    return Value::object(ctx.newTuple({q, r}));
}

Value builtinAbs(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "abs") || !arity(ctx, args, "abs", 1, 1, 0)) return Value::error();
    Value v = args[0];
    if (v.isInt()) {
        if (v.asInt() == INT64_MIN) return ctx.overflowError("integer overflow");
        return Value::integer(v.asInt() < 0 ? -v.asInt() : v.asInt());
    }
    if (v.isBool()) return Value::integer(v.asBool());
    if (v.isFloat()) return Value::real(std::fabs(v.asFloat()));
    if (!ctx.typeOf(v)->lookup("__abs__")) {
        return ctx.typeError("bad operand type for abs(): '" + std::string(ctx.typeName(v)) + "'");
    }
    return ctx.callMethod(v, "__abs__", {});
}

// (a * b) % m without overflow, m > 0, 0 <= a, b < m.
int64_t mulMod(int64_t a, int64_t b, int64_t m) {
    return static_cast<int64_t>((static_cast<__int128>(a) * b) % m);
}

Value builtinPow(CallContext& ctx, ArgView args) {
    if (!checkKeywords(ctx, args, "pow", {"base", "exp", "mod"}) || !arity(ctx, args, "pow", 2, 3, 0)) {
        return Value::error();
    }
    const Value* base = kwOrPos(args, 0, "base");
    const Value* exp = kwOrPos(args, 1, "exp");
    const Value* mod = kwOrPos(args, 2, "mod");
    if (!base || !exp) return ctx.typeError("pow() missing required argument 'exp' (pos 2)");
    if (!mod || mod->isNone()) return ctx.binary(BinaryOp::Pow, *base, *exp);
    const bool ints = (base->isInt() || base->isBool()) && (exp->isInt() || exp->isBool()) &&
                      (mod->isInt() || mod->isBool());
    if (!ints) return ctx.typeError("pow() 3rd argument not allowed unless all arguments are integers");
    int64_t b = toInt(*base), e = toInt(*exp), m = toInt(*mod);
    if (m == 0) return ctx.valueError("pow() 3rd argument cannot be 0");
    const bool negMod = m < 0;
    if (negMod) m = -m;
    b %= m;
    if (b < 0) b += m;
    if (e < 0) {  // modular inverse, then positive power
        int64_t r0 = m, r1 = b, t0 = 0, t1 = 1;
        while (r1 != 0) {
            int64_t q = r0 / r1;
            std::tie(r0, r1) = std::make_pair(r1, r0 - q * r1);
            std::tie(t0, t1) = std::make_pair(t1, t0 - q * t1);
        }
        if (r0 != 1) return ctx.valueError("base is not invertible for the given modulus");
        b = t0 % m;
        if (b < 0) b += m;
        e = -e;
    }
    int64_t result = 1 % m;
    while (e > 0) {
        if (e & 1) result = mulMod(result, b, m);
        b = mulMod(b, b, m);
        e >>= 1;
    }
    if (negMod && result != 0) result -= m;
    return Value::integer(result);
}

template <int Base>
Value builtinBase(CallContext& ctx, ArgView args) {
    const char* name = Base == 16 ? "hex" : Base == 8 ? "oct" : "bin";
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 1, 1, 0)) return Value::error();
    int64_t v;
    if (!ctx.index(args[0], v)) return Value::error();
    return ctx.makeStr(text::intWithPrefix(v, Base));
}

Value builtinChr(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "chr") || !arity(ctx, args, "chr", 1, 1, 0)) return Value::error();
    int64_t v;
    if (!ctx.index(args[0], v)) return Value::error();
    if (v < 0 || v > 0x10FFFF) return ctx.valueError("chr() arg not in range(0x110000)");
    return ctx.makeStr(text::encodeUtf8(static_cast<char32_t>(v)));
}

Value builtinOrd(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "ord") || !arity(ctx, args, "ord", 1, 1, 0)) return Value::error();
    if (!isStr(args[0])) {
        return ctx.typeError("ord() expected string of length 1, but " + std::string(ctx.typeName(args[0])) + " found");
    }
    const StrObject* s = as<StrObject>(args[0]);
    if (s->length != 1) {
        return ctx.typeError("ord() expected a character, but string of length " + std::to_string(s->length) + " found");
    }
    return Value::integer(static_cast<int64_t>(text::codePointAt(s->view(), 0)));
}

Value builtinHash(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "hash") || !arity(ctx, args, "hash", 1, 1, 0)) return Value::error();
    int64_t h;
    if (!ctx.hash(args[0], h)) return Value::error();
    return Value::integer(h);
}

Value intBitLength(CallContext& ctx, ArgView args) {
    if (args.size() < 1 || !(args[0].isInt() || args[0].isBool())) {
        return ctx.typeError("descriptor 'bit_length' for 'int' objects doesn't apply to this object");
    }
    if (!arity(ctx, args, "int.bit_length", 0, 0)) return Value::error();
    const int64_t v = toInt(args[0]);
    const uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return Value::integer(m == 0 ? 0 : 64 - __builtin_clzll(m));
}

Value floatIsInteger(CallContext& ctx, ArgView args) {
    if (args.size() < 1 || !args[0].isFloat()) {
        return ctx.typeError("descriptor 'is_integer' for 'float' objects doesn't apply to this object");
    }
    if (!arity(ctx, args, "float.is_integer", 0, 0)) return Value::error();
    const double d = args[0].asFloat();
    return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

}  // namespace

void installNumberMethods(BuiltinTypes& t) {
    addNative(t.intType, "bit_length", intBitLength);
    addNative(t.floatType, "is_integer", floatIsInteger);
}

void installNumberBuiltins(BuiltinTypes& t, DictObject* builtins) {
    addFunction(builtins, "round", builtinRound);
    addFunction(builtins, "divmod", builtinDivmod);
    addFunction(builtins, "abs", builtinAbs);
    addFunction(builtins, "pow", builtinPow);
    addFunction(builtins, "hex", builtinBase<16>);
    addFunction(builtins, "oct", builtinBase<8>);
    addFunction(builtins, "bin", builtinBase<2>);
    addFunction(builtins, "chr", builtinChr);
    addFunction(builtins, "ord", builtinOrd);
    addFunction(builtins, "hash", builtinHash);
}

}  // namespace il::vm::lib
