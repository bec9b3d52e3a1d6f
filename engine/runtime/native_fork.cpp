// Script processes of a native run are real child processes made by fork() (DESIGN §4).
//
// Why fork and not a spawn of the interleave binary: the sim already gives a new process a
// copy of its parent's modules, __main__ and Process object (as CPython's default start method
// on Linux, fork, does); fork() gives that copy and more (the whole heap, generators and all, as
// CPython's fork does), with real copy-on-write, and the child needs nothing sent to it: no
// pickling of the Process object, no re-import of the script, no deep copy. The cost is fork's
// usual one: only the forking thread lives on in the child. That thread holds the runtime lock
// and its process's GIL at the time (a native of the parent's thread is running), so the model
// and the heap are consistent; the child keeps the records of the parent's threads (their
// frames stay roots of its heap, never run) and runs its own.
//
// The child keeps the model (it is the same program), runs its process's threads on OS threads
// of its own, and sends what it records to the parent over the events pipe (native_link.hpp);
// the parent gives the child's new tasks and resources ids of its own trace and follows the
// states of the child's tasks, so its panels show every process. Objects of the multiprocessing
// module made before the fork are not shared with the child yet: using one there raises
// NotImplementedError (threading objects are copies in a forked child, as in CPython).

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "engine/runtime/native_link.hpp"
#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/runtime.hpp"
#include "engine/vm/fork_frames.hpp"

namespace il::rt {

void appendMessage(std::string& out, LinkMessage kind, std::string_view a, std::string_view b) {
    LinkHeader h{kind, uint32_t(a.size() + b.size())};
    out.append(bytesOf(h)).append(a).append(b);
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(size_t(n));
    }
    return true;
}

bool writeMessage(int fd, LinkMessage kind, std::string_view a, std::string_view b) {
    std::string buf;
    appendMessage(buf, kind, a, b);
    return writeAll(fd, buf);
}

// fork() copies only the forking thread: whatever another thread was in the middle of changing
// is copied half-changed. glibc's malloc guards itself (it holds every arena across a fork), and
// so do our own pools (pthread_atfork), but AddressSanitizer's allocator (GCC 12's) does not: a
// child could wait for ever on an allocator lock that another thread held at the fork. So no
// thread of this process may be allocating when it forks. The forking thread holds the runtime
// lock, and every thread of ours allocates only while it holds that lock (the trace's ChunkSupply
// helper never allocates once started, which its constructor waits for), except while it starts
// (waited for here, see NativeState::starting) or ends (a thread done with the model is joined
// here). A window's own thread is the one exception left (docs/architecture.md §6.1).
void Runtime::settleThreadsForFork() {
    NativeState& ns = *m_native;
    for (TaskId id : ns.unjoined)  // not a pass over every thread record: a start grew with them
        if (std::thread& os = ns.threads[id]->os; os.joinable()) os.join();
    ns.unjoined.clear();
    while (ns.starting.load(std::memory_order_acquire) != 0) std::this_thread::yield();
}

bool Runtime::nativeFork(SimProcess& child, const ForkedStart& start) {
    NativeState& ns = *m_native;
    // The run's control pipe: made by the process running the run before its first fork; every
    // process forked from then on, at any depth, inherits its reading end.
    if (ns.cancel) return false;
    if (ns.control[0] < 0 && ::pipe2(ns.control, O_CLOEXEC) != 0) return false;
    if (!nativeStartChildReader()) return false;
    ns.shareSelfEnded();  // null if it could not: its orphans then ask the kernel
    int events[2];
    if (::pipe2(events, O_CLOEXEC) != 0) return false;
    auto link = std::make_unique<ChildLink>();
    link->proc = child.index;
    RemoteIds& ids = ns.remoteIds[child.index];
    ids.taskBase = m_rec.nextTaskId();
    ids.resourceBase = ResourceId(m_resources.size());
    link->ids = &ids;
    settleThreadsForFork();
    // Joins read most children's exits: the reader reaps them when woken, on the supervisor's
    // tick, or here once there are enough to be worth a wake-up in between.
    if (ns.joinedExits.size() >= ExitedChildren::kCapacity / 2) nativeWakeChildReader();
    ns.linkFds.lock();
    pid_t pid = ::fork();
    ns.linkFds.unlock();  // in the child too: its only thread is the one that locked it
    if (pid == 0) {
        ::close(events[0]);
        nativeChildMain(child, start, events[1]);
    }
    ::close(events[1]);
    // The reader takes all a child has sent in one wake-up, reading until the pipe is empty.
    (void)::fcntl(events[0], F_SETFL, O_NONBLOCK);
    if (pid < 0) {
        ::close(events[0]);
        return false;
    }
    link->pid = pid;
    link->eventsFd = events[0];
    if (!nativeWatchChild(link)) {  // nobody would read or reap it
        const int err = errno;
        ::kill(pid, SIGKILL);
        while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        ::close(events[0]);
        errno = err;
        return false;
    }
    child.remote = true;
    setProcessPid(child, pid, ::getpid());
    if (ns.isChild) {  // how the run's process will read the new child's ids, should it be orphaned
        const DescendantIds d{int32_t(pid), 0, ids.taskBase, ids.resourceBase};
        appendMessage(ns.pendingUp, LinkMessage::Bases, bytesOf(d));
    }
    return true;
}

