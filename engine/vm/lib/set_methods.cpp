// set and frozenset methods and operators.
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {

bool setElements(CallContext& ctx, Value v, std::vector<Value>& out) {
    if (isKind(v, ObjKind::Set) || isKind(v, ObjKind::FrozenSet)) {
        as<SetObject>(v)->forEach([&](Value k) { out.push_back(k); });
        return true;
    }
    if (isKind(v, ObjKind::Dict)) {
        as<DictObject>(v)->forEach([&](Value k, Value) { out.push_back(k); });
        return true;
    }
    return ctx.collect(v, out);
}

namespace {

bool isAnySet(Value v) { return isKind(v, ObjKind::Set) || isKind(v, ObjKind::FrozenSet); }

bool selfSet(CallContext& ctx, ArgView args, const char* name) {
    if (args.size() >= 1 && isAnySet(args[0])) return true;
    return selfIs(ctx, args, ObjKind::Set, "set", name);
}

// A new set of the same kind (set / frozenset) as `like`.
SetObject* sameKind(CallContext& ctx, Value like) {
    return ctx.newSet(isKind(like, ObjKind::FrozenSet));
}

bool addAll(CallContext& ctx, SetObject* s, const std::vector<Value>& items) {
    for (Value v : items) {
        if (!s->add(ctx, v)) return false;
    }
    return true;
}

SetObject* copyOf(CallContext& ctx, Value src, bool frozen) {
    SetObject* s = ctx.newSet(frozen);
    std::vector<Value> items;
    if (!setElements(ctx, src, items) || !addAll(ctx, s, items)) return nullptr;
    return s;
}

// A set holding other's elements (other itself when it already is a set).
SetObject* asSet(CallContext& ctx, Value other) {
    if (isAnySet(other)) return as<SetObject>(other);
    return copyOf(ctx, other, false);
}

enum class Op : uint8_t { Union, Intersection, Difference, SymmetricDifference };

// self <op> other into `out` (a fresh set). False on error.
bool combine(CallContext& ctx, SetObject* out, Value self, Value other, Op op) {
    std::vector<Value> mine, theirs;
    if (!setElements(ctx, self, mine)) return false;
    switch (op) {
    case Op::Union:
        if (!setElements(ctx, other, theirs)) return false;
        return addAll(ctx, out, mine) && addAll(ctx, out, theirs);
    case Op::Intersection: {
        SetObject* o = asSet(ctx, other);
        if (!o) return false;
        SetObject* small = as<SetObject>(self);
        SetObject* big = o;
        if (o->size() < small->size()) std::swap(small, big);
        std::vector<Value> items;
        small->forEach([&](Value k) { items.push_back(k); });
        for (Value v : items) {
            Found f = big->contains(ctx, v);
            if (f == Found::Error) return false;
            if (f == Found::Yes && !out->add(ctx, v)) return false;
        }
        return true;
    }
    case Op::Difference: {
        SetObject* o = asSet(ctx, other);
        if (!o) return false;
        for (Value v : mine) {
            Found f = o->contains(ctx, v);
            if (f == Found::Error) return false;
            if (f == Found::No && !out->add(ctx, v)) return false;
        }
        return true;
    }
    default: {
        if (!addAll(ctx, out, mine)) return false;
        SetObject* o = asSet(ctx, other);
        if (!o) return false;
        std::vector<Value> items;
        o->forEach([&](Value k) { items.push_back(k); });
        for (Value v : items) {
            Found f = out->discard(ctx, v);
            if (f == Found::Error) return false;
            if (f == Found::No && !out->add(ctx, v)) return false;
        }
        return true;
    }
    }
}

// Methods accepting any number of iterables: union, intersection, difference.
template <Op O>
Value multiMethod(CallContext& ctx, ArgView args) {
    if (!selfSet(ctx, args, "union") || !noKwargs(ctx, args, "set method")) return Value::error();
    Value acc = args[0];
    if (args.size() == 1) {
        SetObject* c = copyOf(ctx, acc, isKind(acc, ObjKind::FrozenSet));
        return c ? Value::object(c) : Value::error();
    }
    for (size_t i = 1; i < args.size(); ++i) {
        SetObject* out = sameKind(ctx, args[0]);
        if (!combine(ctx, out, acc, args[i], O)) return Value::error();
        acc = Value::object(out);
    }
    return acc;
}

Value setSymmetricDifference(CallContext& ctx, ArgView args) {
    if (!selfSet(ctx, args, "symmetric_difference") || !arity(ctx, args, "symmetric_difference", 1, 1)) {
        return Value::error();
    }
    SetObject* out = sameKind(ctx, args[0]);
    return combine(ctx, out, args[0], args[1], Op::SymmetricDifference) ? Value::object(out) : Value::error();
}

// In-place variants (set only): update, intersection_update, difference_update,
// symmetric_difference_update.
template <Op O>
Value updateMethod(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Set, "set", "update") || !noKwargs(ctx, args, "update")) return Value::error();
    SetObject* self = as<SetObject>(args[0]);
    for (size_t i = 1; i < args.size(); ++i) {
        if (O == Op::Union) {
            std::vector<Value> items;
            if (!setElements(ctx, args[i], items) || !addAll(ctx, self, items)) return Value::error();
            continue;
        }
        SetObject* out = ctx.newSet(false);
        if (!combine(ctx, out, args[0], args[i], O)) return Value::error();
        std::vector<Value> items;
        out->forEach([&](Value k) { items.push_back(k); });
        self->clear();
        if (!addAll(ctx, self, items)) return Value::error();
    }
    return Value::none();
}

