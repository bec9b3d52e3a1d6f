#pragma once
// Internal interface between the interpreter loop, calls, generators and nested runs.

#include "engine/vm/interpreter.hpp"
#include "engine/vm/ops.hpp"

namespace il::vm {

// How a generator frame was resumed (stored in Frame::flags bits 8-9).
enum class ResumeKind : uint16_t { Call = 0, ForIter = 1, YieldFrom = 2, Nested = 3 };
constexpr uint16_t kResumeShift = 8;
constexpr uint16_t kResumeMask = 3u << kResumeShift;
inline ResumeKind resumeKindOf(const Frame* f) { return ResumeKind((f->flags & kResumeMask) >> kResumeShift); }
inline void setResumeKind(Frame* f, ResumeKind k) {
    f->flags = uint16_t((f->flags & ~kResumeMask) | (uint16_t(k) << kResumeShift));
}

// The outcome of running frames until an entry frame is done.
enum class ExecStatus : uint8_t { Returned, Yielded, Exception, Suspended, Budget, Limit };

// execute() runs the task's frames. Top-level (nested == false): until the task finishes,
// raises out, suspends, exhausts `budget` or hits a limit. Nested: until the frame marked
// kFrameEntry returns / yields / raises out of it (`out` gets the value).
// With startWithError, task.pending is raised in the top frame at its current instruction
// (generator.throw()).
ExecStatus execute(Vm& vm, Task& task, uint64_t budget, bool nested, Value& out, bool startWithError = false);

// What preparing a call produced.
enum class CallKind : uint8_t {
    Done,   // `result` holds the value (a native ran, a generator was created...)
    Frame,  // `frame` is a new Python frame to push (not linked yet)
    Error,  // an exception is pending
    Suspend // a native asked to block: retry the call later
};

// prepareCall() starts calling `callable` with positional args (optionally `self` first) and
// keywords. Never runs Python code itself except inside natives.
CallKind prepareCall(CallContext& ctx, Value callable, const Value* self, const Value* pos,
                     size_t npos, const KeywordArg* kw, size_t nkw, Value& result, Frame*& frame);

// newFunctionFrame() builds the frame of a call of `fn` (arguments bound). Null on error.
Frame* newFunctionFrame(CallContext& ctx, FunctionObject* fn, const Value* self, const Value* pos,
                        size_t npos, const KeywordArg* kw, size_t nkw, bool detached);

// pushFrame() links a frame on top of the task; false (RecursionError pending) if too deep.
bool pushFrame(CallContext& ctx, Frame* f);
// popFrame() unlinks the top frame and frees it (generator frames are kept by their owner).
void popFrame(Task& task);

// runFrame() pushes `f` as an entry frame and runs it to completion (nested run).
Value runFrame(CallContext& ctx, Frame* f);

// resumeGenerator(): links gen's frame on top of the task with `send` delivered. Returns false
// with an exception pending (running / just-started send) ; sets `finished` if already done.
bool resumeGenerator(CallContext& ctx, GeneratorObject* gen, Value send, ResumeKind kind, bool& finished);
// generatorNext(): steps a generator from native code (nested run). Item / Done / Error; on
// Done `out` holds the return value.
Next generatorSend(CallContext& ctx, GeneratorObject* gen, Value send, Value& out);

// generatorThrow(): raises `exc` inside the generator at its yield (throw() / close()); a
// generator delegating with `yield from`/`await` passes it down to the innermost one.
Next generatorThrow(CallContext& ctx, GeneratorObject* gen, Value exc, Value& out);
// linkForThrow(): links gen's frame (resumed as `kind`) and the frames of the generators it
// delegates to, and sets task.pending = exc: the caller then unwinds from the top frame. False
// with an exception pending when the generator cannot take it (running, not started, finished).
bool linkForThrow(CallContext& ctx, GeneratorObject* gen, Value exc, ResumeKind kind);

// The generator/coroutine methods send() and throw() (core_methods.cpp); throwArgument() turns
// throw()'s arguments into an exception instance (or error).
Value generatorSendMethod(CallContext& ctx, ArgView a);
Value generatorThrowMethod(CallContext& ctx, ArgView a);
Value throwArgument(CallContext& ctx, ArgView a);

// What resumeFromBytecode() did with a call.
enum class DirectResume : uint8_t {
    NotResume,  // not gen.send()/gen.throw(): call it as usual
    Resumed,    // the generator's frame is on top of the task: continue there
    Thrown,     // its frames are linked and task.pending is set: unwind from the top frame
    Error       // an exception is pending at the call site
};
// resumeFromBytecode(): gen.send(v) / gen.throw(e) called by bytecode run the generator as
// frames of the task (ResumeKind::Call), not as a nested run, so a blocking call inside it
// (time.sleep in a coroutine an event loop steps) suspends the task like any other call.
// Precondition: the caller's frame is saved with the callable and arguments popped.
DirectResume resumeFromBytecode(CallContext& ctx, Value callable, const Value* args, size_t nargs);

// getAwaitable(): GET_AWAITABLE — a coroutine itself, or the iterator its __await__() returns;
// error with TypeError / RuntimeError pending.
Value getAwaitable(CallContext& ctx, Value v);
// warnIfNeverAwaited(): `v` (a generator object) is being dropped by frame f; a coroutine that
// never started gets CPython's "RuntimeWarning: coroutine '...' was never awaited" (Host::warn).
void warnIfNeverAwaited(CallContext& ctx, Value v, const Frame* f);

// Tracebacks and exception state.
void addTraceback(Value exc, const Frame* f);
void setContextFromHandled(CallContext& ctx, Value exc);
// doRaise(): RAISE_VARARGS semantics; returns error() always; `reraise` tells whether it was
// a bare `raise` (no new traceback entry).
Value doRaise(CallContext& ctx, Value exc, Value cause, int nargs, bool& reraise);
// matchException(): `except T` test (T a class or tuple of classes); -1 with TypeError.
int matchException(CallContext& ctx, Value exc, Value type);

// "Did you mean" suggestions (CPython 3.11's algorithm); empty when nothing is close.
std::string suggestName(const std::vector<std::string>& candidates, std::string_view name);
std::string suggestForNameError(const Frame* f, std::string_view name);
std::string suggestForAttributeError(CallContext& ctx, Value obj, std::string_view name);
// raiseNameError(): NameError for `name` in frame f (with a suggestion).
Value raiseNameError(CallContext& ctx, const Frame* f, StrObject* name);

// Imports
Value importName(CallContext& ctx, StrObject* name);
Value importFrom(CallContext& ctx, Value module, StrObject* name);

// Loads a global/builtin for LOAD_GLOBAL / LOAD_NAME; null if missing.
inline Value* findGlobal(DictObject* globals, const BuiltinTypes& t, StrObject* name) {
    if (Value* v = globals->findStr(name)) return v;
    return t.builtins->findStr(name);
}

// Interpreter-level helpers (interpreter_ops.cpp)
Value formatValueOp(CallContext& ctx, Value v, uint32_t flags, Value spec);
Value buildString(CallContext& ctx, const Value* items, size_t n);
bool unpackSequence(CallContext& ctx, Value seq, uint32_t n, Value* out);
bool unpackEx(CallContext& ctx, Value seq, uint32_t before, uint32_t after, Value* out);
Value makeFunction(CallContext& ctx, Frame* f, uint32_t flags, Value* args);
Value loadName(CallContext& ctx, Frame* f, StrObject* name);
bool withMethods(CallContext& ctx, Value mgr, Value& enterOut, Value& exitOut, bool async = false);
Value loadMethod(CallContext& ctx, Value obj, StrObject* name, Value& selfOut);

}  // namespace il::vm
