// Subscripts (obj[key], obj[key] = v, del obj[key]), len(), slices and unpacking.

#include "engine/text/utf8.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

bool isIntLike(Value v) { return v.isInt() || v.isBool(); }
int64_t intOf(Value v) { return v.isInt() ? v.asInt() : (v.asBool() ? 1 : 0); }

std::vector<Value>* seqItems(Value v) {
    if (isKind(v, ObjKind::List)) return &as<ListObject>(v)->items;
    if (isKind(v, ObjKind::Tuple)) return &as<TupleObject>(v)->items;
    return nullptr;
}

bool sliceArg(CallContext& ctx, Value v, int64_t& out) {
    if (v.isNone()) return true;
    if (isIntLike(v)) {
        out = intOf(v);
        return true;
    }
    ctx.typeError("slice indices must be integers or None or have an __index__ method");
    return false;
}

Value callDunder(CallContext& ctx, Value obj, StrObject* name, std::initializer_list<Value> args, bool& found) {
    Value* fn = ctx.typeOf(obj)->lookup(name);
    found = fn != nullptr;
    if (!fn) return Value::error();
    std::vector<Value> all;
    all.push_back(obj);
    all.insert(all.end(), args.begin(), args.end());
    return callValue(ctx, *fn, ArgView{all.data(), all.size(), nullptr, 0});
}

}  // namespace

bool sliceIndices(CallContext& ctx, SliceObject* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step,
                  int64_t& count) {
    step = 1;
    if (!sliceArg(ctx, s->step, step)) return false;
    if (step == 0) {
        ctx.valueError("slice step cannot be zero");
        return false;
    }
    text::sliceDefaults(step, start, stop);
    if (!sliceArg(ctx, s->start, start) || !sliceArg(ctx, s->stop, stop)) return false;
    text::SliceBounds b = text::adjustSlice(length, start, stop, step);
    start = b.start;
    stop = b.stop;
    step = b.step;
    count = b.length;
    return true;
}

bool normalizeIndex(CallContext& ctx, Value idx, int64_t length, int64_t& out, const char* what) {
    int64_t i = intOf(idx);
    if (i < 0) i += length;
    if (i < 0 || i >= length) {
        ctx.indexError(std::string(what) + " index out of range");
        return false;
    }
    out = i;
    return true;
}

Value getItem(CallContext& ctx, Value obj, Value key) {
    const BuiltinTypes& T = ctx.types();
    if (!obj.isObj()) return ctx.typeError("'" + std::string(ctx.typeName(obj)) + "' object is not subscriptable");
    Object* o = obj.asObj();
    switch (o->kind) {
    case ObjKind::List:
    case ObjKind::Tuple: {
        auto& items = *seqItems(obj);
        const char* what = o->kind == ObjKind::List ? "list" : "tuple";
        if (isIntLike(key)) {
            int64_t i;
            if (!normalizeIndex(ctx, key, int64_t(items.size()), i, what)) return Value::error();
            return items[size_t(i)];
        }
        if (isKind(key, ObjKind::Slice)) {
            int64_t start, stop, step, count;
            if (!sliceIndices(ctx, as<SliceObject>(key), int64_t(items.size()), start, stop, step, count))
                return Value::error();
            std::vector<Value> r;
            r.reserve(size_t(count));
            for (int64_t i = 0, j = start; i < count; ++i, j += step) r.push_back(items[size_t(j)]);
            if (o->kind == ObjKind::List) return Value::object(ctx.newList(std::move(r)));
            return Value::object(ctx.newTuple(std::move(r)));
        }
        return ctx.typeError(std::string(what) + " indices must be integers or slices, not " +
                             std::string(ctx.typeName(key)));
    }
    case ObjKind::Str: {
        auto* s = static_cast<StrObject*>(o);
        if (isIntLike(key)) {
            int64_t i;
            if (!normalizeIndex(ctx, key, int64_t(s->length), i, "string")) return Value::error();
            if (s->ascii) return ctx.makeStr(std::string_view(s->data).substr(size_t(i), 1));
            return ctx.makeStr(text::encodeUtf8(text::codePointAt(s->data, size_t(i))));
        }
        if (isKind(key, ObjKind::Slice)) {
            int64_t start, stop, step, count;
            if (!sliceIndices(ctx, as<SliceObject>(key), int64_t(s->length), start, stop, step, count))
                return Value::error();
            if (s->ascii && step == 1) return ctx.makeStr(std::string_view(s->data).substr(size_t(start), size_t(count)));
            text::SliceBounds b{start, stop, step, count};
            return ctx.makeStr(text::sliceCodePoints(s->data, b));
        }
        return ctx.typeError("string indices must be integers, not '" + std::string(ctx.typeName(key)) + "'");
    }
    case ObjKind::Dict: {
        Value out;
        Found f = static_cast<DictObject*>(o)->get(ctx, key, out);
        if (f == Found::Error) return Value::error();
        if (f == Found::Yes) return out;
        if (!o->cls->isBuiltin) {
            bool found;
            Value r = callDunder(ctx, obj, builtinTypes().names.missing, {key}, found);
            if (found) return r;
        }
        return ctx.raiseKeyError(key);
    }
    case ObjKind::Range: {
        auto* r = static_cast<RangeObject*>(o);
        if (isIntLike(key)) {
            int64_t i;
            if (!normalizeIndex(ctx, key, r->length(), i, "range object")) return Value::error();
            return Value::integer(r->start + i * r->step);
        }
        if (isKind(key, ObjKind::Slice)) {
            int64_t start, stop, step, count;
            if (!sliceIndices(ctx, as<SliceObject>(key), r->length(), start, stop, step, count)) return Value::error();
            auto* nr = ctx.make<RangeObject>(T.rangeType);
            nr->start = r->start + start * r->step;
            nr->step = r->step * step;
            nr->stop = nr->start + count * nr->step;
            return Value::object(nr);
        }
        return ctx.typeError("range indices must be integers or slices, not " + std::string(ctx.typeName(key)));
    }
    default: break;
    }
    bool found;
    Value r = callDunder(ctx, obj, T.names.getitem, {key}, found);
    if (found) return r;
    if (isKind(obj, ObjKind::Class)) {
        // list[int] style generic aliases: return the class itself (annotations only).
        return obj;
    }
    return ctx.typeError("'" + std::string(ctx.typeName(obj)) + "' object is not subscriptable");
}

