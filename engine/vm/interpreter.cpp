// The interpreter loop: one switch over 32-bit instructions, frames on the task's explicit stack.
//
// [SECTION] Helpers and macros
// [SECTION] The loop
// [SECTION] Calls, returns, yields
// [SECTION] Exceptions and unwinding
// [SECTION] Entry points

#include <cmath>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

// ---------------------------------------------------------------------------------------------
// [SECTION] Helpers and macros
// ---------------------------------------------------------------------------------------------

namespace {

constexpr int64_t kCheckEvery = 4096;

inline bool bothInt(Value a, Value b) { return a.isInt() && b.isInt(); }

}  // namespace

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
// SAVE() also settles the instruction count, so a native called next (time.time, sleep) sees
// exactly how many instructions the task has run.
#define SAVE()                                                 \
    do {                                                       \
        f->ip = ip;                                            \
        f->sp = sp;                                            \
        uint64_t settled_ = uint64_t(sliceStart - countdown);  \
        vm.instructionsExecuted += settled_;                   \
        remaining -= settled_;                                 \
        sliceStart = countdown;                                \
    } while (0)
#include "engine/vm/interpreter_step_watch.inc"
#define LOAD()                                \
    do {                                      \
        ip = f->ip;                           \
        sp = f->sp;                           \
        fast = f->slots();                    \
        consts = f->code->consts.data();      \
        names = f->code->names.data();        \
    } while (0)
#define CHECK(v)                  \
    do {                          \
        if ((v).isSignal()) {     \
            if ((v).isSuspend()) goto suspend; \
            goto error;           \
        }                         \
    } while (0)

// ---------------------------------------------------------------------------------------------
// [SECTION] The loop
// ---------------------------------------------------------------------------------------------

