// Builtin functions over iterables: sorted, min, max, sum, any, all, enumerate, zip, map,
// filter, reversed.
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {
namespace {

Value builtinSorted(CallContext& ctx, ArgView args) {
    if (args.size() != 1) {
        return ctx.typeError("sorted expected 1 argument, got " + std::to_string(args.size()));
    }
    if (!checkKeywords(ctx, args, "sort", {"key", "reverse"})) return Value::error();
    std::vector<Value> items;
    if (!ctx.collect(args[0], items)) return Value::error();
    const Value* key = args.kwarg("key");
    bool reverse = false;
    if (const Value* r = args.kwarg("reverse")) {
        int t = ctx.truthy(*r);
        if (t < 0) return Value::error();
        reverse = t == 1;
    }
    if (!sortValues(ctx, items, key ? *key : Value::none(), reverse)) return Value::error();
    return Value::object(ctx.newList(std::move(items)));
}

template <bool Max>
Value minMax(CallContext& ctx, ArgView args) {
    const char* name = Max ? "max" : "min";
    if (!checkKeywords(ctx, args, name, {"key", "default"})) return Value::error();
    if (args.size() == 0) {
        return ctx.typeError(std::string(name) + " expected at least 1 argument, got 0");
    }
    const Value* key = args.kwarg("key");
    const Value* def = args.kwarg("default");
    std::vector<Value> items;
    if (args.size() == 1) {
        if (!ctx.collect(args[0], items)) return Value::error();
    } else {
        if (def) {
            return ctx.typeError(std::string("Cannot specify a default for ") + name +
                                 "() with multiple positional arguments");
        }
        items.assign(args.pos, args.pos + args.size());
    }
    if (items.empty()) {
        if (def) return *def;
        return ctx.valueError(std::string(name) + "() arg is an empty sequence");
    }
    const bool useKey = key && !key->isNone();
    Value best = items[0];
    Value bestKey = best;
    if (useKey && (bestKey = ctx.call(*key, {best})).isSignal()) return Value::error();
    for (size_t i = 1; i < items.size(); ++i) {
        Value k = items[i];
        if (useKey && (k = ctx.call(*key, {items[i]})).isSignal()) return Value::error();
        Value c = ctx.compare(k, bestKey, Max ? CmpOp::Gt : CmpOp::Lt);
        if (c.isSignal()) return c;
        int t = ctx.truthy(c);
        if (t < 0) return Value::error();
        if (t == 1) {
            best = items[i];
            bestKey = k;
        }
    }
    return best;
}

Value builtinSum(CallContext& ctx, ArgView args) {
    if (!checkKeywords(ctx, args, "sum", {"start"}) || !arity(ctx, args, "sum", 1, 2, 0)) return Value::error();
    Value acc = Value::integer(0);
    if (const Value* s = kwOrPos(args, 1, "start")) acc = *s;
    if (isStr(acc)) return ctx.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    Value it = ctx.iter(args[0]);
    if (it.isSignal()) return it;
    for (;;) {
        Value item;
        Next r = ctx.next(it, item);
        if (r == Next::Error) return Value::error();
        if (r == Next::Done) return acc;
        if (acc.isInt() && item.isInt()) {
            int64_t out;
            if (!__builtin_add_overflow(acc.asInt(), item.asInt(), &out)) {
                acc = Value::integer(out);
                continue;
            }
        } else if (acc.isFloat() && item.isFloat()) {
            acc = Value::real(acc.asFloat() + item.asFloat());
            continue;
        }
        acc = ctx.binary(BinaryOp::Add, acc, item);
        if (acc.isSignal()) return acc;
    }
}

template <bool All>
Value anyAll(CallContext& ctx, ArgView args) {
    const char* name = All ? "all" : "any";
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 1, 1, 0)) return Value::error();
    Value it = ctx.iter(args[0]);
    if (it.isSignal()) return it;
    for (;;) {
        Value item;
        Next r = ctx.next(it, item);
        if (r == Next::Error) return Value::error();
        if (r == Next::Done) return Value::boolean(All);
        int t = ctx.truthy(item);
        if (t < 0) return Value::error();
        if (All ? t == 0 : t == 1) return Value::boolean(!All);
    }
}

Value builtinEnumerate(CallContext& ctx, ArgView args) {
    if (!checkKeywords(ctx, args, "enumerate", {"iterable", "start"}) || !arity(ctx, args, "enumerate", 0, 2, 0)) {
        return Value::error();
    }
    const Value* iterable = kwOrPos(args, 0, "iterable");
    if (!iterable) return ctx.typeError("enumerate() missing required argument 'iterable' (pos 1)");
    int64_t start = 0;
    if (const Value* s = kwOrPos(args, 1, "start")) {
        if (!ctx.index(*s, start)) return Value::error();
    }
    Value inner = ctx.iter(*iterable);
    if (inner.isSignal()) return inner;
    IteratorObject* it = ctx.newIterator(IteratorObject::Mode::Enumerate, Value::none());
    it->extra.push_back(inner);
    it->index = start;
    return Value::object(it);
}

