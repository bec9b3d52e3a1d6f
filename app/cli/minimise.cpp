#include "app/cli/minimise.hpp"

#include "engine/sched/directed_policy.hpp"

namespace il::cli {

namespace {

struct DirectedRun {
    RunOutcome outcome;
    uint32_t preemptions = 0;
    uint64_t picks = 0;
};

DirectedRun runDirected(const rt::Settings& settings, const std::shared_ptr<const vm::Program>& program,
                        std::vector<sched::Direction> directions) {
    sched::DirectedPolicy policy(std::move(directions));
    DirectedRun r;
    r.outcome = runHeadless(settings, program, policy);
    r.preemptions = policy.preemptions();
    r.picks = policy.picks();
    return r;
}

}  // namespace

Minimised minimise(const rt::Settings& settings, const std::shared_ptr<const vm::Program>& program,
                   const std::vector<sched::TaskId>& choices) {
    Minimised m;
    sched::DirectionFinder finder(std::make_unique<sched::ReplayPolicy>(choices));
    const rt::Verdict failedWith = runHeadless(settings, program, finder).verdict;
    std::vector<sched::Direction> directions = finder.directions();
    DirectedRun best = runDirected(settings, program, directions);
    m.runs = 2;
    m.originalPreemptions = best.preemptions;
    m.originalSteps = best.picks;
    // Drop directions latest first; a later direction often only made sense after an earlier
    // one, so a second pass can find more to drop.
    for (int pass = 0; pass < 2; ++pass) {
        bool dropped = false;
        for (size_t i = directions.size(); i-- > 0;) {
            std::vector<sched::Direction> fewer = directions;
            fewer.erase(fewer.begin() + std::ptrdiff_t(i));
            DirectedRun r = runDirected(settings, program, fewer);
            ++m.runs;
            if (r.outcome.failed() && r.outcome.verdict == failedWith) {
                directions = std::move(fewer);
                best = std::move(r);
                dropped = true;
            }
        }
        if (!dropped) break;
    }
    m.choices = best.outcome.choices;
    m.outcome = std::move(best.outcome);
    m.preemptions = best.preemptions;
    m.steps = best.picks;
    return m;
}

}  // namespace il::cli
