// The sim executor's loop. Each core has a clock; the busy core that is furthest behind runs
// next, for one chunk (at most Settings::chunkNs of virtual time, less if a timer, the end of
// its time slice or a GIL drop request comes first). Timers fire when every busy core has
// reached their time. Idle cores take ready tasks in the order the policy picks.

#include <algorithm>
#include <vector>

#include "engine/runtime/limit_messages.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

using trace::TaskState;

Verdict Runtime::run() {
    if (m_native) return runNative();
    while (step()) {
    }
    return m_verdict;
}

bool Runtime::step() {
    if (m_verdict != Verdict::Running) return false;
    if (m_native) {  // real threads do not step: the run goes to its end
        runNative();
        return false;
    }
    dispatch();
    if (m_verdict != Verdict::Running) return false;
    // A policy that returned no pick (other than manual's, handled below) pauses the whole run:
    // neither cores nor timers move on until it is asked again.
    if (m_awaitingChoice && !m_manual) return false;
    // Cancelled timers (a wait that ended before its timeout) are not pending events.
    while (!m_timers.empty() && m_timers.top().gen != task(m_timers.top().task).timerGen) m_timers.pop();
    int best = -1;
    for (int c = 0; c < int(m_cores.size()); ++c) {
        if (m_cores[size_t(c)].task == kNoId) continue;
        if (best < 0 || m_cores[size_t(c)].clock < m_cores[size_t(best)].clock) best = c;
    }
    bool timer = !m_timers.empty();
    // Manual: a ready task waits for the learner's choice; time does not run on without one.
    if (m_manual && best < 0 && !m_ready.empty()) return false;
    if (best < 0 && !timer) {
        if (!m_ready.empty()) return false;  // the manual policy waits for a choice
        checkGlobalDeadlock();
        return false;
    }
    int64_t next = best >= 0 ? m_cores[size_t(best)].clock : m_timers.top().at;
    if (timer && m_timers.top().at <= next) next = m_timers.top().at;
    if (m_settings.untilNs > 0 && next > m_settings.untilNs) {
        m_now = m_settings.untilNs;
        endRun(Verdict::Limit, virtualTimeLimitMessage(m_settings.untilNs));
        return false;
    }
    ++m_steps;
    if (timer && (best < 0 || m_timers.top().at <= m_cores[size_t(best)].clock)) fireTimer();
    else runChunk(best);
    return m_verdict == Verdict::Running;
}

void Runtime::dispatch() {
    m_awaitingChoice = false;
    while (!m_ready.empty()) {
        int idle = -1;
        for (int c = 0; c < int(m_cores.size()); ++c)
            if (m_cores[size_t(c)].task == kNoId && (idle < 0 || m_cores[size_t(c)].clock < m_cores[size_t(idle)].clock))
                idle = c;
        if (idle < 0) return;
        // A single candidate needs no policy call (except manual's) and no copy of the ready
        // queue: skipping the vector saves a heap allocation per dispatch (bench_scheduler).
        std::optional<size_t> pick;
        if (m_ready.size() == 1 && !m_manual && !m_systematic) {
            pick = 0;
        } else {
            // The candidates go in a member vector: no allocation per pick.
            m_runnable.assign(m_ready.begin(), m_ready.end());
            sched::ChoicePoint point{m_runnable, kNoId, m_steps};
            if (m_systematic) {
                // Every step is the policy's (one candidate included), with what the steps since
                // its previous pick touched: the explorer's partial-order reduction needs both.
                point.current = m_lastStepTask;
                point.last = sched::StepFootprint{m_stepAccesses, m_stepAll};
            }
            pick = m_policy->pick(point);
            if (pick && m_systematic) {
                m_stepAccesses.clear();
                m_stepAll = false;
            }
        }
        if (!pick) {
            m_awaitingChoice = true;
            return;
        }
        TaskId id = m_ready[*pick];
        m_ready.erase(m_ready.begin() + std::ptrdiff_t(*pick));
        SimTask& t = task(id);
        Core& core = m_cores[size_t(idle)];
        int64_t start = std::max(core.clock, t.stateSinceNs);
        core.task = id;
        core.clock = start;
        t.core = idle;
        t.sliceStartNs = start;
        setState(t, TaskState::Running, start);
    }
}

void Runtime::fireTimer() {
    Timer tm = m_timers.top();
    m_timers.pop();
    SimTask& t = task(tm.task);
    if (tm.gen != t.timerGen) return;  // cancelled
    m_now = std::max(m_now, tm.at);
    timerFired(t, tm.at, tm.gilAttempt);
}

