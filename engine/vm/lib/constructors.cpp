// Constructors of builtin classes: int(), float(), bool(), str(), list(), tuple(), dict(),
// set(), frozenset(). Each receives args[0] = the class called (possibly a subclass).
#include <cmath>

#include "engine/text/number_text.hpp"
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {
namespace {

// The call's arguments without the class.
ArgView callArgs(ArgView args) {
    ArgView a = args;
    ++a.pos;
    --a.count;
    return a;
}

Value intFromFloat(CallContext& ctx, double d) {
    if (std::isinf(d)) return ctx.overflowError("cannot convert float infinity to integer");
    if (std::isnan(d)) return ctx.valueError("cannot convert float NaN to integer");
    if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return ctx.overflowError(text::kIntTooLarge);
    return Value::integer(static_cast<int64_t>(d));
}

Value ctorInt(CallContext& ctx, ArgView all) {
    ArgView args = callArgs(all);
    if (!checkKeywords(ctx, args, "int", {"base"}) || !arity(ctx, args, "int", 0, 2, 0)) return Value::error();
    const Value* x = args.size() > 0 ? &args.pos[0] : nullptr;
    const Value* baseArg = kwOrPos(args, 1, "base");
    if (!x) {
        if (baseArg) return ctx.typeError("int() missing string argument");
        return Value::integer(0);
    }
    if (baseArg) {
        int64_t base;
        if (!ctx.index(*baseArg, base)) return Value::error();
        if (!isStr(*x)) return ctx.typeError("int() can't convert non-string with explicit base");
        return intResult(ctx, text::parseInt(sv(*x), base));
    }
    Value v = *x;
    if (v.isInt()) return v;
    if (v.isBool()) return Value::integer(v.asBool());
    if (v.isFloat()) return intFromFloat(ctx, v.asFloat());
    if (isStr(v)) return intResult(ctx, text::parseInt(sv(v), 10));
    ClassObject* cls = ctx.typeOf(v);
    for (const char* dunder : {"__int__", "__index__", "__trunc__"}) {
        if (!cls->lookup(dunder)) continue;
        Value r = ctx.callMethod(v, dunder, {});
        if (r.isSignal() || r.isInt()) return r;
        if (r.isBool()) return Value::integer(r.asBool());
        return ctx.typeError(std::string(dunder) + " returned non-int (type " + std::string(ctx.typeName(r)) + ")");
    }
    return ctx.typeError("int() argument must be a string, a bytes-like object or a real number, not '" +
                         std::string(ctx.typeName(v)) + "'");
}

Value ctorFloat(CallContext& ctx, ArgView all) {
    ArgView args = callArgs(all);
    if (!noKwargs(ctx, args, "float") || !arity(ctx, args, "float", 0, 1, 0)) return Value::error();
    if (args.size() == 0) return Value::real(0.0);
    Value v = args[0];
    if (v.isFloat()) return v;
    if (v.isInt()) return Value::real(static_cast<double>(v.asInt()));
    if (v.isBool()) return Value::real(v.asBool() ? 1.0 : 0.0);
    if (isStr(v)) {
        auto r = text::parseFloat(sv(v));
        if (!r) return ctx.raiseText(r.error());
        return Value::real(*r);
    }
    ClassObject* cls = ctx.typeOf(v);
    for (const char* dunder : {"__float__", "__index__"}) {
        if (!cls->lookup(dunder)) continue;
        Value r = ctx.callMethod(v, dunder, {});
        if (r.isSignal() || r.isFloat()) return r;
        if (r.isInt()) return Value::real(static_cast<double>(r.asInt()));
        return ctx.typeError(std::string(ctx.typeName(v)) + "." + dunder + " returned non-float (type " +
                             std::string(ctx.typeName(r)) + ")");
    }
    return ctx.typeError("float() argument must be a string or a real number, not '" + std::string(ctx.typeName(v)) + "'");
}

Value ctorBool(CallContext& ctx, ArgView all) {
    ArgView args = callArgs(all);
    if (!noKwargs(ctx, args, "bool") || !arity(ctx, args, "bool", 0, 1, 0)) return Value::error();
    if (args.size() == 0) return Value::boolean(false);
    int t = ctx.truthy(args[0]);
    if (t < 0) return Value::error();
    return Value::boolean(t == 1);
}

Value ctorStr(CallContext& ctx, ArgView all) {
    ArgView args = callArgs(all);
    if (!checkKeywords(ctx, args, "str", {"object", "encoding", "errors"}) || !arity(ctx, args, "str", 0, 3, 0)) {
        return Value::error();
    }
    if (args.size() > 1 || args.kwarg("encoding") || args.kwarg("errors")) {
        return ctx.typeError("decoding str is not supported");
    }
    const Value* obj = kwOrPos(args, 0, "object");
    if (!obj) return ctx.makeStr("");
    Value s = ctx.str(*obj);
    if (s.isSignal()) return s;
    ClassObject* cls = calledClass(all);
    if (cls != ctx.types().strType) {  // a str subclass: same text, the subclass as class
        StrObject* sub = ctx.newStr(sv(s));
        sub->cls = cls;
        return Value::object(sub);
    }
    return s;
}

bool collectArg(CallContext& ctx, ArgView args, const char* name, std::vector<Value>& items) {
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 0, 1, 0)) return false;
    if (args.size() == 0) return true;
    if (isKind(args[0], ObjKind::List)) {
        items = as<ListObject>(args[0])->items;
        return true;
    }
    if (isKind(args[0], ObjKind::Tuple)) {
        items = as<TupleObject>(args[0])->items;
        return true;
    }
    return setElements(ctx, args[0], items);
}