// The child runs on its copy of its parent's heap, as a forked CPython does: nobody made a deep
// copy. The fresh Vm the parent made for its record of the child goes to the parent's record,
// which nothing here runs. What is counted per process starts again.
void Runtime::nativeTakeParentHeap(SimProcess& child) {
    std::swap(child.vm, m_procs[child.parent]->vm);
    vm::Vm& vm = *child.vm;
    vm.heap().countAllAsLive();  // the parent's garbage is not this process's to sweep
    vm.instructionsExecuted = 0;
    vm.limitHit = vm::LimitKind::None;
    vm.limitMessage.clear();
    seedRandom(child);
    SimTask& main = task(child.mainThread);
    main.vt = std::make_unique<vm::Task>(vm, main.name);
    main.vt->runtimeData = &main;
    main.vt->id = main.id;
}

[[noreturn]] void Runtime::nativeChildMain(SimProcess& child, const ForkedStart& start, int eventsFd) {
    NativeState& ns = *m_native;
    ns.lock.resetAfterFork();
    const TaskId forker = m_running ? m_running->id : kNoId;
    m_running = nullptr;  // the parent's thread that forked runs nothing here
    // The parent's OS threads do not exist here: their std::thread objects are left alone,
    // never joined nor destroyed (that would abort), and so are the parent's child links.
    // Condition variables copied in the middle of the parent's waits are unusable: they are
    // left behind (leaked) and replaced; only the forking process's threads still running had
    // any. Leaked, not freed: a free would copy the page it lies in (copy-on-write).
    for (TaskId id : m_procs[child.parent]->threads) {
        std::unique_ptr<NativeThread>& nt = ns.threads[id];
        if (!nt || nt->finished) continue;  // finished ones were joined before the fork
        (void)nt.release();  // leaked on purpose, std::thread and all
        nt = std::make_unique<NativeThread>();
    }
    (void)ns.supervisor.release();  // leaked on purpose
    ns.supervisor = std::make_unique<std::condition_variable_any>();
    (void)ns.chunks.release();  // leaked on purpose: its helper thread is the parent's
    m_log.useSupply(nullptr);
    for (auto& l : ns.children) {
        if (l->eventsFd >= 0) ::close(l->eventsFd);
        (void)l.release();  // leaked on purpose
    }
    ns.children.clear();
    (void)ns.childReader.release();  // leaked on purpose: the thread is the parent's
    for (int& fd : ns.readerWake)
        if (fd >= 0) ::close(std::exchange(fd, -1));
    if (ns.childPoll >= 0) ::close(std::exchange(ns.childPoll, -1));
    if (ns.adoptListen >= 0) ::close(std::exchange(ns.adoptListen, -1));  // the run's process's
    if (ns.parentFd >= 0) ::close(ns.parentFd);
    ns.parentFd = eventsFd;
    ns.pendingUp.clear();
    ns.adopted = false;
    ns.isChild = true;
    ns.tickerStarted = false;  // the parent's, if it had one, is not here
    ns.reportedStalled = false;
    ns.shippedEvents = m_log.size();
    ns.forkResourceBase = ResourceId(m_resources.size());
    // Here the parent is the remote one. Every other started process already was remote in the
    // parent (it was forked); one never started runs nowhere, so its flag may stay. Two writes,
    // not a pass over every record (each record read is a cache miss: 1000 starts took 2x).
    child.remote = false;
    m_procs[child.parent]->remote = true;
    m_log.continueForked();  // the parent's events read zero here
    if (start.command)  // exec's part: only its own stdin, stdout and stderr stay open
        natives::closeInheritedPipes(*this, child.index, start.keepPipes);
    else
        nativeTakeParentHeap(child);
    // The thread that forked goes on as this process's main thread: the threading locks it held
    // (copies, as everything here), that one holds. Only what it held is written.
    if (!start.command && forker != kNoId)
        for (ResourceId id : m_threadingPrimitives) {
            Resource& r = m_resources[id];
            if (r.owner == forker) r.owner = child.mainThread;
            std::replace(r.holders.begin(), r.holders.end(), forker, child.mainThread);
        }
    setProcessPid(child, ::getpid(), ::getppid());
    // Output goes to the parent, or, once the parent has died (an orphan, adopted by init, lives
    // on as in Python), to the run's process (orphaned()), or if that fails straight to the
    // descriptors it inherited.
    ::signal(SIGPIPE, SIG_IGN);
    // terminate() is SIGTERM, which ends a Python process: not a handler its host installed
    // (a test framework's crash report, say) that it inherited with the fork.
    ::signal(SIGTERM, SIG_DFL);
    m_out = [this](std::string_view t) { sendOrWrite(LinkMessage::Stdout, t, 1); };
    m_err = [this](std::string_view t) { sendOrWrite(LinkMessage::Stderr, t, 2); };
    if (ns.control[1] >= 0) ::close(ns.control[1]);  // only the run's own process may hold it
    ns.control[1] = -1;
    ns.self = child.index;
    ns.selfStartNs = ns.nowNs();
    ns.parentEnded = std::exchange(ns.selfEnded, nullptr);  // the parent's; its own at its first fork

    // The forking thread runs the main thread itself, then supervises until the process ends: a
    // child that ends within a tick starts no OS thread at all (each was ~80 us of a start and
    // made every copy-on-write fault a cross-core TLB flush). Until then a ticker thread
    // supervises, started once the main thread waits or has run for a tick (nativeThreadMain).
    std::unique_lock lk(ns.lock, std::adopt_lock);  // held since the parent's thread forked
    SimTask& main = task(child.mainThread);
    bool started = start.command;
    if (start.frames) {  // os.fork(): the forking thread's frames go on as the main thread's
        std::vector<vm::Value> values;
        vm::frameValues(*start.frames, values);
        vm::copyFrames(*start.frames, *main.vt, values.data());
        started = true;
    } else if (!start.command) {
        started = bootProcess(child, main, start.bootstrap, ns.nowNs());
    }
    if (started) {
        makeRunnable(main, ns.nowNs(), kNoId);
        lk.unlock();
        nativeThreadMain(main.id);
        lk.lock();
    }
    nativeSuperviseChild(lk);
    (void)lk.release();  // held until the process exits
    nativeExitChild();
}

