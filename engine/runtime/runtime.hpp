#pragma once
// Runtime: the `sim` executor. It runs a script's processes (one Vm each) and their threads on
// N virtual cores in virtual time, models each process's GIL, owns every shared primitive
// (locks, queues, pipes...), detects deadlocks and records everything in the trace. With
// Settings::executor native the same model is driven by real OS threads and processes instead
// (native_executor.cpp).
//
// Sim: one OS thread, deterministic: the same program, settings and seed give the same trace. A
// task switch is a change of frame stack (vm::run on another Task), never an OS thread hand-off.
//
// How a blocking native works (the protocol every primitive follows):
//   Wake w = rt.takeWake(me);         // None on the first call, else why the task was resumed
//   if (<can proceed>) return <result>;
//   if (w == Wake::TimedOut) return <timed-out result>;
//   return rt.block(me, resource, deadline);   // Value::suspend(): the CALL is retried on wake
// The retry sees Signalled or TimedOut and tries again; a deadline survives retries.
//
// The records it keeps (tasks, processes, resources) are in records.hpp.

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/runtime/native_state.hpp"
#include "engine/runtime/records.hpp"
#include "engine/runtime/settings.hpp"
#include "engine/sched/policy.hpp"
#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_recorder.hpp"
#include "engine/util/rng.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/host.hpp"
#include "engine/vm/interpreter.hpp"

namespace il::rt {

using trace::kNoId;
using trace::ResourceId;
using trace::TaskId;

class Runtime final : public vm::Host {
public:
    using TextFn = std::function<void(std::string_view)>;
    // `out` receives what scripts print (stdout), `err` tracebacks and warnings (stderr).
    // `policy`, when given, is used instead of the one Settings::policy names (a recording or
    // replaying policy); the executor still draws random chunk lengths when its name() is
    // `random` or `pct`.
    Runtime(Settings settings, std::shared_ptr<const vm::Program> program, TextFn out, TextFn err,
            std::unique_ptr<sched::Policy> policy = nullptr);
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;
    ~Runtime() override;

    // run() runs until the verdict is known, or until the manual policy waits for a choice.
    Verdict run();
    // step() takes one scheduling step (one chunk on one core, or one timer). False when the run
    // has ended or waits for the manual policy.
    bool step();

    // --- a native run seen from another thread (the window's) ---
    // lockForReading() holds a native run's lock, so that the trace, tasks and resources can be
    // read while its OS threads run (they change them only under it); in a sim run it holds
    // nothing (the caller owns the runtime). requestStop() ends a native run from any thread:
    // run() returns soon after (verdict limit, "the run was stopped"), its children killed.
    [[nodiscard]] std::unique_lock<NativeLock> lockForReading();
    void requestStop();
    [[nodiscard]] bool isNative() const { return m_native != nullptr; }

    // --- results ---
    [[nodiscard]] Verdict verdict() const { return m_verdict; }
    [[nodiscard]] const std::string& verdictMessage() const { return m_verdictMessage; }
    // uncaughtExceptions() counts tasks that ended with an uncaught exception (SystemExit aside),
    // in any thread: the explorer counts a run with one as failing even if its verdict is ok.
    [[nodiscard]] uint32_t uncaughtExceptions() const { return m_uncaught; }
    [[nodiscard]] const DeadlockInfo& deadlock() const { return m_deadlock; }
    [[nodiscard]] int64_t nowNs() const { return m_now; }
    [[nodiscard]] uint64_t steps() const { return m_steps; }
    [[nodiscard]] uint64_t instructions() const;
    // exitsReadByJoins() counts, in a native run, the children whose exit message the thread
    // joining them read itself (native_join.cpp), not the reader thread.
    [[nodiscard]] uint64_t exitsReadByJoins() const { return m_native ? m_native->exitsReadByJoins : 0; }
    // lockTakes() counts, in a native run, the times a thread of this process took the runtime's
    // lock (0 in the sim).
    [[nodiscard]] uint64_t lockTakes() const { return m_native ? m_native->lock.takes() : 0; }
    [[nodiscard]] const trace::TraceLog& log() const { return m_log; }
    [[nodiscard]] const Settings& settings() const { return m_settings; }
    [[nodiscard]] const std::vector<std::unique_ptr<SimTask>>& tasks() const { return m_tasks; }
    [[nodiscard]] const std::vector<std::unique_ptr<SimProcess>>& processes() const { return m_procs; }
    [[nodiscard]] const std::vector<Resource>& resources() const { return m_resources; }
    [[nodiscard]] SimTask& task(TaskId id) { return *m_tasks[id]; }
    [[nodiscard]] SimProcess& process(uint32_t index) { return *m_procs[index]; }
    [[nodiscard]] Resource& resource(ResourceId id) { return m_resources[id]; }
    [[nodiscard]] sched::Policy& policy() { return *m_policy; }
    // lineOf() is the task's current source line (0 if it runs no code).
    [[nodiscard]] uint32_t lineOf(const SimTask& t) const;

