#pragma once
// The explorer behind `interleave explore`: compile once, then run the scenario headless again
// and again (a fresh Runtime per run, each with its own seed) until a run fails, and hand back
// that run as a replayable Schedule.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/cli/schedule_file.hpp"
#include "engine/runtime/settings.hpp"

namespace il::vm {
struct Program;
}

namespace il::cli {

// How one headless run ended.
struct RunOutcome {
    rt::Verdict verdict = rt::Verdict::Running;
    uint32_t uncaught = 0;               // tasks ended by an uncaught exception
    std::string message;                 // the verdict's message, else stderr's last line
    std::vector<sched::TaskId> choices;  // the choices the run took
    uint64_t steps = 0;                  // scheduling steps (chunks and timers)
    // failed() is a deadlock, a limit, an error, or an uncaught exception in any task.
    [[nodiscard]] bool failed() const { return verdict != rt::Verdict::Ok || uncaught > 0; }
};

// runHeadless() runs `program` once under `policy` (recorded), discarding what it prints.
// Precondition: policy is not null.
[[nodiscard]] RunOutcome runHeadless(const rt::Settings& settings, std::shared_ptr<const vm::Program> program,
                                     std::unique_ptr<sched::Policy> policy);
// The same with a policy the caller keeps (to ask it afterwards what it saw).
[[nodiscard]] RunOutcome runHeadless(const rt::Settings& settings, std::shared_ptr<const vm::Program> program,
                                     sched::Policy& policy);

struct ExploreOptions {
    std::string strategy = "pct";  // random | pct | dfs
    uint64_t runs = 1000;          // at most this many runs
    uint64_t seed = 0;             // run i uses runSeed(seed, i)
    uint32_t pctDepth = 3;
    uint32_t preemptions = 2;      // dfs: the preemption bound K
    bool partialOrder = true;      // dfs: sleep sets (off only to measure what they save)
    bool minimise = true;          // shrink the failing schedule before returning it
    unsigned jobs = 1;             // OS threads running runs; the result does not depend on it
    // progress(done) is called every few runs (the CLI's progress line); may be empty.
    std::function<void(uint64_t done)> progress;
    // When *cancel becomes true (another thread: the window's Cancel button), no further run
    // starts and explore() returns what it has (ExploreResult::cancelled). May be null.
    const std::atomic<bool>* cancel = nullptr;
};

struct ExploreResult {
    bool found = false;
    bool cancelled = false;   // stopped by ExploreOptions::cancel before the end
    bool exhausted = false;   // dfs: every schedule within the bound was covered
    uint64_t pruned = 0;      // dfs: runs cut short by the partial-order reduction
    uint64_t tried = 0;       // runs up to and including the first failing one (or all)
    uint64_t made = 0;        // runs actually made (with jobs > 1, a few past the failure)
    double seconds = 0;       // wall-clock time of the exploration
    Schedule failing;         // when found: the failing run (minimised), replayable
    RunOutcome outcome;       // when found: how it failed
    // When found: the failing schedule's preemptions and steps (scheduling points), before and
    // after minimisation, and the runs minimising took.
    uint32_t preemptions = 0, originalPreemptions = 0;
    uint64_t steps = 0, originalSteps = 0, minimiseRuns = 0;
};

// runSeed() is the seed of run `i` of an exploration seeded with `seed`.
[[nodiscard]] uint64_t runSeed(uint64_t seed, uint64_t i);
// A ProgramFactory compiles the script; each worker thread calls it once, since a compiled
// program is not shared across OS threads (constants cache their str hash lazily).
using ProgramFactory = std::function<std::shared_ptr<const vm::Program>()>;

// explore() runs systematic runs (rt::Settings::systematic) until the first failing run or
// `options.runs` runs. random and pct: run i is seeded with runSeed(seed, i); with several jobs,
// the failing run with the lowest index wins, so the result is the same for any number of jobs.
// dfs: one schedule after another in depth-first order (one job), until a failure or the
// bounded space is exhausted. The failing schedule is minimised and returned with policy
// "replay". `base` gives the limits…; `hash` is the script's scriptHash(). Precondition:
// compile() returns a program.
[[nodiscard]] ExploreResult explore(const ProgramFactory& compile, const std::string& hash, const rt::Settings& base,
                                    const ExploreOptions& options);

}  // namespace il::cli
