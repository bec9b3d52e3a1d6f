// dict methods and the dict update algorithm (shared with the dict() constructor).
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {

// dictUpdate() is d.update(arg, **kwargs) without the argument checks: a dict, an object with
// keys(), or an iterable of pairs; then the keyword arguments.
bool dictUpdate(CallContext& ctx, DictObject* d, const Value* arg, ArgView kwargs) {
    if (arg) {
        Value src = *arg;
        if (isKind(src, ObjKind::Dict)) {
            DictObject* o = as<DictObject>(src);
            std::vector<std::pair<Value, Value>> pairs;
            o->forEach([&](Value k, Value v) { pairs.emplace_back(k, v); });
            for (auto& [k, v] : pairs) {
                if (!d->set(ctx, k, v)) return false;
            }
        } else {
            Value keysFn;
            int has = ctx.findAttr(src, builtinTypes().names.keys, keysFn);
            if (has < 0) return false;
            if (has == 1) {
                Value keys = ctx.call(keysFn, {});
                if (keys.isSignal()) return false;
                std::vector<Value> ks;
                if (!ctx.collect(keys, ks)) return false;
                for (Value k : ks) {
                    Value v = ctx.getItem(src, k);
                    if (v.isSignal() || !d->set(ctx, k, v)) return false;
                }
            } else {
                Value it = ctx.iter(src);
                if (it.isSignal()) return false;
                for (int64_t n = 0;; ++n) {
                    Value item;
                    Next r = ctx.next(it, item);
                    if (r == Next::Error) return false;
                    if (r == Next::Done) break;
                    std::vector<Value> pair;
                    if (isKind(item, ObjKind::Tuple)) {
                        pair = as<TupleObject>(item)->items;
                    } else if (isKind(item, ObjKind::List)) {
                        pair = as<ListObject>(item)->items;
                    } else {
                        Value pit = ctx.iter(item);
                        if (pit.isSignal()) {
                            ctx.clearPending();
                            ctx.typeError("cannot convert dictionary update sequence element #" + std::to_string(n) +
                                          " to a sequence");
                            return false;
                        }
                        if (!ctx.collect(pit, pair)) return false;
                    }
                    if (pair.size() != 2) {
                        ctx.valueError("dictionary update sequence element #" + std::to_string(n) + " has length " +
                                       std::to_string(pair.size()) + "; 2 is required");
                        return false;
                    }
                    if (!d->set(ctx, pair[0], pair[1])) return false;
                }
            }
        }
    }
    for (size_t i = 0; i < kwargs.kwCount; ++i) {
        if (!d->set(ctx, Value::object(kwargs.kw[i].name), kwargs.kw[i].value)) return false;
    }
    return true;
}

namespace {

#define IL_SELF_DICT(name)                                                      \
    if (!selfIs(ctx, args, ObjKind::Dict, "dict", name)) return Value::error(); \
    DictObject* self = as<DictObject>(args[0])

Value dictGet(CallContext& ctx, ArgView args) {
    IL_SELF_DICT("get");
    if (!noKwargs(ctx, args, "get") || !arity(ctx, args, "get", 1, 2)) return Value::error();
    Value out;
    Found f = self->get(ctx, args[1], out);
    if (f == Found::Error) return Value::error();
    if (f == Found::Yes) return out;
    return args.size() > 2 ? args[2] : Value::none();
}

Value dictSetdefault(CallContext& ctx, ArgView args) {
    IL_SELF_DICT("setdefault");
    if (!noKwargs(ctx, args, "setdefault") || !arity(ctx, args, "setdefault", 1, 2)) return Value::error();
    Value out;
    Found f = self->get(ctx, args[1], out);
    if (f == Found::Error) return Value::error();
    if (f == Found::Yes) return out;
    Value def = args.size() > 2 ? args[2] : Value::none();
    if (!self->set(ctx, args[1], def)) return Value::error();
    return def;
}

Value dictPop(CallContext& ctx, ArgView args) {
    IL_SELF_DICT("pop");
    if (!noKwargs(ctx, args, "pop") || !arity(ctx, args, "pop", 1, 2)) return Value::error();
    Value out;
    Found f = self->remove(ctx, args[1], out);
    if (f == Found::Error) return Value::error();
    if (f == Found::Yes) return out;
    if (args.size() > 2) return args[2];
    return ctx.raiseKeyError(args[1]);
}

Value dictPopitem(CallContext& ctx, ArgView args) {
    IL_SELF_DICT("popitem");
    if (!noKwargs(ctx, args, "popitem") || !arity(ctx, args, "dict.popitem", 0, 0)) return Value::error();
    for (auto it = self->entries.rbegin(); it != self->entries.rend(); ++it) {
        if (!it->live) continue;
        Value key = it->key, value;
        if (self->remove(ctx, key, value) == Found::Error) return Value::error();
        return Value::object(ctx.newTuple({key, value}));
    }
    return ctx.raiseKeyError(ctx.makeStr("popitem(): dictionary is empty"));
}

Value dictUpdateMethod(CallContext& ctx, ArgView args) {
    IL_SELF_DICT("update");
    if (args.size() > 2) {
        return ctx.typeError("update expected at most 1 argument, got " + std::to_string(args.size() - 1));
    }
    return dictUpdate(ctx, self, args.size() > 1 ? &args.pos[1] : nullptr, args) ? Value::none() : Value::error();
}

template <DictViewObject::Which W>
Value dictView(CallContext& ctx, ArgView args) {
    const char* name = W == DictViewObject::Which::Keys ? "keys" : W == DictViewObject::Which::Values ? "values" : "items";
    IL_SELF_DICT(name);
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 0, 0)) return Value::error();
    const BuiltinTypes& t = ctx.types();
    ClassObject* cls = W == DictViewObject::Which::Keys ? t.dictKeysType
                       : W == DictViewObject::Which::Values ? t.dictValuesType : t.dictItemsType;
    auto* view = ctx.make<DictViewObject>(cls);
    view->dict = self;
    view->which = W;
    return Value::object(view);
}