    // --- for natives ---
    // of() is the runtime hosting ctx's process. Precondition: the Vm is hosted by a Runtime.
    [[nodiscard]] static Runtime& of(vm::CallContext& ctx);
    // current() is the task ctx runs on.
    [[nodiscard]] static SimTask& current(vm::CallContext& ctx);
    // liveNs() is the virtual time of `t` right now (mid-chunk for the running task).
    [[nodiscard]] int64_t liveNs(const SimTask& t) const;
    // deadlineAfter() converts a Python timeout (seconds; None / negative: none) into an
    // absolute deadline for `t`, or -1.
    [[nodiscard]] int64_t deadlineAfter(const SimTask& t, double seconds) const;

    // takeWake() returns and clears why `t` was resumed (None on a first call).
    Wake takeWake(SimTask& t);
    // block() makes `t` wait on `res` until woken or until `deadlineNs` (-1: no timeout); a retry
    // (after a wake) keeps the deadline it had. Returns Value::suspend() for the native to
    // return, or Value::error() with RuntimeError pending when the task cannot block.
    vm::Value block(SimTask& t, ResourceId res, int64_t deadlineNs);
    // sleepUntil() makes `t` sleep until `ns`. Returns Value::suspend().
    vm::Value sleepUntil(SimTask& t, int64_t ns);
    // wake() resumes a blocked or sleeping task (`waker` did it; kNoId: a timer).
    void wake(TaskId t, TaskId waker, Wake why);
    // wakeAll() / wakeOne() resume the waiters of `res` (in arrival order). wakeOne returns
    // false if nobody waited.
    void wakeAll(ResourceId res, TaskId waker);
    bool wakeOne(ResourceId res, TaskId waker);

