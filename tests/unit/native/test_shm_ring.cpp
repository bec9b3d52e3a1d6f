// The shared message queue: blocking, bounds, close, and 2 producers x 2 consumers across
// processes (bound never exceeded, every item delivered exactly once).

#include <doctest/doctest.h>

#include <atomic>
#include <string>

#include "engine/native/shm_ring.hpp"
#include "tests/unit/native/fork_util.hpp"

using namespace il::native;
using il::native::test::forkChild;
using il::native::test::reap;
using namespace std::chrono_literals;

TEST_CASE("shm_ring: FIFO, sizes, timeouts on full and empty, close gives EOF after draining") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    std::string err;
    ShmRing q = ShmRing::create(*arena, 2, 0, &err);
    REQUIRE_MESSAGE(q.valid(), err);
    CHECK(q.empty());
    CHECK(q.put("one") == RingStatus::Ok);
    CHECK(q.put(std::string("t\0o", 3)) == RingStatus::Ok);
    CHECK(q.full());
    CHECK(q.qsize() == 2);
    CHECK(q.bytes() == 6);
    CHECK(q.put("three", WaitSpec::within(20ms)) == RingStatus::Timeout);
    CHECK(q.put("three", WaitSpec::poll()) == RingStatus::Timeout);
    std::string out;
    CHECK(q.get(out) == RingStatus::Ok);
    CHECK(out == "one");
    CHECK(q.get(out) == RingStatus::Ok);
    CHECK(out == std::string("t\0o", 3));
    CHECK(q.get(out, WaitSpec::within(20ms)) == RingStatus::Timeout);
    CHECK(q.put("") == RingStatus::Ok);  // empty messages are messages
    q.close();
    CHECK(q.put("late") == RingStatus::Closed);
    CHECK(q.get(out) == RingStatus::Ok);
    CHECK(out.empty());
    CHECK(q.get(out) == RingStatus::Closed);
    size_t before = arena->bytesInUse();
    q.destroy();
    CHECK(arena->bytesInUse() < before);
}

TEST_CASE("shm_ring: a byte budget bounds the queue; a lone oversized message still passes") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    ShmRing q = ShmRing::create(*arena, 0, 10, nullptr);
    REQUIRE(q.valid());
    CHECK(q.put("123456") == RingStatus::Ok);
    CHECK(q.put("123456", WaitSpec::poll()) == RingStatus::Timeout);
    CHECK(q.put("1234") == RingStatus::Ok);
    std::string out;
    CHECK(q.get(out) == RingStatus::Ok);
    CHECK(q.get(out) == RingStatus::Ok);
    CHECK(q.put(std::string(100, 'x'), WaitSpec::poll()) == RingStatus::Ok);
}

TEST_CASE("shm_ring: an unbounded queue reports a full arena clearly") {
    auto arena = ShmArena::create(64 << 10, nullptr);
    REQUIRE(arena);
    ShmRing q = ShmRing::create(*arena, 0, 0, nullptr);
    REQUIRE(q.valid());
    std::string err;
    RingStatus s = RingStatus::Ok;
    int n = 0;
    while ((s = q.put(std::string(1000, 'x'), {}, &err)) == RingStatus::Ok) REQUIRE(++n < 1000);
    CHECK(s == RingStatus::NoMemory);
    CHECK(err.find("arena full") != std::string::npos);
    CHECK(q.qsize() == static_cast<uint64_t>(n));
}

TEST_CASE("shm_ring: a getter in a child blocks until the parent puts, then sees EOF on close") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    ShmRing q = ShmRing::create(*arena, 1, 0, nullptr);
    REQUIRE(q.valid());
    pid_t kid = forkChild([&] {
        std::string m;
        if (q.get(m, WaitSpec::within(5s)) != RingStatus::Ok || m != "wake") return 1;
        return q.get(m, WaitSpec::within(5s)) == RingStatus::Closed ? 0 : 2;
    });
    std::this_thread::sleep_for(30ms);
    CHECK(q.put("wake") == RingStatus::Ok);
    std::this_thread::sleep_for(30ms);
    q.close();
    CHECK(reap(kid) == 0);
}

