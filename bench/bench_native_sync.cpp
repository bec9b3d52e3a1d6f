// Issue 8's native primitives (engine/native), uncontended, one thread unless noted:
//   BM_StdMutexPair      std::mutex lock + unlock: the baseline the issue compares against
//   BM_ShmMutexPair      the robust process-shared Mutex lock + unlock (same loop, side by side)
//   BM_ShmSemaphorePair  Semaphore acquire + release
//   BM_RingPutGet16      ShmRing put + get of a 16-byte message (two arena allocations' worth)
//   BM_PipeSendRecv16    a socketpair Pipe send + recv of 16 bytes (same process, both ends)
//   BM_ForkWaitpid       fork() of a child that _exits at once + waitpid(): the baseline for
//                        "start and join a script process <= 3x fork+waitpid"
// Figures: docs/performance.md, "Native primitives (issue 8)".

#include <benchmark/benchmark.h>

#include <mutex>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/native/shm_arena.hpp"
#include "engine/native/shm_ring.hpp"
#include "engine/native/shm_sync.hpp"
#include "engine/native/socket_pipe.hpp"

namespace {

using namespace il::native;

void BM_StdMutexPair(benchmark::State& state) {
    std::mutex m;
    for (auto _ : state) {
        m.lock();
        m.unlock();
    }
}
BENCHMARK(BM_StdMutexPair);

void BM_ShmMutexPair(benchmark::State& state) {
    auto arena = ShmArena::create(1 << 20, nullptr);
    auto* m = arena->at<Mutex>(arena->allocate(sizeof(Mutex), nullptr));
    if (!m->init()) state.SkipWithError("mutex init failed");
    for (auto _ : state) {
        benchmark::DoNotOptimize(m->lock());
        m->unlock();
    }
}
BENCHMARK(BM_ShmMutexPair);

void BM_ShmSemaphorePair(benchmark::State& state) {
    auto arena = ShmArena::create(1 << 20, nullptr);
    auto* s = arena->at<Semaphore>(arena->allocate(sizeof(Semaphore), nullptr));
    s->init(1, 1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(s->acquire());
        benchmark::DoNotOptimize(s->release());
    }
}
BENCHMARK(BM_ShmSemaphorePair);

void BM_RingPutGet16(benchmark::State& state) {
    auto arena = ShmArena::create(1 << 20, nullptr);
    ShmRing q = ShmRing::create(*arena, 8, 0, nullptr);
    const std::string msg(16, 'm');
    std::string out;
    out.reserve(64);
    for (auto _ : state) {
        benchmark::DoNotOptimize(q.put(msg));
        benchmark::DoNotOptimize(q.get(out));
    }
}
BENCHMARK(BM_RingPutGet16);

void BM_PipeSendRecv16(benchmark::State& state) {
    PipeEnd a, b;
    if (!makePipe(true, a, b, nullptr)) state.SkipWithError("socketpair failed");
    const std::string msg(16, 'm');
    std::string out;
    for (auto _ : state) {
        benchmark::DoNotOptimize(a.send(msg));
        benchmark::DoNotOptimize(b.recv(out));
    }
}
BENCHMARK(BM_PipeSendRecv16);

void BM_ForkWaitpid(benchmark::State& state) {
    for (auto _ : state) {
        pid_t pid = fork();
        if (pid == 0) _exit(0);
        int status = 0;
        waitpid(pid, &status, 0);
    }
}
// Real time: the cost is mostly in the kernel and the child, not this thread's CPU.
BENCHMARK(BM_ForkWaitpid)->UseRealTime()->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