Value setAdd(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Set, "set", "add") || !arity(ctx, args, "set.add", 1, 1)) return Value::error();
    return as<SetObject>(args[0])->add(ctx, args[1]) ? Value::none() : Value::error();
}

template <bool Strict>
Value setRemove(CallContext& ctx, ArgView args) {
    const char* name = Strict ? "set.remove" : "set.discard";
    if (!selfIs(ctx, args, ObjKind::Set, "set", name + 4) || !arity(ctx, args, name, 1, 1)) return Value::error();
    Found f = as<SetObject>(args[0])->discard(ctx, args[1]);
    if (f == Found::Error) return Value::error();
    if (f == Found::No && Strict) return ctx.raiseKeyError(args[1]);
    return Value::none();
}

Value setPop(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Set, "set", "pop") || !arity(ctx, args, "set.pop", 0, 0)) return Value::error();
    SetObject* s = as<SetObject>(args[0]);
    for (const SetObject::Slot& slot : s->table) {
        if (slot.state != 1) continue;
        Value k = slot.key;
        if (s->discard(ctx, k) == Found::Error) return Value::error();
        return k;
    }
    return ctx.raiseKeyError(ctx.makeStr("pop from an empty set"));
}

Value setClear(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Set, "set", "clear") || !arity(ctx, args, "set.clear", 0, 0)) return Value::error();
    as<SetObject>(args[0])->clear();
    return Value::none();
}

Value setCopy(CallContext& ctx, ArgView args) {
    if (!selfSet(ctx, args, "copy") || !arity(ctx, args, "copy", 0, 0)) return Value::error();
    SetObject* c = copyOf(ctx, args[0], isKind(args[0], ObjKind::FrozenSet));
    return c ? Value::object(c) : Value::error();
}

// 1 if every element of a is in b, 0 if not, -1 on error.
int subset(CallContext& ctx, Value a, SetObject* b) {
    std::vector<Value> items;
    if (!setElements(ctx, a, items)) return -1;
    for (Value v : items) {
        Found f = b->contains(ctx, v);
        if (f == Found::Error) return -1;
        if (f == Found::No) return 0;
    }
    return 1;
}

enum class Rel : uint8_t { Subset, Superset, Disjoint };

template <Rel R>
Value relation(CallContext& ctx, ArgView args) {
    const char* name = R == Rel::Subset ? "issubset" : R == Rel::Superset ? "issuperset" : "isdisjoint";
    if (!selfSet(ctx, args, name) || !arity(ctx, args, name, 1, 1)) return Value::error();
    int r;
    if (R == Rel::Subset) {
        SetObject* other = asSet(ctx, args[1]);
        if (!other) return Value::error();
        r = subset(ctx, args[0], other);
    } else if (R == Rel::Superset) {
        r = subset(ctx, args[1], as<SetObject>(args[0]));
    } else {
        SetObject* out = ctx.newSet(false);
        if (!combine(ctx, out, args[0], args[1], Op::Intersection)) return Value::error();
        r = out->size() == 0 ? 1 : 0;
    }
    if (r < 0) return Value::error();
    return Value::boolean(r == 1);
}

