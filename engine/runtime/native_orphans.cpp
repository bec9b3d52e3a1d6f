// Orphans of a native run (native_link.hpp): a process whose parent was terminated goes on
// sending its events, to the process running the run, which reads its ids with what every
// process sent up about its descendants (Bases, Alias).

#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include "engine/runtime/native_link.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

namespace {

sockaddr_un addressOf(const std::string& name, socklen_t& length) {
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::memcpy(a.sun_path, name.data(), std::min(name.size(), sizeof a.sun_path));
    length = socklen_t(offsetof(sockaddr_un, sun_path) + std::min(name.size(), sizeof a.sun_path));
    return a;
}

// An id a remote process sent, in this process's numbering (kNoId if this process was never
// told of it). Below its bases, an id is its parent's: this process's own if the parent is this
// process, else read as the parent's, up the tree. `base` and `table` pick tasks or resources.
template <class Id, class Table>
Id mapUp(const NativeState& ns, const std::vector<std::unique_ptr<SimProcess>>& procs, uint32_t proc, Id id,
         Id RemoteIds::*base, Table RemoteIds::*table) {
    for (;;) {
        if (id == kNoId) return id;
        auto it = ns.remoteIds.find(proc);
        if (it == ns.remoteIds.end()) return kNoId;
        const RemoteIds& ids = it->second;
        if (id >= ids.*base) {
            auto found = (ids.*table).find(id);
            return found == (ids.*table).end() ? Id(kNoId) : found->second;
        }
        proc = procs[proc]->parent;
        if (proc == ns.self) return id;
        if (proc >= procs.size()) return kNoId;  // not below this process: nothing to read it by
    }
}

}  // namespace

TaskId Runtime::mapRemoteTask(uint32_t proc, TaskId id) {
    return mapUp(*m_native, m_procs, proc, id, &RemoteIds::taskBase, &RemoteIds::tasks);
}

ResourceId Runtime::mapRemoteResource(uint32_t proc, ResourceId id) {
    return mapUp(*m_native, m_procs, proc, id, &RemoteIds::resourceBase, &RemoteIds::resources);
}

// Bases or Alias from a child, about one of its descendants. A child passes it on up (an Alias's
// id then in its own numbering); the process running the run keeps it.
void Runtime::nativeApplyDescendantIds(ChildLink& l, LinkMessage kind, std::string_view body) {
    DescendantIds d{};
    if (!readBody(body, d)) return;
    if (kind == LinkMessage::Alias) {
        d.b = d.kind == 0 ? mapRemoteTask(l.proc, d.b) : mapRemoteResource(l.proc, d.b);
        if (d.b == kNoId) return;
    }
    if (m_native->isChild) {
        appendMessage(m_native->pendingUp, kind, bytesOf(d));
        return;
    }
    auto p = m_byPid.find(d.pid);
    if (p == m_byPid.end() || !m_procs[p->second]->remote) return;
    RemoteIds& ids = m_native->remoteIds[p->second];
    if (kind == LinkMessage::Bases) {
        ids.taskBase = d.a;
        ids.resourceBase = d.b;
    } else if (d.kind == 0) {
        ids.tasks[d.a] = d.b;
    } else {
        ids.resources[d.a] = d.b;
    }
}

// An orphan's hello: its connection speaks for its record from now on.
void Runtime::nativeAdoptRecord(ChildLink& l, std::string_view body) {
    int32_t pid = 0;
    if (l.proc != kUnknownProcess || !readBody(body, pid)) return;
    auto p = m_byPid.find(pid);
    if (p == m_byPid.end() || !m_procs[p->second]->remote || m_procs[p->second]->ended) return;
    l.proc = p->second;
    l.ids = &m_native->remoteIds[l.proc];
}

// The process running the run, before its first fork: the socket orphans connect to, at an
// abstract address (no file to clean up) that names this process and the run.
bool Runtime::nativeListenForOrphans() {
    NativeState& ns = *m_native;
    if (ns.isChild || ns.adoptListen >= 0) return true;
    static std::atomic<uint32_t> runs{0};  // several runs of one process (the GUI's) at once
    ns.adoptAddress = std::string(1, '\0') + "interleave-" + std::to_string(::getpid()) + "-" +
                      std::to_string(runs.fetch_add(1, std::memory_order_relaxed));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return false;
    socklen_t length = 0;
    sockaddr_un a = addressOf(ns.adoptAddress, length);
    epoll_event ev{EPOLLIN, {.ptr = &ns.adoptListen}};
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), length) != 0 || ::listen(fd, 64) != 0 ||
        ::epoll_ctl(ns.childPoll, EPOLL_CTL_ADD, fd, &ev) != 0) {
        ::close(fd);
        return false;
    }
    ns.adoptListen = fd;
    return true;
}

// The reader, when orphans knock: a link for each, read as a child's until it says who it is.
void Runtime::nativeAcceptOrphans() {
    NativeState& ns = *m_native;
    for (;;) {
        const int fd = ::accept4(ns.adoptListen, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) return;
        std::lock_guard g(ns.lock);  // the reader allocates only under it
        auto link = std::make_unique<ChildLink>();
        link->orphan = true;
        link->proc = kUnknownProcess;
        link->eventsFd = fd;
        epoll_event ev{EPOLLIN, {.ptr = link.get()}};
        if (ns.cancel || ::epoll_ctl(ns.childPoll, EPOLL_CTL_ADD, fd, &ev) != 0) {
            ::close(fd);
            continue;
        }
        ns.children.push_back(std::move(link));
    }
}

// A child whose parent is gone: from now on it sends to the process running the run, once.
// Its parent's pipe stays closed if that fails (the run is ending, or it never listened).
void Runtime::nativeConnectAsOrphan() {
    NativeState& ns = *m_native;
    if (ns.adopted || ns.adoptAddress.empty()) return;
    ns.adopted = true;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return;
    socklen_t length = 0;
    sockaddr_un a = addressOf(ns.adoptAddress, length);
    const int32_t pid = ::getpid();
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), length) != 0 ||
        !writeMessage(fd, LinkMessage::Hello, bytesOf(pid))) {
        ::close(fd);
        return;
    }
    ns.parentFd = fd;
}

}  // namespace il::rt
