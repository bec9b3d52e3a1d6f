// Comparisons: equality (with identity shortcut), ordering of numbers, str, list and tuple,
// containers' equality, and __eq__ / __lt__ ... dispatch with reflection.

#include <cmath>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

const char* kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
CmpOp swapped(CmpOp op) {
    switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
    }
}

bool isIntLike(Value v) { return v.isInt() || v.isBool(); }
int64_t intOf(Value v) { return v.isInt() ? v.asInt() : (v.asBool() ? 1 : 0); }
bool isNumber(Value v) { return v.isInt() || v.isBool() || v.isFloat(); }

template <class A>
bool cmpResult(CmpOp op, const A& a, const A& b) {
    switch (op) {
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
    }
    return false;
}

// Number comparison: 1/0 (never fails).
bool numCompare(Value a, Value b, CmpOp op) {
    if (isIntLike(a) && isIntLike(b)) return cmpResult(op, intOf(a), intOf(b));
    double x = a.isFloat() ? a.asFloat() : double(intOf(a));
    double y = b.isFloat() ? b.asFloat() : double(intOf(b));
    return cmpResult(op, x, y);
}

const std::vector<Value>* seqItems(Value v) {
    if (isKind(v, ObjKind::List)) return &as<ListObject>(v)->items;
    if (isKind(v, ObjKind::Tuple)) return &as<TupleObject>(v)->items;
    return nullptr;
}

// Sequence comparison (same kind). Returns Value bool or error.
Value seqCompare(CallContext& ctx, const std::vector<Value>& a, const std::vector<Value>& b, CmpOp op) {
    NestingGuard nesting(ctx, " in comparison");
    if (!nesting.ok()) return Value::error();
    if ((op == CmpOp::Eq || op == CmpOp::Ne) && a.size() != b.size()) return Value::boolean(op == CmpOp::Ne);
    size_t n = a.size() < b.size() ? a.size() : b.size();
    for (size_t i = 0; i < n; ++i) {
        int eq = eqValues(ctx, a[i], b[i]);
        if (eq < 0) return Value::error();
        if (!eq) {
            if (op == CmpOp::Eq) return Value::boolean(false);
            if (op == CmpOp::Ne) return Value::boolean(true);
            return richCompare(ctx, a[i], b[i], op);
        }
    }
    return Value::boolean(cmpResult(op, a.size(), b.size()));
}

int dictEqual(CallContext& ctx, DictObject* a, DictObject* b) {
    if (a->size() != b->size()) return 0;
    NestingGuard nesting(ctx, " in comparison");
    if (!nesting.ok()) return -1;
    for (auto& e : a->entries) {
        if (!e.live) continue;
        Value other;
        Found f = b->getHashed(ctx, e.key, e.hash, other);
        if (f == Found::Error) return -1;
        if (f == Found::No) return 0;
        int eq = eqValues(ctx, e.value, other);
        if (eq <= 0) return eq;
    }
    return 1;
}

int setSubset(CallContext& ctx, SetObject* a, SetObject* b) {
    for (auto& s : a->table) {
        if (s.state != 1) continue;
        Found f = b->contains(ctx, s.key);
        if (f == Found::Error) return -1;
        if (f == Found::No) return 0;
    }
    return 1;
}

bool isSetLike(Value v) { return isKind(v, ObjKind::Set) || isKind(v, ObjKind::FrozenSet); }

// callCompareDunder(): 1 with out set, 0 not defined / NotImplemented, -1 error.
int callCompareDunder(CallContext& ctx, Value self, CmpOp op, Value other, Value& out) {
    const BuiltinTypes& T = ctx.types();
    StrObject* names[] = {T.names.lt, T.names.le, T.names.eq, T.names.ne, T.names.gt, T.names.ge};
    ClassObject* cls = ctx.typeOf(self);
    Value* fn = cls->lookup(names[int(op)]);
    if (!fn || fn->isNone()) return 0;
    Value args[2] = {self, other};
    out = callValue(ctx, *fn, ArgView{args, 2, nullptr, 0});
    if (out.isSignal()) {
        if (out.isSuspend()) ctx.raise(T.RuntimeError, "a comparison method cannot block");
        return -1;
    }
    if (out.identical(T.notImplemented)) return 0;
    return 1;
}

}  // namespace

