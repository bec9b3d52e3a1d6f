// Iteration: iter() of every builtin container and stepping every IteratorObject mode,
// generators and instances with __iter__ / __next__.

#include "engine/text/utf8.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

Value getIter(CallContext& ctx, Value v) {
    const BuiltinTypes& T = ctx.types();
    if (v.isObj()) {
        Object* o = v.asObj();
        switch (o->kind) {
        case ObjKind::List:
        case ObjKind::Tuple: return Value::object(ctx.newIterator(IteratorObject::Mode::Seq, v));
        case ObjKind::Str: return Value::object(ctx.newIterator(IteratorObject::Mode::Str, v));
        case ObjKind::Range: {
            auto* r = static_cast<RangeObject*>(o);
            auto* it = ctx.newIterator(IteratorObject::Mode::Range, v);
            it->index = r->start;
            it->end = r->stop;
            it->step = r->step;
            return Value::object(it);
        }
        case ObjKind::Dict: {
            auto* it = ctx.newIterator(IteratorObject::Mode::DictKeys, v);
            it->version = static_cast<DictObject*>(o)->version;
            return Value::object(it);
        }
        case ObjKind::DictView: {
            auto* view = static_cast<DictViewObject*>(o);
            IteratorObject::Mode m = view->which == DictViewObject::Which::Keys     ? IteratorObject::Mode::DictKeys
                                     : view->which == DictViewObject::Which::Values ? IteratorObject::Mode::DictValues
                                                                                    : IteratorObject::Mode::DictItems;
            auto* it = ctx.newIterator(m, Value::object(view->dict));
            it->version = view->dict->version;
            return Value::object(it);
        }
        case ObjKind::Set:
        case ObjKind::FrozenSet: {
            auto* it = ctx.newIterator(IteratorObject::Mode::Set, v);
            it->version = static_cast<SetObject*>(o)->version;
            return Value::object(it);
        }
        case ObjKind::Iterator:
        case ObjKind::Generator: return v;
        default: break;
        }
        if (Value* fn = o->cls->lookup(T.names.iter)) {
            Value args[1] = {v};
            Value r = callValue(ctx, *fn, ArgView{args, 1, nullptr, 0});
            if (r.isSignal()) return Value::error();
            if (r.isObj() && (r.asObj()->kind == ObjKind::Iterator || r.asObj()->kind == ObjKind::Generator ||
                              ctx.typeOf(r)->lookup(T.names.next)))
                return r;
            return ctx.typeError("iter() returned non-iterator of type '" + std::string(ctx.typeName(r)) + "'");
        }
        if (o->cls->lookup(T.names.getitem) && !o->cls->isBuiltin) {
            auto* it = ctx.newIterator(IteratorObject::Mode::CallableSentinel, v);
            it->step = 0;  // marks the __getitem__ sequence protocol
            return Value::object(it);
        }
    }
    return ctx.typeError("'" + std::string(ctx.typeName(v)) + "' object is not iterable");
}

namespace {

// nextFromEach() takes the next item of every iterator in it->extra (zip's and map's inputs) into
// `items`; the first exhausted input ends the whole iterator, as in CPython.
Next nextFromEach(CallContext& ctx, IteratorObject* it, std::vector<Value>& items) {
    for (Value sub : it->extra) {
        Value x;
        Next n = iterNext(ctx, sub, x);
        if (n == Next::Error) return n;
        if (n == Next::Done) {
            it->exhausted = true;
            return Next::Done;
        }
        items.push_back(x);
    }
    return Next::Item;
}

}  // namespace

