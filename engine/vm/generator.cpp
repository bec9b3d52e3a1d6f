// Generators: resuming a generator's frame on the task's stack, stepping it from native code
// (next / send), and raising into it (throw / close).

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

bool resumeGenerator(CallContext& ctx, GeneratorObject* gen, Value send, ResumeKind kind, bool& finished) {
    finished = false;
    if (gen->running) {
        ctx.valueError("generator already executing");
        return false;
    }
    if (!gen->frame) {
        finished = true;
        return true;
    }
    Frame* f = gen->frame;
    if (!gen->started) {
        if (!send.isNone()) {
            ctx.typeError("can't send non-None value to a just-started generator");
            return false;
        }
    } else {
        *f->sp++ = send;
    }
    Task& task = ctx.task();
    if (task.depth >= ctx.vm().limits().maxRecursion) {
        if (gen->started) --f->sp;
        ctx.raise(ctx.types().RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    gen->started = true;
    gen->running = true;
    setResumeKind(f, kind);
    f->back = task.top;
    task.top = f;
    ++task.depth;
    return true;
}

Next generatorSend(CallContext& ctx, GeneratorObject* gen, Value send, Value& out) {
    bool finished = false;
    Task& task = ctx.task();
    if (task.nativeDepth > 150) {
        ctx.raise(ctx.types().RecursionError, "maximum recursion depth exceeded");
        return Next::Error;
    }
    if (!resumeGenerator(ctx, gen, send, ResumeKind::Nested, finished)) return Next::Error;
    if (finished) {
        out = Value();
        return Next::Done;
    }
    task.top->flags |= kFrameEntry;
    ++task.nativeDepth;
    ExecStatus s = execute(ctx.vm(), task, ~uint64_t(0) >> 1, true, out);
    --task.nativeDepth;
    if (s == ExecStatus::Yielded) return Next::Item;
    if (s == ExecStatus::Returned) return Next::Done;
    return Next::Error;
}

Next generatorThrow(CallContext& ctx, GeneratorObject* gen, Value exc, Value& out) {
    Task& task = ctx.task();
    if (gen->running) {
        ctx.valueError("generator already executing");
        return Next::Error;
    }
    if (!gen->frame || !gen->started) {
        // Not started or finished: the exception is raised at the call site (and the
        // generator is finished).
        if (gen->frame) {
            FramePool::freeDetached(gen->frame);
            gen->frame = nullptr;
        }
        task.pending = exc;
        return Next::Error;
    }
    if (task.nativeDepth > 150 || task.depth >= ctx.vm().limits().maxRecursion) {
        ctx.raise(ctx.types().RecursionError, "maximum recursion depth exceeded");
        return Next::Error;
    }
    Frame* f = gen->frame;
    gen->running = true;
    setResumeKind(f, ResumeKind::Nested);
    f->flags |= kFrameEntry;
    f->back = task.top;
    task.top = f;
    ++task.depth;
    task.pending = exc;
    ++task.nativeDepth;
    ExecStatus s = execute(ctx.vm(), task, ~uint64_t(0) >> 1, true, out, true);
    --task.nativeDepth;
    if (s == ExecStatus::Yielded) return Next::Item;
    if (s == ExecStatus::Returned) return Next::Done;
    return Next::Error;
}

}  // namespace il::vm
