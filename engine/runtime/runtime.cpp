// Runtime: task records, state changes and the blocking protocol. The executor loop is
// executor.cpp, the GIL gil.cpp, forks process.cpp, endings of threads and processes endings.cpp.

#include "engine/runtime/runtime.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>

#include "engine/runtime/limit_messages.hpp"
#include "engine/util/assert.hpp"

namespace il::rt {

using trace::TaskState;

const char* nameOf(GilMode m) {
    switch (m) {
    case GilMode::New: return "new";
    case GilMode::Old: return "old";
    case GilMode::Off: return "off";
    }
    return "?";
}

const char* nameOf(Executor e) { return e == Executor::Native ? "native" : "sim"; }

int machineCores() {
    static const int cores = int(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
    return cores;
}

const char* nameOf(Verdict v) {
    switch (v) {
    case Verdict::Running: return "running";
    case Verdict::Ok: return "ok";
    case Verdict::Error: return "error";
    case Verdict::Deadlock: return "deadlock";
    case Verdict::Limit: return "limit";
    }
    return "?";
}

Runtime::Runtime(Settings settings, std::shared_ptr<const vm::Program> program, TextFn out, TextFn err,
                 std::unique_ptr<sched::Policy> policy)
    : m_settings(std::move(settings)), m_program(std::move(program)), m_out(std::move(out)),
      m_err(std::move(err)), m_rng(m_settings.seed ^ 0x9e3779b97f4a7c15ull) {
    registerNativeNames();
    if (m_settings.cores < 1) m_settings.cores = 1;
    sched::PolicyOptions po;
    po.seed = m_settings.seed;
    m_policy = policy ? std::move(policy) : sched::makePolicy(m_settings.policy, po);
    if (!m_policy) m_policy = sched::makePolicy("fifo", po);
    if (m_settings.executor == Executor::Native) {
        // Real threads: the OS schedules them; no policy picks, no steps, no virtual cores.
        m_native = std::make_unique<NativeState>();
        m_settings.systematic = false;
    }
    m_manual = !m_native && m_policy->name() == "manual";
    m_systematic = m_settings.systematic && !m_manual;
    // Systematic steps end where the script touches shared state, never at a drawn length: the
    // policy's choices alone make the run, so a schedule replays under policy "replay".
    m_randomChunks = !m_native && !m_systematic && (m_policy->name() == "random" || m_policy->name() == "pct");

    // Systematic: one core, so one task at a time and the policy orders every step (os.cpu_count()
    // still answers the configured cores).
    m_cores.resize(m_systematic ? 1 : size_t(m_settings.cores));
    m_limbo = std::make_unique<vm::Vm>(vm::Limits{}, [](vm::Task&, std::string_view) {});
    SimProcess& main = newProcess("MainProcess", nullptr, false, 0);
    main.vm->loadProgram(m_program);
    SimTask& t = newTask(trace::TaskKind::Thread, "MainThread", &main, main.task, 0);
    t.isMain = true;
    main.mainThread = t.id;
    vm::startModule(*main.vm, *t.vt);
    setState(task(main.task), TaskState::Running, 0);
    makeRunnable(t, 0, kNoId);
}

// Tasks first: a vm::Task unregisters from its process's Vm when destroyed.
Runtime::~Runtime() {
    if (m_native) nativeTeardown();  // no OS thread may outlive the model it changes
    // Every vm::Task (threads' and greenlets') unregisters from its process's Vm: all of them
    // go before the processes do.
    m_greenlets.clear();
    m_tasks.clear();
    m_procs.clear();
}

uint64_t Runtime::instructions() const {
    uint64_t n = 0;
    for (const auto& p : m_procs) n += p->vm->instructionsExecuted;
    return n;
}

Runtime& Runtime::of(vm::CallContext& ctx) { return *static_cast<Runtime*>(ctx.vm().host); }
SimTask& Runtime::current(vm::CallContext& ctx) { return *static_cast<SimTask*>(ctx.task().runtimeData); }

int64_t Runtime::stamp(int64_t ns) {
    // Every event is stamped just before it is recorded: the one place to watch the trace's size.
    // The run ends at the limit; events of the chunk in progress may pass it by a few hundred.
    if (m_settings.maxTraceEvents != 0 && m_log.size() >= m_settings.maxTraceEvents)
        endRun(Verdict::Limit, traceLimitMessage(m_settings.maxTraceEvents));
    if (ns < m_lastEventNs) ns = m_lastEventNs;
    m_lastEventNs = ns;
    return ns;
}

int64_t Runtime::liveNs(const SimTask& t) const {
    if (m_native) return m_native->nowNs();
    if (&t == m_running)
        return t.chunkStartNs +
               int64_t(t.proc->vm->instructionsExecuted - t.chunkStartInstr) * m_settings.instructionNs;
    return m_now;
}

int64_t Runtime::deadlineAfter(const SimTask& t, double seconds) const {
    if (!(seconds >= 0) || std::isinf(seconds)) return -1;
    return liveNs(t) + int64_t(std::llround(seconds * 1e9));
}

// The line of the innermost frame of the script itself: a thread blocked inside queue.get()
// is shown at the script's `q.get()` line, not at a line of the prelude's queue.py.
uint32_t Runtime::lineOf(const SimTask& t) const {
    if (t.proc && t.proc->remote) return t.remoteLine;  // its frames live in another process
    if (!t.vt || !t.vt->top) return 0;
    for (const vm::Frame* f = t.vt->top; f; f = f->back)
        if (!isPreludeCode(f->code)) return f->code->lineFor(f->offset());
    const vm::Frame* f = t.vt->top;
    return f->code->lineFor(f->offset());
}

// ---------------------------------------------------------------------------------------------
// Task records and states
// ---------------------------------------------------------------------------------------------

SimTask& Runtime::newTask(trace::TaskKind kind, std::string name, SimProcess* proc, TaskId owner, int64_t ns) {
    auto t = std::make_unique<SimTask>();
    // A thread's native id (threading.get_native_id(), natives/threads.cpp): pid * 100 + task id.
    const uint64_t osId = kind == trace::TaskKind::Thread ? uint64_t(proc->pid) * 100 + m_rec.nextTaskId() : 0;
    t->id = m_rec.taskCreated(uint64_t(stamp(ns)), name, kind, owner, osId);
    IL_ASSERT(t->id == m_tasks.size(), "task ids are dense");
    t->kind = kind;
    t->name = std::move(name);
    t->proc = proc;
    t->stateSinceNs = ns;
    if (kind == trace::TaskKind::Thread) {
        t->vt = std::make_unique<vm::Task>(*proc->vm, t->name);
        t->vt->runtimeData = t.get();
        t->vt->id = t->id;
        t->ident = 139'870'000'000'000 + int64_t(proc->index) * 1'000'000 + proc->nextIdent++ * 4096;
        proc->threads.push_back(t->id);
        ++m_threadsCreated;
    }
    m_policy->onTaskCreated(t->id);
    if (m_native) {
        m_native->threads.resize(t->id + 1);
        if (kind == trace::TaskKind::Thread) m_native->threads[t->id] = std::make_unique<NativeThread>();
    }
    m_tasks.push_back(std::move(t));
    return *m_tasks.back();
}

void Runtime::setState(SimTask& t, TaskState s, int64_t ns, ResourceId object, TaskId waker) {
    accountState(t, s, ns);
    if (m_native && t.kind == trace::TaskKind::Thread) {
        m_native->lastChangeNs = ns;
        m_native->threads[t.id]->cv.notify_one();
    }
    uint32_t line = lineOf(t);
    m_rec.taskState(uint64_t(stamp(ns)), t.id, s, object, waker, uint16_t(std::min<uint32_t>(line, 0xFFFF)));
}

void Runtime::accountState(SimTask& t, TaskState s, int64_t ns) {
    int64_t spent = ns - t.stateSinceNs;
    if (spent > 0) {
        switch (t.state) {
        case TaskState::Running: t.cpuNs += spent; break;
        case TaskState::Ready: t.readyNs += spent; break;
        case TaskState::Blocked: t.blockedNs += spent; break;
        case TaskState::Sleeping: t.sleepingNs += spent; break;
        default: break;
        }
    }
    t.stateSinceNs = ns;
    if (s == TaskState::Running && t.state != TaskState::Running) ++t.switches;
    t.state = s;
}

void Runtime::makeRunnable(SimTask& t, int64_t ns, TaskId waker) {
    t.waitingOn = kNoId;
    if (usesGil(t)) {
        Gil& g = t.proc->gil;
        if (g.holder != kNoId && g.holder != t.id) {
            setState(t, TaskState::Blocked, ns, g.res, waker);
            g.waiters.push_back(t.id);
            m_resources[g.res].waiters.push_back(t.id);
            t.waitingOn = g.res;
            gilStartWaiting(t, ns);
            t.gilSignalled = false;
            return;
        }
        if (g.holder == kNoId) {
            g.holder = t.id;
            m_resources[g.res].holders = {t.id};
            m_rec.record(uint64_t(stamp(ns)), trace::EventKind::GilTaken, t.id, g.res, 0);
        }
    }
    enqueueReady(t, ns, waker);
}

void Runtime::enqueueReady(SimTask& t, int64_t ns, TaskId waker) {
    setState(t, TaskState::Ready, ns, kNoId, waker);
    // Native: its OS thread (notified by setState) marks it Running when it gets going, so the
    // OS's wake-up latency shows as Ready.
    if (!m_native) m_ready.push_back(t.id);
}

void Runtime::leaveCore(SimTask& t, int64_t ns) {
    if (t.core < 0) return;
    Core& c = m_cores[size_t(t.core)];
    c.task = kNoId;
    c.clock = ns;
    t.core = -1;
}

void Runtime::addTimer(SimTask& t, int64_t at, bool gilAttempt) {
    if (m_native) {  // the task's own OS thread waits until then
        NativeThread& nt = *m_native->threads[t.id];
        nt.timerAt = at;
        nt.timerGen = t.timerGen;
        nt.gilAttempt = gilAttempt;
        nt.cv.notify_one();
        return;
    }
    m_timers.push(Timer{at, m_timerSeq++, t.id, t.timerGen, gilAttempt});
}

void Runtime::removeWaiter(SimTask& t) {
    if (t.waitingOn == kNoId) return;
    auto& w = m_resources[t.waitingOn].waiters;
    w.erase(std::remove(w.begin(), w.end(), t.id), w.end());
    Gil& g = t.proc->gil;
    if (t.waitingOn == g.res) g.waiters.erase(std::remove(g.waiters.begin(), g.waiters.end(), t.id), g.waiters.end());
    t.waitingOn = kNoId;
}

// ---------------------------------------------------------------------------------------------
// The blocking protocol
// ---------------------------------------------------------------------------------------------

Wake Runtime::takeWake(SimTask& t) {
    Wake w = t.wake;
    t.wake = Wake::None;
    if (w == Wake::None) t.deadlineNs = -1;
    return w;
}

// A task can only be suspended between its own instructions: not inside Python code that a
// native runs to completion (a sort key, __repr__, list() draining a generator...).
vm::Value Runtime::cannotSuspend(SimTask& t, const char* what) {
    vm::CallContext ctx(*t.proc->vm, *t.vt);
    return ctx.raise(t.proc->vm->types().RuntimeError,
                     std::string(what) + " inside code run by a builtin (a key function, __repr__, map(), "
                     "a subclass of list...) cannot wait in Interleave; call it from plain Python code");
}

vm::Value Runtime::block(SimTask& t, ResourceId res, int64_t deadlineNs) {
    int64_t ns = liveNs(t);
    if (t.state != TaskState::Running || &t != m_running || t.vt->nativeDepth > 0)
        return cannotSuspend(t, "a blocking call");
    if (t.deadlineNs < 0) t.deadlineNs = deadlineNs;
    gilRelease(t, ns, false);
    leaveCore(t, ns);
    setState(t, TaskState::Blocked, ns, res);
    t.waitingOn = res;
    m_resources[res].waiters.push_back(t.id);
    ++t.timerGen;
    if (t.deadlineNs >= 0) addTimer(t, std::max(t.deadlineNs, ns));
    findCycle(t.id);  // a cycle ends the run with the deadlock verdict
    return vm::Value::suspend();
}

vm::Value Runtime::sleepUntil(SimTask& t, int64_t ns) {
    if (&t != m_running || t.vt->nativeDepth > 0) return cannotSuspend(t, "time.sleep()");
    int64_t at = liveNs(t);
    gilRelease(t, at, false);
    leaveCore(t, at);
    setState(t, TaskState::Sleeping, at, kNoId);
    ++t.timerGen;
    t.deadlineNs = ns;
    addTimer(t, std::max(ns, at));
    return vm::Value::suspend();
}

void Runtime::wake(TaskId id, TaskId waker, Wake why) {
    wakeAt(id, waker, why, waker != kNoId ? liveNs(task(waker)) : m_now);
}

void Runtime::wakeAllAt(ResourceId res, TaskId waker, int64_t ns) {
    std::vector<TaskId> w = m_resources[res].waiters;
    for (TaskId id : w) wakeAt(id, waker, Wake::Signalled, ns);
}

void Runtime::wakeAt(TaskId id, TaskId waker, Wake why, int64_t ns) {
    SimTask& t = task(id);
    if (t.state != TaskState::Blocked && t.state != TaskState::Sleeping) return;
    // A wait on a primitive shared with other processes ends only when that wait returns (its
    // result is what the retried call reads); a wake from here (a pipe's writer ended, say)
    // would retry the call without it.
    if (t.externalWait || t.inExternalWait) return;
    removeWaiter(t);
    ++t.timerGen;  // cancels the timeout
    t.wake = why;
    if (t.inShutdown) {
        continueShutdown(t, ns);
        return;
    }
    makeRunnable(t, ns, waker);
}

void Runtime::wakeAll(ResourceId res, TaskId waker) {
    wakeAllAt(res, waker, waker != kNoId ? liveNs(task(waker)) : m_now);
}

bool Runtime::wakeOne(ResourceId res, TaskId waker) {
    auto& w = m_resources[res].waiters;
    if (w.empty()) return false;
    wake(w.front(), waker, Wake::Signalled);
    return true;
}

ResourceId Runtime::newResource(trace::ResourceKind kind, std::string name, uint32_t capacity) {
    ResourceId id = m_rec.resourceCreated(uint64_t(stamp(m_running ? liveNs(*m_running) : m_now)), name, kind, capacity);
    IL_ASSERT(id == m_resources.size(), "resource ids are dense");
    Resource r;
    r.id = id;
    r.kind = kind;
    r.name = std::move(name);
    r.capacity = capacity;
    r.unshareable = m_native && madeByMultiprocessing();
    m_resources.push_back(std::move(r));
    if (kind == trace::ResourceKind::Pipe) m_pipes.push_back(id);
    return id;
}

void Runtime::recordAcquire(SimTask& t, ResourceId res, uint64_t count) {
    Resource& r = m_resources[res];
    ++r.acquisitions;
    if (std::find(r.holders.begin(), r.holders.end(), t.id) == r.holders.end()) r.holders.push_back(t.id);
    m_rec.record(uint64_t(stamp(liveNs(t))), trace::EventKind::LockAcquired, t.id, res, count);
}

void Runtime::recordRelease(SimTask& t, ResourceId res, uint64_t countLeft) {
    Resource& r = m_resources[res];
    if (countLeft == 0) r.holders.erase(std::remove(r.holders.begin(), r.holders.end(), t.id), r.holders.end());
    m_rec.record(uint64_t(stamp(liveNs(t))), trace::EventKind::LockReleased, t.id, res, countLeft);
}

void Runtime::setWaitHolders(ResourceId res, std::vector<TaskId> holders, int64_t ns) {
    Resource& r = m_resources[res];
    const auto at = uint64_t(stamp(ns));
    for (TaskId h : r.holders)
        if (std::find(holders.begin(), holders.end(), h) == holders.end())
            m_rec.record(at, trace::EventKind::LockReleased, h, res, 0);
    for (TaskId h : holders)
        if (std::find(r.holders.begin(), r.holders.end(), h) == r.holders.end())
            m_rec.record(at, trace::EventKind::LockAcquired, h, res, 1);
    r.holders = std::move(holders);
}

void Runtime::recordQueue(SimTask& t, ResourceId res, bool put, uint32_t length) {
    Resource& r = m_resources[res];
    (put ? r.puts : r.gets)++;
    r.length = length;
    r.maxLength = std::max(r.maxLength, length);
    r.lengthAtNs = uint64_t(stamp(liveNs(t)));
    m_rec.record(r.lengthAtNs, put ? trace::EventKind::QueuePut : trace::EventKind::QueueGet, t.id, res, length);
}

void Runtime::recordException(SimTask& t, std::string_view traceback) {
    // The timeline marks the exception with the traceback's last line ("ValueError: boom").
    while (!traceback.empty() && traceback.back() == '\n') traceback.remove_suffix(1);
    size_t nl = traceback.rfind('\n');
    std::string_view text = nl == std::string_view::npos ? traceback : traceback.substr(nl + 1);
    m_rec.record(uint64_t(stamp(liveNs(t))), trace::EventKind::Exception, t.id, kNoId, 0, text);
}

// ---------------------------------------------------------------------------------------------
// vm::Host
// ---------------------------------------------------------------------------------------------

double Runtime::now(vm::CallContext& ctx) { return double(liveNs(current(ctx))) / 1e9; }

vm::Value Runtime::sleep(vm::CallContext& ctx, double seconds) {
    SimTask& t = current(ctx);
    if (takeWake(t) != Wake::None) return vm::Value();
    if (t.runningCoroutine != kNoId) note(ctx, "blocking call in coroutine: time.sleep()");
    return sleepUntil(t, liveNs(t) + int64_t(std::llround(seconds * 1e9)));
}

vm::Value Runtime::work(vm::CallContext& ctx, double ms) {
    SimTask& t = current(ctx);
    if (t.workDone) {
        t.workDone = false;
        return vm::Value();
    }
    int64_t ns = int64_t(std::llround(ms * 1e6));
    if (ns <= 0) return vm::Value();
    if (&t != m_running || t.vt->nativeDepth > 0) return cannotSuspend(t, "work()");
    if (t.runningCoroutine != kNoId) note(ctx, "blocking call in coroutine: work()");
    t.workLeftNs = ns;
    return vm::Value::suspend();  // the executor burns the time, then retries the CALL
}

void Runtime::note(vm::CallContext& ctx, std::string_view text) {
    SimTask& t = current(ctx);
    m_rec.record(uint64_t(stamp(liveNs(t))), trace::EventKind::Note, t.id, kNoId, 0, text);
}

SimProcess* Runtime::processByPid(int64_t pid) {
    auto it = m_byPid.find(pid);
    return it == m_byPid.end() ? nullptr : m_procs[it->second].get();
}

SimTask* Runtime::threadByIdent(SimProcess& p, int64_t ident) {
    for (TaskId id : p.threads)
        if (task(id).ident == ident) return &task(id);
    return nullptr;
}

}  // namespace il::rt
