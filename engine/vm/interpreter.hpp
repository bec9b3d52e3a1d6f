#pragma once
// The interpreter: runs one task for up to N instructions and reports why it stopped. The
// scheduler (next issue) drives it; `interleave run` calls it in a loop for the main thread.

#include <cstdint>
#include <string>

#include "engine/vm/task.hpp"
#include "engine/vm/vm.hpp"

namespace il::vm {

enum class StopReason : uint8_t {
    Budget,     // ran maxInstructions instructions; call again to continue
    Finished,   // the task's outermost frame returned (task.result holds the value)
    Exception,  // an exception escaped the outermost frame (task.pending holds it)
    Suspended,  // a native returned Value::suspend(); the CALL is retried on the next run
    Limit,      // a limit ended the run (vm.limitHit / vm.limitMessage)
};

struct RunResult {
    StopReason reason = StopReason::Budget;
    uint64_t executed = 0;  // instructions executed by this call
};

// run() executes task's frames for at most maxInstructions instructions. Collects garbage at
// safe points. Precondition: task.top != null and no nested run is active on the task.
RunResult run(Vm& vm, Task& task, uint64_t maxInstructions);

// startModule() pushes the frame that runs the Vm's main program as module `__main__`.
void startModule(Vm& vm, Task& task);

// execModule() runs a module body (`code`) to completion in `module`'s namespace, in a nested
// run on ctx's task (it cannot block). False with the exception pending if it raised.
bool execModule(CallContext& ctx, const CodeObject* code, ModuleObject* module);

// startCall() pushes a frame that calls `callable(*args)`; a native callable is called at once
// (its result stored in task.result; returns false if it raised). Used for thread targets.
bool startCall(Vm& vm, Task& task, Value callable, ArgView args);

// formatTraceback() renders the exception like CPython's default hook (chained exceptions,
// `Traceback (most recent call last):`, `  File "x.py", line N, in f`, the stripped source line,
// `ValueError: message`). Ends with a newline.
std::string formatTraceback(CallContext& ctx, Value exc);

// runToCompletion() runs `task` until it finishes, fails or hits a limit (budget chunks of
// `slice` instructions). Suspension is reported as is (nothing can wake the task here).
RunResult runToCompletion(Vm& vm, Task& task, uint64_t slice = 1u << 20);

}  // namespace il::vm
