// list methods, list.sort (shared with sorted()) and tuple/range methods.
#include <algorithm>
#include <numeric>

#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {

bool sortValues(CallContext& ctx, std::vector<Value>& items, Value key, bool reverse) {
    std::vector<Value> keys;
    if (!key.isNone()) {
        keys.reserve(items.size());
        for (Value v : items) {
            Value k = ctx.call(key, {v});
            if (k.isSignal()) return false;
            keys.push_back(k);
        }
    } else {
        keys = items;
    }
    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), size_t{0});
    if (reverse) std::reverse(order.begin(), order.end());
    bool failed = false;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (failed) return false;
        int r = ctx.lessThan(keys[a], keys[b]);
        if (r < 0) {
            failed = true;
            return false;
        }
        return r == 1;
    });
    if (failed) return false;
    if (reverse) std::reverse(order.begin(), order.end());
    std::vector<Value> sorted;
    sorted.reserve(items.size());
    for (size_t i : order) sorted.push_back(items[i]);
    items = std::move(sorted);
    return true;
}

namespace {

#define IL_SELF_LIST(name)                                                      \
    if (!selfIs(ctx, args, ObjKind::List, "list", name)) return Value::error(); \
    ListObject* self = as<ListObject>(args[0])

Value listAppend(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("append");
    if (!noKwargs(ctx, args, "list.append") || !arity(ctx, args, "list.append", 1, 1)) return Value::error();
    self->items.push_back(args[1]);
    ctx.vm().heap().noteGrowth(sizeof(Value));
    return Value::none();
}

Value listExtend(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("extend");
    if (!noKwargs(ctx, args, "list.extend") || !arity(ctx, args, "list.extend", 1, 1)) return Value::error();
    std::vector<Value> more;
    if (isKind(args[1], ObjKind::List)) more = as<ListObject>(args[1])->items;
    else if (isKind(args[1], ObjKind::Tuple)) more = as<TupleObject>(args[1])->items;
    else if (!ctx.collect(args[1], more)) return Value::error();
    self->items.insert(self->items.end(), more.begin(), more.end());
    ctx.vm().heap().noteGrowth(more.size() * sizeof(Value));
    return Value::none();
}

Value listInsert(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("insert");
    if (!noKwargs(ctx, args, "insert") || !arity(ctx, args, "insert", 2, 2)) return Value::error();
    int64_t i;
    if (!ctx.index(args[1], i)) return Value::error();
    const int64_t n = static_cast<int64_t>(self->items.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    self->items.insert(self->items.begin() + i, args[2]);
    return Value::none();
}

Value listPop(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("pop");
    if (!noKwargs(ctx, args, "pop") || !arity(ctx, args, "pop", 0, 1)) return Value::error();
    int64_t i = -1;
    if (args.size() > 1 && !ctx.index(args[1], i)) return Value::error();
    const int64_t n = static_cast<int64_t>(self->items.size());
    if (n == 0) return ctx.indexError("pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return ctx.indexError("pop index out of range");
    Value v = self->items[static_cast<size_t>(i)];
    self->items.erase(self->items.begin() + i);
    return v;
}

// Position of the first item == x in items[start:end], -1 if none, -2 on error.
int64_t findEqual(CallContext& ctx, const std::vector<Value>& items, Value x, int64_t start, int64_t end) {
    const int64_t n = static_cast<int64_t>(items.size());
    if (start < 0) start = std::max<int64_t>(0, start + n);
    if (end < 0) end = std::max<int64_t>(0, end + n);
    for (int64_t i = start; i < std::min(end, static_cast<int64_t>(items.size())); ++i) {
        int eq = ctx.equal(items[static_cast<size_t>(i)], x);
        if (eq < 0) return -2;
        if (eq == 1) return i;
    }
    return -1;
}

Value listRemove(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("remove");
    if (!noKwargs(ctx, args, "list.remove") || !arity(ctx, args, "list.remove", 1, 1)) return Value::error();
    int64_t i = findEqual(ctx, self->items, args[1], 0, INT64_MAX);
    if (i == -2) return Value::error();
    if (i == -1) return ctx.valueError("list.remove(x): x not in list");
    self->items.erase(self->items.begin() + i);
    return Value::none();
}

Value seqIndex(CallContext& ctx, ArgView args, const std::vector<Value>& items, const char* what) {
    if (!noKwargs(ctx, args, "index") || !arity(ctx, args, "index", 1, 3)) return Value::error();
    int64_t start, end;
    if (!optIndex(ctx, args, 2, 0, start) || !optIndex(ctx, args, 3, INT64_MAX, end)) return Value::error();
    int64_t i = findEqual(ctx, items, args[1], start, end);
    if (i == -2) return Value::error();
    if (i >= 0) return Value::integer(i);
    if (what[0] == 't') return ctx.valueError("tuple.index(x): x not in tuple");
    std::string r;
    if (!ctx.reprInto(args[1], r)) return Value::error();
    return ctx.valueError(r + " is not in list");
}

Value seqCount(CallContext& ctx, ArgView args, const std::vector<Value>& items) {
    if (!noKwargs(ctx, args, "count") || !arity(ctx, args, "count", 1, 1)) return Value::error();
    int64_t n = 0;
    for (Value v : items) {
        int eq = ctx.equal(v, args[1]);
        if (eq < 0) return Value::error();
        n += eq;
    }
    return Value::integer(n);
}

Value listIndex(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("index");
    return seqIndex(ctx, args, self->items, "list");
}

Value listCount(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("count");
    return seqCount(ctx, args, self->items);
}

Value listSort(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("sort");
    if (args.size() > 1) return ctx.typeError("sort() takes no positional arguments");
    if (!checkKeywords(ctx, args, "sort", {"key", "reverse"})) return Value::error();
    const Value* key = args.kwarg("key");
    bool reverse = false;
    if (const Value* r = args.kwarg("reverse")) {
        int t = ctx.truthy(*r);
        if (t < 0) return Value::error();
        reverse = t == 1;
    }
    std::vector<Value> items = self->items;
    if (!sortValues(ctx, items, key ? *key : Value::none(), reverse)) return Value::error();
    self->items = std::move(items);
    return Value::none();
}

Value listReverse(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("reverse");
    if (!noKwargs(ctx, args, "list.reverse") || !arity(ctx, args, "list.reverse", 0, 0)) return Value::error();
    std::reverse(self->items.begin(), self->items.end());
    return Value::none();
}

Value listCopy(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("copy");
    if (!noKwargs(ctx, args, "list.copy") || !arity(ctx, args, "list.copy", 0, 0)) return Value::error();
    return Value::object(ctx.newList(self->items));
}

Value listClear(CallContext& ctx, ArgView args) {
    IL_SELF_LIST("clear");
    if (!noKwargs(ctx, args, "list.clear") || !arity(ctx, args, "list.clear", 0, 0)) return Value::error();
    self->items.clear();
    return Value::none();
}

Value tupleIndex(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Tuple, "tuple", "index")) return Value::error();
    return seqIndex(ctx, args, as<TupleObject>(args[0])->items, "tuple");
}

Value tupleCount(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Tuple, "tuple", "count")) return Value::error();
    return seqCount(ctx, args, as<TupleObject>(args[0])->items);
}

