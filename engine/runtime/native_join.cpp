// A script thread joining a child of its own process reads the child's events pipe itself,
// until the child says it exited (DESIGN §4). Left to the reader thread, the child's last write
// woke the reader, which applied it and then woke the joining thread: two wake-ups of an idle
// core, one after the other, on every start and join of a process.
//
// The joining thread takes the pipe out of the reader's epoll set and holds the link's
// `reading` mutex while it reads (the reader only tries it: an event it was handed before may
// be for this pipe). What it reads is applied as the reader applies it. Once the child has
// exited, the joining thread closes the pipe and leaves the child to the reader to reap (the
// supervisor wakes the reader for them on its tick); if it stops waiting first (a timeout, the
// run's end) the pipe goes back into the reader's set.

#include <poll.h>
#include <sched.h>
#include <sys/epoll.h>

#include <algorithm>
#include <cerrno>

#include "engine/native/shm_sync.hpp"
#include "engine/runtime/native_link.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

namespace {

enum JoinWait : int { kJoinWoken = 0, kJoinTimedOut = 1 };

// How long a join looks at the pipe before it sleeps. Most children a script joins at once end
// within it (a start and join is ~0.5 ms), and a thread that sleeps instead is woken ~50 us
// later than the child's last write, its idle core woken first. The looking yields the core
// between looks: a child queued on it (fork places one there when the other core is busy, or
// both are idle) runs.
constexpr auto kJoinSpin = std::chrono::microseconds(300);
// A yield that took longer than this, with still nothing from the child, let another program
// run on this core: the machine is busy, and each join's first yield would hand that program a
// whole time slice (beside two busy programs a start took 3.7 ms, against 3.3 ms for joins
// that sleep). Joins then sleep at once for a while. (None of ours runs that long: 0 in 2500
// quiet starts; at 50 us there was about one a run.)
constexpr auto kBusyYield = std::chrono::microseconds(200);
constexpr int64_t kNoSpinAfterBusyNs = 50'000'000;

// waitReadable() waits until `fd` can be read (data, or its end), the deadline passes or the run
// is cancelled; false for the last two. Until `spinUntil` it looks without sleeping (and ends
// that at once if the machine turns out busy).
bool waitReadable(int fd, const native::WaitSpec& w, NativeState& ns,
                  native::Clock::time_point& spinUntil) {
    for (;;) {
        if (ns.cancel.load(std::memory_order_relaxed) || w.cancelled()) return false;
        const auto now = native::Clock::now();
        if (now >= w.deadline) return false;
        pollfd p{fd, POLLIN, 0};
        if (now < spinUntil) {
            if (::poll(&p, 1, 0) > 0) return true;
            ::sched_yield();
            if (native::Clock::now() - now > kBusyYield && ::poll(&p, 1, 0) == 0) {
                ns.joinSpinAfterNs.store(ns.nowNs() + kNoSpinAfterBusyNs, std::memory_order_relaxed);
                spinUntil = {};
            }
            continue;
        }
        // In slices, to see `cancel` (a cancelled run also kills the child: its end of file
        // usually comes first).
        auto slice = std::min<native::Clock::duration>(w.deadline - now, native::kCancelSlice);
        const int ms = int(std::chrono::ceil<std::chrono::milliseconds>(slice).count());
        if (::poll(&p, 1, ms) > 0) return true;
    }
}

}  // namespace

// Under the lock: the link of `p`, a child of this process, if no thread reads it for a join
// already and it has not exited.
ChildLink* Runtime::nativeJoinableLink(const SimProcess& p) {
    for (const auto& l : m_native->children)
        if (!l->orphan && l->proc == p.index && !l->exited && !l->finished && !l->joinerReads) return l.get();
    return nullptr;
}

// join_process()'s block in a native run: on the child's pipe, when this thread may read it.
vm::Value Runtime::nativeJoinChild(SimTask& me, SimProcess& p, int64_t deadlineNs) {
    if (!nativeJoinableLink(p)) return block(me, p.joinRes, deadlineNs);
    const uint32_t proc = p.index;
    return blockExternal(me, p.joinRes, deadlineNs, kJoinTimedOut,
                         [this, proc](const native::WaitSpec& w) { return nativeJoinRead(proc, w); });
}

// The wait itself, without the lock. The link is looked up again under it: it may have been
// read to its end, even dropped, since the join blocked.
int Runtime::nativeJoinRead(uint32_t proc, const native::WaitSpec& w) {
    NativeState& ns = *m_native;
    ChildLink* l = nullptr;
    {
        std::lock_guard g(ns.lock);
        l = nativeJoinableLink(*m_procs[proc]);
        if (!l) return kJoinWoken;  // the join is retried: it sees the end, or blocks as usual
        l->joinerReads = true;  // the reader drops the link no more, nor does another join take it
    }
    int result = kJoinWoken;
    bool closed = false, reaped = false;
    {
        std::unique_lock reading(l->reading);
        if (l->eventsFd >= 0 && !l->exited) {  // else the reader took it all first
            ::epoll_ctl(ns.childPoll, EPOLL_CTL_DEL, l->eventsFd, nullptr);
            const bool busy = ns.nowNs() < ns.joinSpinAfterNs.load(std::memory_order_relaxed);
            auto spinUntil = busy ? native::Clock::time_point{} : native::Clock::now() + kJoinSpin;
            for (;;) {
                if (!nativeReadChildMessages(*l)) {
                    nativeReapChild(*l);  // killed, or died before it could say it exited
                    reaped = true;
                    break;
                }
                if (l->exited) {
                    if (!l->relays) {  // else the reader reads on, to its end of file
                        nativeClosePipe(*l);
                        closed = true;
                    }
                    break;
                }
                if (!waitReadable(l->eventsFd, w, ns, spinUntil)) {
                    if (!ns.cancel && native::Clock::now() >= w.deadline) result = kJoinTimedOut;
                    break;
                }
            }
            if (!closed && !reaped) {  // back to the reader
                epoll_event ev{EPOLLIN, {.ptr = l}};
                ::epoll_ctl(ns.childPoll, EPOLL_CTL_ADD, l->eventsFd, &ev);
            }
        }
    }
    std::lock_guard g(ns.lock);
    // Its exit message read here: with the end of file behind it when the child was that quick
    // (reaped here then), else the pipe closed and the child queued for the reader to reap.
    if (l->exited && (closed || reaped)) ++ns.exitsReadByJoins;
    if (closed) ns.joinedExits.push_back(l);
    l->joinerReads = false;  // the last touch: the reader may drop it from now on
    if (reaped || ns.cancel) nativeWakeChildReader();  // it drops the link (at teardown: to end)
    return result;
}

}  // namespace il::rt
