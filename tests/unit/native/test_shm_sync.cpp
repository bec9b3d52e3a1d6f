// Process-shared mutex, semaphore and condition, exercised across fork().

#include <doctest/doctest.h>

#include <atomic>

#include "engine/native/shm_arena.hpp"
#include "engine/native/shm_sync.hpp"
#include "tests/unit/native/fork_util.hpp"

using namespace il::native;
using il::native::test::forkChild;
using il::native::test::reap;
using namespace std::chrono_literals;

namespace {

struct Shared {
    Mutex mutex;
    Semaphore sem;
    Condition cond;
    std::atomic<uint32_t> flag;
    uint64_t counter;
};

Shared* makeShared(ShmArena& arena) {
    std::string err;
    Offset off = arena.allocate(sizeof(Shared), &err);
    REQUIRE_MESSAGE(off, err);
    auto* s = arena.at<Shared>(off);
    REQUIRE(s->mutex.init());
    s->sem.init(0, 4);
    s->cond.init();
    return s;
}

}  // namespace

TEST_CASE("shm_sync: a mutex excludes across processes (no lost increments)") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    Shared* s = makeShared(*arena);
    constexpr int kPerProcess = 20000;
    pid_t kids[2];
    for (pid_t& k : kids)
        k = forkChild([&] {
            for (int i = 0; i < kPerProcess; ++i) {
                if (s->mutex.lock() != WaitResult::Ok) return 1;
                uint64_t v = s->counter;  // a read-modify-write the lock must protect
                s->counter = v + 1;
                s->mutex.unlock();
            }
            return 0;
        });
    for (pid_t k : kids) CHECK(reap(k) == 0);
    CHECK(s->counter == 2 * kPerProcess);
}

TEST_CASE("shm_sync: a child killed holding the mutex leaves it to the parent with OwnerDead") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    Shared* s = makeShared(*arena);
    pid_t kid = forkChild([&] {
        if (s->mutex.lock() != WaitResult::Ok) return 1;
        s->flag.store(1);
        futexWake(s->flag, 1);
        for (;;) pause();  // holds the lock until killed
    });
    while (s->flag.load() == 0) futexWait(s->flag, 0, Clock::now() + 10ms);
    // While the child lives, a timed lock times out.
    CHECK(s->mutex.lock(WaitSpec::within(50ms)) == WaitResult::Timeout);
    kill(kid, SIGKILL);
    CHECK(reap(kid) == 128 + SIGKILL);
    CHECK(s->mutex.lock(WaitSpec::within(2s)) == WaitResult::OwnerDead);
    s->mutex.unlock();
    // Made consistent: the next locker gets a plain Ok.
    CHECK(s->mutex.lock(WaitSpec::within(2s)) == WaitResult::Ok);
    s->mutex.unlock();
}

TEST_CASE("shm_sync: a semaphore wakes a waiting parent from a child; bounds and timeouts") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    Shared* s = makeShared(*arena);
    auto start = Clock::now();
    CHECK(s->sem.acquire(WaitSpec::within(30ms)) == WaitResult::Timeout);
    CHECK(Clock::now() - start >= 30ms);
    pid_t kid = forkChild([&] {
        std::this_thread::sleep_for(50ms);
        return s->sem.release(2) == WaitResult::Ok ? 0 : 1;
    });
    CHECK(s->sem.acquire(WaitSpec::within(5s)) == WaitResult::Ok);
    CHECK(s->sem.acquire(WaitSpec::within(5s)) == WaitResult::Ok);
    CHECK(reap(kid) == 0);
    CHECK(s->sem.get() == 0);
    CHECK(s->sem.release(4) == WaitResult::Ok);
    CHECK(s->sem.release(1) == WaitResult::Error);  // beyond max: unchanged
    CHECK(s->sem.get() == 4);
    CHECK(s->sem.tryAcquire());
    CHECK(s->sem.get() == 3);
}

TEST_CASE("shm_sync: the cancel flag frees waiters of every kind in other processes") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    Shared* s = makeShared(*arena);
    std::atomic<uint32_t>* cancel = &arena->cancelFlag();
    REQUIRE(s->mutex.lock() == WaitResult::Ok);  // the parent holds the mutex throughout
    pid_t semKid = forkChild([&] { return s->sem.acquire(WaitSpec{Clock::time_point::max(), cancel}) == WaitResult::Cancelled ? 0 : 1; });
    pid_t mutexKid = forkChild([&] { return s->mutex.lock(WaitSpec{Clock::time_point::max(), cancel}) == WaitResult::Cancelled ? 0 : 1; });
    std::this_thread::sleep_for(60ms);
    auto start = Clock::now();
    arena->cancel();
    CHECK(reap(semKid, 2s) == 0);
    CHECK(reap(mutexKid, 2s) == 0);
    CHECK(Clock::now() - start < 1s);
    s->mutex.unlock();
}

TEST_CASE("shm_sync: a condition wakes a waiter in another process; timeouts and cancel") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    Shared* s = makeShared(*arena);
    pid_t kid = forkChild([&] {
        if (s->mutex.lock() != WaitResult::Ok) return 1;
        WaitSpec w = WaitSpec::within(5s);
        while (s->counter == 0)
            if (s->cond.wait(s->mutex, w) != WaitResult::Ok) return 2;
        s->counter = 100;
        s->mutex.unlock();
        return 0;
    });
    std::this_thread::sleep_for(30ms);
    REQUIRE(s->mutex.lock() == WaitResult::Ok);
    s->counter = 1;
    s->mutex.unlock();
    s->cond.notifyAll();
    CHECK(reap(kid) == 0);
    CHECK(s->counter == 100);

    REQUIRE(s->mutex.lock() == WaitResult::Ok);
    CHECK(s->cond.wait(s->mutex, WaitSpec::within(20ms)) == WaitResult::Timeout);  // relocked
    s->mutex.unlock();
    arena->cancel();
    REQUIRE(s->mutex.lock() == WaitResult::Ok);
    CHECK(s->cond.wait(s->mutex, WaitSpec{Clock::time_point::max(), &arena->cancelFlag()}) == WaitResult::Cancelled);
    CHECK(s->mutex.tryLock());  // a cancelled wait does not keep the mutex
    s->mutex.unlock();
}
