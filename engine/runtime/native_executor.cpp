// The native executor (DESIGN §4): every script thread is a real OS thread running its own
// frames; time is the steady clock; work() spins the CPU and time.sleep() really sleeps.
//
// The model is the sim's (runtime.cpp, gil.cpp, endings.cpp and the natives change it with
// the same code) and NativeState::lock guards it: a thread holds the lock while it changes the
// model or runs bytecode, never while it waits or spins. Each OS thread runs its task while the
// model says Running (it holds its process's GIL, or needs none), waits on its condition
// variable while Blocked or Sleeping (until its timer, if one is set), marks itself Running when
// it wakes up Ready (given the GIL, or woken with no GIL to take), and leaves when its task
// ends or the run does. A blocking native returns suspend, as in the sim: the OS thread then
// waits, and retries the call once the model says it was woken or timed out.
//
// The GIL follows the same model: a waiter Blocked on it has its patience (the switch interval)
// counted from when it began to wait; the holder checks between chunks of instructions and
// every millisecond of work(), and hands over once that passed (the waiter is made Running by
// the hand-over and its OS thread goes on). A thread blocked on the GIL needs no timer: the
// holder's own checks do the asking.
//
// The calling thread supervises: it ends the run at its real-time limit, and declares a global
// deadlock when every live thread has been blocked, with nothing timed pending, for a grace
// period (a wait-for cycle is found at once, when the last task of it blocks).

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "engine/native/shm_sync.hpp"
#include "engine/runtime/limit_messages.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

using trace::TaskState;

namespace {

// Instructions a thread runs before it checks for a GIL drop request and lets others at the
// model: ~20-60 µs of bytecode, well under the 5 ms switch interval.
constexpr uint64_t kChunkInstructions = 1000;
// Without a GIL: how long a thread keeps the lock to run bytecode while another wants it.
constexpr int64_t kBytecodeTurnNs = 1'000'000;
// How often work() looks at the model (the supervisors: kSupervisorTick, native_state.hpp).
constexpr int64_t kWorkCheckNs = 1'000'000;

// spinUntil() burns CPU until the steady clock passes `end` (what work() is for).
void spinUntil(const NativeState& ns, int64_t end) {
    while (ns.nowNs() < end) {  // reading the clock is the spin (~20 ns a turn)
    }
}

bool live(const SimTask& t) {
    return t.kind == trace::TaskKind::Thread && !t.proc->ended && !t.proc->remote && t.state != TaskState::Done &&
           t.state != TaskState::Failed && t.state != TaskState::New;
}

}  // namespace

Verdict Runtime::runNative() {
    NativeState& ns = *m_native;
    std::unique_lock lk(ns.lock);
    if (m_verdict != Verdict::Running) return m_verdict;
    ns.chunks = std::make_unique<trace::ChunkSupply>();
    m_log.useSupply(ns.chunks.get());
    ns.shareSelfEnded();
    // The timeline goes on from the last event recorded: the set-up since the run was made (the
    // trace's chunks faulted in, ~4 ms from the CLI under load) is not the script's, and showed
    // as its main thread ready all that while.
    ns.start = NativeState::Clock::now() - std::chrono::nanoseconds(m_lastEventNs);
    m_now = m_lastEventNs;
    for (auto& t : m_tasks)
        if (live(*t)) launch(*t);
    while (m_verdict == Verdict::Running) {
        ns.supervisor->wait_for(lk, kSupervisorTick);
        m_now = std::max(m_now, ns.nowNs());
        if (m_settings.untilNs > 0 && m_now >= m_settings.untilNs) {
            endRun(Verdict::Limit, realTimeLimitMessage(m_settings.untilNs));
            break;
        }
        nativeCheckStalled();
        if (!ns.joinedExits.empty()) nativeWakeChildReader();  // it reaps them
    }
    lk.unlock();
    nativeTeardown();
    return m_verdict;
}

std::unique_lock<NativeLock> Runtime::lockForReading() {
    if (!m_native) return {};
    return std::unique_lock<NativeLock>(m_native->lock);
}

void Runtime::requestStop() {
    if (!m_native) return;
    std::lock_guard g(m_native->lock);
    endRun(Verdict::Limit, "the run was stopped");
    m_native->supervisor->notify_all();
}