    // notSharedHere() is true, with NotImplementedError raised, when a native run's forked
    // process uses a multiprocessing object made before it was forked: such objects are not
    // shared between real processes yet.
    bool notSharedHere(vm::CallContext& ctx, ResourceId id);
    // Multiprocessing objects of a native run live in shared memory (natives/shm_*.cpp).
    // sharedAcrossProcesses() is true while a native run's multiprocessing module makes one;
    // sharedArena() is the run's shared memory (made on first use, so every process forked
    // later shares it), null with `error` set if it cannot be mapped.
    [[nodiscard]] bool sharedAcrossProcesses() const { return m_native && madeByMultiprocessing(); }
    native::ShmArena* sharedArena(std::string& error);
    // existingArena() is that memory if it has been made (null otherwise; never makes it).
    [[nodiscard]] native::ShmArena* existingArena() const { return m_native ? m_native->arena.get() : nullptr; }
    // blockExternal() is block() for such a primitive: `wait` runs on t's OS thread without the
    // runtime lock (and with the deadline and the run's cancel flag in its WaitSpec); its
    // result goes to t.externalResult and the call is retried, its takeWake() saying Signalled
    // (or TimedOut when the result is `timedOut`).
    vm::Value blockExternal(SimTask& t, ResourceId res, int64_t deadlineNs, int timedOut,
                            std::function<int(const native::WaitSpec&)> wait);
    // nativeJoinChild() is block() for a join of process `p` in a native run: this thread reads
    // the child's pipe itself while it waits, when it is a child of this process (native_join.cpp).
    vm::Value nativeJoinChild(SimTask& me, SimProcess& p, int64_t deadlineNs);
    // newResource() registers a lock, queue, pipe... (recorded in the trace).
    ResourceId newResource(trace::ResourceKind kind, std::string name, uint32_t capacity = 0);
    // threadingPrimitive() marks `id` as a threading primitive, unless multiprocessing is
    // making it: a process forked in the sim gets its own copy (os_fork.cpp).
    void threadingPrimitive(ResourceId id) {
        m_resources[id].copiedByFork = !madeByMultiprocessing();
        if (m_resources[id].copiedByFork) m_threadingPrimitives.push_back(id);
    }
    // Trace helpers stamped with `t`'s live time.
    void recordAcquire(SimTask& t, ResourceId res, uint64_t count);
    void recordRelease(SimTask& t, ResourceId res, uint64_t countLeft);
    void recordQueue(SimTask& t, ResourceId res, bool put, uint32_t length);
    // setWaitHolders() makes `holders` the tasks whose end the join (or os.wait) resource `res`
    // waits for, and records the change as a lock's holders are recorded (LockAcquired,
    // LockReleased): the Locks & waits panel, which reads holders from the trace, then draws a
    // join's wait-for arrow and finds a deadlock cycle through a join, as the runtime does.
    void setWaitHolders(ResourceId res, std::vector<TaskId> holders, int64_t ns);
    // recordException() marks an uncaught exception, given its whole traceback text.
    void recordException(SimTask& t, std::string_view traceback);
    // emit() sends text that `writer` prints (stdout, or stderr when `toErr`) where its process's
    // route says: the run's stdout/stderr, nowhere, or a pipe. What the script wrote (`byScript`)
    // is recorded as a Print event, value 1 for stderr; text past the output limit goes nowhere.
    void emit(SimTask& writer, bool toErr, std::string_view text, bool byScript = false);
    // admitOutput() counts `bytes` of output bound for route `r` against Settings::maxOutputBytes;
    // false (and the run ends at the limit) when they do not fit (process.cpp).
    bool admitOutput(const OutputRoute& r, size_t bytes);
    void writeErr(SimTask& writer, std::string_view text) { emit(writer, true, text); }

    // --- threads and processes (the `_interleave` module's natives) ---
    // taskLimitReached() is true, with RuntimeError(pythonMessage) raised and the run ended with
    // the limit's verdict, when the run has started as many threads and processes as allowed.
    bool taskLimitReached(vm::CallContext& ctx, const char* pythonMessage);
    // chargeStartup() makes a new task burn `ns` of CPU before it runs its first instruction.
    void chargeStartup(SimTask& t, int64_t ns);
    // startThread() starts a thread of ctx's process running `callable()`; returns its task.
    SimTask* startThread(vm::CallContext& ctx, vm::Value callable, std::string name, bool daemon);
    // startProcess() forks ctx's process: the child gets a deep copy of the parent's modules (a
    // native run's child: fork's copy of the whole heap) and runs `processObject._bootstrap()` in
    // its main thread, whose int result is the exit code. Returns the child, or null with an
    // exception pending.
    SimProcess* startProcess(vm::CallContext& ctx, vm::Value processObject, std::string name, bool daemon);
    // A subprocess child (subprocess.cpp): what it runs and where its streams go.
    struct CommandSpec {
        std::string name;                      // the trace task's name ("echo", "python3")
        std::vector<std::string> argv;
        std::shared_ptr<const vm::Program> program;  // run as its __main__
        OutputRoute out, err;
        ResourceId stdinPipe = kNoId;
    };
    // startCommand() starts a child process of ctx's process with a fresh Vm running
    // `spec.program` (not a fork: nothing of the parent's heap is copied). Exit code as Python's:
    // sys.exit(n), 1 after an uncaught exception, else 0. Returns the child, or null with an
    // exception pending (the task limit).
    SimProcess* startCommand(vm::CallContext& ctx, CommandSpec spec);
    // commandStub() is the program of a modelled command (echo, cat, sleep...): it runs
    // subprocess._run_command() of the prelude. Null with `error` set if it does not build.
    std::shared_ptr<const vm::Program> commandStub(std::string& error);
    // registerNativeNames() makes every native module's immortal names and functions once per
    // OS process, before the first run (module_table.cpp).
    static void registerNativeNames();
    // terminate() ends every thread of process `index` at once (exit code -signal).
    void terminate(uint32_t index, int signal, TaskId by);
    [[nodiscard]] SimProcess* processByPid(int64_t pid);
    [[nodiscard]] SimTask* threadByIdent(SimProcess& p, int64_t ident);