bool setItem(CallContext& ctx, Value obj, Value key, Value v) {
    const BuiltinTypes& T = ctx.types();
    if (isKind(obj, ObjKind::List)) {
        auto& items = as<ListObject>(obj)->items;
        if (isIntLike(key)) {
            int64_t i;
            if (!normalizeIndex(ctx, key, int64_t(items.size()), i, "list assignment")) return false;
            items[size_t(i)] = v;
            return true;
        }
        if (isKind(key, ObjKind::Slice)) {
            int64_t start, stop, step, count;
            if (!sliceIndices(ctx, as<SliceObject>(key), int64_t(items.size()), start, stop, step, count)) return false;
            std::vector<Value> src;
            if (!ctx.collect(v, src)) return false;
            if (step == 1) {
                if (stop < start) stop = start;
                items.erase(items.begin() + start, items.begin() + stop);
                items.insert(items.begin() + start, src.begin(), src.end());
                return true;
            }
            if (int64_t(src.size()) != count) {
                ctx.valueError("attempt to assign sequence of size " + std::to_string(src.size()) +
                               " to extended slice of size " + std::to_string(count));
                return false;
            }
            for (int64_t i = 0, j = start; i < count; ++i, j += step) items[size_t(j)] = src[size_t(i)];
            return true;
        }
        ctx.typeError("list indices must be integers or slices, not " + std::string(ctx.typeName(key)));
        return false;
    }
    if (isKind(obj, ObjKind::Dict)) return as<DictObject>(obj)->set(ctx, key, v);
    bool found;
    Value r = callDunder(ctx, obj, T.names.setitem, {key, v}, found);
    if (found) return !r.isSignal();
    ctx.typeError("'" + std::string(ctx.typeName(obj)) + "' object does not support item assignment");
    return false;
}

bool delItem(CallContext& ctx, Value obj, Value key) {
    const BuiltinTypes& T = ctx.types();
    if (isKind(obj, ObjKind::List)) {
        auto& items = as<ListObject>(obj)->items;
        if (isIntLike(key)) {
            int64_t i;
            if (!normalizeIndex(ctx, key, int64_t(items.size()), i, "list assignment")) return false;
            items.erase(items.begin() + i);
            return true;
        }
        if (isKind(key, ObjKind::Slice)) {
            int64_t start, stop, step, count;
            if (!sliceIndices(ctx, as<SliceObject>(key), int64_t(items.size()), start, stop, step, count)) return false;
            std::vector<bool> drop(items.size(), false);
            for (int64_t i = 0, j = start; i < count; ++i, j += step) drop[size_t(j)] = true;
            std::vector<Value> kept;
            for (size_t i = 0; i < items.size(); ++i)
                if (!drop[i]) kept.push_back(items[i]);
            items.swap(kept);
            return true;
        }
        ctx.typeError("list indices must be integers or slices, not " + std::string(ctx.typeName(key)));
        return false;
    }
    if (isKind(obj, ObjKind::Dict)) {
        Value out;
        Found f = as<DictObject>(obj)->remove(ctx, key, out);
        if (f == Found::Error) return false;
        if (f == Found::No) {
            ctx.raiseKeyError(key);
            return false;
        }
        return true;
    }
    bool found;
    Value r = callDunder(ctx, obj, T.names.delitem, {key}, found);
    if (found) return !r.isSignal();
    ctx.typeError("'" + std::string(ctx.typeName(obj)) + "' object doesn't support item deletion");
    return false;
}

