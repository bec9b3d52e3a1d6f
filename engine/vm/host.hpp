#pragma once
// Host: what a Vm asks of whatever runs it. A plain Vm (tests, `interleave dis`) has none and
// keeps its own per-process clock; the runtime (engine/runtime) is the host of every process it
// runs and answers with virtual time, the scheduler and the runtime's modules. The interface
// lives here so the VM layer never depends on the runtime layer.

#include <string_view>

#include "engine/vm/object.hpp"

namespace il::vm {

class CallContext;

class Host {
public:
    virtual ~Host() = default;
    // now() is the calling task's current virtual time in seconds since the run began.
    [[nodiscard]] virtual double now(CallContext& ctx) = 0;
    // sleep() and work() may return Value::suspend(): the CALL is retried when the task resumes,
    // and the retry must then return None.
    virtual Value sleep(CallContext& ctx, double seconds) = 0;
    virtual Value work(CallContext& ctx, double ms) = 0;
    // parentPid() is os.getppid(): the parent's pid, 1 once init has adopted the process.
    [[nodiscard]] virtual int64_t parentPid(CallContext& ctx) = 0;
    // fork() is os.fork(): the child's pid, and 0 when the child makes the call again.
    // waitChild() is os.waitpid(pid, WNOHANG if noHang) (pid -1: any child): (pid, status).
    // exitProcess() is os._exit(code): returns Value::suspend(), and the process has ended.
    virtual Value fork(CallContext& ctx) = 0;
    virtual Value waitChild(CallContext& ctx, int64_t pid, bool noHang) = 0;
    virtual Value exitProcess(CallContext& ctx, int64_t code) = 0;
    // forkHandle() is the id a forked copy of a handle names in `to`'s process: the same state
    // (a multiprocessing object, inherited and shared), or a copy of it (a threading lock: the
    // child's own, locked if it was locked).
    virtual uint32_t forkHandle(uint32_t id, uint32_t /*tag*/, Vm& /*to*/) { return id; }
    // note() puts a labelled marker on the timeline.
    virtual void note(CallContext& ctx, std::string_view text) = 0;
    // warn() writes a warning (Python's `warnings` text, e.g. a coroutine never awaited) to
    // the run's stderr.
    virtual void warn(CallContext& /*ctx*/, std::string_view /*text*/) {}
    // createModule() creates a module the host provides (threading, queue...), or returns null
    // with nothing pending if it has none by that name (null with an exception pending: error).
    virtual ModuleObject* createModule(CallContext& ctx, std::string_view name) = 0;
    // builtinFallback() is asked when a builtin function or class (`callable`) is about to be
    // called with a generator object among its positional arguments `args` (the receiver first
    // for a method such as str.join). It returns a Python function to call instead with the same
    // arguments, so that the generator runs in frames of the task and may block (a native runs
    // it to completion in a nested run, which cannot be suspended); None to call the builtin
    // itself; error with an exception pending.
    virtual Value builtinFallback(CallContext& /*ctx*/, Value /*callable*/, const Value* /*args*/,
                                  size_t /*nargs*/, const KeywordArg* /*kw*/, size_t /*nkw*/) {
        return Value::none();
    }
};

// A handle to state that lives outside every heap (a lock, a queue, a pipe end shared between
// processes): a deep copy into another process's heap shares the state instead of copying it.
struct HandleObject : NativeObject {
    uint32_t id = 0;   // the host's id for the shared state
    uint32_t tag = 0;  // what the id names (the host's own numbering)
    HandleObject(uint32_t id_, uint32_t tag_) : id(id_), tag(tag_) {}
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this); }
};

}  // namespace il::vm