    // --- coroutines (coroutines.cpp): asyncio tasks and greenlets are tasks of kind Coroutine ---
    // newCoroutine() registers a coroutine hosted by thread `host` (state Ready).
    SimTask& newCoroutine(SimTask& host, std::string name);
    // setCoroutineState() records coroutine `c`'s new state (Suspended/Blocked: awaiting
    // `object`) at its host's live time. Running makes it its host's running coroutine: a
    // blocking call (time.sleep, work) the host makes then is marked "blocking call in coroutine".
    void setCoroutineState(SimTask& c, trace::TaskState s, ResourceId object = kNoId);
    // recordReadyLength() records an event loop's ready-queue length (a Queue-like series).
    void recordReadyLength(SimTask& host, ResourceId loop, uint32_t length, bool grew);
    // Greenlets: each has its own frames (a vm::Task); the one running is its thread's `vt`.
    // greenletOf() is the id of the greenlet ctx's thread runs now (its main greenlet is made
    // on first use). newGreenlet() makes a greenlet of ctx's thread that will run
    // `bootstrap(greenletObject)`; requestSwitch() makes the thread switch to greenlet `id`
    // when the calling native returns suspend (`finish`: the calling greenlet has ended, 1
    // normally, 2 by an exception).
    int64_t greenletOf(vm::CallContext& ctx);
    int64_t newGreenlet(vm::CallContext& ctx, vm::Value bootstrap, vm::Value greenletObject, std::string name);
    vm::Value requestSwitch(vm::CallContext& ctx, int64_t id, int finish);
    [[nodiscard]] TaskId greenletTask(int64_t id) const;

    // --- vm::Host ---
    double now(vm::CallContext& ctx) override;
    vm::Value sleep(vm::CallContext& ctx, double seconds) override;
    vm::Value work(vm::CallContext& ctx, double ms) override;
    void note(vm::CallContext& ctx, std::string_view text) override;
    void warn(vm::CallContext& ctx, std::string_view text) override {
        if (ctx.task().runtimeData) emit(current(ctx), true, text);
        else m_err(text);
    }
    vm::ModuleObject* createModule(vm::CallContext& ctx, std::string_view name) override;
    // os.getppid(), os.fork(), os.waitpid() and os._exit() (os_fork.cpp).
    int64_t parentPid(vm::CallContext& ctx) override;
    vm::Value fork(vm::CallContext& ctx) override;
    vm::Value waitChild(vm::CallContext& ctx, int64_t pid, bool noHang) override;
    vm::Value exitProcess(vm::CallContext& ctx, int64_t code) override;
    uint32_t forkHandle(uint32_t id, uint32_t tag, vm::Vm& to) override;
    // builtinFallback(): list/tuple/set/frozenset/dict/sorted/sum/min/max/any/all/str.join of a
    // generator run as the Python functions of prelude/_interleave_builtins.py (module_table.cpp).
    vm::Value builtinFallback(vm::CallContext& ctx, vm::Value callable, const vm::Value* args, size_t nargs,
                              const vm::KeywordArg* kw, size_t nkw) override;

