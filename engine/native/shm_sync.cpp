// Process-shared mutex, semaphore and condition (see shm_sync.hpp).

#include "engine/native/shm_sync.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace il::native {

namespace {

timespec toTimespec(Clock::time_point t) {
    auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
    if (ns < 0) ns = 0;
    return timespec{static_cast<time_t>(ns / 1'000'000'000), static_cast<long>(ns % 1'000'000'000)};
}

// sliceEnd(): when a wait that started now should next look at the cancel flag.
Clock::time_point sliceEnd(const WaitSpec& w) {
    if (!w.cancel) return w.deadline;
    Clock::time_point now = Clock::now();
    // Compare before subtracting: deadline may be time_point::min() (a poll).
    if (w.deadline <= now) return w.deadline;
    return w.deadline - now < kCancelSlice ? w.deadline : now + kCancelSlice;
}

}  // namespace

const char* statusName(WaitResult r) {
    switch (r) {
    case WaitResult::Ok: return "ok";
    case WaitResult::Timeout: return "timeout";
    case WaitResult::Cancelled: return "cancelled";
    case WaitResult::OwnerDead: return "owner dead";
    case WaitResult::Error: return "error";
    }
    return "?";
}

void futexWait(std::atomic<uint32_t>& word, uint32_t expected, Clock::time_point until) {
    static_assert(sizeof(std::atomic<uint32_t>) == sizeof(uint32_t) && std::atomic<uint32_t>::is_always_lock_free);
    // steady_clock is CLOCK_MONOTONIC on Linux, which is what FUTEX_WAIT_BITSET measures
    // absolute timeouts against (without FUTEX_CLOCK_REALTIME).
    timespec ts = toTimespec(until);
    const timespec* tp = until == Clock::time_point::max() ? nullptr : &ts;
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAIT_BITSET, expected, tp, nullptr,
            FUTEX_BITSET_MATCH_ANY);
}

void futexWake(std::atomic<uint32_t>& word, int count) {
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAKE, count, nullptr, nullptr, 0);
}

// --- Mutex -----------------------------------------------------------------------------------

bool Mutex::init(bool recursive) {
    pthread_mutexattr_t a;
    if (pthread_mutexattr_init(&a) != 0) return false;
    bool ok = pthread_mutexattr_settype(&a, recursive ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_NORMAL) == 0 &&
              pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED) == 0 &&
              pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST) == 0 && pthread_mutex_init(&m, &a) == 0;
    pthread_mutexattr_destroy(&a);
    return ok;
}

void Mutex::destroy() { pthread_mutex_destroy(&m); }

WaitResult Mutex::lock(const WaitSpec& w) {
    for (;;) {
        int rc;
        if (w.deadline == Clock::time_point::max() && !w.cancel) {
            rc = pthread_mutex_lock(&m);
        } else {
            Clock::time_point until = std::max(sliceEnd(w), Clock::time_point{});
#if defined(__SANITIZE_THREAD__)
            // GCC 12's ThreadSanitizer intercepts timedlock but not clocklock (it would then
            // report every unlock as unpaired): under TSan only, wait on the realtime clock.
            timespec ts = toTimespec(Clock::time_point{} + (std::chrono::system_clock::now().time_since_epoch() +
                                                            std::max(until - Clock::now(), Clock::duration::zero())));
            rc = pthread_mutex_timedlock(&m, &ts);
#else
            timespec ts = toTimespec(until);
            rc = pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &ts);
#endif
        }
        if (rc == 0) return WaitResult::Ok;
        if (rc == EOWNERDEAD) {
            // We own it now; making it consistent at once keeps it usable by everyone after us
            // (an unrecoverable mutex would fail every later lock with ENOTRECOVERABLE).
            pthread_mutex_consistent(&m);
            return WaitResult::OwnerDead;
        }
        if (rc != ETIMEDOUT) return WaitResult::Error;
        if (w.cancelled()) return WaitResult::Cancelled;
        if (Clock::now() >= w.deadline) return WaitResult::Timeout;
    }
}

