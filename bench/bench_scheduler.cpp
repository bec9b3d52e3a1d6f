// The sim executor's speed (rt::Runtime on embedded scenarios, one OS thread):
//   BM_LockSteps        20 threads looping on a threading.Lock around shared state
//   BM_LockQueueSteps   the same with a queue.Queue put/get per iteration (skipped while the
//                       queue module is missing)
//   BM_ProducerConsumer60s  3 producers (sleeping between puts) and 2 consumers (work()) on a
//                       bounded queue.Queue, simulated for 60 s of virtual time
// Counters: instructions per second of real time (the headline "steps/s": a scheduling point
// falls between any two instructions), executor-loop iterations (Runtime::steps()) per second,
// trace events and trace-log bytes per event (TraceLog::byteSize(), string table included).
// The time columns are the CPU time of one run (construction and run, not teardown), measured
// with CLOCK_THREAD_CPUTIME_ID because the machine is shared; wall_ms_per_run is real time.
//
// Targets (docs/performance.md, "Scheduler"): >= 5 M steps/s on one core (aim 10 M), 60 s of the
// producer/consumer scenario in < 0.2 s, <= 32 trace bytes per event.

#include <benchmark/benchmark.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <memory>
#include <string>

#include "engine/runtime/runtime.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/parser.hpp"

namespace {

using namespace il;

// 20 threads, each taking the lock, updating a shared counter and dict, then a bit of local work.
constexpr const char* kLockScenario = R"(import threading

ITER = 10000
lock = threading.Lock()
state = {"count": 0, "last": 0}
counter = 0

def worker(n):
    global counter
    local = 0
    for i in range(ITER):
        with lock:
            counter += 1
            state["count"] = state["count"] + 1
            state["last"] = n
        local += i % 7

threads = [threading.Thread(target=worker, args=(k,)) for k in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == 20 * ITER, counter
)";

// The same with a queue.Queue: each iteration also puts an item and gets one back.
constexpr const char* kLockQueueScenario = R"(import threading
import queue

ITER = 10000
lock = threading.Lock()
q = queue.Queue()
state = {"count": 0, "last": 0}
counter = 0

def worker(n):
    global counter
    local = 0
    for i in range(ITER):
        with lock:
            counter += 1
            state["count"] = state["count"] + 1
            state["last"] = n
        q.put(i)
        local += q.get()

threads = [threading.Thread(target=worker, args=(k,)) for k in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == 20 * ITER, counter
)";

// 3 producers put every 2 ms (sleeping between puts), 2 consumers work 0.2 ms per item on a
// bounded queue; daemon threads, so the run is cut at --until 60 s.
constexpr const char* kProducerConsumer = R"(import threading
import queue
import time
import interleave

q = queue.Queue(maxsize=10)

def producer(n):
    i = 0
    while True:
        q.put((n, i))
        i += 1
        time.sleep(0.002)

def consumer():
    while True:
        item = q.get()
        interleave.work(0.2)

for k in range(3):
    threading.Thread(target=producer, args=(k,), daemon=True).start()
for k in range(2):
    threading.Thread(target=consumer, daemon=True).start()
time.sleep(3600)
)";

std::shared_ptr<const vm::Program> compile(const char* text) {
    auto source = std::make_shared<script::SourceFile>("bench.py", text);
    script::ParseResult parsed = script::parseModule(*source);
    if (!parsed.ok()) return nullptr;
    return compiler::compileModule(*parsed.module, source).program;
}

struct Outcome {
    rt::Verdict verdict = rt::Verdict::Running;
    std::string err;
    uint64_t instructions = 0, steps = 0, events = 0, logBytes = 0, stringBytes = 0;
    int64_t virtualNs = 0;
    double seconds = 0;  // CPU time of the run (construction included, teardown not)
    double wall = 0;     // real time of the same
};

// cpuSeconds() is this thread's CPU time: the figures are per core, and the machine is shared.
double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