void Runtime::launch(SimTask& t) {
    if (!m_native || m_native->cancel) return;  // after cancel, nobody touches an std::thread
    NativeThread& nt = *m_native->threads[t.id];
    if (nt.os.joinable()) return;
    TaskId id = t.id;
    nt.os = m_native->spawnThread([this, id] { nativeThreadMain(id); });
}

// Every OS thread leaves its loop (those blocked or sleeping are woken to see `cancel`) and is
// joined; tasks still blocked stay so in the model, as a deadlocked sim run leaves them.
void Runtime::nativeTeardown() {
    NativeState& ns = *m_native;
    {
        std::lock_guard g(ns.lock);
        ns.cancel = true;
        if (ns.arena) ns.arena->cancel();  // waits on shared primitives give up
        if (m_verdict == Verdict::Running) endRun(Verdict::Limit, "the run was stopped");
        for (auto& nt : ns.threads)
            if (nt) nt->cv.notify_all();
    }
    nativeLetChildrenExit();
    // Child processes die with the run (every descendant, orphans included, sees the control
    // pipe close); the reader reaps our own children, then ends.
    {
        std::lock_guard g(ns.lock);
        for (int& fd : ns.control)
            if (fd >= 0) ::close(std::exchange(fd, -1));
        for (auto& l : ns.children)
            if (l->pid > 0) ::kill(l->pid, SIGKILL);
        nativeWakeChildReader();
    }
    if (ns.childReader) ns.childReader->join();
    {
        std::lock_guard g(ns.lock);
        ns.childReader.reset();
        for (auto& l : ns.children) {  // left only if the reader failed: killed above, reaped here
            if (l->pid > 0)
                while (::waitpid(l->pid, nullptr, 0) < 0 && errno == EINTR) {
                }
            if (l->eventsFd >= 0) ::close(l->eventsFd);
        }
        ns.children.clear();
        for (int& fd : ns.readerWake)
            if (fd >= 0) ::close(std::exchange(fd, -1));
        if (ns.childPoll >= 0) ::close(std::exchange(ns.childPoll, -1));
        if (ns.adoptListen >= 0) ::close(std::exchange(ns.adoptListen, -1));
    }
    // Threads may start threads until they see `cancel`: join until none is left unjoined.
    for (size_t i = 0;; ++i) {
        NativeThread* nt = nullptr;
        {
            std::lock_guard g(ns.lock);
            if (i >= ns.threads.size()) break;
            nt = ns.threads[i].get();
        }
        if (nt && nt->os.joinable()) nt->os.join();
    }
    std::lock_guard g(ns.lock);
    m_log.useSupply(nullptr);
    ns.chunks.reset();
}