int eqValues(CallContext& ctx, Value a, Value b) {
    if (a.identical(b)) {
        if (a.isFloat() && std::isnan(a.asFloat())) return 0;
        return 1;
    }
    if (isNumber(a) && isNumber(b)) return numCompare(a, b, CmpOp::Eq);
    if (isKind(a, ObjKind::Str) && isKind(b, ObjKind::Str)) return as<StrObject>(a)->equals(as<StrObject>(b));
    Value r = richCompare(ctx, a, b, CmpOp::Eq);
    if (r.isSignal()) return -1;
    if (r.isBool()) return r.asBool();
    return truthOf(ctx, r);
}

Value richCompare(CallContext& ctx, Value a, Value b, CmpOp op) {
    const BuiltinTypes& T = ctx.types();
    if (isNumber(a) && isNumber(b)) return Value::boolean(numCompare(a, b, op));
    if (isKind(a, ObjKind::Str) && isKind(b, ObjKind::Str))
        return Value::boolean(cmpResult(op, as<StrObject>(a)->data, as<StrObject>(b)->data));
    const std::vector<Value>* sa = seqItems(a);
    const std::vector<Value>* sb = seqItems(b);
    if (sa && sb && a.asObj()->kind == b.asObj()->kind) return seqCompare(ctx, *sa, *sb, op);
    if (op == CmpOp::Eq || op == CmpOp::Ne) {
        bool ne = op == CmpOp::Ne;
        if (isKind(a, ObjKind::Dict) && isKind(b, ObjKind::Dict)) {
            int eq = dictEqual(ctx, as<DictObject>(a), as<DictObject>(b));
            if (eq < 0) return Value::error();
            return Value::boolean(ne ? !eq : eq);
        }
        if (isSetLike(a) && isSetLike(b)) {
            auto* x = as<SetObject>(a);
            auto* y = as<SetObject>(b);
            int eq = x->size() == y->size() ? setSubset(ctx, x, y) : 0;
            if (eq < 0) return Value::error();
            return Value::boolean(ne ? !eq : eq);
        }
        if (isKind(a, ObjKind::Range) && isKind(b, ObjKind::Range)) {
            auto* x = as<RangeObject>(a);
            auto* y = as<RangeObject>(b);
            int64_t lx = x->length(), ly = y->length();
            bool eq = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
            return Value::boolean(ne ? !eq : eq);
        }
    } else if (isSetLike(a) && isSetLike(b)) {
        auto* x = as<SetObject>(a);
        auto* y = as<SetObject>(b);
        int r = 0;
        switch (op) {
        case CmpOp::Le: r = x->size() <= y->size() ? setSubset(ctx, x, y) : 0; break;
        case CmpOp::Lt: r = x->size() < y->size() ? setSubset(ctx, x, y) : 0; break;
        case CmpOp::Ge: r = x->size() >= y->size() ? setSubset(ctx, y, x) : 0; break;
        case CmpOp::Gt: r = x->size() > y->size() ? setSubset(ctx, y, x) : 0; break;
        default: break;
        }
        if (r < 0) return Value::error();
        return Value::boolean(r);
    }
    // Dunders: reflected first if b's type is a subclass of a's.
    Value out;
    ClassObject* ca = ctx.typeOf(a);
    ClassObject* cb = ctx.typeOf(b);
    bool reflectFirst = ca != cb && cb->isSubclassOf(ca);
    if (reflectFirst) {
        int r = callCompareDunder(ctx, b, swapped(op), a, out);
        if (r) return r < 0 ? Value::error() : out;
    }
    int r = callCompareDunder(ctx, a, op, b, out);
    if (r) return r < 0 ? Value::error() : out;
    if (!reflectFirst) {
        r = callCompareDunder(ctx, b, swapped(op), a, out);
        if (r) return r < 0 ? Value::error() : out;
    }
    if (op == CmpOp::Eq) return Value::boolean(a.identical(b));
    if (op == CmpOp::Ne) {
        // __ne__ defaults to the inverse of __eq__.
        r = callCompareDunder(ctx, a, CmpOp::Eq, b, out);
        if (r < 0) return Value::error();
        if (r > 0) {
            int t = truthOf(ctx, out);
            if (t < 0) return Value::error();
            return Value::boolean(!t);
        }
        return Value::boolean(!a.identical(b));
    }
    (void)T;
    return ctx.typeError(std::string("'") + kCmpSymbols[int(op)] + "' not supported between instances of '" +
                         std::string(ctx.typeName(a)) + "' and '" + std::string(ctx.typeName(b)) + "'");
}