Outcome runOnce(const std::shared_ptr<const vm::Program>& program, const rt::Settings& settings) {
    Outcome o;
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    {
        rt::Runtime runtime(
            settings, program, [](std::string_view) {}, [&o](std::string_view s) { o.err.append(s); });
        o.verdict = runtime.run();
        o.seconds = cpuSeconds() - cpuStart;
        o.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        o.instructions = runtime.instructions();
        o.steps = runtime.steps();
        o.events = runtime.log().size();
        o.logBytes = runtime.log().byteSize();
        o.stringBytes = runtime.log().strings().byteSize();
        o.virtualNs = runtime.nowNs();
    }  // tearing the runtime down is not part of the figure
    return o;
}

// runScenario() runs the scenario once per iteration and reports the rates. `expected` is the
// verdict a correct run ends with; anything else skips the benchmark with the run's stderr.
void runScenario(benchmark::State& state, const char* text, const rt::Settings& settings, rt::Verdict expected) {
    const auto program = compile(text);
    if (!program) {
        state.SkipWithError("scenario does not compile");
        return;
    }
    Outcome total, last;
    for (auto _ : state) {
        last = runOnce(program, settings);
        if (last.verdict != expected) {
            std::fprintf(stderr, "verdict %s: %s\n", rt::nameOf(last.verdict), last.err.substr(0, 400).c_str());
            state.SkipWithError(last.err.find("No module named 'queue'") != std::string::npos
                                    ? "queue module not available yet"
                                    : "unexpected verdict");
            return;
        }
        total.instructions += last.instructions;
        total.steps += last.steps;
        total.seconds += last.seconds;
        total.wall += last.wall;
        state.SetIterationTime(last.seconds);
    }
    using benchmark::Counter;
    state.counters["instr_per_s"] = Counter(double(total.instructions) / total.seconds);
    state.counters["steps_per_s"] = Counter(double(total.steps) / total.seconds);
    state.counters["instructions"] = Counter(double(last.instructions));
    state.counters["steps"] = Counter(double(last.steps));
    state.counters["virtual_s"] = Counter(double(last.virtualNs) / 1e9);
    state.counters["events"] = Counter(double(last.events));
    state.counters["log_B_per_event"] = Counter(double(last.logBytes) / double(last.events));
    // The same without the unused tail of the last 16 Ki-event chunk: the per-event cost of a
    // longer run (32 B per event, 8 B per chunk pointer, the string table).
    const uint64_t chunk = il::trace::TraceLog::kChunkEvents;
    const uint64_t unused = (chunk - last.events % chunk) % chunk;
    state.counters["filled_B_per_event"] =
        Counter(double(last.logBytes - unused * sizeof(il::trace::Event)) / double(last.events));
    state.counters["string_table_B"] = Counter(double(last.stringBytes));
    state.counters["wall_ms_per_run"] = Counter(1e3 * total.wall / double(state.iterations()));
    state.counters["events_per_s"] = Counter(double(last.events) / last.seconds);
}

rt::Settings lockSettings(benchmark::State& state) {
    rt::Settings s;
    s.cores = int(state.range(0));
    s.gil = rt::GilMode(state.range(1));
    return s;
}

void BM_LockSteps(benchmark::State& state) {
    runScenario(state, kLockScenario, lockSettings(state), rt::Verdict::Ok);
}

void BM_LockQueueSteps(benchmark::State& state) {
    runScenario(state, kLockQueueScenario, lockSettings(state), rt::Verdict::Ok);
}

void BM_ProducerConsumer60s(benchmark::State& state) {
    rt::Settings s;
    s.untilNs = 60'000'000'000;
    runScenario(state, kProducerConsumer, s, rt::Verdict::Limit);
}

// Args: cores, GIL mode (0 new, 1 old, 2 off).
void lockArgs(benchmark::internal::Benchmark* b) {
    b->ArgNames({"cores", "gil"});
    b->Args({4, 0})->Args({4, 1})->Args({4, 2})->Args({1, 2});
    b->UseManualTime()->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_LockSteps)->Apply(lockArgs);
BENCHMARK(BM_LockQueueSteps)->Apply(lockArgs);
BENCHMARK(BM_ProducerConsumer60s)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
