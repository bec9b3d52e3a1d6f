// The parent's side of its children (DESIGN §4): one thread, started at the first fork, reads
// every child's events pipe and reaps each child at its end of file. One thread for all of them,
// not one each: a thread started for every child was ~60 us of every Process.start(), and it
// competed with the new child for the machine's cores just as the child began.

#include <fcntl.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "engine/runtime/native_link.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

using trace::EventKind;
using trace::ResourceKind;
using trace::TaskState;

namespace {
// How long the reader, with children waiting to be reaped, waits for a pipe before it reaps.
constexpr int kReapAfterMs = 5;
}  // namespace

// Before the first fork: the reader's epoll set, the pipe that wakes it at teardown, the thread.
bool Runtime::nativeStartChildReader() {
    NativeState& ns = *m_native;
    if (ns.childReader) return true;
    if (ns.childPoll < 0) ns.childPoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (ns.childPoll < 0) return false;
    if (ns.readerWake[0] < 0 && ::pipe2(ns.readerWake, O_CLOEXEC | O_NONBLOCK) != 0) return false;
    epoll_event wake{EPOLLIN, {.ptr = nullptr}};
    if (::epoll_ctl(ns.childPoll, EPOLL_CTL_ADD, ns.readerWake[0], &wake) != 0 && errno != EEXIST) return false;
    (void)nativeListenForOrphans();  // if it cannot, an orphan's later events are lost
    ns.childReader = std::make_unique<std::thread>(ns.spawnThread([this] { nativeReadChildren(); }));
    return true;
}

// Called under the lock by the thread that forked `link`'s child: its pipe joins the reader's
// epoll set at once, so the reader need not wake for it. False (the child is not watched) if
// the kernel refused.
bool Runtime::nativeWatchChild(std::unique_ptr<ChildLink>& link) {
    NativeState& ns = *m_native;
    epoll_event ev{EPOLLIN, {.ptr = link.get()}};
    if (::epoll_ctl(ns.childPoll, EPOLL_CTL_ADD, link->eventsFd, &ev) != 0) return false;
    ns.children.push_back(std::move(link));
    return true;
}

// Teardown: the reader looks whether it is done.
void Runtime::nativeWakeChildReader() {
    const int fd = m_native->readerWake[1];
    if (fd >= 0) (void)!::write(fd, "", 1);  // full: it is awake already
}

// Until the run is cancelled and every child reaped: wait for any pipe, take all that each one
// holds. Allocates only under the lock (settleThreadsForFork says why), and takes the lock only
// when it has something to apply: a lock the reader merely wanted made a running script thread
// hand it over (NativeLock::yieldIfWanted) and wait for the reader to be scheduled.
//
// A child that said it exited is done with its pipe: the pipe is closed then, and the child
// reaped later, in batches. Waiting for the end of file woke this thread a second time for
// every child, ~200 us after the first (the kernel's teardown of the child), just as the
// joining script thread ran on the other core: each of its copy-on-write faults then
// interrupted this thread's core to flush its TLB. Children whose exit a joining thread read
// (native_join.cpp) join the batch when this thread is woken for them.
//
// Only this thread drops links, between two waits: an event it was handed may be for a link a
// joining thread has taken since, but never for one that is gone.
void Runtime::nativeReadChildren() {
    NativeState& ns = *m_native;
    epoll_event ready[16];
    ExitedChildren exited;
    for (;;) {
        const int n = ::epoll_wait(ns.childPoll, ready, 16, exited.count ? kReapAfterMs : -1);
        if (n < 0 && errno != EINTR) return;  // a valid set and buffer: not expected
        bool look = false;
        for (int i = 0; i < n; ++i) {
            if (ready[i].data.ptr == &ns.adoptListen) {
                nativeAcceptOrphans();
                continue;
            }
            auto* l = static_cast<ChildLink*>(ready[i].data.ptr);
            if (!l) {
                char drain[64];
                while (::read(ns.readerWake[0], drain, sizeof drain) > 0) {
                }
                look = true;
                continue;
            }
            std::unique_lock reading(l->reading, std::try_to_lock);
            if (!reading || l->eventsFd < 0) continue;  // a joining thread reads it, or read it to the end
            if (!nativeReadChildMessages(*l)) {
                nativeReapChild(*l);
                look = true;
            } else if (l->exited && !l->relays) {
                nativeClosePipe(*l);
                if (l->orphan) {  // not a child of this process: nothing to reap
                    l->finished = true;
                    look = true;
                    continue;
                }
                if (exited.count == ExitedChildren::kCapacity) look |= nativeReapExited(exited, true);
                exited.links[exited.count++] = l;
            }
        }
        if (n == 0) look |= nativeReapExited(exited, false);  // a quiet moment
        if (!look) continue;
        nativeTakeJoinedExits(exited);
        std::lock_guard g(ns.lock);
        nativeDropReapedLinks();
        if (ns.cancel && ns.children.empty()) return;
    }
}

