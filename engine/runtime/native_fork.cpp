// Script processes of a native run are real child processes made by fork() (DESIGN §4).
//
// Why fork and not a spawn of the interleave binary: the sim already gives a new process a
// copy of its parent's modules, __main__ and Process object (as CPython's default start method
// on Linux, fork, does); fork() gives exactly that copy, for free, with real copy-on-write, and
// the child needs nothing sent to it: no pickling of the Process object, no re-import of the
// script. The cost is fork's usual one: only the forking thread lives on in the child. That
// thread holds the runtime lock at the time (a native of the parent's thread is running), so the
// model is consistent; the child drops every record of the parent's threads and runs its own.
//
// The child keeps the model (it is the same program), runs its process's threads on OS threads
// of its own, and sends what it records to the parent over the events pipe (native_link.hpp);
// the parent gives the child's new tasks and resources ids of its own trace and follows the
// states of the child's tasks, so its panels show every process. Objects of the multiprocessing
// module made before the fork are not shared with the child yet: using one there raises
// NotImplementedError (threading objects are copies in a forked child, as in CPython).

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "engine/runtime/native_link.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

namespace {
// A child's messages are mostly trace events of a few dozen bytes; longer output grows the buffer.
constexpr size_t kLinkBufferBytes = 4096;
}  // namespace

using trace::EventKind;
using trace::TaskState;

