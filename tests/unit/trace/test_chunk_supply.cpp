#include <doctest/doctest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <thread>
#include <vector>

#include "engine/trace/chunk_memory.hpp"
#include "engine/trace/chunk_supply.hpp"
#include "engine/trace/trace_log.hpp"

using namespace il::trace;

namespace {

// waitForReady() takes chunks until one is handed over (the helper may not have made it yet).
void* waitForReady(ChunkSupply& s) {
    for (int i = 0; i < 2000; ++i) {
        if (void* c = s.take()) return c;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return nullptr;
}

// residentPages() counts the pages of `chunk` that are in memory now (mincore).
size_t residentPages(void* chunk) {
    const size_t page = size_t(::sysconf(_SC_PAGESIZE));
    std::vector<unsigned char> in(kChunkBytes / page);
    REQUIRE(::mincore(chunk, kChunkBytes, in.data()) == 0);
    size_t n = 0;
    for (unsigned char c : in) n += c & 1;
    return n;
}

}  // namespace

TEST_CASE("trace.chunk supply hands over chunks already faulted in, aligned, and makes more") {
    ChunkSupply s;
    const size_t pages = kChunkBytes / size_t(::sysconf(_SC_PAGESIZE));
    for (int round = 0; round < ChunkSupply::kReady + 2; ++round) {
        void* c = waitForReady(s);
        REQUIRE(c != nullptr);
        CHECK(reinterpret_cast<uintptr_t>(c) % kChunkBytes == 0);
        CHECK(residentPages(c) == pages);  // a fresh mapChunk() has none
        static_cast<char*>(c)[kChunkBytes - 1] = 1;  // writable to the end
        unmapChunk(c);
    }
    CHECK(s.taken() == size_t(ChunkSupply::kReady + 2));
    void* fresh = mapChunk();
    CHECK(residentPages(fresh) == 0);
    unmapChunk(fresh);
}

TEST_CASE("trace.log takes its chunks from its supply, then maps its own once told to stop") {
    ChunkSupply s;
    TraceLog log;
    log.useSupply(&s);
    const size_t perChunk = TraceLog::kChunkEvents;
    auto add = [&log](size_t n) {
        for (size_t i = 0; i < n; ++i) {
            Event e;
            e.timeNs = log.size();
            e.value = log.size() * 7;
            log.append(e);
        }
    };
    // One chunk at a time, each after the helper had time to ready the next.
    for (int chunk = 0; chunk < 3; ++chunk) {
        while (true) {
            size_t before = s.taken() + s.missed();
            add(chunk == 0 ? 1 : perChunk);
            if (s.taken() + s.missed() > before) break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    CHECK(s.taken() + s.missed() == 3);
    CHECK(s.taken() >= 2);  // the first request may come before the helper made anything
    log.useSupply(nullptr);
    const size_t requests = s.taken() + s.missed();
    add(perChunk * 2);
    CHECK(s.taken() + s.missed() == requests);
    REQUIRE(log.size() == 1 + 4 * perChunk);
    for (size_t i = 0; i < log.size(); i += 4099) CHECK(log.at(i).value == i * 7);
    CHECK(log.at(log.size() - 1).timeNs == log.size() - 1);
}
