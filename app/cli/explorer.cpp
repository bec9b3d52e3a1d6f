#include "app/cli/explorer.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "engine/runtime/runtime.hpp"
#include "engine/sched/recording_policy.hpp"

namespace il::cli {

RunOutcome runHeadless(const rt::Settings& settings, std::shared_ptr<const vm::Program> program,
                       std::unique_ptr<sched::Policy> policy) {
    auto recorder = std::make_unique<sched::RecordingPolicy>(std::move(policy));
    sched::RecordingPolicy* rec = recorder.get();
    // stdout is dropped; of stderr only the last line is kept (a traceback's "AssertionError: …").
    std::string lastErr;
    auto discard = [](std::string_view) {};
    auto keepLastLine = [&lastErr](std::string_view text) {
        while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
        if (text.empty()) return;
        size_t nl = text.rfind('\n');
        lastErr.assign(nl == std::string_view::npos ? text : text.substr(nl + 1));
    };
    rt::Runtime runtime(settings, std::move(program), discard, keepLastLine, std::move(recorder));
    RunOutcome o;
    o.verdict = runtime.run();
    o.uncaught = runtime.uncaughtExceptions();
    o.message = runtime.verdictMessage();
    if (o.message.empty()) o.message = lastErr;
    o.choices = rec->choices();
    o.steps = runtime.steps();
    return o;
}

uint64_t runSeed(uint64_t seed, uint64_t i) {
    // splitmix64 of (seed, i): neighbouring runs get unrelated seeds.
    uint64_t z = seed + (i + 1) * 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

ExploreResult explore(const ProgramFactory& compile, const std::string& hash, const rt::Settings& base,
                      const ExploreOptions& options) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    ExploreResult result;
    sched::PolicyOptions po;
    po.pctDepth = options.pctDepth;
    std::shared_ptr<const vm::Program> mainProgram = compile();
    // PCT draws its change points from [1, k] with k the run's length: measure it once with fifo.
    if (options.strategy == "pct") {
        rt::Settings s = base;
        s.policy = "fifo";
        po.pctExpectedSteps = std::max<uint64_t>(1, runHeadless(s, mainProgram, sched::makePolicy("fifo", po)).steps);
    }
    // Workers take run indices in increasing order; once run f failed, nobody starts a run past
    // f, and every run below f was started, so the lowest failing index is known at the end.
    std::atomic<uint64_t> next{0}, made{0};
    std::atomic<uint64_t> firstFailure{UINT64_MAX};
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    auto worker = [&](std::shared_ptr<const vm::Program> program) {
        for (;;) {
            const uint64_t i = next.fetch_add(1);
            if (i >= options.runs || i > firstFailure.load()) return;
            if (options.cancel && options.cancel->load()) {
                cancelled.store(true);
                return;
            }
            rt::Settings s = base;
            s.policy = options.strategy;
            sched::PolicyOptions runPo = po;
            s.seed = runPo.seed = runSeed(options.seed, i);
            RunOutcome o = runHeadless(s, program, makeRunPolicy(options.strategy, runPo));
            const uint64_t n = made.fetch_add(1) + 1;
            const bool report = options.progress && n % 64 == 0;
            if (!report && !o.failed()) continue;  // the common case takes no lock
            std::lock_guard lock(mutex);
            if (report) options.progress(n);
            if (o.failed() && i < firstFailure.load()) {
                firstFailure.store(i);
                result.failing = Schedule{hash, s, runPo, o.choices};
                result.outcome = std::move(o);
            }
        }
    };
    std::vector<std::thread> threads;
    for (unsigned j = 1; j < std::max(options.jobs, 1u); ++j) threads.emplace_back(worker, compile());
    worker(mainProgram);
    for (auto& t : threads) t.join();
    result.found = firstFailure.load() != UINT64_MAX;
    result.cancelled = cancelled.load();
    result.tried = result.found ? firstFailure.load() + 1 : result.cancelled ? made.load() : options.runs;
    result.made = made.load();
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

}  // namespace il::cli
