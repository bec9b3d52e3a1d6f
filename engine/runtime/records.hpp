#pragma once
// What the runtime keeps of a run (runtime.hpp): a task's record (its frames, state, what it waits
// on, its statistics), a process's (its Vm, GIL, children, output routes), a shared resource's
// (holders, waiters, the primitive's state), pools and the deadlock report. The sim and native
// executors keep the same records.

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/trace/event.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/interpreter.hpp"

namespace il::native {
struct WaitSpec;
class ShmArena;
}  // namespace il::native

namespace il::rt {

using trace::kNoId;
using trace::ResourceId;
using trace::TaskId;

// Why a blocked or sleeping task was resumed.
enum class Wake : uint8_t { None, Signalled, TimedOut };

struct SimProcess;

struct SimTask {
    TaskId id = kNoId;
    trace::TaskKind kind = trace::TaskKind::Thread;
    std::string name;
    SimProcess* proc = nullptr;
    std::unique_ptr<vm::Task> vt;  // the frames (null for a process's own record)
    uint32_t remoteLine = 0;       // native: the line a thread of another OS process last reported
    trace::TaskState state = trace::TaskState::New;
    bool daemon = false;
    bool isMain = false;           // the main thread of its process
    bool forkedChild = false;      // os.fork()'s child: the call it makes again returns 0
    bool inShutdown = false;       // main thread done with its code, waiting for the others
    bool failed = false;           // ends as Failed (uncaught exception, terminated)
    int64_t ident = 0;             // threading.get_ident()
    ResourceId joinRes = kNoId;    // what joiners of this task wait on
    // Blocking protocol.
    ResourceId waitingOn = kNoId;
    Wake wake = Wake::None;
    int64_t deadlineNs = -1;       // timeout of the current blocking call (-1: none)
    uint64_t timerGen = 0;         // bumps cancel pending timers
    // Multi-phase natives (Condition.wait: release, wait, re-acquire) keep their progress here.
    int opPhase = 0;
    int64_t opSaved = 0;
    // work(ms): CPU time still to burn; `workDone` tells the retried CALL to return.
    int64_t workLeftNs = 0;
    bool workDone = false;
    bool bootWork = false;         // workLeftNs is the start-up cost, not a work() call's
    // GIL.
    int64_t gilWaitSince = 0;
    int64_t gilPatienceNs = 0;     // how long it waits before asking for a drop (new GIL)
    bool gilSignalled = false;     // old GIL: a wake-up attempt is pending
    // Where it runs.
    int core = -1;
    int64_t sliceStartNs = 0;      // when it got its core (time-slice quantum)
    int64_t chunkStartNs = 0;      // virtual time and instruction count when the current
    uint64_t chunkStartInstr = 0;  // chunk began (a native's "now")
    // Statistics (ns), closed when the state changes.
    int64_t stateSinceNs = 0;
    int64_t cpuNs = 0, readyNs = 0, blockedNs = 0, sleepingNs = 0;
    // Coroutines: a coroutine's host thread (`host`), a thread's running coroutine.
    TaskId host = kNoId;
    TaskId runningCoroutine = kNoId;
    int64_t greenlet = -1;         // a thread: the greenlet its frames (vt) belong to (-1: none yet)
    int64_t switchTo = -1;         // a thread: greenlet to switch to when vm::run returns
    uint32_t switches = 0;
    int exitCode = 0;
    // Native: a wait on a primitive shared with other processes, done by the task's OS thread
    // without the runtime lock (Runtime::blockExternal); its result and bytes are what the
    // retried call reads.
    std::function<int(const native::WaitSpec&)> externalWait;
    bool inExternalWait = false;
    int externalResult = 0;
    int externalTimedOut = -1;  // the result that means the deadline passed
    std::string externalBytes;
};

// The per-process GIL.
struct Gil {
    ResourceId res = kNoId;
    TaskId holder = kNoId;
    std::deque<TaskId> waiters;
    uint64_t switches = 0;      // times it passed from one thread to another
    int64_t waitNs = 0;         // total time threads waited for it
    uint64_t falseAlarms = 0;   // woken waiters that found it taken again
};

// Where a process's stdout or stderr goes: the run's stdout or stderr, nowhere (DEVNULL), or
// into a pipe end (subprocess's stdout=PIPE: the text is sent as a str message).
struct OutputRoute {
    enum class To : uint8_t { Stdout, Stderr, Null, Pipe };
    To to = To::Stdout;
    ResourceId pipe = kNoId;  // To::Pipe: the writing end
};

struct SimProcess {
    uint32_t index = 0;         // 0: the main process
    int64_t pid = 0;
    int64_t ppid = 0;
    std::string name;
    TaskId task = kNoId;        // the process's own record
    TaskId mainThread = kNoId;
    std::unique_ptr<vm::Vm> vm;
    std::vector<TaskId> threads;  // every thread ever started in it, main first
    std::vector<uint32_t> children;
    uint32_t parent = UINT32_MAX;
    ResourceId joinRes = kNoId;
    Gil gil;
    bool daemon = false;
    bool detached = false;      // a subprocess child: its parent's shutdown does not wait for it
    OutputRoute out;            // where print() and stdout go
    OutputRoute err{OutputRoute::To::Stderr, kNoId};  // tracebacks and warnings
    ResourceId stdinPipe = kNoId;  // a subprocess child's stdin (reading end; kNoId: empty)
    std::vector<std::string> argv; // a subprocess child's command line
    bool ended = false;
    bool remote = false;        // native: runs in another OS process (its threads are not ours)
    size_t createdEvent = 0;    // the index of its TaskCreated event in the trace
    bool mainRaised = false;    // the main thread ended with an uncaught exception
    int exitCode = 0;
    int64_t nextIdent = 0;
    bool forked = false;        // made by os.fork(): os.wait() reports its end
    bool waited = false;        // os.wait() or os.waitpid() reported its end
    ResourceId waitRes = kNoId; // what os.wait() for any child waits on
};

// What a primitive keeps beyond the common fields (items of a queue, a barrier's phase...).
struct PrimitiveState {
    virtual ~PrimitiveState() = default;
    // forkCopy() is this state for a forked child's copy of the primitive (null: none needed);
    // `resourceFor` gives the copy of another resource it names.
    [[nodiscard]] virtual std::unique_ptr<PrimitiveState> forkCopy(const std::function<ResourceId(ResourceId)>& /*resourceFor*/) const {
        return nullptr;
    }
};

// A shared resource as the wait-for graph and the summary see it, with the state of the
// primitive behind it (lives in the runtime, so every process's handle names the same state).
struct Resource {
    ResourceId id = kNoId;
    trace::ResourceKind kind = trace::ResourceKind::Other;
    std::string name;
    uint32_t capacity = 0;
    std::vector<TaskId> holders;  // who holds it (a lock's owner, a joined task, the GIL holder)
    std::vector<TaskId> waiters;  // who is blocked on it, in arrival order
    // Primitive state: a lock's owner and recursion count, a semaphore's value, an event's
    // flag; anything more in `state`.
    TaskId owner = kNoId;
    int64_t count = 0;
    std::unique_ptr<PrimitiveState> state;
    // Statistics.
    // Native: a multiprocessing object on a primitive of this process only (not in shared
    // memory): a process forked after it was made cannot use it.
    bool unshareable = false;
    // A threading primitive (not multiprocessing's): a process forked in the sim gets a copy of
    // it, as CPython's forked child does (Runtime::forkHandle).
    bool copiedByFork = false;
    uint64_t acquisitions = 0, contended = 0;
    uint64_t puts = 0, gets = 0;
    uint32_t length = 0, maxLength = 0;
    uint64_t lengthAtNs = 0;  // trace time of the queue event `length` comes from
};

// A worker pool (multiprocessing.Pool, the concurrent.futures executors) as the summary sees
// it; the prelude reports its changes through _interleave.pool_update.
struct PoolStats {
    std::string name;
    ResourceId res = kNoId;   // Pool resource: its recorded length is the busy workers
    ResourceId jobs = kNoId;  // "<name> jobs", a Queue: its recorded length is the pending jobs
    uint32_t workers = 0;
    uint32_t busy = 0, pending = 0;
    uint32_t maxBusy = 0, maxPending = 0;
};

// Deadlock report: the cycle (or every blocked task) with what each waits for.
struct DeadlockInfo {
    std::vector<TaskId> tasks;
    std::vector<ResourceId> resources;
    std::vector<ResourceId> waits;  // beside `tasks`: what each waited on (kNoId: nothing named)
    bool cycle = false;  // a wait-for cycle (else: everything blocked, nothing pending)
};

// The runtime's own Python modules (prelude/*.py) are compiled under this file-name prefix;
// frames of that code are skipped when a line or a variable name of the script is wanted.
inline constexpr std::string_view kPreludePrefix = "<interleave>/";
// The pid of init, which adopts a process whose parent ended before it (os.getppid()).
inline constexpr int64_t kInitPid = 1;
[[nodiscard]] inline bool isPreludeCode(const vm::CodeObject* code) {
    return code->source && code->source->name().rfind(kPreludePrefix, 0) == 0;
}

}  // namespace il::rt