    // limbo() holds items in flight between processes (a multiprocessing queue's contents).
    vm::Vm& limbo() { return *m_limbo; }
    // Worker pools, in creation order.
    std::vector<PoolStats> pools;
    // How often each primitive name was given (natives::creationName numbers repeats).
    std::unordered_map<std::string, int> resourceNames;

private:
    struct Core {
        TaskId task = kNoId;
        int64_t clock = 0;  // virtual time this core has reached (idle: when it became idle)
    };
    struct Timer {
        int64_t at;
        uint64_t seq;
        TaskId task;
        uint64_t gen;
        bool gilAttempt;  // old GIL: a signalled waiter tries to take the GIL
        bool operator>(const Timer& o) const { return at != o.at ? at > o.at : seq > o.seq; }
    };

    // Tasks and their states (runtime.cpp).
    SimTask& newTask(trace::TaskKind kind, std::string name, SimProcess* proc, TaskId owner, int64_t ns);
    void setState(SimTask& t, trace::TaskState s, int64_t ns, ResourceId object = kNoId, TaskId waker = kNoId);
    // accountState() is setState() without the trace event: statistics and the new state.
    void accountState(SimTask& t, trace::TaskState s, int64_t ns);
    void makeRunnable(SimTask& t, int64_t ns, TaskId waker);
    void leaveCore(SimTask& t, int64_t ns);
    void addTimer(SimTask& t, int64_t at, bool gilAttempt = false);
    void removeWaiter(SimTask& t);
    // wakeAt() is wake() at a given time (the waker may not be running: it ended);
    // wakeAllAt() wakes every waiter of `res` so.
    void wakeAt(TaskId t, TaskId waker, Wake why, int64_t ns);
    void wakeAllAt(ResourceId res, TaskId waker, int64_t ns);
    void stopThread(SimTask& t, int64_t ns, bool failed);
    void finishThread(SimTask& t, int64_t ns, bool failed);
    void continueShutdown(SimTask& main, int64_t ns);
    void endProcess(SimProcess& p, int64_t ns);
    void endRun(Verdict v, std::string message);
    void endRunAfterOrphans();
    vm::Value cannotSuspend(SimTask& t, const char* what);
    // enqueueReady() makes `t` (holding its GIL if it uses one) ready to run: in the sim it
    // queues for a core, in a native run its OS thread runs it at once.
    void enqueueReady(SimTask& t, int64_t ns, TaskId waker);
    // timerFired() is what a timer of `t` set for `at` does (a timeout, a sleep's end, an old-GIL
    // wake-up attempt).
    void timerFired(SimTask& t, int64_t at, bool gilAttempt);
    // Native executor (native_executor.cpp).
    Verdict runNative();
    void launch(SimTask& t);  // starts t's OS thread (native runs; a no-op in the sim)
    void nativeThreadMain(TaskId id);
    void nativeRunSlice(SimTask& t);
    void nativeWork(SimTask& t);
    void nativeWait(SimTask& t, NativeThread& nt);
    void nativeCheckStalled();
    void nativeTeardown();
    // Processes of a native run (native_fork.cpp).
    // What a forked child runs: a Process's `bootstrap` on fork's copy of its parent's heap,
    // (`frames`) a copy of the frames of the thread that called os.fork(), or (`command`) a
    // subprocess's program, already started on a Vm of its own, keeping only the pipe ends
    // `keepPipes` (close_fds).
    struct ForkedStart {
        vm::Value bootstrap;
        const vm::Task* frames = nullptr;
        bool command = false;
        std::vector<ResourceId> keepPipes;
    };
    bool nativeFork(SimProcess& child, const ForkedStart& start);
    void settleThreadsForFork();
    [[noreturn]] void nativeChildMain(SimProcess& child, const ForkedStart& start, int eventsFd);
    // nativeExitChild() ends this forked child's OS process: its last events and its exit code
    // go to the parent (the runtime lock is held).
    [[noreturn]] void nativeExitChild();
    void nativeRelayForkedChildren();
    void nativeLetChildrenExit();
    [[nodiscard]] bool nativeMayRelay(const ChildLink& l) const;
    void nativeTakeParentHeap(SimProcess& child);
    void nativeStartTicker();
    void nativeSuperviseChild(std::unique_lock<NativeLock>& lk);
    void orphaned();
    void sendOrWrite(LinkMessage kind, std::string_view text, int fd);
    bool sendUp(std::string_view bytes);
    void nativeShip(std::string_view after = {});
    bool nativeStartChildReader();
    bool nativeWatchChild(std::unique_ptr<ChildLink>& link);
    void nativeWakeChildReader();
    void nativeReadChildren();
    bool nativeReadChildMessages(ChildLink& l);
    void nativeApplyChildMessage(ChildLink& l, LinkMessage kind, std::string_view body);
    void nativeDropReapedLinks();
    void nativeReapChild(ChildLink& l);
    void nativeClosePipe(ChildLink& l);
    bool nativeReapExited(ExitedChildren& exited, bool wait);
    void nativeTakeJoinedExits(ExitedChildren& exited);
    // A join of a child reads the child's pipe itself (native_join.cpp).
    ChildLink* nativeJoinableLink(const SimProcess& p);
    int nativeJoinRead(uint32_t proc, const native::WaitSpec& w);
    void nativeApplyChildEvent(ChildLink& l, trace::Event e, std::string_view text);
    void nativeApplyDescendantIds(ChildLink& l, LinkMessage kind, std::string_view body);
    void nativeAdoptRecord(ChildLink& l, std::string_view body);
    TaskId mapRemoteTask(uint32_t proc, TaskId id);
    ResourceId mapRemoteResource(uint32_t proc, ResourceId id);
    bool nativeListenForOrphans();
    void nativeAcceptOrphans();
    void nativeConnectAsOrphan();
    TaskId adoptRemoteTask(trace::TaskKind kind, std::string name, SimProcess& proc, TaskId owner, int64_t ns, bool forked,
                           uint64_t osId);
    void adoptRemoteProcess(SimTask& t, SimProcess& parent, int64_t pid, bool forked);
    void setProcessPid(SimProcess& p, int64_t pid, int64_t ppid);
    [[nodiscard]] bool madeByMultiprocessing() const;
    // Executor (executor.cpp).
    void dispatch();
    void runChunk(int core);
    void fireTimer();
    void afterRun(SimTask& t, const vm::RunResult& r, int64_t ns);
    void checkGlobalDeadlock();
    // findCycle() follows holders in this process only, unless `acrossProcesses`: what this
    // process knows of another's tasks may be out of date (native), except once every process
    // has been stalled for the grace period (nativeCheckStalled).
    bool findCycle(TaskId start, bool acrossProcesses = false);
    // GIL (gil.cpp).
    [[nodiscard]] bool usesGil(const SimTask& t) const;
    void gilRelease(SimTask& t, int64_t ns, bool forced);
    int64_t gilDropDeadline(const SimTask& t) const;
    void gilForcedSwitch(SimTask& t, int64_t ns);
    void gilOldCheck(SimTask& t, int64_t ns);
    void gilAttempt(SimTask& t, int64_t ns);
    void gilStartWaiting(SimTask& t, int64_t ns);
    // Prelude modules (module_table.cpp): compiled once per run.
    std::shared_ptr<const vm::Program> preludeProgram(std::string_view name, std::string& error);
    std::vector<std::pair<std::string, std::shared_ptr<const vm::Program>>> m_preludePrograms;
    // Greenlets (coroutines.cpp): parked frame stacks, indexed by greenlet id.
    struct Greenlet {
        std::unique_ptr<vm::Task> vt;  // null while it runs (then it is its thread's vt) or ended
        TaskId task = kNoId;           // its Coroutine record
        TaskId thread = kNoId;
        bool started = false, dead = false, failed = false;
    };
    std::vector<Greenlet> m_greenlets;
    void switchGreenlet(SimTask& t, int64_t ns);
    // Processes (process.cpp).
    SimProcess& newProcess(std::string name, SimProcess* parent, bool daemon, int64_t ns, bool forked = false);
    void setupVm(SimProcess& p);
    void seedRandom(SimProcess& p);
    // forkedCopy() is child's copy of `id` if it is a threading primitive (made by forkResource
    // on first use), else `id` itself (os_fork.cpp).
    ResourceId forkedCopy(ResourceId id, SimProcess& child);
    ResourceId forkResource(ResourceId id, SimProcess& child);
    // forkHeap() is the sim's copy of a process's heap for a child (process.cpp).
    std::vector<vm::Value> forkHeap(vm::CallContext& ctx, SimProcess& child, const std::vector<vm::Value>& roots);
    // bootProcess() starts `bootstrap` (the process object's _bootstrap) in the child's main
    // thread; false, with the child ended by failBoot() (exit code 1), if it cannot.
    bool bootProcess(SimProcess& child, SimTask& main, vm::Value bootstrap, int64_t ns);
    void failBoot(SimProcess& child, SimTask& main, int64_t ns);
    vm::Value forkFailed(vm::CallContext& ctx, SimProcess& child, SimTask& main, int64_t ns);

