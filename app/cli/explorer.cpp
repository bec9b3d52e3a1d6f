#include "app/cli/explorer.hpp"

#include <chrono>

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

ExploreResult explore(std::shared_ptr<const vm::Program> program, const std::string& hash,
                      const rt::Settings& base, const ExploreOptions& options) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    ExploreResult result;
    sched::PolicyOptions po;
    po.pctDepth = options.pctDepth;
    // PCT draws its change points from [1, k] with k the run's length: measure it once with fifo.
    if (options.strategy == "pct") {
        rt::Settings s = base;
        s.policy = "fifo";
        po.pctExpectedSteps = std::max<uint64_t>(1, runHeadless(s, program, sched::makePolicy("fifo", po)).steps);
    }
    for (uint64_t i = 0; i < options.runs; ++i) {
        rt::Settings s = base;
        s.policy = options.strategy;
        s.seed = po.seed = runSeed(options.seed, i);
        RunOutcome o = runHeadless(s, program, makeRunPolicy(options.strategy, po));
        result.tried = i + 1;
        if (options.progress && (i % 64) == 63) options.progress(i + 1);
        if (o.failed()) {
            result.found = true;
            result.failing = Schedule{hash, s, po, o.choices};
            result.outcome = std::move(o);
            break;
        }
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

}  // namespace il::cli