Value builtinZip(CallContext& ctx, ArgView args) {
    if (!checkKeywords(ctx, args, "zip", {"strict"})) return Value::error();
    std::vector<Value> iters;
    for (size_t i = 0; i < args.size(); ++i) {
        Value inner = ctx.iter(args[i]);
        if (inner.isSignal()) return inner;
        iters.push_back(inner);
    }
    IteratorObject* it = ctx.newIterator(IteratorObject::Mode::Zip, Value::none());
    it->extra = std::move(iters);
    return Value::object(it);
}

Value builtinMap(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "map")) return Value::error();
    if (args.size() < 2) return ctx.typeError("map() must have at least two arguments.");
    std::vector<Value> iters;
    for (size_t i = 1; i < args.size(); ++i) {
        Value inner = ctx.iter(args[i]);
        if (inner.isSignal()) return inner;
        iters.push_back(inner);
    }
    IteratorObject* it = ctx.newIterator(IteratorObject::Mode::Map, args[0]);
    it->extra = std::move(iters);
    return Value::object(it);
}

Value builtinFilter(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "filter")) return Value::error();
    if (args.size() != 2) return ctx.typeError("filter expected 2 arguments, got " + std::to_string(args.size()));
    Value inner = ctx.iter(args[1]);
    if (inner.isSignal()) return inner;
    IteratorObject* it = ctx.newIterator(IteratorObject::Mode::Filter, args[0]);
    it->extra.push_back(inner);
    return Value::object(it);
}

Value reversedOfList(CallContext& ctx, Value seq, int64_t length) {
    IteratorObject* it = ctx.newIterator(IteratorObject::Mode::Reversed, seq);
    it->index = length - 1;
    return Value::object(it);
}

Value builtinReversed(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "reversed") || !arity(ctx, args, "reversed", 1, 1, 0)) return Value::error();
    Value seq = args[0];
    if (isKind(seq, ObjKind::List)) return reversedOfList(ctx, seq, static_cast<int64_t>(as<ListObject>(seq)->items.size()));
    if (isKind(seq, ObjKind::Tuple)) return reversedOfList(ctx, seq, static_cast<int64_t>(as<TupleObject>(seq)->items.size()));
    if (isKind(seq, ObjKind::Range)) {
        const RangeObject* r = as<RangeObject>(seq);
        const int64_t n = r->length();
        IteratorObject* it = ctx.newIterator(IteratorObject::Mode::Range, seq);
        it->step = -r->step;
        it->index = r->start + (n - 1) * r->step;
        it->end = r->start - r->step;
        if (n == 0) it->index = it->end;
        return Value::object(it);
    }
    if (isStr(seq) || isKind(seq, ObjKind::Dict)) {  // materialise: chars / keys
        std::vector<Value> items;
        if (!ctx.collect(seq, items)) return Value::error();
        const int64_t n = static_cast<int64_t>(items.size());
        return reversedOfList(ctx, Value::object(ctx.newList(std::move(items))), n);
    }
    if (ctx.typeOf(seq)->lookup("__reversed__")) return ctx.callMethod(seq, "__reversed__", {});
    if (ctx.typeOf(seq)->lookup("__len__") && ctx.typeOf(seq)->lookup("__getitem__")) {
        int64_t n;
        if (!ctx.len(seq, n)) return Value::error();
        std::vector<Value> items;
        for (int64_t i = 0; i < n; ++i) {
            Value v = ctx.getItem(seq, Value::integer(i));
            if (v.isSignal()) return v;
            items.push_back(v);
        }
        return reversedOfList(ctx, Value::object(ctx.newList(std::move(items))), n);
    }
    return ctx.typeError("'" + std::string(ctx.typeName(seq)) + "' object is not reversible");
}

// enumerate, zip, map, filter and reversed are classes in Python: calling the class runs the
// function with the class argument dropped.
template <NativeFn F>
Value viaClass(CallContext& ctx, ArgView args) {
    ++args.pos;
    --args.count;
    return F(ctx, args);
}

void addClass(DictObject* builtins, ClassObject* cls, const char* name, NativeFn ctor) {
    setConstructor(cls, ctor);
    builtins->setStr(internName(name), Value::object(cls));
}

}  // namespace

void installIterBuiltins(BuiltinTypes& t, DictObject* builtins) {
    addFunction(builtins, "sorted", builtinSorted);
    addFunction(builtins, "min", minMax<false>);
    addFunction(builtins, "max", minMax<true>);
    addFunction(builtins, "sum", builtinSum);
    addFunction(builtins, "any", anyAll<false>);
    addFunction(builtins, "all", anyAll<true>);
    addClass(builtins, t.enumerateType, "enumerate", viaClass<builtinEnumerate>);
    addClass(builtins, t.zipType, "zip", viaClass<builtinZip>);
    addClass(builtins, t.mapType, "map", viaClass<builtinMap>);
    addClass(builtins, t.filterType, "filter", viaClass<builtinFilter>);
    addClass(builtins, t.reversedType, "reversed", viaClass<builtinReversed>);
}

}  // namespace il::vm::lib