// The children whose exit a joining thread read join this thread's batch; at teardown (every
// child killed by then) all are reaped at once.
void Runtime::nativeTakeJoinedExits(ExitedChildren& exited) {
    NativeState& ns = *m_native;
    for (;;) {
        {
            std::lock_guard g(ns.lock);
            while (!ns.joinedExits.empty() && exited.count < ExitedChildren::kCapacity) {
                exited.links[exited.count++] = ns.joinedExits.back();
                ns.joinedExits.pop_back();
            }
            if (ns.joinedExits.empty() && !ns.cancel) return;
        }
        nativeReapExited(exited, true);
        std::lock_guard g(ns.lock);
        if (ns.joinedExits.empty()) return;
    }
}

// Reaps the children in `exited` that have died (all of them, waiting, if `wait`); true if any
// was. Each is a zombie until reaped, so its pid is no other process's: the pids are marked
// gone first, under the lock (teardown kills by pid under it), then reaped without it.
bool Runtime::nativeReapExited(ExitedChildren& exited, bool wait) {
    int pids[ExitedChildren::kCapacity];
    ChildLink* dead[ExitedChildren::kCapacity];
    int deadCount = 0, kept = 0;
    for (int i = 0; i < exited.count; ++i) {
        ChildLink* l = exited.links[i];
        siginfo_t info{};
        const int pid = l->pid.load();
        while (::waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT | (wait ? 0 : WNOHANG)) < 0 && errno == EINTR) {
        }
        if (info.si_pid == pid) {
            pids[deadCount] = pid;
            dead[deadCount++] = l;
        } else {
            exited.links[kept++] = l;
        }
    }
    exited.count = kept;
    if (deadCount == 0) return false;
    {
        std::lock_guard g(m_native->lock);
        for (int i = 0; i < deadCount; ++i) dead[i]->pid.store(-1);
    }
    for (int i = 0; i < deadCount; ++i) {
        while (::waitpid(pids[i], nullptr, 0) < 0 && errno == EINTR) {
        }
        dead[i]->finished = true;
    }
    return true;
}

// Under the lock, by the reader: the links of reaped children go, but for one a joining thread
// still holds.
void Runtime::nativeDropReapedLinks() {
    std::erase_if(m_native->children,
                  [](const std::unique_ptr<ChildLink>& l) { return l->finished && !l->joinerReads; });
}

