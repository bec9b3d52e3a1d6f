#include "app/cli/explorer.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "engine/runtime/runtime.hpp"
#include "app/cli/minimise.hpp"
#include "engine/sched/dfs_search.hpp"
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

namespace {

// BorrowedPolicy forwards to a policy owned elsewhere.
class BorrowedPolicy final : public sched::Policy {
public:
    explicit BorrowedPolicy(sched::Policy& inner) : m_inner(inner) {}
    std::optional<size_t> pick(const sched::ChoicePoint& point) override { return m_inner.pick(point); }
    void onTaskCreated(sched::TaskId task) override { m_inner.onTaskCreated(task); }
    std::string_view name() const override { return m_inner.name(); }

private:
    sched::Policy& m_inner;
};

}  // namespace

RunOutcome runHeadless(const rt::Settings& settings, std::shared_ptr<const vm::Program> program,
                       sched::Policy& policy) {
    return runHeadless(settings, std::move(program), std::make_unique<BorrowedPolicy>(policy));
}

uint64_t runSeed(uint64_t seed, uint64_t i) {
    // splitmix64 of (seed, i): neighbouring runs get unrelated seeds.
    uint64_t z = seed + (i + 1) * 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

namespace {

using Clock = std::chrono::steady_clock;

// exploreSeeded(): random and pct, run i under runSeed(seed, i), on options.jobs threads.
void exploreSeeded(const ProgramFactory& compile, const std::shared_ptr<const vm::Program>& mainProgram,
                   const std::string& hash, const rt::Settings& base, const ExploreOptions& options,
                   ExploreResult& result) {
    sched::PolicyOptions po;
    po.pctDepth = options.pctDepth;
    // PCT draws its change points from [1, k] with k the run's length: measure it once.
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
    auto worker = [&](const std::shared_ptr<const vm::Program>& program) {
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
}

// exploreDfs(): the bounded depth-first search, one schedule after another.
void exploreDfs(const std::shared_ptr<const vm::Program>& program, const std::string& hash, const rt::Settings& base,
                const ExploreOptions& options, ExploreResult& result) {
    sched::DfsSearch search(sched::DfsOptions{options.preemptions, options.partialOrder});
    rt::Settings s = base;
    s.policy = "dfs";
    uint64_t runs = 0;
    while (!search.exhausted() && result.tried < options.runs) {
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        RunOutcome o = runHeadless(s, program, search.policy());
        ++runs;
        const bool pruned = search.lastRunPruned();
        search.finishRun();
        if (pruned) ++result.pruned;
        else ++result.tried;
        if (options.progress && runs % 64 == 0) options.progress(result.tried);
        if (!pruned && o.failed()) {
            result.found = true;
            result.failing = Schedule{hash, s, sched::PolicyOptions{}, o.choices};
            result.outcome = std::move(o);
            break;
        }
    }
    result.made = runs;
    result.exhausted = search.exhausted() && !result.found;
}

}  // namespace

ExploreResult explore(const ProgramFactory& compile, const std::string& hash, const rt::Settings& settings,
                      const ExploreOptions& options) {
    const auto start = Clock::now();
    ExploreResult result;
    rt::Settings base = settings;
    base.systematic = true;
    std::shared_ptr<const vm::Program> mainProgram = compile();
    if (options.strategy == "dfs") exploreDfs(mainProgram, hash, base, options, result);
    else exploreSeeded(compile, mainProgram, hash, base, options, result);
    if (result.found) {
        // Whatever found it, the schedule is handed out as its choices alone (policy "replay"),
        // minimised unless asked not to.
        result.failing.settings.policy = "replay";
        if (options.minimise) {
            Minimised m = minimise(result.failing.settings, mainProgram, result.failing.choices);
            result.failing.choices = m.choices;
            result.outcome = std::move(m.outcome);
            result.preemptions = m.preemptions;
            result.steps = m.steps;
            result.originalPreemptions = m.originalPreemptions;
            result.originalSteps = m.originalSteps;
            result.minimiseRuns = m.runs;
        }
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

}  // namespace il::cli