// range.count / range.index for int arguments (others compare by ==, which never matches).
bool rangeFind(const RangeObject* r, Value v, int64_t& pos) {
    if (!v.isInt() && !v.isBool()) return false;
    const int64_t x = v.isInt() ? v.asInt() : v.asBool();
    const int64_t n = r->length();
    if (n == 0) return false;
    if ((x - r->start) % r->step != 0) return false;
    pos = (x - r->start) / r->step;
    return pos >= 0 && pos < n;
}

Value rangeCount(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Range, "range", "count") || !arity(ctx, args, "count", 1, 1)) return Value::error();
    int64_t pos;
    return Value::integer(rangeFind(as<RangeObject>(args[0]), args[1], pos) ? 1 : 0);
}

Value rangeIndex(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Range, "range", "index") || !arity(ctx, args, "index", 1, 1)) return Value::error();
    int64_t pos;
    if (rangeFind(as<RangeObject>(args[0]), args[1], pos)) return Value::integer(pos);
    std::string r;
    if (!ctx.reprInto(args[1], r)) return Value::error();
    return ctx.valueError(r + " is not in range");
}

}  // namespace

void installListMethods(BuiltinTypes& t) {
    ClassObject* l = t.listType;
    addNative(l, "append", listAppend);
    addNative(l, "extend", listExtend);
    addNative(l, "insert", listInsert);
    addNative(l, "pop", listPop);
    addNative(l, "remove", listRemove);
    addNative(l, "index", listIndex);
    addNative(l, "count", listCount);
    addNative(l, "sort", listSort);
    addNative(l, "reverse", listReverse);
    addNative(l, "copy", listCopy);
    addNative(l, "clear", listClear);
}

void installTupleMethods(BuiltinTypes& t) {
    addNative(t.tupleType, "index", tupleIndex);
    addNative(t.tupleType, "count", tupleCount);
    addNative(t.rangeType, "index", rangeIndex);
    addNative(t.rangeType, "count", rangeCount);
}

}  // namespace il::vm::lib