// A run whose every process has ended: its children are exiting, some still relaying for, and
// reaping, their own (nativeExitChild). They are let finish (a second at most) before the
// teardown kills what is left: killed, a relaying child left its children to init to reap.
void Runtime::nativeLetChildrenExit() {
    NativeState& ns = *m_native;
    const auto deadline = NativeState::Clock::now() + std::chrono::seconds(1);
    for (;;) {
        {
            std::lock_guard g(ns.lock);
            for (const auto& p : m_procs)
                if (!p->ended) return;  // the run was stopped: nothing waits
            bool left = false;
            for (const auto& l : ns.children) left = left || (!l->orphan && !l->finished);
            if (!left) return;
            nativeWakeChildReader();  // it reaps those that exited
        }
        if (NativeState::Clock::now() >= deadline) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void Runtime::nativeThreadMain(TaskId id) {
    NativeState& ns = *m_native;
    std::unique_lock lk(ns.lock);
    NativeThread& nt = *ns.threads[id];
    // The task was recorded with a made-up native id before this OS thread existed.
    m_rec.record(uint64_t(stamp(ns.nowNs())), trace::EventKind::TaskOsId, id, kNoId, uint64_t(::gettid()));
    while (m_verdict == Verdict::Running && !ns.cancel) {
        SimTask& t = task(id);
        m_now = std::max(m_now, ns.nowNs());
        if (t.state == TaskState::Done || t.state == TaskState::Failed || t.proc->ended) break;
        if (t.state == TaskState::Ready) setState(t, TaskState::Running, ns.nowNs());
        // A forked child's forking thread runs its main thread and cannot supervise meanwhile.
        if (ns.isChild && !ns.tickerStarted &&
            (t.state != TaskState::Running || ns.nowNs() - ns.selfStartNs >= m_settings.forkedTickNs))
            nativeStartTicker();
        if (t.state == TaskState::Running) nativeRunSlice(t);
        else if (t.state == TaskState::Blocked || t.state == TaskState::Sleeping) nativeWait(t, nt);
        else nt.cv.wait(lk);
    }
    nt.finished = true;
    ns.unjoined.push_back(id);
    ns.supervisor->notify_all();
}

void Runtime::nativeRunSlice(SimTask& t) {
    NativeState& ns = *m_native;
    // Woken (a join's child ended) before its OS thread began the wait blockExternal set up.
    if (t.externalWait) t.externalWait = nullptr;
    int64_t now = ns.nowNs();
    int64_t drop = gilDropDeadline(t);
    if (drop >= 0 && drop <= now) {
        gilForcedSwitch(t, now);
        return;
    }
    if (t.workLeftNs > 0) {
        nativeWork(t);
        return;
    }
    bool oldCheck = m_settings.gil == GilMode::Old && usesGil(t) && !t.proc->gil.waiters.empty();
    uint64_t budget = oldCheck ? uint64_t(std::max(1, m_settings.oldGilCheckInstructions)) : kChunkInstructions;
    vm::Vm& machine = *t.proc->vm;
    m_running = &t;
    vm::RunResult r = vm::run(machine, *t.vt, budget);
    m_running = nullptr;
    now = ns.nowNs();
    m_now = std::max(m_now, now);
    afterRun(t, r, now);
    if (m_verdict != Verdict::Running) {
        ns.supervisor->notify_all();
        return;
    }
    if (oldCheck && t.state == TaskState::Running) gilOldCheck(t, now);
    // Without a GIL the threads of a process still take turns at bytecode (the VM's heaps are
    // not thread-safe): a turn of a chunk (20-60 us) against a hand-over's ~40 us wake-up of the
    // other core made four threads 2.5x slower than one.
    NativeThread& nt = *ns.threads[t.id];
    if (!usesGil(t) && t.state == TaskState::Running && now - nt.turnStartNs < kBytecodeTurnNs) return;
    ns.lock.yieldIfWanted();
    nt.turnStartNs = ns.nowNs();
}

// work(ms): spin without the lock (other threads run bytecode meanwhile if the GIL lets them),
// coming back every millisecond to give the GIL up if a waiter asked for it.
void Runtime::nativeWork(SimTask& t) {
    NativeState& ns = *m_native;
    int64_t start = ns.nowNs();
    int64_t end = start + t.workLeftNs;
    int64_t until = std::min(end, start + kWorkCheckNs);
    int64_t drop = gilDropDeadline(t);
    if (drop >= 0) until = std::min(until, std::max(drop, start));
    ns.lock.unlock();
    spinUntil(ns, until);
    ns.lock.lock();
    int64_t now = ns.nowNs();
    t.workLeftNs = std::max<int64_t>(0, end - now);
    if (t.workLeftNs == 0) t.workDone = true;  // the retried work() call returns
}

void Runtime::nativeWait(SimTask& t, NativeThread& nt) {
    NativeState& ns = *m_native;
    std::unique_lock lk(ns.lock, std::adopt_lock);
    if (t.externalWait && t.state == TaskState::Blocked) {
        auto wait = std::move(t.externalWait);
        t.externalWait = nullptr;
        t.inExternalWait = true;
        native::WaitSpec spec;
        if (t.deadlineNs >= 0) spec.deadline = ns.start + std::chrono::nanoseconds(t.deadlineNs);
        if (ns.arena) spec.cancel = &ns.arena->cancelFlag();
        lk.unlock();
        int result = wait(spec);
        lk.lock();
        t.inExternalWait = false;
        t.externalResult = result;
        if (t.state == TaskState::Blocked && !ns.cancel) {
            removeWaiter(t);
            ++t.timerGen;
            t.wake = result == t.externalTimedOut ? Wake::TimedOut : Wake::Signalled;
            makeRunnable(t, ns.nowNs(), kNoId);
        }
    } else if (nt.timerAt >= 0 && nt.timerGen == t.timerGen) {
        int64_t at = nt.timerAt;
        uint64_t gen = nt.timerGen;
        TaskState before = t.state;
        if (nt.cv.wait_until(lk, ns.start + std::chrono::nanoseconds(at)) == std::cv_status::timeout &&
            gen == t.timerGen && t.state == before && nt.timerAt == at) {
            nt.timerAt = -1;
            m_now = std::max(m_now, ns.nowNs());
            timerFired(t, ns.nowNs(), nt.gilAttempt);
        }
    } else {
        nt.cv.wait(lk);
    }
    lk.release();  // the caller's lock still holds it
}

// A process is stalled when every live thread of it is blocked with no timeout (nothing asleep,
// no timer) and every live child it forked says it is stalled too. Stalled on local things only,
// nothing can ever wake it: after the grace period with no change, that is a global deadlock.
// A thread waiting on a shared object, or a live child, may still be woken by another process:
// then only the process running the run, which hears from every descendant (each child tells
// its parent when its own answer changes, LinkMessage::Stalled), may conclude, once the whole
// tree has been stalled for the grace period. A child stalled at every check may still be busy
// in between (two children playing ping-pong over a pipe, each blocked most of the time): it
// tells its parent again whenever anything moved since its last check, which restarts the
// parent's grace period.
void Runtime::nativeCheckStalled() {
    NativeState& ns = *m_native;
    bool stalled = true, local = true;
    // A child that ended but still relays its forked children's (nativeRelayForkedChildren)
    // says for them whether they are stalled.
    for (const auto& l : ns.children) {
        if (l->proc == kUnknownProcess) {  // an orphan whose record never reached here: it lives
            if (!l->finished) stalled = local = false;
            continue;
        }
        if (m_procs[l->proc]->ended && !(l->relays && !l->finished)) continue;
        local = false;
        if (!l->stalled) stalled = false;
    }
    bool any = false;
    for (const auto& t : m_tasks) {
        if (!stalled) break;
        if (!live(*t)) {
            // The run's process: a thread of a descendant it hears of only through its events (an
            // orphan whose parent died before it could say it is stalled), asleep, running or
            // ready as last heard, is not stalled. (A child's records of other processes than
            // its descendants are copies from its fork, not news.)
            if (!ns.isChild && t->kind == trace::TaskKind::Thread && t->proc->remote && !t->proc->ended &&
                (t->state == TaskState::Sleeping || t->state == TaskState::Running || t->state == TaskState::Ready))
                stalled = false;
            continue;
        }
        any = true;
        if (t->state != TaskState::Blocked || t->deadlineNs >= 0) stalled = false;
        // Waiting for the GIL is no stall: its holder drops it when it blocks, or at the switch
        // interval. Under load a thread waiting for a GIL just handed over looked stalled.
        if (t->state == TaskState::Blocked && t->waitingOn == t->proc->gil.res) stalled = false;
        const NativeThread& nt = *ns.threads[t->id];
        if (nt.timerAt >= 0 && nt.timerGen == t->timerGen) stalled = false;
        if (t->inExternalWait) local = false;
    }
    stalled = stalled && (any || !local);  // nothing of its own left: as stalled as its children
    bool moved = ns.lastChangeNs > ns.stallCheckNs;
    ns.stallCheckNs = ns.nowNs();
    if (ns.isChild && ns.parentFd >= 0 && (stalled != ns.reportedStalled || (stalled && moved))) {
        ns.reportedStalled = stalled;
        if (!writeMessage(ns.parentFd, LinkMessage::Stalled, std::string_view(stalled ? "\1" : "\0", 1))) orphaned();
    }
    if (!stalled || ns.nowNs() - ns.lastChangeNs < m_settings.deadlockGraceNs) return;
    if (!local && ns.isChild) return;
    // The whole tree is stalled and every child sent its events before saying so: the root's
    // view of other processes' holders and waits is now exact, and a cycle through them is real.
    if (!ns.isChild)
        for (const auto& t : m_tasks)
            if (t->kind == trace::TaskKind::Thread && !t->proc->ended && findCycle(t->id, true)) return;
    checkGlobalDeadlock();
}

}  // namespace il::rt