// Binary operators: only between sets (else NotImplemented).
template <Op O, bool Inplace>
Value setOperator(CallContext& ctx, ArgView args) {
    if (args.size() != 2 || !isAnySet(args[0]) || !isAnySet(args[1])) return ctx.types().notImplemented;
    SetObject* out = sameKind(ctx, args[0]);
    if (!combine(ctx, out, args[0], args[1], O)) return Value::error();
    if (!Inplace || !isKind(args[0], ObjKind::Set)) return Value::object(out);
    SetObject* self = as<SetObject>(args[0]);
    std::vector<Value> items;
    out->forEach([&](Value k) { items.push_back(k); });
    self->clear();
    return addAll(ctx, self, items) ? args[0] : Value::error();
}

enum class Cmp : uint8_t { Le, Lt, Ge, Gt };

template <Cmp C>
Value setCompare(CallContext& ctx, ArgView args) {
    if (args.size() != 2 || !isAnySet(args[0]) || !isAnySet(args[1])) return ctx.types().notImplemented;
    SetObject* a = as<SetObject>(args[0]);
    SetObject* b = as<SetObject>(args[1]);
    int r;
    switch (C) {
    case Cmp::Le: r = subset(ctx, args[0], b); break;
    case Cmp::Lt: r = a->size() < b->size() ? subset(ctx, args[0], b) : 0; break;
    case Cmp::Ge: r = subset(ctx, args[1], a); break;
    default: r = a->size() > b->size() ? subset(ctx, args[1], a) : 0; break;
    }
    if (r < 0) return Value::error();
    return Value::boolean(r == 1);
}

}  // namespace

void installSetMethods(BuiltinTypes& t) {
    for (ClassObject* c : {t.setType, t.frozensetType}) {
        addNative(c, "union", multiMethod<Op::Union>);
        addNative(c, "intersection", multiMethod<Op::Intersection>);
        addNative(c, "difference", multiMethod<Op::Difference>);
        addNative(c, "symmetric_difference", setSymmetricDifference);
        addNative(c, "issubset", relation<Rel::Subset>);
        addNative(c, "issuperset", relation<Rel::Superset>);
        addNative(c, "isdisjoint", relation<Rel::Disjoint>);
        addNative(c, "copy", setCopy);
        addNative(c, "__or__", setOperator<Op::Union, false>);
        addNative(c, "__and__", setOperator<Op::Intersection, false>);
        addNative(c, "__sub__", setOperator<Op::Difference, false>);
        addNative(c, "__xor__", setOperator<Op::SymmetricDifference, false>);
        addNative(c, "__le__", setCompare<Cmp::Le>);
        addNative(c, "__lt__", setCompare<Cmp::Lt>);
        addNative(c, "__ge__", setCompare<Cmp::Ge>);
        addNative(c, "__gt__", setCompare<Cmp::Gt>);
    }
    ClassObject* s = t.setType;
    addNative(s, "add", setAdd);
    addNative(s, "remove", setRemove<true>);
    addNative(s, "discard", setRemove<false>);
    addNative(s, "pop", setPop);
    addNative(s, "clear", setClear);
    addNative(s, "update", updateMethod<Op::Union>);
    addNative(s, "intersection_update", updateMethod<Op::Intersection>);
    addNative(s, "difference_update", updateMethod<Op::Difference>);
    addNative(s, "symmetric_difference_update", updateMethod<Op::SymmetricDifference>);
    addNative(s, "__ior__", setOperator<Op::Union, true>);
    addNative(s, "__iand__", setOperator<Op::Intersection, true>);
    addNative(s, "__isub__", setOperator<Op::Difference, true>);
    addNative(s, "__ixor__", setOperator<Op::SymmetricDifference, true>);
}

}  // namespace il::vm::lib