bool writeMessage(int fd, LinkMessage kind, std::string_view a, std::string_view b) {
    LinkHeader h{kind, uint32_t(a.size() + b.size())};
    std::string buf(sizeof h, '\0');
    std::memcpy(buf.data(), &h, sizeof h);
    buf.append(a).append(b);
    size_t done = 0;
    while (done < buf.size()) {
        ssize_t n = ::write(fd, buf.data() + done, buf.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += size_t(n);
    }
    return true;
}

bool readExactly(int fd, void* into, size_t n) {
    auto* p = static_cast<char*>(into);
    while (n > 0) {
        ssize_t got = ::read(fd, p, n);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        p += got;
        n -= size_t(got);
    }
    return true;
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
    for (auto& nt : ns.threads)
        if (nt && nt->finished && nt->os.joinable()) nt->os.join();
    for (auto& l : ns.children)
        if (l->finished && l->reader.joinable()) l->reader.join();
    while (ns.starting.load(std::memory_order_acquire) != 0) std::this_thread::yield();
}

bool Runtime::nativeFork(SimProcess& child) {
    NativeState& ns = *m_native;
    // The run's control pipe: made by the process running the run before its first fork; every
    // process forked from then on, at any depth, inherits its reading end.
    if (ns.cancel) return false;
    if (ns.control[0] < 0 && ::pipe2(ns.control, O_CLOEXEC) != 0) return false;
    int events[2];
    if (::pipe2(events, O_CLOEXEC) != 0) return false;
    auto link = std::make_unique<ChildLink>();
    link->proc = child.index;
    link->taskBase = m_rec.nextTaskId();
    link->resourceBase = ResourceId(m_resources.size());
    link->buffer.resize(kLinkBufferBytes);
    settleThreadsForFork();
    pid_t pid = ::fork();
    if (pid == 0) {
        ::close(events[0]);
        nativeChildMain(child, events[1]);
    }
    ::close(events[1]);
    if (pid < 0) {
        ::close(events[0]);
        return false;
    }
    link->pid = pid;
    link->eventsFd = events[0];
    child.remote = true;
    setProcessPid(child, pid, ::getpid());
    ChildLink* l = link.get();
    ns.children.push_back(std::move(link));
    l->reader = ns.spawnThread([this, l] { nativeReadChild(*l); });
    return true;
}

[[noreturn]] void Runtime::nativeChildMain(SimProcess& child, int eventsFd) {
    NativeState& ns = *m_native;
    ns.lock.resetAfterFork();
    m_running = nullptr;  // the parent's thread that forked runs nothing here
    // The parent's OS threads do not exist here: their std::thread objects are left alone,
    // never joined nor destroyed (that would abort), and so are the parent's child links.
    // Condition variables copied in the middle of the parent's waits are unusable: they are
    // left behind (leaked) and replaced.
    for (auto& nt : ns.threads) {
        if (!nt) continue;
        (void)nt.release();  // leaked on purpose, std::thread and all
        nt = std::make_unique<NativeThread>();
    }
    (void)ns.supervisor.release();  // leaked on purpose
    ns.supervisor = std::make_unique<std::condition_variable_any>();
    (void)ns.chunks.release();  // leaked on purpose: its helper thread is the parent's
    m_log.useSupply(nullptr);
    for (auto& l : ns.children) {
        ::close(l->eventsFd);
        if (l->reader.joinable()) new std::thread(std::move(l->reader));  // leaked on purpose
    }
    ns.children.clear();
    if (ns.parentFd >= 0) ::close(ns.parentFd);
    ns.parentFd = eventsFd;
    ns.isChild = true;
    ns.reportedStalled = false;
    ns.shippedEvents = m_log.size();
    ns.forkResourceBase = ResourceId(m_resources.size());
    for (auto& p : m_procs) p->remote = p.get() != &child;
    setProcessPid(child, ::getpid(), ::getppid());
    // Output goes to the parent, or, once the parent has died (an orphan, adopted by init, lives
    // on as in Python), straight to the descriptors it inherited.
    ::signal(SIGPIPE, SIG_IGN);
    m_out = [this](std::string_view t) { sendOrWrite(LinkMessage::Stdout, t, 1); };
    m_err = [this](std::string_view t) { sendOrWrite(LinkMessage::Stderr, t, 2); };
    if (ns.control[1] >= 0) ::close(ns.control[1]);  // only the run's own process may hold it
    ns.control[1] = -1;
    // The control pipe's end of file is the end of the run (the runner's teardown, or its death,
    // however it died).
    ns.spawnThread([fd = ns.control[0]] {
          char c;
          while (::read(fd, &c, 1) < 0 && errno == EINTR) {
          }
          ::kill(::getpid(), SIGKILL);
      }).detach();

    std::unique_lock lk(ns.lock, std::adopt_lock);  // held since the parent's thread forked
    SimTask& main = task(child.mainThread);
    makeRunnable(main, ns.nowNs(), kNoId);
    launch(main);
    while (m_verdict == Verdict::Running && !child.ended) {
        ns.supervisor->wait_for(lk, std::chrono::milliseconds(10));
        nativeShip();
        nativeCheckStalled();
    }
    nativeShip();
    if (m_verdict != Verdict::Running && !child.ended) {
        std::string body(1, char(m_verdict));
        body += char(m_deadlock.cycle ? 1 : 0);
        body += m_verdictMessage;
        if (ns.parentFd >= 0) writeMessage(ns.parentFd, LinkMessage::Verdict, body);
    }
    int code = child.ended ? child.exitCode : 1;
    ns.cancel = true;
    for (auto& l : ns.children)
        if (l->pid > 0) ::kill(l->pid, SIGKILL);
    ::_exit(code & 0xff);
}

// The child sends every event recorded since it last sent, with its text.
void Runtime::nativeShip() {
    NativeState& ns = *m_native;
    for (; ns.shippedEvents < m_log.size(); ++ns.shippedEvents) {
        const trace::Event& e = m_log.at(ns.shippedEvents);
        std::string_view text = e.aux ? m_log.strings().get(e.aux) : std::string_view{};
        std::string_view raw(reinterpret_cast<const char*>(&e), sizeof e);
        if (ns.parentFd < 0) continue;  // an orphan: nobody to tell
        if (!writeMessage(ns.parentFd, LinkMessage::Event, raw, text)) orphaned();
    }
}

// The parent died (it was terminated): this process lives on as an orphan until the run ends.
void Runtime::orphaned() {
    NativeState& ns = *m_native;
    if (ns.parentFd >= 0) ::close(ns.parentFd);
    ns.parentFd = -1;
}

void Runtime::sendOrWrite(LinkMessage kind, std::string_view text, int fd) {
    if (m_native->parentFd >= 0 && writeMessage(m_native->parentFd, kind, text)) return;
    orphaned();
    while (!text.empty()) {
        ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        text.remove_prefix(size_t(n));
    }
}

void Runtime::nativeReadChild(ChildLink& l) {
    for (;;) {
        LinkHeader h{};
        if (!readExactly(l.eventsFd, &h, sizeof h)) break;
        if (l.buffer.size() < h.length) {  // allocating only under the lock (settleThreadsForFork)
            std::lock_guard g(m_native->lock);
            l.buffer.resize(h.length);
        }
        if (h.length > 0 && !readExactly(l.eventsFd, l.buffer.data(), h.length)) break;
        std::string_view body(l.buffer.data(), h.length);
        std::lock_guard g(m_native->lock);
        switch (h.kind) {
        case LinkMessage::Event:
            if (body.size() >= sizeof(trace::Event)) {
                trace::Event e;
                std::memcpy(&e, body.data(), sizeof e);
                nativeApplyChildEvent(l, e, body.substr(sizeof e));
            }
            break;
        case LinkMessage::Stdout:
        case LinkMessage::Stderr: {
            const OutputRoute& r = h.kind == LinkMessage::Stdout ? m_procs[l.proc]->out : m_procs[l.proc]->err;
            if (admitOutput(r, body.size())) (h.kind == LinkMessage::Stdout ? m_out : m_err)(body);
            break;
        }
        case LinkMessage::Stalled:  // the child's answer changed, or it moved: the grace period starts again
            if (!body.empty()) l.stalled = body[0] != 0;
            m_native->lastChangeNs = m_native->nowNs();
            break;
        case LinkMessage::Verdict:
            if (body.size() >= 2) {
                m_deadlock = DeadlockInfo{};
                m_deadlock.cycle = body[1] != 0;
                endRun(Verdict(uint8_t(body[0])),
                       std::string(body.substr(2)) + " (in process " + m_procs[l.proc]->name + ")");
            }
            break;
        }
    }
    // Wait for the exit without reaping, so that the pid stays the child's (and teardown's kill
    // cannot hit another process) until the lock is held.
    siginfo_t info{};
    while (::waitid(P_PID, id_t(l.pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
    }
    std::lock_guard g(m_native->lock);
    int status = 0;
    while (::waitpid(l.pid, &status, 0) < 0 && errno == EINTR) {
    }
    l.pid = -1;
    l.finished = true;
    SimProcess& p = *m_procs[l.proc];
    p.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : 1;
    if (WIFSIGNALED(status))
        for (TaskId id : p.threads) task(id).failed = true;
    endProcess(p, m_native->nowNs());
    m_native->supervisor->notify_one();
}

void Runtime::nativeApplyChildEvent(ChildLink& l, trace::Event e, std::string_view text) {
    auto mapTask = [&l](TaskId id) {
        if (id == kNoId || id < l.taskBase) return id;
        auto it = l.tasks.find(id);
        return it == l.tasks.end() ? kNoId : it->second;
    };
    auto mapResource = [&l](ResourceId id) {
        if (id == kNoId || id < l.resourceBase) return id;
        auto it = l.resources.find(id);
        return it == l.resources.end() ? kNoId : it->second;
    };
    SimProcess& child = *m_procs[l.proc];
    if (e.kind == EventKind::TaskCreated) {
        auto kind = trace::TaskKind(e.value & 0xff);
        l.tasks[e.task] = adoptRemoteTask(kind, std::string(text), child, mapTask(e.object), int64_t(e.timeNs), e.value >> 8);
        return;
    }
    if (e.kind == EventKind::ResourceCreated) {
        l.resources[e.object] = newResource(trace::ResourceKind(e.value), std::string(text), e.line);
        return;
    }
    e.task = mapTask(e.task);
    // The process's own record ends when the parent reaps it, with the exit status it sees.
    if (e.task == child.task || e.task == kNoId) return;
    e.object = e.kind == EventKind::TaskState && e.state != TaskState::Blocked ? e.object : mapResource(e.object);
    if (e.kind == EventKind::TaskState) {
        if (e.state != TaskState::Sleeping && e.value > 0) e.value = uint64_t(mapTask(TaskId(e.value - 1))) + 1;
        SimTask& t = task(e.task);
        accountState(t, e.state, int64_t(e.timeNs));
        t.waitingOn = e.state == TaskState::Blocked ? e.object : kNoId;  // what a deadlock report names
        t.remoteLine = e.line;
    }
    // Who holds a shared lock, for the cross-process cycle search (nativeCheckStalled).
    if (e.object != kNoId && (e.kind == EventKind::LockAcquired || e.kind == EventKind::LockReleased)) {
        std::vector<TaskId>& holders = m_resources[e.object].holders;
        auto it = std::find(holders.begin(), holders.end(), e.task);
        if (e.kind == EventKind::LockAcquired && it == holders.end()) holders.push_back(e.task);
        if (e.kind == EventKind::LockReleased && e.value == 0 && it != holders.end()) holders.erase(it);
    }
    if (e.aux) e.aux = m_log.strings().intern(text);
    m_log.append(e);
}

}  // namespace il::rt