Next iterNext(CallContext& ctx, Value itv, Value& out) {
    const BuiltinTypes& T = ctx.types();
    if (isKind(itv, ObjKind::Generator)) {
        Next n = generatorSend(ctx, as<GeneratorObject>(itv), Value(), out);
        return n;
    }
    if (!isKind(itv, ObjKind::Iterator)) {
        if (itv.isObj()) {
            if (Value* fn = itv.asObj()->cls->lookup(T.names.next)) {
                Value args[1] = {itv};
                out = callValue(ctx, *fn, ArgView{args, 1, nullptr, 0});
                if (out.isSignal()) {
                    if (ctx.pendingIs(T.StopIteration)) {
                        ctx.clearPending();
                        return Next::Done;
                    }
                    if (out.isSuspend()) ctx.raise(T.RuntimeError, "__next__ cannot block");
                    return Next::Error;
                }
                return Next::Item;
            }
        }
        ctx.typeError("'" + std::string(ctx.typeName(itv)) + "' object is not an iterator");
        return Next::Error;
    }
    auto* it = as<IteratorObject>(itv);
    if (it->exhausted) return Next::Done;
    using M = IteratorObject::Mode;
    switch (it->mode) {
    case M::Seq: {
        const std::vector<Value>& items = isKind(it->source, ObjKind::List) ? as<ListObject>(it->source)->items
                                                                            : as<TupleObject>(it->source)->items;
        if (it->index < int64_t(items.size())) {
            out = items[size_t(it->index++)];
            return Next::Item;
        }
        break;
    }
    case M::Str: {
        auto* s = as<StrObject>(it->source);
        if (it->index < int64_t(s->data.size())) {
            size_t pos = size_t(it->index);
            size_t start = pos;
            if (s->ascii) ++pos;
            else (void)text::decodeAt(s->data, pos);
            out = ctx.makeStr(std::string_view(s->data).substr(start, pos - start));
            it->index = int64_t(pos);
            return Next::Item;
        }
        break;
    }
    case M::Range:
        if ((it->step > 0 && it->index < it->end) || (it->step < 0 && it->index > it->end)) {
            out = Value::integer(it->index);
            it->index += it->step;
            return Next::Item;
        }
        break;
    case M::DictKeys:
    case M::DictValues:
    case M::DictItems: {
        auto* d = as<DictObject>(it->source);
        if (d->version != it->version) {
            it->exhausted = true;
            ctx.raise(T.RuntimeError, "dictionary changed size during iteration");
            return Next::Error;
        }
        while (it->index < int64_t(d->entries.size())) {
            auto& e = d->entries[size_t(it->index++)];
            if (!e.live) continue;
            if (it->mode == M::DictKeys) out = e.key;
            else if (it->mode == M::DictValues) out = e.value;
            else out = Value::object(ctx.newTuple({e.key, e.value}));
            return Next::Item;
        }
        break;
    }
    case M::Set: {
        auto* s = as<SetObject>(it->source);
        if (s->version != it->version) {
            it->exhausted = true;
            ctx.raise(T.RuntimeError, "Set changed size during iteration");
            return Next::Error;
        }
        while (it->index < int64_t(s->table.size())) {
            auto& slot = s->table[size_t(it->index++)];
            if (slot.state == 1) {
                out = slot.key;
                return Next::Item;
            }
        }
        break;
    }
    case M::Reversed: {
        if (it->index >= 0) {
            if (isKind(it->source, ObjKind::Str)) {
                auto* s = as<StrObject>(it->source);
                if (it->index < int64_t(s->length)) {
                    out = ctx.makeStr(text::encodeUtf8(text::codePointAt(s->data, size_t(it->index--))));
                    return Next::Item;
                }
            } else {
                const std::vector<Value>& items = isKind(it->source, ObjKind::List)
                                                      ? as<ListObject>(it->source)->items
                                                      : as<TupleObject>(it->source)->items;
                if (it->index < int64_t(items.size())) {
                    out = items[size_t(it->index--)];
                    return Next::Item;
                }
            }
        }
        break;
    }
    case M::Enumerate: {
        Value x;
        Next n = iterNext(ctx, it->extra[0], x);
        if (n != Next::Item) {
            if (n == Next::Done) break;
            return n;
        }
        out = Value::object(ctx.newTuple({Value::integer(it->index++), x}));
        return Next::Item;
    }
    case M::Zip: {
        if (it->extra.empty()) break;
        std::vector<Value> items;
        if (Next n = nextFromEach(ctx, it, items); n != Next::Item) return n;
        out = Value::object(ctx.newTuple(std::move(items)));
        return Next::Item;
    }
    case M::Map: {
        std::vector<Value> args;
        if (Next n = nextFromEach(ctx, it, args); n != Next::Item) return n;
        out = callValue(ctx, it->source, ArgView{args.data(), args.size(), nullptr, 0});
        if (out.isSignal()) {
            if (out.isSuspend()) ctx.raise(T.RuntimeError, "map() callback cannot block");
            return Next::Error;
        }
        return Next::Item;
    }
    case M::Filter: {
        for (;;) {
            Value x;
            Next n = iterNext(ctx, it->extra[0], x);
            if (n == Next::Error) return n;
            if (n == Next::Done) break;
            int t;
            if (it->source.isNone()) {
                t = truthOf(ctx, x);
            } else {
                Value args[1] = {x};
                Value r = callValue(ctx, it->source, ArgView{args, 1, nullptr, 0});
                if (r.isSignal()) return Next::Error;
                t = truthOf(ctx, r);
            }
            if (t < 0) return Next::Error;
            if (t) {
                out = x;
                return Next::Item;
            }
        }
        break;
    }
    case M::CallableSentinel: {
        if (it->step == 0) {  // __getitem__ sequence protocol
            Value r = getItem(ctx, it->source, Value::integer(it->index++));
            if (r.isSignal()) {
                if (ctx.pendingIs(T.IndexError) || ctx.pendingIs(T.StopIteration)) {
                    ctx.clearPending();
                    break;
                }
                return Next::Error;
            }
            out = r;
            return Next::Item;
        }
        Value r = callValue(ctx, it->source, ArgView{});
        if (r.isSignal()) return Next::Error;
        int eq = eqValues(ctx, r, it->extra[0]);
        if (eq < 0) return Next::Error;
        if (eq) break;
        out = r;
        return Next::Item;
    }
    }
    it->exhausted = true;
    return Next::Done;
}

}  // namespace il::vm
