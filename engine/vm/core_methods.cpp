// Methods of core classes: object.__init__, BaseException's __init__/__str__/__repr__,
// generator next/send/throw/close, the iterators' __next__/__iter__.

#include "engine/vm/core_builtins.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

#define ARGS(name, min, max) \
    if (a.count < (min) || a.count > (max)) return ctx.typeError(std::string(name) + "() takes " + std::to_string(min) + " argument(s)")


Value mObjectInit(CallContext& ctx, ArgView a) { return Value(); }

Value mExcInit(CallContext& ctx, ArgView a) {
    if (!isKind(a[0], ObjKind::Exception)) return Value();
    auto* e = as<ExceptionObject>(a[0]);
    setExceptionArgs(ctx, e, std::vector<Value>(a.pos + 1, a.pos + a.count));
    if (e->cls->isSubclassOf(ctx.types().StopIteration)) e->stopValue = a.count > 1 ? a[1] : Value();
    return Value();
}
Value mExcStr(CallContext& ctx, ArgView a) {
    std::string s;
    auto* e = as<ExceptionObject>(a[0]);
    if (e->args && e->args->items.size() == 1) {
        if (!ctx.strInto(e->args->items[0], s)) return Value::error();
    } else if (e->args && e->args->items.size() > 1) {
        if (!ctx.reprInto(Value::object(e->args), s)) return Value::error();
    }
    return ctx.makeStr(s);
}
Value mExcRepr(CallContext& ctx, ArgView a) {
    auto* e = as<ExceptionObject>(a[0]);
    std::string s = e->cls->name->data + "(";
    if (e->args)
        for (size_t i = 0; i < e->args->items.size(); ++i) {
            if (i) s += ", ";
            if (!ctx.reprInto(e->args->items[i], s)) return Value::error();
        }
    return ctx.makeStr(s + ")");
}
Value mExcWithTraceback(CallContext& ctx, ArgView a) { return a[0]; }

Value genStep(CallContext& ctx, Value gen, Value send) {
    Value out;
    auto* g = as<GeneratorObject>(gen);
    if (!g->frame && g->isCoroutine) return ctx.raise(ctx.types().RuntimeError, "cannot reuse already awaited coroutine");
    Next n = generatorSend(ctx, g, send, out);
    if (n == Next::Item) return out;
    if (n == Next::Error) return Value::error();
    if (out.isNone()) return ctx.raiseArgs(ctx.types().StopIteration, {});
    return ctx.raiseArgs(ctx.types().StopIteration, {out});
}
Value mGenNext(CallContext& ctx, ArgView a) { return genStep(ctx, a[0], Value()); }

}  // namespace

Value generatorSendMethod(CallContext& ctx, ArgView a) {
    ARGS("send", 2, 2);
    return genStep(ctx, a[0], a[1]);
}

Value throwArgument(CallContext& ctx, ArgView a) {
    if (a.count < 2) return ctx.typeError("throw expected at least 1 argument, got 0");
    Value exc = a[1];
    if (isKind(exc, ObjKind::Class)) {
        std::vector<Value> args;
        if (a.count > 2 && !a[2].isNone()) args.push_back(a[2]);
        exc = ctx.call(exc, ArgView{args.data(), args.size(), nullptr, 0});
        if (exc.isSignal()) return Value::error();
    }
    if (!isKind(exc, ObjKind::Exception)) return ctx.typeError("exceptions must derive from BaseException");
    return exc;
}

Value generatorThrowMethod(CallContext& ctx, ArgView a) {
    Value exc = throwArgument(ctx, a);
    if (exc.isSignal()) return exc;
    Value out;
    Next n = generatorThrow(ctx, as<GeneratorObject>(a[0]), exc, out);
    if (n == Next::Item) return out;
    if (n == Next::Error) return Value::error();
    if (out.isNone()) return ctx.raiseArgs(ctx.types().StopIteration, {});
    return ctx.raiseArgs(ctx.types().StopIteration, {out});
}

namespace {

Value mGenClose(CallContext& ctx, ArgView a) {
    auto* g = as<GeneratorObject>(a[0]);
    if (g->running) return ctx.valueError("generator already executing");
    if (!g->frame) return Value();
    if (!g->started) {
        FramePool::freeDetached(g->frame);
        g->frame = nullptr;
        return Value();
    }
    Value exit = Value::object(ctx.newException(ctx.types().GeneratorExit, {}));
    Value out;
    Next n = generatorThrow(ctx, g, exit, out);
    if (n == Next::Item) return ctx.raise(ctx.types().RuntimeError, "generator ignored GeneratorExit");
    if (n == Next::Done) return Value();
    if (ctx.pendingIs(ctx.types().GeneratorExit) || ctx.pendingIs(ctx.types().StopIteration)) {
        ctx.clearPending();
        return Value();
    }
    return Value::error();
}
Value mSelf(CallContext& ctx, ArgView a) { return a[0]; }
Value mIterNext(CallContext& ctx, ArgView a) {
    Value out;
    Next n = ctx.next(a[0], out);
    if (n == Next::Item) return out;
    if (n == Next::Error) return Value::error();
    return ctx.raiseArgs(ctx.types().StopIteration, {});
}

}  // namespace

void installCoreMethods(BuiltinTypes& t) {
    addNative(t.object, "__init__", mObjectInit);
    addNative(t.BaseException, "__init__", mExcInit);
    addNative(t.BaseException, "__str__", mExcStr);
    addNative(t.BaseException, "__repr__", mExcRepr);
    addNative(t.BaseException, "with_traceback", mExcWithTraceback);
    addNative(t.generatorType, "__next__", mGenNext);
    addNative(t.generatorType, "__iter__", mSelf);
    for (ClassObject* c : {t.generatorType, t.coroutineType}) {
        addNative(c, "send", generatorSendMethod);
        addNative(c, "close", mGenClose);
        addNative(c, "throw", generatorThrowMethod);
    }
    for (ClassObject* c : {t.listIteratorType, t.tupleIteratorType, t.strIteratorType, t.rangeIteratorType,
                           t.dictKeyIteratorType, t.dictValueIteratorType, t.dictItemIteratorType,
                           t.setIteratorType, t.reversedType, t.enumerateType, t.zipType, t.mapType,
                           t.filterType, t.callableIteratorType}) {
        addNative(c, "__next__", mIterNext);
        addNative(c, "__iter__", mSelf);
    }
}

}  // namespace il::vm
