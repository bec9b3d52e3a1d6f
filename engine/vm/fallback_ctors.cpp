// Minimal constructors for int/float/str/bool/list/tuple/dict/set/frozenset, installed before
// the builtin library runs (it replaces them with complete ones via setConstructor).

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "engine/vm/core_builtins.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

Value cInt(CallContext& ctx, ArgView a) {
    if (a.count == 1) return Value::integer(0);
    Value v = a[1];
    if (v.isInt()) return v;
    if (v.isBool()) return Value::integer(v.asBool());
    if (v.isFloat()) {
        double d = v.asFloat();
        if (std::isnan(d)) return ctx.valueError("cannot convert float NaN to integer");
        if (std::isinf(d)) return ctx.overflowError("cannot convert float infinity to integer");
        if (std::fabs(d) >= 9.2e18) return ctx.overflowError("int too large (Interleave ints are 64-bit)");
        return Value::integer(int64_t(d));
    }
    if (isKind(v, ObjKind::Str)) {
        std::string s = as<StrObject>(v)->data;
        size_t b = s.find_first_not_of(" \t\n\r"), e = s.find_last_not_of(" \t\n\r");
        std::string t = b == std::string::npos ? "" : s.substr(b, e - b + 1);
        std::string digits;
        for (char c : t)
            if (c != '_') digits += c;
        char* end = nullptr;
        errno = 0;
        long long r = digits.empty() ? 0 : std::strtoll(digits.c_str(), &end, 10);
        if (digits.empty() || *end || t.front() == '_' || t.back() == '_') {
            std::string rep;
            (void)ctx.reprInto(v, rep);
            return ctx.valueError("invalid literal for int() with base 10: " + rep);
        }
        if (errno == ERANGE) return ctx.overflowError("int too large (Interleave ints are 64-bit)");
        return Value::integer(r);
    }
    return ctx.typeError("int() argument must be a string, a bytes-like object or a real number, not '" +
                         std::string(ctx.typeName(v)) + "'");
}

Value cFloat(CallContext& ctx, ArgView a) {
    if (a.count == 1) return Value::real(0.0);
    Value v = a[1];
    if (v.isFloat()) return v;
    if (v.isInt()) return Value::real(double(v.asInt()));
    if (v.isBool()) return Value::real(v.asBool() ? 1.0 : 0.0);
    if (isKind(v, ObjKind::Str)) {
        std::string s = as<StrObject>(v)->data;
        char* end = nullptr;
        double d = std::strtod(s.c_str(), &end);
        while (end && (*end == ' ' || *end == '\n')) ++end;
        if (s.empty() || *end) {
            std::string rep;
            (void)ctx.reprInto(v, rep);
            return ctx.valueError("could not convert string to float: " + rep);
        }
        return Value::real(d);
    }
    return ctx.typeError("float() argument must be a string or a real number, not '" + std::string(ctx.typeName(v)) + "'");
}

Value cStr(CallContext& ctx, ArgView a) {
    if (a.count == 1) return ctx.makeStr("");
    return ctx.str(a[1]);
}

Value cBool(CallContext& ctx, ArgView a) {
    if (a.count == 1) return Value::boolean(false);
    int t = ctx.truthy(a[1]);
    return t < 0 ? Value::error() : Value::boolean(t);
}

Value cList(CallContext& ctx, ArgView a) {
    std::vector<Value> items;
    if (a.count > 1 && !ctx.collect(a[1], items)) return Value::error();
    return Value::object(ctx.newList(std::move(items)));
}

Value cTuple(CallContext& ctx, ArgView a) {
    if (a.count > 1 && isKind(a[1], ObjKind::Tuple)) return a[1];
    std::vector<Value> items;
    if (a.count > 1 && !ctx.collect(a[1], items)) return Value::error();
    return Value::object(ctx.newTuple(std::move(items)));
}

Value cDict(CallContext& ctx, ArgView a) {
    DictObject* d = ctx.newDict();
    if (a.count > 1) {
        if (isKind(a[1], ObjKind::Dict)) {
            bool ok = true;
            as<DictObject>(a[1])->forEach([&](Value k, Value v) { ok = ok && d->set(ctx, k, v); });
            if (!ok) return Value::error();
        } else {
            std::vector<Value> items;
            if (!ctx.collect(a[1], items)) return Value::error();
            for (Value item : items) {
                std::vector<Value> pair;
                if (!ctx.collect(item, pair)) return Value::error();
                if (pair.size() != 2)
                    return ctx.valueError("dictionary update sequence element has length " + std::to_string(pair.size()) +
                                          "; 2 is required");
                if (!d->set(ctx, pair[0], pair[1])) return Value::error();
            }
        }
    }
    for (size_t i = 0; i < a.kwCount; ++i) d->setStr(a.kw[i].name, a.kw[i].value);
    return Value::object(d);
}

Value makeSet(CallContext& ctx, ArgView a, bool frozen) {
    SetObject* s = ctx.newSet(frozen);
    std::vector<Value> items;
    if (a.count > 1 && !ctx.collect(a[1], items)) return Value::error();
    for (Value v : items)
        if (!s->add(ctx, v)) return Value::error();
    return Value::object(s);
}
Value cSet(CallContext& ctx, ArgView a) { return makeSet(ctx, a, false); }
Value cFrozenSet(CallContext& ctx, ArgView a) { return makeSet(ctx, a, true); }

}  // namespace

void installFallbackConstructors(BuiltinTypes& t) {
    auto fallback = [](ClassObject* c, NativeFn fn) {
        if (!c->construct) setConstructor(c, fn);
    };
    fallback(t.intType, cInt);
    fallback(t.floatType, cFloat);
    fallback(t.strType, cStr);
    fallback(t.boolType, cBool);
    fallback(t.listType, cList);
    fallback(t.tupleType, cTuple);
    fallback(t.dictType, cDict);
    fallback(t.setType, cSet);
    fallback(t.frozensetType, cFrozenSet);
}

}  // namespace il::vm