void Runtime::timerFired(SimTask& t, int64_t at, bool gilAttemptTimer) {
    if (gilAttemptTimer) {
        gilAttempt(t, at);
        return;
    }
    if (t.state == TaskState::Sleeping) {
        ++t.timerGen;
        t.wake = Wake::Signalled;
        makeRunnable(t, at, kNoId);
    } else if (t.state == TaskState::Blocked) {
        removeWaiter(t);
        ++t.timerGen;
        t.wake = Wake::TimedOut;
        makeRunnable(t, at, kNoId);
    }
}

void Runtime::runChunk(int coreIndex) {
    Core& core = m_cores[size_t(coreIndex)];
    SimTask& t = task(core.task);
    int64_t clock = core.clock;
    m_now = std::max(m_now, clock);
    // New GIL: a waiter asked for the GIL long enough ago: drop it before running on.
    int64_t drop = gilDropDeadline(t);
    if (drop >= 0 && drop <= clock) {
        gilForcedSwitch(t, clock);
        return;
    }
    // Systematic steps end at primitives and shared writes, not at a chunk length or a quantum;
    // the cap only lets a loop that touches nothing shared be interleaved at all.
    int64_t limit = clock + (m_systematic ? kSystematicStepInstructions * m_settings.instructionNs : m_settings.chunkNs);
    if (!m_timers.empty() && m_timers.top().at > clock) limit = std::min(limit, m_timers.top().at);
    if (!m_ready.empty() && !m_systematic)
        limit = std::min(limit, std::max(clock + 1, t.sliceStartNs + m_settings.quantumNs));
    if (drop >= 0) limit = std::min(limit, drop);
    bool oldCheck = m_settings.gil == GilMode::Old && usesGil(t) && !t.proc->gil.waiters.empty();
    if (oldCheck) limit = std::min(limit, clock + m_settings.oldGilCheckInstructions * m_settings.instructionNs);
    int64_t span = std::max(limit - clock, m_settings.instructionNs);
    if (m_randomChunks)
        span = m_settings.instructionNs * (1 + int64_t(m_rng.below(uint64_t(span / m_settings.instructionNs))));
    if (m_manual) span = m_settings.instructionNs;  // one instruction per choice

    if (m_systematic) m_lastStepTask = t.id;
    if (t.workLeftNs > 0) {
        int64_t d = m_manual ? t.workLeftNs : std::min(t.workLeftNs, span);  // manual: one step
        t.workLeftNs -= d;
        clock += d;
        if (t.workLeftNs == 0) {
            if (t.bootWork) t.bootWork = false;  // started: nothing to retry
            else t.workDone = true;
        }
        core.clock = clock;
    } else {
        uint64_t budget = uint64_t(std::max<int64_t>(1, span / m_settings.instructionNs));
        vm::Vm& machine = *t.proc->vm;
        t.chunkStartNs = clock;
        t.chunkStartInstr = machine.instructionsExecuted;
        if (m_systematic) machine.stepWatch.begin(!m_ready.empty());
        m_running = &t;
        vm::RunResult r = vm::run(machine, *t.vt, budget);
        m_running = nullptr;
        if (m_systematic) {
            m_stepAccesses.insert(m_stepAccesses.end(), machine.stepWatch.accesses.begin(),
                                  machine.stepWatch.accesses.end());
            m_stepAll = m_stepAll || machine.stepWatch.overflow;
        }
        clock += int64_t(r.executed) * m_settings.instructionNs;
        if (t.core == coreIndex) core.clock = clock;
        afterRun(t, r, clock);
    }
    if (m_verdict != Verdict::Running) return;
    m_now = std::max(m_now, clock);
    if (t.core != coreIndex || t.state != TaskState::Running) return;
    if (oldCheck) gilOldCheck(t, clock);
    if (m_manual || m_systematic) {
        // Manual stepping: after every instruction the learner chooses again. Systematic: a
        // step ended and the policy picks the next one, unless nobody else could take it.
        if (m_systematic && m_ready.empty()) return;
        leaveCore(t, clock);
        setState(t, TaskState::Ready, clock);
        m_ready.push_back(t.id);
        return;
    }
    if (t.core == coreIndex && !m_ready.empty() && clock - t.sliceStartNs >= m_settings.quantumNs) {
        // Time slice over and others wait for a core: back of the ready queue.
        leaveCore(t, clock);
        setState(t, TaskState::Ready, clock);
        m_ready.push_back(t.id);
    }
}

