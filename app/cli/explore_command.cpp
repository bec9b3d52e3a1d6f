// `interleave explore FILE`: runs a scenario many times in systematic steps, headless, under
// random or PCT choices or a bounded depth-first search; stops at the first failing run
// (deadlock, error, uncaught exception in any task, failed assert, limit), minimises it and
// writes its schedule for `interleave replay`.
// Exit codes: 0 no failure found, 1 script error, 2 usage, 3 a failing schedule was found.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>
#include <unistd.h>

#include "app/cli/commands.hpp"
#include "app/cli/compile_file.hpp"
#include "app/cli/explorer.hpp"
#include "app/cli/limit_options.hpp"
#include "engine/runtime/runtime.hpp"
#include "engine/sched/policy.hpp"

namespace il::cli {

namespace {

struct ExploreCliOptions {
    std::string file;
    std::string outPath;
    ExploreOptions explore;
    rt::Settings settings;
    bool runsGiven = false;
    DeclaredLimits limits;  // the limit options given
};

constexpr uint64_t kExploreMaxInstructions = 50'000'000;

int exploreScript(ExploreCliOptions& opt) {
    CompiledFile compiled = compileFile(opt.file);
    if (!compiled.program) return 1;
    // The limits given, else those the script declares, else run's defaults but for instructions
    // (explore runs are short: a forgotten `while True` should not stall the search 15 s a run).
    rt::Settings base = resolveLimits(opt.settings, kExploreMaxInstructions, compiled.limits, opt.limits);
    const bool tty = isatty(fileno(stderr)) != 0;
    // dfs runs until its bounded space is exhausted unless --runs caps it.
    if (opt.explore.strategy == "dfs" && !opt.runsGiven) opt.explore.runs = uint64_t(1) << 40;
    const uint64_t total = opt.explore.runs;
    const bool bounded = opt.explore.strategy != "dfs" || opt.runsGiven;
    if (tty) {
        const auto start = std::chrono::steady_clock::now();
        // The search stops at the first failure, so "0 failures" until the line is replaced.
        opt.explore.progress = [total, bounded, start](uint64_t done) {
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            const double rate = s > 0 ? double(done) / s : 0.0;
            if (bounded)
                std::fprintf(stderr, "\r  %llu/%llu runs, 0 failures, %.0f runs/s, ETA %.0f s  ", (unsigned long long)done,
                             (unsigned long long)total, rate,
                             rate > 0 ? double(total - std::min(done, total)) / rate : 0.0);
            else
                std::fprintf(stderr, "\r  %llu schedules, 0 failures, %.0f schedules/s (until the bound is exhausted)  ",
                             (unsigned long long)done, rate);
        };
    }
    // Each extra job compiles its own copy (compiled programs stay on one OS thread).
    std::shared_ptr<const vm::Program> first = compiled.program;
    const std::string path = opt.file;
    ProgramFactory compile = [&first, path]() -> std::shared_ptr<const vm::Program> {
        if (first) return std::exchange(first, nullptr);
        std::string ignored;
        return compileFile(path, &ignored).program;
    };
    ExploreResult r = explore(compile, scriptHash(compiled.source->text()), base, opt.explore);
    if (tty) std::fprintf(stderr, "\r\033[K");
    const double rate = r.seconds > 0 ? double(r.made) / r.seconds : 0.0;
    const bool dfs = opt.explore.strategy == "dfs";
    if (dfs)
        std::printf("strategy: dfs, at most %u preemptions%s\n", opt.explore.preemptions,
                    opt.explore.partialOrder ? ", sleep-set reduction" : ", no reduction");
    else
        std::printf("strategy: %s, seed %llu\n", opt.explore.strategy.c_str(), (unsigned long long)opt.explore.seed);
    if (r.exhausted) {
        std::printf("verdict: no failure within %u preemptions: %llu schedules\n", opt.explore.preemptions,
                    (unsigned long long)r.tried);
    } else if (!r.found) {
        std::printf("verdict: no failure in %llu runs\n", (unsigned long long)r.tried);
    } else {
        std::string what = rt::nameOf(r.outcome.verdict);
        if (r.outcome.verdict == rt::Verdict::Ok) what = "uncaught exception in a thread";
        std::printf("verdict: %s%s%s\n", what.c_str(), r.outcome.message.empty() ? "" : ": ",
                    r.outcome.message.c_str());
    }
    std::printf("schedules tried: %llu\ntime: %.3f s\nschedules/s: %.0f\n", (unsigned long long)r.tried, r.seconds, rate);
    if (dfs) std::printf("pruned runs (partial-order reduction): %llu\n", (unsigned long long)r.pruned);
    if (opt.explore.jobs > 1) std::printf("jobs: %u (%llu runs made)\n", opt.explore.jobs, (unsigned long long)r.made);
    if (!r.found) return 0;
    if (opt.explore.minimise)
        std::printf("minimised schedule: %llu steps, %u preemptions (found: %llu steps, %u preemptions; %llu runs)\n",
                    (unsigned long long)r.steps, r.preemptions, (unsigned long long)r.originalSteps,
                    r.originalPreemptions, (unsigned long long)r.minimiseRuns);
    else
        std::printf("failing schedule: %zu steps\n", r.failing.choices.size());
    if (!opt.outPath.empty()) {
        std::string error;
        if (!writeSchedule(opt.outPath, r.failing, error)) {
            std::fprintf(stderr, "interleave: %s\n", error.c_str());
            return 1;
        }
        std::printf("written to %s (interleave replay %s %s)\n", opt.outPath.c_str(), opt.file.c_str(),
                    opt.outPath.c_str());
    }
    std::fflush(stdout);
    return 3;
}

}  // namespace

void addExploreCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("explore", "run a scenario under many schedules until one fails");
    auto opt = std::make_shared<ExploreCliOptions>();
    cmd->add_option("file", opt->file, "the script")->required();
    cmd->add_option("--strategy", opt->explore.strategy, "random, pct or dfs (default pct)")
        ->check(CLI::IsMember({"random", "pct", "dfs"}));
    cmd->add_option("--preemptions", opt->explore.preemptions, "dfs: at most this many preemptions a schedule (default 2)")
        ->check(CLI::Range(0u, 64u));
    cmd->add_flag("!--no-reduction", opt->explore.partialOrder, "dfs: no partial-order reduction (to count what it saves)");
    cmd->add_flag("!--no-minimise", opt->explore.minimise, "keep the failing schedule as found");
    cmd->add_option("--runs", opt->explore.runs, "stop after this many runs (default 1000; dfs: no limit)")
        ->check(CLI::Range(uint64_t(1), uint64_t(1) << 40))
        ->each([opt](const std::string&) { opt->runsGiven = true; });
    cmd->add_option("--seed", opt->explore.seed, "seed of the exploration (default 0)");
    cmd->add_option("--depth", opt->explore.pctDepth, "PCT's bug depth d (default 3)")->check(CLI::Range(1u, sched::kMaxPctDepth));
    cmd->add_option("--jobs", opt->explore.jobs, "OS threads running runs (default 1); the result is the same for any")
        ->check(CLI::Range(1u, 256u));
    cmd->add_option("--cores", opt->settings.cores, "virtual cores (default 4)")->check(CLI::Range(1, 256));
    cmd->add_option("--out", opt->outPath, "write the failing schedule here");
    addLimitOptions(*cmd, opt->limits, kExploreMaxInstructions);
    cmd->callback([opt, &exitCode] { exitCode = exploreScript(*opt); });
}

}  // namespace il::cli