    Settings m_settings;
    std::shared_ptr<const vm::Program> m_program;
    TextFn m_out, m_err;
    trace::TraceLog m_log;
    trace::TraceRecorder m_rec{m_log};
    std::unique_ptr<sched::Policy> m_policy;
    Rng m_rng;
    std::vector<std::unique_ptr<SimTask>> m_tasks;
    std::vector<std::unique_ptr<SimProcess>> m_procs;
    // pid -> the process most recently given it (a real pid can be reused once reaped)
    std::unordered_map<int64_t, uint32_t> m_byPid;
    std::vector<Resource> m_resources;
    std::vector<ResourceId> m_pipes;  // the Pipe resources, which a process's end may wake
    std::vector<Core> m_cores;
    std::deque<TaskId> m_ready;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    uint64_t m_timerSeq = 0;
    std::unique_ptr<vm::Vm> m_limbo;
    SimTask* m_running = nullptr;  // the task inside vm::run right now
    int64_t m_now = 0;             // time of the latest event processed
    int64_t m_lastEventNs = 0;     // trace times never go backwards
    uint64_t m_steps = 0;
    uint64_t m_threadsCreated = 0;
    uint32_t m_forks = 0;         // os.fork() calls: the children are Fork-1, Fork-2...
    // The sim's copies of threading primitives in forked children: (primitive, child) -> copy.
    std::map<std::pair<ResourceId, uint32_t>, ResourceId> m_forkCopies;
    std::vector<ResourceId> m_threadingPrimitives;  // copiedByFork, in creation order
    uint64_t m_outputBytes = 0;   // printed to the run's stdout and stderr (the output limit)
    uint32_t m_uncaught = 0;      // tasks ended by an uncaught exception
    bool m_manual = false;        // the manual policy: one instruction per choice, no GIL
    bool m_randomChunks = false;  // random / pct: chunk lengths drawn from the seed
    bool m_awaitingChoice = false;  // the policy paused the run (a PausingPolicy's limit)
    // Systematic: the most instructions of a step that touches nothing shared.
    static constexpr int64_t kSystematicStepInstructions = 10'000;
    bool m_systematic = false;      // Settings::systematic
    TaskId m_lastStepTask = kNoId;  // systematic: the task of the latest step
    std::vector<uint64_t> m_stepAccesses;  // systematic: accesses since the last pick
    std::vector<sched::TaskId> m_runnable;  // systematic: the candidates of a pick
    bool m_stepAll = true;                 // systematic: …or conflicting with everything
    std::unique_ptr<NativeState> m_native;  // a native run's OS threads (null in the sim)
    Verdict m_verdict = Verdict::Running;
    std::string m_verdictMessage;
    DeadlockInfo m_deadlock;

    int64_t stamp(int64_t ns);  // clamps to m_lastEventNs
    friend struct RuntimeAccess;
};

}  // namespace il::rt