Value dictCopy(CallContext& ctx, ArgView args) {
    IL_SELF_DICT("copy");
    if (!noKwargs(ctx, args, "copy") || !arity(ctx, args, "dict.copy", 0, 0)) return Value::error();
    DictObject* d = ctx.newDict();
    Value src = Value::object(self);
    return dictUpdate(ctx, d, &src, ArgView{}) ? Value::object(d) : Value::error();
}

Value dictClear(CallContext& ctx, ArgView args) {
    IL_SELF_DICT("clear");
    if (!noKwargs(ctx, args, "clear") || !arity(ctx, args, "dict.clear", 0, 0)) return Value::error();
    self->clear();
    return Value::none();
}

// dict.fromkeys(iterable, value=None), a class method: args[0] is the class.
Value dictFromkeys(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "fromkeys") || !arity(ctx, args, "fromkeys", 1, 2)) return Value::error();
    std::vector<Value> keys;
    if (!ctx.collect(args[1], keys)) return Value::error();
    Value value = args.size() > 2 ? args[2] : Value::none();
    DictObject* d = ctx.newDict();
    for (Value k : keys) {
        if (!d->set(ctx, k, value)) return Value::error();
    }
    return Value::object(d);
}

}  // namespace

void installDictMethods(BuiltinTypes& t) {
    ClassObject* d = t.dictType;
    addNative(d, "get", dictGet);
    addNative(d, "setdefault", dictSetdefault);
    addNative(d, "pop", dictPop);
    addNative(d, "popitem", dictPopitem);
    addNative(d, "update", dictUpdateMethod);
    addNative(d, "keys", dictView<DictViewObject::Which::Keys>);
    addNative(d, "values", dictView<DictViewObject::Which::Values>);
    addNative(d, "items", dictView<DictViewObject::Which::Items>);
    addNative(d, "copy", dictCopy);
    addNative(d, "clear", dictClear);
    addClassNative(d, "fromkeys", dictFromkeys);
}

}  // namespace il::vm::lib