int containsOp(CallContext& ctx, Value container, Value item) {
    const BuiltinTypes& T = ctx.types();
    if (!container.isObj()) {
        ctx.typeError("argument of type '" + std::string(ctx.typeName(container)) + "' is not iterable");
        return -1;
    }
    Object* o = container.asObj();
    switch (o->kind) {
    case ObjKind::Str: {
        if (!isKind(item, ObjKind::Str)) {
            ctx.typeError("'in <string>' requires string as left operand, not " + std::string(ctx.typeName(item)));
            return -1;
        }
        return static_cast<StrObject*>(o)->data.find(as<StrObject>(item)->data) != std::string::npos;
    }
    case ObjKind::List:
    case ObjKind::Tuple: {
        const std::vector<Value>& items = *seqItems(container);
        for (size_t i = 0; i < items.size(); ++i) {
            int eq = eqValues(ctx, items[i], item);
            if (eq) return eq;
        }
        return 0;
    }
    case ObjKind::Dict: {
        Value out;
        Found f = static_cast<DictObject*>(o)->get(ctx, item, out);
        return f == Found::Error ? -1 : f == Found::Yes;
    }
    case ObjKind::Set:
    case ObjKind::FrozenSet: {
        Found f = static_cast<SetObject*>(o)->contains(ctx, item);
        return f == Found::Error ? -1 : f == Found::Yes;
    }
    case ObjKind::Range: {
        auto* r = static_cast<RangeObject*>(o);
        if (!item.isInt() && !item.isBool()) {
            if (item.isFloat()) {
                double d = item.asFloat();
                if (d != std::floor(d)) return 0;
                item = Value::integer(int64_t(d));
            } else {
                return 0;
            }
        }
        int64_t v = intOf(item);
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
        return (v - r->start) % r->step == 0;
    }
    case ObjKind::DictView: {
        auto* view = static_cast<DictViewObject*>(o);
        if (view->which == DictViewObject::Which::Keys) return containsOp(ctx, Value::object(view->dict), item);
        break;
    }
    default: break;
    }
    if (Value* fn = o->cls->lookup(T.names.contains)) {
        Value args[2] = {container, item};
        Value r = callValue(ctx, *fn, ArgView{args, 2, nullptr, 0});
        if (r.isSignal()) return -1;
        return truthOf(ctx, r);
    }
    Value it = getIter(ctx, container);
    if (it.isSignal()) {
        if (ctx.pendingIs(T.TypeError)) {
            ctx.clearPending();
            ctx.typeError("argument of type '" + std::string(ctx.typeName(container)) + "' is not iterable");
        }
        return -1;
    }
    for (;;) {
        Value x;
        Next n = iterNext(ctx, it, x);
        if (n == Next::Error) return -1;
        if (n == Next::Done) return 0;
        int eq = eqValues(ctx, x, item);
        if (eq) return eq;
    }
}

}  // namespace il::vm
