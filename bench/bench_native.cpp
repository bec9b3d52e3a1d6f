// bench_native: issue 8's figures for the native executor (docs/performance.md, "Native
// executor"). Prints, does not assert.
//   BM_StdMutexPair       a bare std::mutex lock + unlock, the yardstick
//   BM_TracedMutexPair    the same with the two events the runtime records for a lock pair
//                         (LockAcquired, LockReleased) through trace::TraceRecorder, into a log
//                         whose chunks a ChunkSupply faults in ahead, as a native run's log
//   BM_TracedMutexPairUnsupplied  the same into a log that maps its own chunks
//   BM_TraceEvent         one trace event recorded on the hot path (supplied log)
//   BM_SteadyClockNow     one std::chrono::steady_clock::now(), what a native run stamps events with
//   BM_ForkWaitpid        fork() of a trivial child and waitpid()
//   BM_ScriptLockPair     a script's threading.Lock acquire() + release() in a native run, the
//                         script's empty loop subtracted (interpreter calls included)
//   BM_ScriptProcess      a script's Process(target=f).start() + join() in a native run, and
//                         beside it fork() + waitpid() of a trivial child from the same process
//   BM_ScriptProcessMany  the same, over 1000 starts: a start must not grow with the number of
//                         processes started before it (it did, to 2x, until 2026-11-24)
#include <benchmark/benchmark.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <string>

#include "engine/runtime/runtime.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/parser.hpp"
#include "engine/trace/chunk_supply.hpp"
#include "engine/trace/trace_recorder.hpp"

namespace {

using namespace il;

void BM_StdMutexPair(benchmark::State& state) {
    std::mutex m;
    for (auto _ : state) {
        m.lock();
        m.unlock();
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_StdMutexPair);

// A log and the recorder writing into it, replaced together when the log is full enough.
struct Sink {
    explicit Sink(trace::ChunkSupply* supply) { log.useSupply(supply); }
    trace::TraceLog log;
    trace::TraceRecorder rec{log};
};

// A fresh sink once the log holds 1 M events (32 MiB), to keep memory bounded; freeing the old
// one is not timed. Memory given back is what the kernel hands out next, so every log but the
// first writes into memory the VM's host has backed already (a first touch of memory the host
// never backed costs ~70 ns an event here; docs/performance.md).
void renewIfFull(benchmark::State& state, std::unique_ptr<Sink>& sink, trace::ChunkSupply* supply) {
    if (sink->log.size() < (1u << 20)) return;
    state.PauseTiming();
    sink = std::make_unique<Sink>(supply);
    state.ResumeTiming();
}

void tracedMutexPairs(benchmark::State& state, trace::ChunkSupply* supply) {
    std::mutex m;
    auto sink = std::make_unique<Sink>(supply);
    uint64_t ns = 0;
    for (auto _ : state) {
        m.lock();
        sink->rec.record(++ns, trace::EventKind::LockAcquired, 1, 2, 1);
        sink->rec.record(++ns, trace::EventKind::LockReleased, 1, 2, 0);
        m.unlock();
        renewIfFull(state, sink, supply);
    }
}

void BM_TracedMutexPair(benchmark::State& state) {
    trace::ChunkSupply supply;
    tracedMutexPairs(state, &supply);
    state.counters["chunks_missed"] = double(supply.missed());
}
BENCHMARK(BM_TracedMutexPair);

void BM_TracedMutexPairUnsupplied(benchmark::State& state) { tracedMutexPairs(state, nullptr); }
BENCHMARK(BM_TracedMutexPairUnsupplied);

void BM_TraceEvent(benchmark::State& state) {
    trace::ChunkSupply supply;
    auto sink = std::make_unique<Sink>(&supply);
    uint64_t ns = 0;
    for (auto _ : state) {
        ++ns;
        sink->rec.record(ns, trace::EventKind::QueuePut, 3, 4, ns & 7);
        renewIfFull(state, sink, &supply);
    }
}
BENCHMARK(BM_TraceEvent);

void BM_SteadyClockNow(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(std::chrono::steady_clock::now());
}
BENCHMARK(BM_SteadyClockNow);

void forkWaitpid() {
    pid_t pid = ::fork();
    if (pid == 0) ::_exit(0);
    int status = 0;
    ::waitpid(pid, &status, 0);
}

void BM_ForkWaitpid(benchmark::State& state) {
    for (auto _ : state) forkWaitpid();
}
BENCHMARK(BM_ForkWaitpid)->UseRealTime();

// runNative() runs `text` natively and returns the number it printed last (ns per operation);
// `after`, if given, runs once the run is over, the runtime (its heap, its trace) still alive.
double runNative(const std::string& text, const std::function<void()>& after = {}) {
    auto source = std::make_shared<script::SourceFile>("bench.py", text);
    script::ParseResult parsed = script::parseModule(*source);
    compiler::CompileResult r = compiler::compileModule(*parsed.module, source);
    if (!r.program) std::abort();
    rt::Settings s;
    s.executor = rt::Executor::Native;
    s.limits.maxInstructions = 0;
    std::string out;
    rt::Runtime runtime(s, r.program, [&out](std::string_view t) { out.append(t); }, [](std::string_view) {});
    runtime.run();
    if (after) after();
    size_t nl = out.rfind('\n', out.size() - 2);
    return std::atof(out.c_str() + (nl == std::string::npos ? 0 : nl + 1));
}

void BM_ScriptLockPair(benchmark::State& state) {
    for (auto _ : state) {
        double ns = runNative(R"(import threading, time
N = 200000
lock = threading.Lock()
t0 = time.perf_counter()
for i in range(N):
    pass
empty = time.perf_counter() - t0
t0 = time.perf_counter()
for i in range(N):
    lock.acquire()
    lock.release()
locked = time.perf_counter() - t0
print((locked - empty) / N * 1e9)
)");
        state.counters["ns_per_pair"] = ns;
    }
}
BENCHMARK(BM_ScriptLockPair)->Iterations(3)->UseRealTime();

// startsAndJoins(n): a script that starts and joins n processes one after another and prints the
// ns each took.
std::string startsAndJoins(int n) {
    return R"(import multiprocessing as mp, time
def f():
    pass
N = )" + std::to_string(n) +
           R"(
t0 = time.perf_counter()
for i in range(N):
    p = mp.Process(target=f)
    p.start()
    p.join()
print((time.perf_counter() - t0) / N * 1e9)
)";
}

// Beside each figure, fork + waitpid of a trivial child from the same process, its runtime's
// heap and trace still in memory: what forking the runtime costs before it runs anything.
void BM_ScriptProcess(benchmark::State& state) {
    for (auto _ : state) {
        double forkNs = 0;
        auto trivialForks = [&forkNs] {
            constexpr int kForks = 50;
            auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < kForks; ++i) forkWaitpid();
            forkNs = double(std::chrono::nanoseconds(std::chrono::steady_clock::now() - t0).count()) / kForks;
        };
        double ns = runNative(startsAndJoins(50), trivialForks);
        state.counters["ns_per_process"] = ns;
        state.counters["ns_trivial_fork_here"] = forkNs;
        state.counters["ratio"] = ns / forkNs;
    }
}
BENCHMARK(BM_ScriptProcess)->Iterations(3)->UseRealTime();

void BM_ScriptProcessMany(benchmark::State& state) {
    for (auto _ : state) state.counters["ns_per_process"] = runNative(startsAndJoins(1000));
}
BENCHMARK(BM_ScriptProcessMany)->Iterations(2)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