ExecStatus execute(Vm& vm, Task& task, uint64_t budget, bool nested, Value& out, bool startWithError) {
    CallContext ctx(vm, task);
    const BuiltinTypes& T = vm.types();
    Frame* f = task.top;
    const uint32_t* ip;
    Value* sp;
    Value* fast;
    const Value* consts;
    StrObject* const* names;
    LOAD();
    bool reraise = false;
    Value yielded;
    uint64_t remaining = budget;
    int64_t countdown = int64_t(remaining < uint64_t(kCheckEvery) ? remaining : kCheckEvery);
    int64_t sliceStart = countdown;
    uint64_t maxInstr = vm.limits().maxInstructions;
    uint32_t word;
    uint32_t arg;
    uint32_t pressureChecks = 0;
    if (startWithError) goto error;

    for (;;) {
        if (--countdown < 0) {
            uint64_t done = uint64_t(sliceStart);
            vm.instructionsExecuted += done;
            remaining -= done;
            sliceStart = countdown = 0;  // settled: SAVE() below adds nothing more
            if (maxInstr && vm.instructionsExecuted >= maxInstr) {
                SAVE();
                vm.limitHit = LimitKind::Instructions;
                vm.limitMessage = "instruction limit reached: the script ran " +
                                  std::to_string(vm.instructionsExecuted) +
                                  " instructions (raise it with --max-instructions N)";
                return ExecStatus::Limit;
            }
            if (!nested && task.nativeDepth == 0 &&
                (vm.heap().shouldCollect() || ((++pressureChecks & 63) == 0 && vm.memoryPressure()))) {
                SAVE();
                size_t live = vm.collectGarbage();
                if (live > vm.limits().maxHeapBytes) {
                    vm.limitHit = LimitKind::HeapBytes;
                    vm.limitMessage = "heap limit reached: " + std::to_string(live >> 20) +
                                      " MB live, limit " +
                                      std::to_string(vm.limits().maxHeapBytes >> 20) +
                                      " MB (raise it with --max-heap-mb N)";
                    return ExecStatus::Limit;
                }
            }
            if (!nested && remaining == 0) {
                SAVE();
                return ExecStatus::Budget;
            }
            uint64_t next = nested ? kCheckEvery : remaining;
            if (next > uint64_t(kCheckEvery)) next = kCheckEvery;
            if (maxInstr && maxInstr - vm.instructionsExecuted < next) next = maxInstr - vm.instructionsExecuted;
            countdown = int64_t(next) - 1;
            sliceStart = int64_t(next);
        }
        word = *ip++;
        arg = word >> 8;
        switch (Op(word & 0xff)) {
        case Op::NOP: break;
        case Op::POP_TOP:
            --sp;
            if (isKind(*sp, ObjKind::Generator)) [[unlikely]] {
                SAVE();
                warnIfNeverAwaited(ctx, *sp, f);
            }
            break;
        case Op::DUP_TOP: *sp = sp[-1]; ++sp; break;
        case Op::DUP_TOP_TWO:
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            break;
        case Op::ROT_TWO: std::swap(sp[-1], sp[-2]); break;
        case Op::ROT_THREE: {
            Value top = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = top;
            break;
        }
        case Op::ROT_FOUR: {
            Value top = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = sp[-4];
            sp[-4] = top;
            break;
        }
        case Op::LOAD_CONST: PUSH(consts[arg]); break;
        case Op::LOAD_FAST: {
            Value v = fast[arg];
            if (v.isError()) {
                SAVE();
                ctx.raise(T.UnboundLocalError, "cannot access local variable '" +
                                                   f->code->varnames[arg]->data +
                                                   "' where it is not associated with a value");
                goto error;
            }
            PUSH(v);
            break;
        }
        case Op::STORE_FAST: fast[arg] = POP(); break;
        case Op::DELETE_FAST:
            if (fast[arg].isError()) {
                SAVE();
                ctx.raise(T.UnboundLocalError, "cannot access local variable '" +
                                                   f->code->varnames[arg]->data +
                                                   "' where it is not associated with a value");
                goto error;
            }
            fast[arg] = Value::error();
            break;
        case Op::LOAD_DEREF:
        case Op::LOAD_CLASSDEREF: {
            auto* cell = as<CellObject>(f->cells()[arg]);
            if (Op(word & 0xff) == Op::LOAD_CLASSDEREF && f->locals) {
                uint32_t fi = arg - uint32_t(f->code->cellvars.size());
                if (Value* v = f->locals->findStr(f->code->freevars[fi])) {
                    PUSH(*v);
                    break;
                }
            }
            if (cell->empty) {
                SAVE();
                std::string n = arg < f->code->cellvars.size()
                                    ? f->code->cellvars[arg]->data
                                    : f->code->freevars[arg - f->code->cellvars.size()]->data;
                ctx.raise(T.NameError, "cannot access free variable '" + n +
                                           "' where it is not associated with a value in enclosing scope");
                goto error;
            }
            PUSH(cell->value);
            break;
        }
        case Op::STORE_DEREF: {
            auto* cell = as<CellObject>(f->cells()[arg]);
            WATCH_WRITE(cell, {});
            cell->value = POP();
            cell->empty = false;
            break;
        }
        case Op::DELETE_DEREF: {
            auto* cell = as<CellObject>(f->cells()[arg]);
            WATCH_WRITE(cell, {});
            cell->value = Value();
            cell->empty = true;
            break;
        }
        case Op::LOAD_CLOSURE: PUSH(f->cells()[arg]); break;
        case Op::LOAD_GLOBAL: {
            WATCH_READ(f->globals, names[arg]->data);
            Value* v = findGlobal(f->globals, T, names[arg]);
            if (!v) {
                SAVE();
                raiseNameError(ctx, f, names[arg]);
                goto error;
            }
            PUSH(*v);
            break;
        }
        case Op::STORE_GLOBAL:
            WATCH_WRITE(f->globals, names[arg]->data);
            f->globals->setStr(names[arg], POP());
            break;
        case Op::DELETE_GLOBAL:
            WATCH_WRITE(f->globals, names[arg]->data);
            if (!f->globals->removeStr(names[arg])) {
                SAVE();
                raiseNameError(ctx, f, names[arg]);
                goto error;
            }
            break;
        case Op::LOAD_NAME: {
            WATCH_READ(f->locals ? f->locals : f->globals, names[arg]->data);
            Value* v = f->locals ? f->locals->findStr(names[arg]) : nullptr;
            if (!v) v = findGlobal(f->globals, T, names[arg]);
            if (!v) {
                SAVE();
                raiseNameError(ctx, f, names[arg]);
                goto error;
            }
            PUSH(*v);
            break;
        }
        case Op::STORE_NAME:
            WATCH_WRITE(f->locals ? f->locals : f->globals, names[arg]->data);
            (f->locals ? f->locals : f->globals)->setStr(names[arg], POP());
            break;
        case Op::DELETE_NAME:
            WATCH_WRITE(f->locals ? f->locals : f->globals, names[arg]->data);
            if (!(f->locals ? f->locals : f->globals)->removeStr(names[arg])) {
                SAVE();
                raiseNameError(ctx, f, names[arg]);
                goto error;
            }
            break;
        case Op::LOAD_ATTR: {
            WATCH_READ(VALUE_ADDR(TOP()), names[arg]->data);
            SAVE();
            Value r = getAttribute(ctx, TOP(), names[arg]);
            CHECK(r);
            TOP() = r;
            break;
        }
        case Op::STORE_ATTR: {
            WATCH_WRITE(VALUE_ADDR(sp[-1]), names[arg]->data);
            SAVE();
            if (!setAttribute(ctx, sp[-1], names[arg], sp[-2])) goto error;
            sp -= 2;
            break;
        }
        case Op::DELETE_ATTR: {
            WATCH_WRITE(VALUE_ADDR(sp[-1]), names[arg]->data);
            SAVE();
            if (!delAttribute(ctx, sp[-1], names[arg])) goto error;
            --sp;
            break;
        }
        case Op::LOAD_METHOD: {
            // A method of a builtin container may change it (append, pop…): a write of the whole.
            if (vm.stepWatch.watching && TOP().isObj() &&
                (isKind(TOP(), ObjKind::List) || isKind(TOP(), ObjKind::Dict) || isKind(TOP(), ObjKind::Set))) [[unlikely]]
                WATCH_WRITE_KEY(accessKey(TOP().asObj()));
            else WATCH_READ(VALUE_ADDR(TOP()), names[arg]->data);
            SAVE();
            Value self;
            Value m = loadMethod(ctx, TOP(), names[arg], self);
            CHECK(m);
            TOP() = m;
            PUSH(self);
            break;
        }
#include "engine/vm/interpreter_operators.inc"
        case Op::JUMP: ip = f->code->code.data() + arg; break;
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE: {
            Value v = POP();
            int t;
            if (v.isBool()) t = v.asBool();
            else {
                SAVE();
                t = truthOf(ctx, v);
                if (t < 0) goto error;
            }
            if ((Op(word & 0xff) == Op::POP_JUMP_IF_TRUE) == bool(t)) ip = f->code->code.data() + arg;
            break;
        }
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP: {
            Value v = TOP();
            int t;
            if (v.isBool()) t = v.asBool();
            else {
                SAVE();
                t = truthOf(ctx, v);
                if (t < 0) goto error;
            }
            if ((Op(word & 0xff) == Op::JUMP_IF_TRUE_OR_POP) == bool(t)) ip = f->code->code.data() + arg;
            else --sp;
            break;
        }
        case Op::GET_ITER: {
            Value v = TOP();
            if (isKind(v, ObjKind::Generator) || isKind(v, ObjKind::Iterator)) break;
            SAVE();
            Value it = getIter(ctx, v);
            CHECK(it);
            TOP() = it;
            break;
        }
        case Op::FOR_ITER: {
            Value it = TOP();
            if (isKind(it, ObjKind::Iterator)) {
                auto* io = as<IteratorObject>(it);
                if (io->mode == IteratorObject::Mode::Range) {
                    if ((io->step > 0 && io->index < io->end) || (io->step < 0 && io->index > io->end)) {
                        PUSH(Value::integer(io->index));
                        io->index += io->step;
                        break;
                    }
                    --sp;
                    ip = f->code->code.data() + arg;
                    break;
                }
                if (io->mode == IteratorObject::Mode::Seq && isKind(io->source, ObjKind::List)) {
                    auto& items = as<ListObject>(io->source)->items;
                    if (io->index < int64_t(items.size())) {
                        PUSH(items[size_t(io->index++)]);
                        break;
                    }
                    --sp;
                    ip = f->code->code.data() + arg;
                    break;
                }
            } else if (isKind(it, ObjKind::Generator)) {
                SAVE();
                bool finished = false;
                if (!resumeGenerator(ctx, as<GeneratorObject>(it), Value(), ResumeKind::ForIter, finished))
                    goto error;
                if (finished) {
                    --sp;
                    ip = f->code->code.data() + arg;
                    break;
                }
                f = task.top;
                LOAD();
                break;
            }
            SAVE();
            Value item;
            Next n = iterNext(ctx, it, item);
            if (n == Next::Error) goto error;
            if (n == Next::Done) {
                --sp;
                ip = f->code->code.data() + arg;
                break;
            }
            PUSH(item);
            break;
        }
#include "engine/vm/interpreter_containers.inc"
#include "engine/vm/interpreter_calls.inc"
        case Op::MAKE_FUNCTION: {
            SAVE();
            int n = ((arg & 1) ? 1 : 0) + ((arg & 2) ? 1 : 0) + ((arg & 4) ? 1 : 0);
            Value fn = makeFunction(ctx, f, arg, sp - n - 1);
            CHECK(fn);
            sp -= n + 1;
            PUSH(fn);
            break;
        }
        case Op::GET_YIELD_FROM_ITER: {
            Value v = TOP();
            if (isKind(v, ObjKind::Generator)) break;
            SAVE();
            Value it = getIter(ctx, v);
            CHECK(it);
            TOP() = it;
            break;
        }
        case Op::GET_AWAITABLE: {
            SAVE();
            Value it = getAwaitable(ctx, TOP());
            CHECK(it);
            TOP() = it;
            break;
        }
#include "engine/vm/interpreter_exceptions.inc"
        case Op::LOAD_BUILD_CLASS: PUSH(*T.builtins->findStr("__build_class__")); break;
        case Op::LOAD_ASSERTION_ERROR: PUSH(Value::object(T.AssertionError)); break;
        case Op::FORMAT_VALUE: {
            SAVE();
            Value spec = (arg & kFvHasSpec) ? POP() : Value();
            Value r = formatValueOp(ctx, TOP(), arg, spec);
            CHECK(r);
            TOP() = r;
            break;
        }
        case Op::IMPORT_NAME: {
            SAVE();
            Value m = importName(ctx, names[arg]);
            CHECK(m);
            PUSH(m);
            break;
        }
        case Op::IMPORT_FROM: {
            SAVE();
            Value v = importFrom(ctx, TOP(), names[arg]);
            CHECK(v);
            PUSH(v);
            break;
        }
        case Op::SETUP_ANNOTATIONS:
        case Op::LOAD_FAST_LOAD_CONST:
        case Op::COMPARE_JUMP_FAST_CONST:
        case Op::Count: break;
        }
        continue;

    // -----------------------------------------------------------------------------------------
    // [SECTION] Exceptions and unwinding
    // -----------------------------------------------------------------------------------------
    error: {
        if (vm.limitHit != LimitKind::None) {
            vm.instructionsExecuted += uint64_t(sliceStart - countdown);
            return ExecStatus::Limit;
        }
        for (;;) {
            Value exc = task.pending;
            if (!reraise) addTraceback(exc, f);
            reraise = false;
            uint32_t off = uint32_t(f->ip - f->code->code.data()) - 1;
            const ExceptionEntry* handler = nullptr;
            for (const ExceptionEntry& e : f->code->exceptionTable)
                if (off >= e.start && off < e.end) {
                    handler = &e;
                    break;
                }
            if (handler) {
                LOAD();
                sp = f->stackBase() + handler->depth;
                PUSH(exc);
                task.pending = Value();
                ip = f->code->code.data() + handler->handler;
                break;
            }
            // Unwind this frame.
            Frame* dead = f;
            bool entry = dead->flags & kFrameEntry;
            GeneratorObject* gen = (dead->flags & kFrameGenerator) ? dead->gen : nullptr;
            if (gen && !entry && resumeKindOf(dead) == ResumeKind::YieldFrom && dead->back)
                ++dead->back->ip;  // the delegating frame waits at its YIELD_FROM
            task.top = dead->back;
            --task.depth;
            if (gen) {
                gen->running = false;
                gen->frame = nullptr;
                dead->back = nullptr;
                FramePool::freeDetached(dead);
                if (ctx.isInstance(exc, T.StopIteration)) {
                    ExceptionObject* re = makeException(
                        ctx, T.RuntimeError, {ctx.makeStr("generator raised StopIteration")});
                    re->cause = exc;
                    re->context = exc;
                    re->suppressContext = true;
                    task.pending = Value::object(re);
                }
            } else {
                task.pool.release(dead);
            }
            if (entry) {
                vm.instructionsExecuted += uint64_t(sliceStart - countdown);
                return ExecStatus::Exception;
            }
            if (!task.top) {
                vm.instructionsExecuted += uint64_t(sliceStart - countdown);
                return ExecStatus::Exception;
            }
            f = task.top;
        }
        continue;
    }
    endStep: {
        // Systematic exploration: a runtime primitive ran; the step ends here (a nested run
        // leaves the flag for the call that started it).
        if (nested) continue;
        vm.stepWatch.endAfterCall = false;
        SAVE();
        return ExecStatus::Budget;
    }
    suspend: {
        // Retry the call when the task is resumed.
        f->ip = ip - 1;
        f->sp = sp;
        vm.instructionsExecuted += uint64_t(sliceStart - countdown);
        if (nested) {
            ctx.raise(T.RuntimeError, "a blocking operation was called from a callback of native code");
            f->ip = ip;
            goto error;
        }
        return ExecStatus::Suspended;
    }
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Entry points
// ---------------------------------------------------------------------------------------------

RunResult run(Vm& vm, Task& task, uint64_t maxInstructions) {
    RunResult r;
    uint64_t before = vm.instructionsExecuted;
    Value out;
    ExecStatus s = execute(vm, task, maxInstructions ? maxInstructions : ~uint64_t(0) >> 1, false, out);
    r.executed = vm.instructionsExecuted - before;
    switch (s) {
    case ExecStatus::Returned:
    case ExecStatus::Yielded: r.reason = StopReason::Finished; break;
    case ExecStatus::Exception: r.reason = StopReason::Exception; break;
    case ExecStatus::Suspended: r.reason = StopReason::Suspended; break;
    case ExecStatus::Budget: r.reason = StopReason::Budget; break;
    case ExecStatus::Limit: r.reason = StopReason::Limit; break;
    }
    return r;
}

RunResult runToCompletion(Vm& vm, Task& task, uint64_t slice) {
    RunResult total;
    for (;;) {
        RunResult r = run(vm, task, slice);
        total.executed += r.executed;
        if (r.reason != StopReason::Budget) {
            total.reason = r.reason;
            return total;
        }
    }
}

}  // namespace il::vm
