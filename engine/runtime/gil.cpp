// The per-process GIL (DESIGN §3). A thread must hold its process's GIL to run bytecode or
// work(); one waiting for it is Blocked on the GIL's resource, so the timeline shows who waits.
//
// new (CPython >= 3.2): a waiter that has waited the switch interval sets a drop request; the
//   holder drops the GIL at its next instruction boundary and the waiter takes it (forced
//   switching: the old holder queues behind it). A hand-off always reaches the woken waiter,
//   so there are no failed wake-ups in this model.
// old (CPython 2): the holder releases and re-acquires every 100 instructions. A release
//   signals the first waiter, which runs a wake-up latency later; by then the holder (still on
//   its core) has taken the GIL back, so the waiter fails ("false alarm") and waits again.
//   It gets the GIL only when the holder blocks, sleeps or ends: the convoy effect.
// off: no GIL (free-threaded Python).

#include <algorithm>

#include "engine/runtime/runtime.hpp"

namespace il::rt {

using trace::TaskState;

bool Runtime::usesGil(const SimTask& t) const {
    // Manual stepping runs one instruction of the chosen task at a time: the learner, not the
    // GIL, decides who runs, so the GIL is not modelled there.
    // Systematic runs interleave one task at a time, switching only at steps the policy picks:
    // a GIL could only forbid some of those switches, never add one.
    return m_settings.gil != GilMode::Off && !m_manual && !m_systematic && t.kind == trace::TaskKind::Thread;
}

// gilRelease(): `t` stops running bytecode (blocks, sleeps, ends, or is forced to switch). The
// first waiter, if any, takes the GIL and becomes ready.
void Runtime::gilRelease(SimTask& t, int64_t ns, bool forced) {
    if (!usesGil(t)) return;
    Gil& g = t.proc->gil;
    if (g.holder != t.id) return;
    g.holder = kNoId;
    m_resources[g.res].holders.clear();
    m_rec.record(uint64_t(stamp(ns)), trace::EventKind::GilDropped, t.id, g.res, forced ? 1 : 0);
    if (g.waiters.empty()) return;
    TaskId next = g.waiters.front();
    g.waiters.pop_front();
    SimTask& w = task(next);
    auto& rw = m_resources[g.res].waiters;
    rw.erase(std::remove(rw.begin(), rw.end(), next), rw.end());
    w.waitingOn = kNoId;
    g.waitNs += std::max<int64_t>(0, ns - w.gilWaitSince);
    ++g.switches;
    ++w.timerGen;  // an old-GIL wake-up attempt in flight is moot now
    g.holder = next;
    m_resources[g.res].holders = {next};
    m_rec.record(uint64_t(stamp(ns)), trace::EventKind::GilTaken, next, g.res, 0);
    enqueueReady(w, ns, t.id);
}

int64_t Runtime::gilDropDeadline(const SimTask& t) const {
    if (m_settings.gil != GilMode::New || !usesGil(t)) return -1;
    const Gil& g = t.proc->gil;
    if (g.holder != t.id || g.waiters.empty()) return -1;
    const SimTask& w = *m_tasks[g.waiters.front()];
    return w.gilWaitSince + w.gilPatienceNs;
}

// Under fifo a waiter asks for the drop exactly one switch interval after it began to wait.
// Under random and pct the moment is drawn from the seed within that interval (as an OS timer
// would fire at varying points of the holder's bytecode), so those policies explore where a
// thread loses the GIL, not only which core runs next.
void Runtime::gilStartWaiting(SimTask& t, int64_t ns) {
    t.gilWaitSince = ns;
    int64_t interval = std::max<int64_t>(1, m_settings.switchIntervalNs);
    t.gilPatienceNs = m_randomChunks ? 1 + int64_t(m_rng.below(uint64_t(interval))) : interval;
}

void Runtime::gilForcedSwitch(SimTask& t, int64_t ns) {
    gilRelease(t, ns, true);
    leaveCore(t, ns);
    Gil& g = t.proc->gil;
    setState(t, TaskState::Blocked, ns, g.res);
    t.waitingOn = g.res;
    gilStartWaiting(t, ns);
    g.waiters.push_back(t.id);
    m_resources[g.res].waiters.push_back(t.id);
}

void Runtime::gilOldCheck(SimTask& t, int64_t ns) {
    Gil& g = t.proc->gil;
    if (g.holder != t.id || g.waiters.empty()) return;
    // Release and re-acquire at once (not recorded: the GIL never changes hands here); the
    // signalled waiter will find it taken.
    SimTask& w = task(g.waiters.front());
    if (w.gilSignalled) return;
    w.gilSignalled = true;
    addTimer(w, ns + m_settings.wakeLatencyNs, true);
}

void Runtime::gilAttempt(SimTask& t, int64_t ns) {
    t.gilSignalled = false;
    Gil& g = t.proc->gil;
    if (t.state != TaskState::Blocked || t.waitingOn != g.res) return;
    if (g.holder == kNoId) {
        removeWaiter(t);
        makeRunnable(t, ns, kNoId);
        return;
    }
    ++g.falseAlarms;
    // Recorded as the waiter blocking on the GIL again, with the holder it found as `waker`: the
    // model sees no change of state (the timeline is unchanged), the GIL view counts a false alarm.
    setState(t, TaskState::Blocked, ns, g.res, g.holder);
}

}  // namespace il::rt