// Everything the child's pipe holds now, each whole message applied; false at end of file (the
// child has exited, or is exiting). A message cut by the pipe's capacity waits in `pending`.
bool Runtime::nativeReadChildMessages(ChildLink& l) {
    char chunk[16384];  // on the stack: the reader allocates only under the lock
    for (;;) {
        ssize_t got = ::read(l.eventsFd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return true;
        if (got <= 0) return false;
        std::lock_guard g(m_native->lock);
        l.pending.append(chunk, size_t(got));
        size_t at = 0;
        LinkHeader h{};
        while (l.pending.size() - at >= sizeof h) {
            std::memcpy(&h, l.pending.data() + at, sizeof h);
            if (l.pending.size() - at - sizeof h < h.length) break;
            nativeApplyChildMessage(l, h.kind, std::string_view(l.pending).substr(at + sizeof h, h.length));
            at += sizeof h + h.length;
        }
        l.pending.erase(0, at);
        // A process between the run and its descendant passes what it read on at once: held
        // until its own tick, it died with this process if this one was terminated first.
        if (at > 0 && m_native->isChild) nativeShip();
    }
}

// One message of the child's, under the lock.
void Runtime::nativeApplyChildMessage(ChildLink& l, LinkMessage kind, std::string_view body) {
    if (l.proc == kUnknownProcess && kind != LinkMessage::Hello) return;  // an orphan not yet known
    switch (kind) {
    case LinkMessage::Event:
        if (body.size() >= sizeof(trace::Event)) {
            trace::Event e;
            std::memcpy(&e, body.data(), sizeof e);
            nativeApplyChildEvent(l, e, body.substr(sizeof e));
        }
        break;
    case LinkMessage::Stdout:
    case LinkMessage::Stderr: {
        const OutputRoute& r = kind == LinkMessage::Stdout ? m_procs[l.proc]->out : m_procs[l.proc]->err;
        if (admitOutput(r, body.size())) (kind == LinkMessage::Stdout ? m_out : m_err)(body);
        break;
    }
    case LinkMessage::Stalled:  // the child's answer changed, or it moved: the grace period starts again
        if (!body.empty()) l.stalled = body[0] != 0;
        m_native->lastChangeNs = m_native->nowNs();
        break;
    case LinkMessage::Exited:
        if (int32_t code = 0; !m_procs[l.proc]->ended && readBody(body, code)) {
            l.exited = true;
            l.relays = nativeMayRelay(l);
            SimProcess& p = *m_procs[l.proc];
            p.exitCode = code;
            endProcess(p, m_native->nowNs());
            if (m_verdict != Verdict::Running) m_native->supervisor->notify_all();
        }
        break;
    case LinkMessage::Bases:
    case LinkMessage::Alias: nativeApplyDescendantIds(l, kind, body); break;
    case LinkMessage::Hello: nativeAdoptRecord(l, body); break;
    case LinkMessage::Verdict:
        if (body.size() >= 2) {
            m_deadlock = DeadlockInfo{};
            m_deadlock.cycle = body[1] != 0;
            endRun(Verdict(uint8_t(body[0])), std::string(body.substr(2)) + " (in process " + m_procs[l.proc]->name + ")");
        }
        break;
    }
}

// The child's pipe leaves the epoll set, and is closed.
void Runtime::nativeClosePipe(ChildLink& l) {
    ::epoll_ctl(m_native->childPoll, EPOLL_CTL_DEL, l.eventsFd, nullptr);  // later children hold copies
    // Not while a fork copies the links: the child would close a number the kernel may have
    // given to another file meanwhile (NativeState::linkFds).
    std::lock_guard fds(m_native->linkFds);
    ::close(std::exchange(l.eventsFd, -1));
}

// At the end of file on its pipe: reaps the child. One that said it exited has ended in the
// model already, and is reaped without the lock; one that was killed, or died before it could
// say, ends here.
void Runtime::nativeReapChild(ChildLink& l) {
    if (l.orphan) {  // not a child of this process: its end is all there is to see
        nativeClosePipe(l);
        std::lock_guard g(m_native->lock);
        l.finished = true;
        if (l.exited || l.proc == kUnknownProcess || m_procs[l.proc]->ended) return;
        SimProcess& p = *m_procs[l.proc];
        p.exitCode = -SIGKILL;  // it died without a word: killed
        for (TaskId id : p.threads) task(id).failed = true;
        endProcess(p, m_native->nowNs());
        return;
    }
    // Wait for the exit without reaping: until the pid is marked gone, it stays the child's
    // (a zombie), so teardown's kill cannot hit another process.
    const int pid = l.pid.load();
    siginfo_t info{};
    while (::waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
    }
    nativeClosePipe(l);
    std::unique_lock g(m_native->lock, std::defer_lock);
    if (!l.exited) g.lock();
    l.pid.store(-1);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    l.finished = true;
    if (l.exited) return;
    SimProcess& p = *m_procs[l.proc];
    p.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : 1;
    if (WIFSIGNALED(status))
        for (TaskId id : p.threads) task(id).failed = true;
    endProcess(p, m_native->nowNs());
    m_native->supervisor->notify_all();
}

void Runtime::nativeApplyChildEvent(ChildLink& l, trace::Event e, std::string_view text) {
    // The link's own table first (most ids), the tree above only for ids below its bases.
    auto mapTask = [this, &l](TaskId id) {
        if (id == kNoId || id < l.ids->taskBase) return mapRemoteTask(l.proc, id);
        auto it = l.ids->tasks.find(id);
        return it == l.ids->tasks.end() ? kNoId : it->second;
    };
    auto mapResource = [this, &l](ResourceId id) {
        if (id == kNoId || id < l.ids->resourceBase) return mapRemoteResource(l.proc, id);
        auto it = l.ids->resources.find(id);
        return it == l.ids->resources.end() ? kNoId : it->second;
    };
    SimProcess& child = *m_procs[l.proc];
    // A child tells its parent the id it gave each task and resource its own child told it
    // of: the run's process reads an orphan's ids with them (native_link.hpp).
    auto alias = [this, &child](uint32_t kind, uint32_t theirs, uint32_t ours) {
        if (!m_native->isChild) return;
        const DescendantIds d{int32_t(child.pid), kind, theirs, ours};
        appendMessage(m_native->pendingUp, LinkMessage::Alias, bytesOf(d));
    };
    if (e.kind == EventKind::TaskCreated) {
        auto kind = trace::TaskKind(e.value & 0xff);
        const TaskId owner = mapTask(e.object);
        // A task of one of the child's own children (or theirs) belongs to that process's record
        // here, not to the child's: a thread's owner is its process, a process's its parent.
        SimProcess* proc = &child;
        if (owner != kNoId && task(owner).kind == trace::TaskKind::Process && task(owner).proc) proc = task(owner).proc;
        const bool forked = kind == trace::TaskKind::Process && e.line != 0;
        const TaskId id = adoptRemoteTask(kind, std::string(text), *proc, owner, int64_t(e.timeNs), forked, e.value >> 8);
        l.ids->tasks[e.task] = id;
        alias(0, e.task, id);
        if (kind == trace::TaskKind::Process) adoptRemoteProcess(task(id), *proc, int64_t(e.value >> 8), forked);
        return;
    }
    if (e.kind == EventKind::ResourceCreated) {
        const ResourceId id = newResource(trace::ResourceKind(e.value), std::string(text), e.line);
        l.ids->resources[e.object] = id;
        alias(1, e.object, id);
        return;
    }
    e.task = mapTask(e.task);
    // The process's own record ends when the parent reaps it, with the exit status it sees.
    if (e.task == child.task || e.task == kNoId) return;
    // A descendant's end, as its parent (the child or one of its own) saw it.
    if (e.kind == EventKind::TaskEnded && task(e.task).kind == trace::TaskKind::Process && task(e.task).proc->remote) {
        SimProcess& p = *task(e.task).proc;
        p.ended = true;
        p.exitCode = int(int64_t(e.value));
        // The last of the run's forked descendants, its first process over: the run is too.
        if (p.forked && !m_native->isChild && m_procs[0]->ended) {
            endRunAfterOrphans();
            if (m_verdict != Verdict::Running) m_native->supervisor->notify_all();
        }
    }
    e.object = e.kind == EventKind::TaskState && e.state != TaskState::Blocked ? e.object : mapResource(e.object);
    if (e.kind == EventKind::TaskState) {
        if (e.state != TaskState::Sleeping && e.value > 0) e.value = uint64_t(mapTask(TaskId(e.value - 1))) + 1;
        SimTask& t = task(e.task);
        accountState(t, e.state, int64_t(e.timeNs));
        t.waitingOn = e.state == TaskState::Blocked ? e.object : kNoId;  // what a deadlock report names
        t.remoteLine = e.line;
    }
    // A child's traffic counts in the run's resources as this process's own does (the
    // summary's and the queue panel's counts): its acquires, its waits for a lock (contended),
    // its puts and gets.
    const bool queued = e.kind == EventKind::QueuePut || e.kind == EventKind::QueueGet;
    const bool waits = e.kind == EventKind::TaskState && e.state == TaskState::Blocked;
    if (e.object != kNoId && (queued || waits || e.kind == EventKind::LockAcquired)) {
        Resource& r = m_resources[e.object];
        if (e.kind == EventKind::LockAcquired) ++r.acquisitions;
        if (waits && (r.kind == ResourceKind::Lock || r.kind == ResourceKind::RLock || r.kind == ResourceKind::Semaphore))
            ++r.contended;
        if (queued) {
            (e.kind == EventKind::QueuePut ? r.puts : r.gets)++;
            r.maxLength = std::max(r.maxLength, uint32_t(e.value));
        }
    }
    // Who holds a shared lock, for the cross-process cycle search (nativeCheckStalled).
    if (e.object != kNoId && (e.kind == EventKind::LockAcquired || e.kind == EventKind::LockReleased)) {
        std::vector<TaskId>& holders = m_resources[e.object].holders;
        auto it = std::find(holders.begin(), holders.end(), e.task);
        if (e.kind == EventKind::LockAcquired && it == holders.end()) holders.push_back(e.task);
        if (e.kind == EventKind::LockReleased && e.value == 0 && it != holders.end()) holders.erase(it);
    }
    // A child's queue event may arrive after a later one of this process's (the log is in
    // arrival order, a child's events come when it ships them): it still counts, but the
    // length shown stays the later event's.
    if (e.object != kNoId && (e.kind == EventKind::QueuePut || e.kind == EventKind::QueueGet)) {
        Resource& r = m_resources[e.object];
        if (e.timeNs < r.lengthAtNs) {
            e.value = r.length;
        } else {
            r.length = uint32_t(e.value);
            r.lengthAtNs = e.timeNs;
        }
    }
    if (e.aux) e.aux = m_log.strings().intern(text);
    m_log.append(e);
}

}  // namespace il::rt
