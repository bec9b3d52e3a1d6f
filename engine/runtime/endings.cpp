// How threads, processes and the run end: a thread's end wakes its joiners; the main thread's
// end starts Python's shutdown (wait for non-daemon threads, then multiprocessing's exit
// handling of child processes); a process's end stops its remaining (daemon) threads.

#include <signal.h>

#include <algorithm>

#include "engine/runtime/native_state.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

using trace::TaskState;


// stopThread() takes a thread out of every queue, timer and core and records its end.
void Runtime::stopThread(SimTask& t, int64_t ns, bool failed) {
    removeWaiter(t);
    ++t.timerGen;
    t.workLeftNs = 0;
    leaveCore(t, ns);
    m_ready.erase(std::remove(m_ready.begin(), m_ready.end(), t.id), m_ready.end());
    t.failed = t.failed || failed;
    setState(t, t.failed ? TaskState::Failed : TaskState::Done, ns);
    m_rec.record(uint64_t(stamp(ns)), trace::EventKind::TaskEnded, t.id, kNoId, uint64_t(t.failed ? 1 : 0));
}

void Runtime::finishThread(SimTask& t, int64_t ns, bool failed) {
    gilRelease(t, ns, false);  // the next waiter takes it
    stopThread(t, ns, failed);
    if (t.joinRes != kNoId) {
        setWaitHolders(t.joinRes, {}, ns);
        wakeAllAt(t.joinRes, t.id, ns);
    }
    SimProcess& p = *t.proc;
    if (p.ended) return;
    if (t.isMain) {
        t.inShutdown = true;
        // The main thread's record stays "blocked on join" while Python waits for the others;
        // it is re-marked Done when the process ends.
        continueShutdown(t, ns);
        return;
    }
    SimTask& main = task(p.mainThread);
    if (main.inShutdown && main.waitingOn == kNoId) continueShutdown(main, ns);
}

// The main thread has run its code: like threading._shutdown it waits for every non-daemon
// thread; then (main process) multiprocessing's exit handler terminates daemon children and
// joins the others; then the process ends.
void Runtime::continueShutdown(SimTask& main, int64_t ns) {
    SimProcess& p = *main.proc;
    for (TaskId id : p.threads) {
        SimTask& th = task(id);
        if (th.isMain || th.daemon || th.state == TaskState::Done || th.state == TaskState::Failed ||
            th.state == TaskState::New)
            continue;
        if (th.joinRes == kNoId) {
            th.joinRes = newResource(trace::ResourceKind::Join, "join " + th.name);
            setWaitHolders(th.joinRes, {th.id}, ns);
        }
        setState(main, TaskState::Blocked, ns, th.joinRes);
        main.waitingOn = th.joinRes;
        m_resources[th.joinRes].waiters.push_back(main.id);
        return;
    }
    for (uint32_t c : p.children) {
        SimProcess& child = *m_procs[c];
        if (child.ended || !child.daemon) continue;
        terminate(c, 15, main.id);
    }
    for (uint32_t c : p.children) {
        SimProcess& child = *m_procs[c];
        if (child.ended || child.detached || child.forked) continue;  // not multiprocessing's: they live on
        setWaitHolders(child.joinRes, {child.mainThread}, ns);
        setState(main, TaskState::Blocked, ns, child.joinRes);
        main.waitingOn = child.joinRes;
        m_resources[child.joinRes].waiters.push_back(main.id);
        return;
    }
    endProcess(p, ns);
}

void Runtime::endProcess(SimProcess& p, int64_t ns) {
    if (p.ended) return;
    p.ended = true;
    for (TaskId id : p.threads) {
        SimTask& th = task(id);
        if (th.state == TaskState::Done || th.state == TaskState::Failed) continue;
        // Daemon threads (and, for a terminated process, every thread) simply stop; the GIL
        // ends with the process, nobody takes it over.
        if (p.gil.holder == th.id) {
            p.gil.holder = kNoId;
            m_resources[p.gil.res].holders.clear();
            m_rec.record(uint64_t(stamp(ns)), trace::EventKind::GilDropped, th.id, p.gil.res, 0);
        }
        stopThread(th, ns, th.isMain && p.mainRaised);
    }
    p.gil.waiters.clear();
    SimTask& pt = task(p.task);
    bool failed = p.exitCode != 0;
    setState(pt, failed ? TaskState::Failed : TaskState::Done, ns);
    m_rec.record(uint64_t(stamp(ns)), trace::EventKind::TaskEnded, pt.id, kNoId, uint64_t(int64_t(p.exitCode)));
    if (p.joinRes != kNoId) {  // none for a descendant's record (adoptRemoteProcess)
        setWaitHolders(p.joinRes, {}, ns);
        wakeAllAt(p.joinRes, p.mainThread, ns);
    }
    if (p.parent != UINT32_MAX) {  // os.wait() in its parent
        const ResourceId waitRes = m_procs[p.parent]->waitRes;
        if (waitRes != kNoId) {
            std::vector<TaskId> running = m_resources[waitRes].holders;
            std::erase(running, p.mainThread);
            setWaitHolders(waitRes, std::move(running), ns);
            if (!m_resources[waitRes].waiters.empty()) wakeAllAt(waitRes, p.mainThread, ns);
        }
    }
    // Its pipe ends close with it: receivers elsewhere re-check for EOF (natives/pipe.cpp).
    for (ResourceId id : m_pipes)
        if (!m_resources[id].waiters.empty()) wakeAllAt(id, p.mainThread, ns);
    // Its live children become orphans: as on Linux (no subreaper), init adopts them, so
    // os.getppid() in an orphan answers 1 from now on.
    for (uint32_t c : p.children) {
        SimProcess& child = *m_procs[c];
        if (child.ended) continue;
        child.ppid = kInitPid;
        if (child.vm) child.vm->ppid = kInitPid;
    }
    if (m_native && p.index == m_native->self && m_native->selfEnded)
        m_native->selfEnded->store(1, std::memory_order_release);
    if (p.index == 0 || m_procs[0]->ended) endRunAfterOrphans();
}

// The run ends with its first process, or once the children of os.fork() that outlived their
// parents (orphans, adopted by init) have ended too, as they go on in a shell after the script.
void Runtime::endRunAfterOrphans() {
    for (const auto& q : m_procs)
        if (q->forked && !q->ended) return;
    endRun(m_procs[0]->mainRaised ? Verdict::Error : Verdict::Ok, "");
}

void Runtime::terminate(uint32_t index, int signal, TaskId by) {
    SimProcess& p = *m_procs[index];
    if (p.ended) return;
    if (p.remote) {  // a real process: it ends when it gets the signal (reaped: native_fork.cpp)
        if (p.pid > 0) ::kill(pid_t(p.pid), signal);
        return;
    }
    p.exitCode = -signal;
    for (TaskId id : p.threads) task(id).failed = true;
    endProcess(p, by != kNoId ? liveNs(task(by)) : m_now);
}

void Runtime::endRun(Verdict v, std::string message) {
    if (m_verdict != Verdict::Running) return;
    m_verdict = v;
    m_verdictMessage = std::move(message);
}

}  // namespace il::rt
