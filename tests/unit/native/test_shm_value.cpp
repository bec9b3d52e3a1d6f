// multiprocessing.Value's cell: ctypes conversions, and get_lock() across processes.

#include <doctest/doctest.h>

#include "engine/native/shm_value.hpp"
#include "tests/unit/native/fork_util.hpp"

using namespace il::native;
using il::native::test::forkChild;
using il::native::test::reap;

TEST_CASE("shm_value: stores convert like ctypes") {
    Scalar out;
    std::string err;
    REQUIRE(ShmValue::convert('b', Scalar::integer(200), out, &err));
    CHECK(out.i == -56);
    REQUIRE(ShmValue::convert('B', Scalar::integer(-1), out, &err));
    CHECK(out.i == 255);
    REQUIRE(ShmValue::convert('i', Scalar::integer(int64_t{1} << 31), out, &err));
    CHECK(out.i == -(int64_t{1} << 31));
    REQUIRE(ShmValue::convert('H', Scalar::integer(70000), out, &err));
    CHECK(out.i == 70000 - 65536);
    REQUIRE(ShmValue::convert('d', Scalar::integer(3), out, &err));
    CHECK(out.isFloat);
    CHECK(out.d == 3.0);
    REQUIRE(ShmValue::convert('f', Scalar::real(0.1), out, &err));
    CHECK(out.d == static_cast<double>(0.1f));
    REQUIRE(ShmValue::convert('?', Scalar::integer(7), out, &err));
    CHECK(out.i == 1);
    CHECK_FALSE(ShmValue::convert('i', Scalar::real(1.5), out, &err));
    CHECK(err == "int expected instead of float");
    CHECK_FALSE(ShmValue::convert('z', Scalar::integer(1), out, &err));
    CHECK(err.find("bad typecode 'z'") == 0);
}

TEST_CASE("shm_value: increments under get_lock() from two processes are never lost") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    std::string err;
    ShmValue v = ShmValue::create(*arena, 'i', Scalar::integer(0), &err);
    REQUIRE_MESSAGE(v.valid(), err);
    CHECK(v.typecode() == 'i');
    CHECK_FALSE(v.holdsFloat());
    constexpr int kEach = 20000;
    pid_t kids[2];
    for (pid_t& k : kids)
        k = forkChild([&] {
            for (int i = 0; i < kEach; ++i) {
                if (v.lock().lock() != WaitResult::Ok) return 1;
                // get_lock() is recursive, as CPython's RLock: nested `with` blocks work.
                if (v.lock().lock() != WaitResult::Ok) return 2;
                bool ok = v.store(Scalar::integer(v.load().i + 1), nullptr);
                v.lock().unlock();
                v.lock().unlock();
                if (!ok) return 3;
            }
            return 0;
        });
    for (pid_t k : kids) CHECK(reap(k) == 0);
    CHECK(v.load().i == 2 * kEach);

    ShmValue d = ShmValue::create(*arena, 'd', Scalar::real(1.5), &err);
    REQUIRE(d.valid());
    CHECK(d.load().isFloat);
    CHECK(d.load().d == 1.5);
    CHECK_FALSE(ShmValue::create(*arena, 'x', Scalar::integer(0), &err).valid());
    d.destroy();
}
