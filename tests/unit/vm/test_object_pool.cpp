// The object pool (engine/vm/object_pool.hpp): blocks of every size class come back usable,
// a block freed on another thread is reused there, and the blocks of a thread that ended are
// handed to the next thread instead of being lost.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

#include "engine/vm/object_pool.hpp"

using namespace il::vm;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPooled = false;  // plain operator new under ASan (object_pool.cpp)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kPooled = false;
#else
constexpr bool kPooled = true;
#endif
#else
constexpr bool kPooled = true;
#endif

TEST_CASE("object pool: every size up to and past the largest class is writable and comes back") {
    std::vector<std::pair<void*, size_t>> blocks;
    for (size_t bytes : {size_t(0), size_t(1), size_t(16), size_t(17), size_t(88), size_t(512), size_t(513),
                         size_t(2000), size_t(4096), size_t(4097), size_t(100000)}) {
        void* p = poolAllocate(bytes);
        REQUIRE(p != nullptr);
        CHECK(reinterpret_cast<uintptr_t>(p) % 16 == 0);
        std::memset(p, 0xab, bytes);
        blocks.emplace_back(p, bytes);
    }
    for (auto [p, bytes] : blocks) poolFree(p, bytes);
    if (kPooled) {
        // The most recently freed block of a class is the next one handed out.
        void* a = poolAllocate(200);
        poolFree(a, 200);
        CHECK(poolAllocate(200) == a);
        poolFree(a, 200);
    }
}

TEST_CASE("object pool: blocks freed on another thread, and a finished thread's blocks, are reused") {
    constexpr size_t kBytes = 3000;  // a class no other test of this process uses much
    std::vector<void*> made;
    std::thread maker([&] {
        for (int i = 0; i < 8; ++i) made.push_back(poolAllocate(kBytes));
    });
    maker.join();
    // Freed here, on a thread that may never have allocated: the blocks join this thread's lists.
    for (void* p : made) poolFree(p, kBytes);
    std::vector<void*> again;
    for (int i = 0; i < 8; ++i) again.push_back(poolAllocate(kBytes));
    if (kPooled)
        for (void* p : again) CHECK(std::find(made.begin(), made.end(), p) != made.end());
    // A thread that frees them and ends hands them over: the next thread gets them back.
    std::thread freer([&] {
        for (void* p : again) poolFree(p, kBytes);
    });
    freer.join();
    std::vector<void*> reused;
    std::thread taker([&] {
        for (int i = 0; i < 8; ++i) reused.push_back(poolAllocate(kBytes));
        for (void* p : reused) poolFree(p, kBytes);
    });
    taker.join();
    if (kPooled)
        for (void* p : reused) CHECK(std::find(made.begin(), made.end(), p) != made.end());
}
