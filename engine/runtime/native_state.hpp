#pragma once
// What the native executor keeps beside the runtime's model (native_executor.cpp): the lock
// that guards the model, the VM heaps and the trace, and one real OS thread per script thread.
//
// The model (task states, resources and their waiters, each process's GIL, the trace) is the
// one the sim executor keeps, changed by the same code; in a native run real OS threads change
// it, each holding `lock` while it does. A thread holds `lock` while it runs bytecode (the VM's
// heaps are not thread-safe) and lets go of it between chunks of instructions, while it spins
// in work(), and while it is blocked or sleeping. Whether a thread may run bytecode at all is
// the model's GIL: a thread that does not hold its process's GIL waits on its own condition
// variable, as a CPython thread waits for the GIL.

#include <sys/mman.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "engine/native/shm_arena.hpp"
#include "engine/runtime/native_link.hpp"
#include "engine/trace/chunk_supply.hpp"

namespace il::rt {

// A mutex that knows when others want it: the thread running bytecode hands it over between
// chunks only then (glibc's mutex lets the unlocking thread take it straight back, which would
// starve a thread woken to record a wake-up or a timeout).
class NativeLock {
public:
    void lock() {
        m_wanted.fetch_add(1, std::memory_order_relaxed);
        m_mx.lock();
        m_wanted.fetch_sub(1, std::memory_order_relaxed);
        m_takes.fetch_add(1, std::memory_order_relaxed);
    }
    void unlock() { m_mx.unlock(); }
    // takes() counts every time a thread took the lock.
    [[nodiscard]] uint64_t takes() const { return m_takes.load(std::memory_order_relaxed); }
    // resetAfterFork(): in a forked child, whose only thread holds the lock, nobody else wants it.
    void resetAfterFork() { m_wanted.store(0, std::memory_order_relaxed); }
    // yieldIfWanted(): called by the holder; if another thread waits for the lock, lets it in
    // before taking the lock again.
    void yieldIfWanted() {
        if (m_wanted.load(std::memory_order_relaxed) == 0) return;
        uint64_t before = m_takes.load(std::memory_order_relaxed);
        m_mx.unlock();
        for (int i = 0; i < 1000 && m_takes.load(std::memory_order_relaxed) == before; ++i)
            std::this_thread::yield();
        lock();
    }

private:
    std::mutex m_mx;
    std::atomic<uint32_t> m_wanted{0};
    std::atomic<uint64_t> m_takes{0};
};

// How often the run's process's supervisor looks at the run (deadlock, limits); a forked
// process's looks every Settings::forkedTickNs.
inline constexpr auto kSupervisorTick = std::chrono::milliseconds(10);

// One script thread's OS thread and what it waits for.
struct NativeThread {
    std::condition_variable_any cv;  // notified when its task's state or timer changes
    std::thread os;
    bool finished = false;           // its thread has left the model for good (it may be joined)
    int64_t timerAt = -1;            // run time (ns) its timed wait ends, if timerGen is current
    uint64_t timerGen = 0;
    bool gilAttempt = false;         // old GIL: the timer is a wake-up attempt
    int64_t turnStartNs = 0;         // without a GIL: when it last took the lock to run bytecode
};

struct NativeState {
    using Clock = std::chrono::steady_clock;
    NativeLock lock;
    // Notified when a thread ends or the verdict is known. A pointer, as are the threads' slots:
    // a forked child drops the parent's (copied with the parent's waiters in them) for new ones.
    std::unique_ptr<std::condition_variable_any> supervisor = std::make_unique<std::condition_variable_any>();
    Clock::time_point start = Clock::now();
    // Set once this process has ended in the model, in memory its children share (made before
    // its first fork): its OS process may live on after that (the run's own; a child relaying
    // what its forked children send, nativeExitChild), so the kernel does not make them
    // orphans, and os.getppid() there asks `parentEnded`, their copy of their parent's.
    std::atomic<int>* selfEnded = nullptr;
    std::atomic<int>* parentEnded = nullptr;
    std::vector<std::unique_ptr<NativeThread>> threads;  // by task id (null: not a thread)
    std::vector<trace::TaskId> unjoined;  // threads finished since the last fork, not yet joined
    int64_t lastChangeNs = 0;  // when a thread's state last changed (the deadlock grace period)
    // The run is over: every OS thread leaves its loop (atomic: the child reader looks without
    // the lock).
    std::atomic<bool> cancel{false};
    // Processes (native_fork.cpp): the children this process forked; in a child, the pipe to
    // its parent, how much of the trace it has sent, and the resources that existed at the fork.
    std::vector<std::unique_ptr<ChildLink>> children;
    // The one thread reading every child's pipe (native_children.cpp), started before the first
    // fork (a pointer: a forked child leaks its copy), its epoll set, and a pipe in the set that
    // wakes it at teardown.
    std::unique_ptr<std::thread> childReader;
    // Held while the reader closes a reaped child's pipe (without the runtime lock) and across
    // fork(): a forked child closes its copies of the links' pipes by number.
    std::mutex linkFds;
    // Children whose exit a joining thread read (native_join.cpp), their pipes closed, not yet
    // reaped: the reader reaps them with its own, woken for them by the supervisor's tick (or a
    // start, once half a batch waits).
    std::vector<ChildLink*> joinedExits;
    uint64_t exitsReadByJoins = 0;
    // Run time (ns) before which a join sleeps at once instead of looking at its child's pipe
    // first: the machine was found busy (native_join.cpp).
    std::atomic<int64_t> joinSpinAfterNs{0};
    int childPoll = -1;
    int readerWake[2] = {-1, -1};
    int parentFd = -1;
    bool isChild = false;          // this process was forked by the run
    uint32_t self = 0;             // a child's own SimProcess, and when it began (run time, ns)
    int64_t selfStartNs = 0;
    bool tickerStarted = false;    // a child's supervising thread (native_fork.cpp)
    bool reportedStalled = false;  // what it last told its parent (nativeCheckStalled)
    int64_t stallCheckNs = 0;      // when it last looked
    int control[2] = {-1, -1};  // the run's control pipe (native_link.hpp)
    size_t shippedEvents = 0;
    std::string shipBuffer;  // a child's events on their way to its parent (nativeShip)
    std::string pendingUp;   // a child's Bases and Alias messages, sent after its next events
    // How each remote process's ids read here (native_link.hpp), by process index: this
    // process's children's, and, in the process running the run, every descendant's.
    std::unordered_map<uint32_t, RemoteIds> remoteIds;
    // Where orphans connect: the process running the run listens (`adoptListen`, in the
    // reader's epoll set) on an abstract socket address every process of the run inherits.
    std::string adoptAddress;
    int adoptListen = -1;
    bool adoptedForked = false;  // a record of a process os.fork() made below this one
    bool adopted = false;    // an orphan that has connected (or tried): its parent is the run
    uint32_t forkResourceBase = 0;
    std::unique_ptr<native::ShmArena> arena;  // multiprocessing objects (made on first use)
    // The trace's next chunks, faulted in ahead by a helper thread while the run's process runs
    // (a forked child maps its own: its copy of this has no helper).
    std::unique_ptr<trace::ChunkSupply> chunks;
    // OS threads made (spawnThread) that have not yet begun their own code: a thread's start-up
    // allocates, outside the lock (native_fork.cpp says why that matters).
    std::atomic<int> starting{0};

    // spawnThread(fn) starts an OS thread running fn, counted in `starting` until fn begins.
    template <class Fn>
    std::thread spawnThread(Fn fn) {
        starting.fetch_add(1, std::memory_order_relaxed);
        return std::thread([this, fn = std::move(fn)]() mutable {
            starting.fetch_sub(1, std::memory_order_release);
            fn();
        });
    }

    // shareSelfEnded() maps `selfEnded` (before this process's first fork).
    void shareSelfEnded() {
        if (selfEnded) return;
        void* page = ::mmap(nullptr, sizeof(std::atomic<int>), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (page != MAP_FAILED) selfEnded = new (page) std::atomic<int>(0);
    }
    NativeState() = default;
    NativeState(const NativeState&) = delete;
    NativeState& operator=(const NativeState&) = delete;
    ~NativeState() {
        if (selfEnded && !isChild) ::munmap(selfEnded, sizeof(std::atomic<int>));
    }

    [[nodiscard]] int64_t nowNs() const {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
    }
};

}  // namespace il::rt