Value ctorList(CallContext& ctx, ArgView all) {
    std::vector<Value> items;
    if (!collectArg(ctx, callArgs(all), "list", items)) return Value::error();
    ListObject* l = ctx.newList(std::move(items));
    l->cls = calledClass(all);
    return Value::object(l);
}

Value ctorTuple(CallContext& ctx, ArgView all) {
    ArgView args = callArgs(all);
    if (args.size() == 1 && isKind(args[0], ObjKind::Tuple) && calledClass(all) == ctx.types().tupleType &&
        args.kwCount == 0) {
        return args[0];
    }
    std::vector<Value> items;
    if (!collectArg(ctx, args, "tuple", items)) return Value::error();
    TupleObject* t = ctx.newTuple(std::move(items));
    t->cls = calledClass(all);
    return Value::object(t);
}

Value ctorDict(CallContext& ctx, ArgView all) {
    ArgView args = callArgs(all);
    if (args.size() > 1) return ctx.typeError("dict expected at most 1 argument, got " + std::to_string(args.size()));
    DictObject* d = ctx.newDict();
    d->cls = calledClass(all);
    if (!dictUpdate(ctx, d, args.size() == 1 ? &args.pos[0] : nullptr, args)) return Value::error();
    return Value::object(d);
}

template <bool Frozen>
Value ctorSet(CallContext& ctx, ArgView all) {
    ArgView args = callArgs(all);
    const char* name = Frozen ? "frozenset" : "set";
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 0, 1, 0)) return Value::error();
    if (Frozen && args.size() == 1 && isKind(args[0], ObjKind::FrozenSet) &&
        calledClass(all) == ctx.types().frozensetType) {
        return args[0];
    }
    std::vector<Value> items;
    if (args.size() == 1 && !setElements(ctx, args[0], items)) return Value::error();
    SetObject* s = ctx.newSet(Frozen);
    s->cls = calledClass(all);
    for (Value v : items) {
        if (!s->add(ctx, v)) return Value::error();
    }
    return Value::object(s);
}

void construct(ClassObject* cls, NativeFn fn) { setConstructor(cls, fn); }

}  // namespace

void installConstructors(BuiltinTypes& t) {
    construct(t.intType, ctorInt);
    construct(t.floatType, ctorFloat);
    construct(t.boolType, ctorBool);
    construct(t.strType, ctorStr);
    construct(t.listType, ctorList);
    construct(t.tupleType, ctorTuple);
    construct(t.dictType, ctorDict);
    construct(t.setType, ctorSet<false>);
    construct(t.frozensetType, ctorSet<true>);
}

}  // namespace il::vm::lib
