#pragma once
// Minimising a failing schedule of a systematic run: rewrite it as directions (departures from
// "go on with the task that just ran", engine/sched/directed_policy.hpp), then drop directions,
// latest first, as long as the run still fails. What is left needs fewer preemptions and
// usually fewer steps; the result is the recorded choices of the last failing run, so it
// replays exactly.

#include <memory>

#include "app/cli/explorer.hpp"

namespace il::cli {

struct Minimised {
    std::vector<sched::TaskId> choices;  // replayable with policy "replay"
    RunOutcome outcome;                  // how the minimised run fails
    uint32_t preemptions = 0;
    uint64_t steps = 0;                  // scheduling points of the run
    uint32_t originalPreemptions = 0;
    uint64_t originalSteps = 0;
    uint64_t runs = 0;                   // runs the minimisation made
};

// minimise() takes the choices of a failing systematic run of `program` under `settings`
// (settings.systematic is set). Precondition: replaying `choices` fails.
[[nodiscard]] Minimised minimise(const rt::Settings& settings, const std::shared_ptr<const vm::Program>& program,
                                 const std::vector<sched::TaskId>& choices);

}  // namespace il::cli
