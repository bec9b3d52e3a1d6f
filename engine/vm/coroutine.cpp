// Coroutines (async def): what `await` accepts (GET_AWAITABLE) and the warning for a coroutine
// that is dropped without ever being awaited.

#include "engine/vm/host.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

Value getAwaitable(CallContext& ctx, Value v) {
    const BuiltinTypes& T = ctx.types();
    if (isKind(v, ObjKind::Generator)) {
        auto* g = as<GeneratorObject>(v);
        if (g->isCoroutine) {
            if (!g->frame) return ctx.raise(T.RuntimeError, "cannot reuse already awaited coroutine");
            return v;
        }
    }
    static StrObject* const awaitName = internName("__await__");
    Value* method = ctx.typeOf(v)->lookup(awaitName);
    if (!method)
        return ctx.typeError("object " + std::string(ctx.typeName(v)) + " can't be used in 'await' expression");
    Value it = callMethodByName(ctx, v, awaitName, ArgView{nullptr, 0, nullptr, 0});
    if (it.isSignal()) return it;
    if (isKind(it, ObjKind::Generator) && as<GeneratorObject>(it)->isCoroutine)
        return ctx.typeError("__await__() returned a coroutine");
    if (!isKind(it, ObjKind::Generator) && !ctx.typeOf(it)->lookup(T.names.next))
        return ctx.typeError("__await__() returned non-iterator of type '" + std::string(ctx.typeName(it)) + "'");
    return it;
}

void warnIfNeverAwaited(CallContext& ctx, Value v, const Frame* f) {
    auto* g = as<GeneratorObject>(v);
    if (!g->isCoroutine || g->started || !g->frame || !ctx.vm().host) return;
    std::string text;
    if (f && f->code->source) {
        text += f->code->source->name() + ":" + std::to_string(f->line()) + ": ";
    }
    text += "RuntimeWarning: coroutine '" + g->name->data + "' was never awaited\n";
    if (f && f->code->source) {
        std::string_view line = f->code->source->line(f->line());
        size_t b = line.find_first_not_of(" \t");
        if (b != std::string_view::npos) text += "  " + std::string(line.substr(b)) + "\n";
    }
    text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    ctx.vm().host->warn(ctx, text);
}

}  // namespace il::vm