[[noreturn]] void Runtime::nativeExitChild() {
    NativeState& ns = *m_native;
    SimProcess& child = *m_procs[ns.self];
    std::string last;  // sent after the last events, in the same write
    if (m_verdict != Verdict::Running && !child.ended) {
        std::string body(1, char(m_verdict));
        body += char(m_deadlock.cycle ? 1 : 0);
        body += m_verdictMessage;
        appendMessage(last, LinkMessage::Verdict, body);
    }
    const int32_t code = child.ended ? child.exitCode : 1;
    // A subprocess child, or one of os.fork(), lives on (an orphan) until the run ends.
    for (auto& l : ns.children)
        if (l->pid > 0 && !l->orphan && !m_procs[l->proc]->detached && !m_procs[l->proc]->forked)
            ::kill(l->pid, SIGKILL);
    // The parent ends this process's record, and wakes its join, on this message: the end of
    // file comes only once the kernel has torn this copy of the parent's address space down
    // (~200 us), which then no longer holds the parent up. The parent still reaps it then.
    appendMessage(last, LinkMessage::Exited, bytesOf(code));
    nativeShip(last);
    nativeRelayForkedChildren();
    ns.cancel = true;
    // Reaped here, so that nothing is left for init to reap: the children killed above, and
    // those of os.fork() (still running only if the run is over: they die with it).
    for (auto& l : ns.children) {
        if (l->orphan || m_procs[l->proc]->detached) continue;
        const int pid = l->pid.exchange(-1);  // the reader reaps no more of them
        if (pid <= 0) {  // the reader is reaping it (without the lock), or has: let it finish
            while (!l->finished.load()) ::sched_yield();
            continue;
        }
        if (!l->exited) ::kill(pid, SIGKILL);
        while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    // A pipe's wake-up is a "sync" one: it queued the parent's reader on this core, where the
    // teardown would run first. Let the reader have it.
    ::sched_yield();
    ::_exit(code & 0xff);
}

// A child of os.fork() outlives its parent (an orphan, as in Python), and what it sends comes
// through this process's pipes: this OS process, ended in the model (its children's
// os.getppid() answers 1), stays and relays until they have ended, or the run has. Leaving at
// once lost what they had written to it and not been read, their end with it: the run's
// process never learnt that they had ended. Called with the lock held, which it lets the
// reader take meanwhile.
void Runtime::nativeRelayForkedChildren() {
    NativeState& ns = *m_native;
    std::unique_lock lk(ns.lock, std::adopt_lock);
    // A forked child is done once it said it exited with nothing left to relay (its own forked
    // children done: nativeMayRelay), or once it was reaped.
    const auto liveForked = [this, &ns] {
        for (const auto& l : ns.children)
            if (!l->orphan && m_procs[l->proc]->forked && !l->finished && !(l->exited && !l->relays)) return true;
        return false;
    };
    while (liveForked()) {
        pollfd control{ns.control[0], POLLIN, 0};
        if (control.fd >= 0 && ::poll(&control, 1, 0) > 0) break;  // the run is over
        ns.supervisor->wait_for(lk, std::chrono::milliseconds(2));
        nativeCheckStalled();  // for them: the run's deadlock check counts on it
    }
    (void)lk.release();
}

// Whether the child of `l`, which said it exited, may still send: what its forked descendants
// send comes through it while they live (nativeRelayForkedChildren). Its pipe then stays open
// until its end of file.
bool Runtime::nativeMayRelay(const ChildLink& l) const {
    if (m_forks == 0 && !m_native->adoptedForked) return false;  // no os.fork() anywhere below (under the lock)
    for (const auto& q : m_procs) {
        if (!q->forked || q->ended) continue;
        for (uint32_t a = q->parent; a < m_procs.size(); a = m_procs[a]->parent)
            if (a == l.proc) return true;
    }
    return false;
}

void Runtime::nativeStartTicker() {
    NativeState& ns = *m_native;
    ns.tickerStarted = true;
    ns.spawnThread([this] {
          std::unique_lock lk(m_native->lock);
          nativeSuperviseChild(lk);
      }).detach();  // never joined: the process exits with _exit
}

// A forked child's supervising, every tick until the process ends or the run has a verdict: the
// run's end (the control pipe's end of file: the runner's teardown, or its death, however it
// died; never written, so readable is end of file), its events to the parent, the deadlock check.
void Runtime::nativeSuperviseChild(std::unique_lock<NativeLock>& lk) {
    NativeState& ns = *m_native;
    while (m_verdict == Verdict::Running && !m_procs[ns.self]->ended) {
        ns.supervisor->wait_for(lk, std::chrono::nanoseconds(m_settings.forkedTickNs));
        if (m_procs[ns.self]->ended) break;  // its exit (nativeExitChild) reaps its children first
        pollfd control{ns.control[0], POLLIN, 0};
        if (control.fd >= 0 && ::poll(&control, 1, 0) > 0) ::kill(::getpid(), SIGKILL);
        // Its parent was killed (adopted: the kernel names another parent now): it tells the
        // run's process at once, not at its next write. Till then the run could not know it
        // lives, and took a sleeping orphan's silence for a stall.
        if (!ns.adopted && ::getppid() != m_procs[ns.self]->ppid) orphaned();
        nativeShip();
        nativeCheckStalled();
        if (!ns.joinedExits.empty()) nativeWakeChildReader();  // it reaps them
    }
}

// The child sends every event recorded since it last sent, with its text, then `after` (whole
// messages), in one write.
void Runtime::nativeShip(std::string_view after) {
    NativeState& ns = *m_native;
    if (ns.parentFd < 0) {  // an orphan the run's process could not take: nobody to tell
        ns.shippedEvents = m_log.size();
        return;
    }
    std::string& batch = ns.shipBuffer;
    batch.clear();
    for (; ns.shippedEvents < m_log.size(); ++ns.shippedEvents) {
        const trace::Event& e = m_log.at(ns.shippedEvents);
        std::string_view text = e.aux ? m_log.strings().get(e.aux) : std::string_view{};
        appendMessage(batch, LinkMessage::Event, bytesOf(e), text);
    }
    batch.append(ns.pendingUp);
    ns.pendingUp.clear();
    batch.append(after);
    if (!batch.empty()) (void)sendUp(batch);
}

// sendUp() writes `bytes` to the parent or, once the parent has gone, to the run's process
// (orphaned()); false if neither takes them.
bool Runtime::sendUp(std::string_view bytes) {
    for (int attempt = 0; attempt < 2 && m_native->parentFd >= 0; ++attempt) {
        if (writeAll(m_native->parentFd, bytes)) return true;
        orphaned();
    }
    return false;
}

// The parent died (it was terminated): this process lives on as an orphan until the run ends,
// sending to the run's process from now on if it can (nativeConnectAsOrphan), else to nobody.
void Runtime::orphaned() {
    NativeState& ns = *m_native;
    if (ns.parentFd >= 0) ::close(ns.parentFd);
    ns.parentFd = -1;
    nativeConnectAsOrphan();
}

void Runtime::sendOrWrite(LinkMessage kind, std::string_view text, int fd) {
    std::string message;
    appendMessage(message, kind, text);
    if (!sendUp(message)) (void)writeAll(fd, text);
}

}  // namespace il::rt