bool lenOf(CallContext& ctx, Value v, int64_t& out) {
    if (v.isObj()) {
        Object* o = v.asObj();
        switch (o->kind) {
        case ObjKind::Str: out = int64_t(static_cast<StrObject*>(o)->length); return true;
        case ObjKind::List: out = int64_t(static_cast<ListObject*>(o)->items.size()); return true;
        case ObjKind::Tuple: out = int64_t(static_cast<TupleObject*>(o)->items.size()); return true;
        case ObjKind::Dict: out = int64_t(static_cast<DictObject*>(o)->size()); return true;
        case ObjKind::Set:
        case ObjKind::FrozenSet: out = int64_t(static_cast<SetObject*>(o)->size()); return true;
        case ObjKind::Range: out = static_cast<RangeObject*>(o)->length(); return true;
        case ObjKind::DictView: out = int64_t(static_cast<DictViewObject*>(o)->dict->size()); return true;
        default: break;
        }
        if (Value* fn = o->cls->lookup(ctx.types().names.len)) {
            Value args[1] = {v};
            Value r = callValue(ctx, *fn, ArgView{args, 1, nullptr, 0});
            if (r.isSignal()) return false;
            if (!isIntLike(r)) {
                ctx.typeError("'" + std::string(ctx.typeName(r)) + "' object cannot be interpreted as an integer");
                return false;
            }
            out = intOf(r);
            if (out < 0) {
                ctx.valueError("__len__() should return >= 0");
                return false;
            }
            return true;
        }
    }
    ctx.typeError("object of type '" + std::string(ctx.typeName(v)) + "' has no len()");
    return false;
}

// Unpacking writes items so that out[0] is the LAST item (top of stack = first target).
bool unpackSequence(CallContext& ctx, Value seq, uint32_t n, Value* out) {
    std::vector<Value> items;
    if (const std::vector<Value>* s = seqItems(seq)) {
        items = *s;
    } else {
        Value it = getIter(ctx, seq);
        if (it.isSignal()) {
            if (ctx.pendingIs(ctx.types().TypeError)) {
                ctx.clearPending();
                ctx.typeError("cannot unpack non-iterable " + std::string(ctx.typeName(seq)) + " object");
            }
            return false;
        }
        for (;;) {
            Value x;
            Next r = iterNext(ctx, it, x);
            if (r == Next::Error) return false;
            if (r == Next::Done) break;
            items.push_back(x);
            if (items.size() > n) break;
        }
    }
    if (items.size() > n) {
        ctx.valueError("too many values to unpack (expected " + std::to_string(n) + ")");
        return false;
    }
    if (items.size() < n) {
        ctx.valueError("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                       std::to_string(items.size()) + ")");
        return false;
    }
    for (uint32_t i = 0; i < n; ++i) out[i] = items[n - 1 - i];
    return true;
}

bool unpackEx(CallContext& ctx, Value seq, uint32_t before, uint32_t after, Value* out) {
    std::vector<Value> items;
    if (!isKind(seq, ObjKind::List) && !isKind(seq, ObjKind::Tuple)) {
        Value it = getIter(ctx, seq);
        if (it.isSignal()) {
            if (ctx.pendingIs(ctx.types().TypeError)) {
                ctx.clearPending();
                ctx.typeError("cannot unpack non-iterable " + std::string(ctx.typeName(seq)) + " object");
            }
            return false;
        }
    }
    if (!ctx.collect(seq, items)) return false;
    if (items.size() < before + after) {
        ctx.valueError("not enough values to unpack (expected at least " + std::to_string(before + after) +
                       ", got " + std::to_string(items.size()) + ")");
        return false;
    }
    uint32_t total = before + after + 1;
    std::vector<Value> ordered;
    ordered.reserve(total);
    for (uint32_t i = 0; i < before; ++i) ordered.push_back(items[i]);
    std::vector<Value> middle(items.begin() + before, items.end() - after);
    ordered.push_back(Value::object(ctx.newList(std::move(middle))));
    for (size_t i = items.size() - after; i < items.size(); ++i) ordered.push_back(items[i]);
    for (uint32_t i = 0; i < total; ++i) out[i] = ordered[total - 1 - i];
    return true;
}

}  // namespace il::vm