void Runtime::afterRun(SimTask& t, const vm::RunResult& r, int64_t ns) {
    switch (r.reason) {
    case vm::StopReason::Budget:
    case vm::StopReason::Suspended:  // blocked, sleeping or working: already recorded
        if (t.switchTo >= 0) switchGreenlet(t, ns);
        return;
    case vm::StopReason::Finished: {
        if (!t.isMain && t.vt->result.isInt()) t.exitCode = int(t.vt->result.asInt());
        SimProcess& p = *t.proc;
        if (t.isMain && p.index != 0) p.exitCode = t.vt->result.isInt() ? int(t.vt->result.asInt()) : 0;
        finishThread(t, ns, false);
        return;
    }
    case vm::StopReason::Exception: {
        vm::CallContext ctx(*t.proc->vm, *t.vt);
        vm::Value exc = t.vt->pending;
        t.vt->pending = vm::Value();
        SimProcess& p = *t.proc;
        bool exitQuietly = false;
        int code = 1;
        if (vm::isKind(exc, vm::ObjKind::Exception) && ctx.isInstance(exc, p.vm->types().SystemExit)) {
            auto* e = vm::as<vm::ExceptionObject>(exc);
            vm::Value c = e->args && !e->args->items.empty() ? e->args->items[0] : vm::Value();
            exitQuietly = true;
            if (c.isNone()) code = 0;
            else if (c.isInt()) code = int(c.asInt() & 0xff);
            else {
                std::string msg;
                (void)ctx.strInto(c, msg);
                emit(t, true, msg + "\n");
            }
        }
        if (!exitQuietly) {
            std::string text = vm::formatTraceback(ctx, exc);
            recordException(t, text);
            ++m_uncaught;
            emit(t, true, text);
        }
        if (t.isMain) {
            p.mainRaised = code != 0;
            p.exitCode = code;
        }
        finishThread(t, ns, code != 0);
        return;
    }
    case vm::StopReason::Limit:
        endRun(Verdict::Limit, t.proc->vm->limitMessage);
        return;
    }
}

void Runtime::checkGlobalDeadlock() {
    if (m_verdict != Verdict::Running) return;
    m_deadlock = DeadlockInfo{};
    for (const auto& t : m_tasks) {
        if (t->kind != trace::TaskKind::Thread || t->proc->ended) continue;
        if (t->state != TaskState::Blocked) continue;
        m_deadlock.tasks.push_back(t->id);
        m_deadlock.waits.push_back(t->waitingOn);
        if (t->waitingOn != kNoId &&
            std::find(m_deadlock.resources.begin(), m_deadlock.resources.end(), t->waitingOn) ==
                m_deadlock.resources.end())
            m_deadlock.resources.push_back(t->waitingOn);
    }
    endRun(Verdict::Deadlock, "every live task is blocked and no timer is pending");
}

// A wait-for cycle through `start`: start waits for a resource held by a task that waits for a
// resource held by ... start. Found cycles end the run at once.
bool Runtime::findCycle(TaskId start, bool acrossProcesses) {
    // Most blocks (a get on an empty queue, a sleep-like wait) wait on a resource nobody holds:
    // no cycle, and no need to allocate the search's vectors (bench_scheduler's hot path).
    const SimTask& first = task(start);
    if (first.state != TaskState::Blocked || first.deadlineNs >= 0 || first.waitingOn == kNoId ||
        m_resources[first.waitingOn].holders.empty())
        return false;
    std::vector<TaskId> path{start};
    std::vector<ResourceId> via;
    std::vector<char> seen(m_tasks.size(), 0);
    // Depth-first over (task -> resource it waits on -> its holders).
    struct Frame {
        TaskId task;
        size_t next;
    };
    std::vector<Frame> stack{{start, 0}};
    seen[start] = 1;
    while (!stack.empty()) {
        Frame& f = stack.back();
        const SimTask& t = task(f.task);
        // A wait with a timeout ends by itself: it closes no deadlock (lock.acquire(timeout=1)).
        ResourceId r = t.state == TaskState::Blocked && t.deadlineNs < 0 ? t.waitingOn : kNoId;
        const std::vector<TaskId>* holders = r != kNoId ? &m_resources[r].holders : nullptr;
        if (!holders || f.next >= holders->size()) {
            stack.pop_back();
            path.pop_back();
            if (!via.empty()) via.pop_back();
            continue;
        }
        TaskId h = (*holders)[f.next++];
        if (h == start) {
            via.push_back(r);
            m_deadlock = DeadlockInfo{};
            m_deadlock.cycle = true;
            m_deadlock.tasks = path;
            m_deadlock.resources = via;
            m_deadlock.waits = via;
            std::string names;
            for (TaskId id : path) names += (names.empty() ? "" : ", ") + task(id).name;
            endRun(Verdict::Deadlock, "wait-for cycle between " + names);
            return true;
        }
        if (h >= seen.size() || seen[h] || (task(h).proc->remote && !acrossProcesses)) continue;
        seen[h] = 1;
        via.push_back(r);
        path.push_back(h);
        stack.push_back({h, 0});
    }
    return false;
}

}  // namespace il::rt