bool Mutex::tryLock() {
    int rc = pthread_mutex_trylock(&m);
    if (rc == EOWNERDEAD) pthread_mutex_consistent(&m);
    return rc == 0 || rc == EOWNERDEAD;
}

void Mutex::unlock() { pthread_mutex_unlock(&m); }

// --- Semaphore -------------------------------------------------------------------------------

void Semaphore::init(uint32_t initial, uint32_t maximum) {
    value.store(initial, std::memory_order_relaxed);
    waiters.store(0, std::memory_order_relaxed);
    max = maximum;
}

bool Semaphore::tryAcquire() {
    uint32_t v = value.load(std::memory_order_relaxed);
    while (v > 0)
        if (value.compare_exchange_weak(v, v - 1, std::memory_order_acquire, std::memory_order_relaxed)) return true;
    return false;
}

WaitResult Semaphore::acquire(const WaitSpec& w) {
    for (;;) {
        if (tryAcquire()) return WaitResult::Ok;
        if (w.cancelled()) return WaitResult::Cancelled;
        if (Clock::now() >= w.deadline) return WaitResult::Timeout;
        // Announce ourselves before the last look at the value: release() reads `waiters` after
        // raising the value, so either we see its value or it sees us and wakes the futex.
        waiters.fetch_add(1, std::memory_order_seq_cst);
        if (value.load(std::memory_order_seq_cst) == 0) futexWait(value, 0, sliceEnd(w));
        waiters.fetch_sub(1, std::memory_order_relaxed);
    }
}

WaitResult Semaphore::release(uint32_t n) {
    uint32_t v = value.load(std::memory_order_relaxed);
    do {
        if (n > max || v > max - n) return WaitResult::Error;
    } while (!value.compare_exchange_weak(v, v + n, std::memory_order_seq_cst, std::memory_order_relaxed));
    if (waiters.load(std::memory_order_seq_cst) > 0) futexWake(value, static_cast<int>(std::min<uint32_t>(n, INT_MAX)));
    return WaitResult::Ok;
}

// --- Condition -------------------------------------------------------------------------------

void Condition::init() {
    seq.store(0, std::memory_order_relaxed);
    waiters.store(0, std::memory_order_relaxed);
}

WaitResult Condition::wait(Mutex& m, const WaitSpec& w) {
    uint32_t s = seq.load(std::memory_order_acquire);
    waiters.fetch_add(1, std::memory_order_seq_cst);
    m.unlock();
    WaitResult slept = WaitResult::Ok;
    if (w.cancelled()) {
        slept = WaitResult::Cancelled;
    } else if (Clock::now() >= w.deadline) {
        slept = WaitResult::Timeout;
    } else {
        futexWait(seq, s, sliceEnd(w));
        // A slice that ended without a notification is a spurious wakeup unless the deadline
        // passed or the run was cancelled: the caller re-checks and waits again.
        if (seq.load(std::memory_order_acquire) == s) {
            if (w.cancelled()) slept = WaitResult::Cancelled;
            else if (Clock::now() >= w.deadline) slept = WaitResult::Timeout;
        }
    }
    waiters.fetch_sub(1, std::memory_order_relaxed);
    WaitResult relock = m.lock(WaitSpec{Clock::time_point::max(), w.cancel});
    if (relock == WaitResult::Cancelled || relock == WaitResult::Error) return WaitResult::Cancelled;
    // One rule for callers: Cancelled never returns with the mutex held, so a cancelled waiter
    // cannot keep a queue locked through teardown.
    if (slept == WaitResult::Cancelled) {
        m.unlock();
        return WaitResult::Cancelled;
    }
    return relock == WaitResult::OwnerDead ? relock : slept;
}

void Condition::notifyOne() {
    seq.fetch_add(1, std::memory_order_seq_cst);
    if (waiters.load(std::memory_order_seq_cst) > 0) futexWake(seq, 1);
}

void Condition::notifyAll() {
    seq.fetch_add(1, std::memory_order_seq_cst);
    if (waiters.load(std::memory_order_seq_cst) > 0) futexWake(seq, INT_MAX);
}

}  // namespace il::native