TEST_CASE("shm_ring: 2 producers x 2 consumers across processes never exceed maxsize, lose nothing") {
    constexpr uint64_t kMax = 3;
    constexpr int kPerProducer = 3000;
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    ShmRing q = ShmRing::create(*arena, kMax, 0, nullptr);
    REQUIRE(q.valid());
    struct Tally {
        std::atomic<uint32_t> seen[2 * kPerProducer];
        std::atomic<uint64_t> maxQsize;
    };
    Offset toff = arena->allocate(sizeof(Tally), nullptr);
    REQUIRE(toff);
    auto* tally = arena->at<Tally>(toff);
    auto observe = [&] {
        uint64_t n = q.qsize(), m = tally->maxQsize.load();
        while (n > m && !tally->maxQsize.compare_exchange_weak(m, n)) {}
    };
    pid_t kids[4];
    for (int p = 0; p < 2; ++p)
        kids[p] = forkChild([&, p] {
            for (int i = 0; i < kPerProducer; ++i) {
                if (q.put(std::to_string(p * kPerProducer + i), WaitSpec::within(10s)) != RingStatus::Ok) return 1;
                observe();
            }
            return 0;
        });
    for (int c = 2; c < 4; ++c)
        kids[c] = forkChild([&] {
            std::string m;
            for (;;) {
                RingStatus s = q.get(m, WaitSpec::within(10s));
                if (s == RingStatus::Closed) return 0;
                if (s != RingStatus::Ok) return 1;
                tally->seen[std::stoi(m)].fetch_add(1);
                observe();
            }
        });
    CHECK(reap(kids[0], 30s) == 0);
    CHECK(reap(kids[1], 30s) == 0);
    q.close();
    CHECK(reap(kids[2], 30s) == 0);
    CHECK(reap(kids[3], 30s) == 0);
    int once = 0;
    for (auto& s : tally->seen) once += s.load() == 1;
    CHECK(once == 2 * kPerProducer);
    CHECK(tally->maxQsize.load() <= kMax);
    CHECK(tally->maxQsize.load() >= 1);
    CHECK(q.empty());
}

TEST_CASE("shm_ring: a process killed while using the queue leaves it usable and consistent") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    ShmRing q = ShmRing::create(*arena, 0, 0, nullptr);
    REQUIRE(q.valid());
    pid_t kid = forkChild([&]() -> int {
        std::string m;
        for (uint64_t i = 0;; ++i) {
            (void)q.put("x");
            if (i % 2) (void)q.get(m);
        }
    });
    std::this_thread::sleep_for(50ms);
    kill(kid, SIGKILL);
    CHECK(reap(kid) == 128 + SIGKILL);
    // Whether or not it died inside the lock, the count matches what can be taken out.
    uint64_t n = q.qsize();
    CHECK(n > 0);
    std::string m;
    uint64_t taken = 0;
    while (q.get(m, WaitSpec::poll()) == RingStatus::Ok) ++taken;
    CHECK(taken == n);
    CHECK(q.put("after") == RingStatus::Ok);
    CHECK(q.get(m, WaitSpec::poll()) == RingStatus::Ok);
    CHECK(m == "after");
    MESSAGE("owner deaths repaired: " << q.ownerDeaths());
}

TEST_CASE("shm_ring: cancel frees a blocked getter and putter in children; the queue stays unlocked") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    ShmRing empty = ShmRing::create(*arena, 1, 0, nullptr), full = ShmRing::create(*arena, 1, 0, nullptr);
    REQUIRE(full.put("x") == RingStatus::Ok);
    WaitSpec forever{Clock::time_point::max(), &arena->cancelFlag()};
    pid_t getter = forkChild([&] {
        std::string m;
        return empty.get(m, forever) == RingStatus::Cancelled ? 0 : 1;
    });
    pid_t putter = forkChild([&] { return full.put("y", forever) == RingStatus::Cancelled ? 0 : 1; });
    std::this_thread::sleep_for(50ms);
    arena->cancel();
    CHECK(reap(getter, 2s) == 0);
    CHECK(reap(putter, 2s) == 0);
    CHECK(empty.qsize() == 0);  // would hang if a cancelled waiter had kept the lock
    CHECK(full.qsize() == 1);
}
