// Generators and coroutines: resuming a generator's frame on the task's stack, stepping it from
// native code (next / send), raising into it (throw / close), and send()/throw() from bytecode.

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

// delegateOf(): the generator `gen` delegates to with `yield from` / `await` while parked at
// its YIELD_FROM, or null (CPython's _PyGen_yf).
static GeneratorObject* delegateOf(GeneratorObject* gen) {
    Frame* f = gen->frame;
    if (!f || !gen->started || Op(*f->ip & 0xff) != Op::YIELD_FROM) return nullptr;
    Value it = f->sp[-1];
    if (!isKind(it, ObjKind::Generator)) return nullptr;
    auto* sub = as<GeneratorObject>(it);
    return sub->frame && sub->started && !sub->running ? sub : nullptr;
}

bool linkForThrow(CallContext& ctx, GeneratorObject* gen, Value exc, ResumeKind kind) {
    Task& task = ctx.task();
    if (gen->running) {
        ctx.valueError("generator already executing");
        return false;
    }
    if (!gen->frame || !gen->started) {
        // Not started or finished: the exception is raised at the call site (and the
        // generator is finished).
        if (gen->frame) {
            FramePool::freeDetached(gen->frame);
            gen->frame = nullptr;
        }
        task.pending = exc;
        return false;
    }
    int links = 1;
    for (GeneratorObject* g = delegateOf(gen); g; g = delegateOf(g)) ++links;
    if (task.nativeDepth > 150 || task.depth + links > ctx.vm().limits().maxRecursion) {
        ctx.raise(ctx.types().RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    // The exception goes to the innermost generator of the delegation chain, as in CPython.
    for (GeneratorObject* g = gen; g; g = delegateOf(g)) {
        Frame* f = g->frame;
        g->running = true;
        setResumeKind(f, g == gen ? kind : ResumeKind::YieldFrom);
        f->back = task.top;
        task.top = f;
        ++task.depth;
    }
    task.pending = exc;
    return true;
}

Next generatorThrow(CallContext& ctx, GeneratorObject* gen, Value exc, Value& out) {
    Task& task = ctx.task();
    if (!linkForThrow(ctx, gen, exc, ResumeKind::Nested)) return Next::Error;
    gen->frame->flags |= kFrameEntry;
    ++task.nativeDepth;
    ExecStatus s = execute(ctx.vm(), task, ~uint64_t(0) >> 1, true, out, true);
    --task.nativeDepth;
    if (s == ExecStatus::Yielded) return Next::Item;
    if (s == ExecStatus::Returned) return Next::Done;
    return Next::Error;
}

DirectResume resumeFromBytecode(CallContext& ctx, Value callable, const Value* args, size_t nargs) {
    auto* b = as<BuiltinObject>(callable);
    bool send = b->fn == generatorSendMethod;
    if (!send && b->fn != generatorThrowMethod) return DirectResume::NotResume;
    // The receiver is the bound generator or the first argument (gen.send loaded as a method).
    std::vector<Value> all;
    if (b->hasBound) all.push_back(b->bound);
    all.insert(all.end(), args, args + nargs);
    if (all.empty() || !isKind(all[0], ObjKind::Generator)) return DirectResume::NotResume;
    auto* gen = as<GeneratorObject>(all[0]);
    if (send) {
        if (all.size() != 2) {
            ctx.typeError("send() takes exactly one argument (" + std::to_string(all.size() - 1) + " given)");
            return DirectResume::Error;
        }
        if (!gen->frame) {
            if (gen->isCoroutine) ctx.raise(ctx.types().RuntimeError, "cannot reuse already awaited coroutine");
            else ctx.raiseArgs(ctx.types().StopIteration, {});
            return DirectResume::Error;
        }
        bool finished = false;
        if (!resumeGenerator(ctx, gen, all[1], ResumeKind::Call, finished)) return DirectResume::Error;
        return DirectResume::Resumed;
    }
    Value exc = throwArgument(ctx, ArgView{all.data(), all.size(), nullptr, 0});
    if (exc.isSignal()) return DirectResume::Error;
    if (!linkForThrow(ctx, gen, exc, ResumeKind::Call)) return DirectResume::Error;
    return DirectResume::Thrown;
}

}  // namespace il::vm
