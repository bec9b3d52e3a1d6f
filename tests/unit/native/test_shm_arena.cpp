// The shared arena's allocator: alignment, reuse, a clear error when full, sharing across fork.

#include <doctest/doctest.h>

#include <cstring>
#include <vector>

#include "engine/native/shm_arena.hpp"
#include "tests/unit/native/fork_util.hpp"

using namespace il::native;

TEST_CASE("shm_arena: blocks are aligned, zeroed, distinct and reused after release") {
    std::string err;
    auto arena = ShmArena::create(1 << 20, &err);
    REQUIRE_MESSAGE(arena, err);
    Offset a = arena->allocate(10, &err), b = arena->allocate(100, &err);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a % 16 == 0);
    CHECK(b % 16 == 0);
    CHECK(a != b);
    CHECK(arena->at<char>(b)[99] == 0);
    std::memset(arena->at<char>(a), 0x5a, 10);
    size_t used = arena->bytesInUse();
    arena->release(a);
    CHECK(arena->bytesInUse() < used);
    Offset c = arena->allocate(12, &err);  // same size class: the freed block comes back
    CHECK(c == a);
    CHECK(arena->at<char>(c)[0] == 0);     // zeroed again
}

TEST_CASE("shm_arena: a full arena says so instead of crashing") {
    std::string err;
    auto arena = ShmArena::create(64 << 10, &err);
    REQUIRE(arena);
    std::vector<Offset> got;
    for (;;) {
        Offset o = arena->allocate(1000, &err);
        if (!o) break;
        got.push_back(o);
        REQUIRE(got.size() < 1000);
    }
    CHECK(got.size() >= 20);
    CHECK(err.find("shared memory arena full") != std::string::npos);
    err.clear();
    CHECK(arena->allocate(size_t{1} << 40, &err) == 0);
    CHECK(err.find("arena full") != std::string::npos);
    arena->release(got.back());
    CHECK(arena->allocate(1000, &err) == got.back());
    CHECK(ShmArena::create(16, &err) == nullptr);
    CHECK(err.find("too small") != std::string::npos);
}

TEST_CASE("shm_arena: a child's allocation and writes are seen by the parent") {
    auto arena = ShmArena::create(1 << 20, nullptr);
    REQUIRE(arena);
    Offset slot = arena->allocate(sizeof(Offset), nullptr);
    REQUIRE(slot);
    pid_t kid = il::native::test::forkChild([&] {
        Offset o = arena->allocate(32, nullptr);
        if (!o) return 1;
        std::strcpy(arena->at<char>(o), "from the child");
        *arena->at<Offset>(slot) = o;
        return 0;
    });
    CHECK(il::native::test::reap(kid) == 0);
    Offset o = *arena->at<Offset>(slot);
    REQUIRE(o);
    CHECK(std::string(arena->at<char>(o)) == "from the child");
    CHECK(arena->allocate(32, nullptr) != o);  // the parent's allocator saw the child's
}
