#pragma once
// Systematic search for `explore --strategy dfs`: a stateless depth-first search over the
// scheduling choices of systematic runs (rt::Settings::systematic), re-running the script from
// the start for every schedule, with
//   - preemption bounding (Musuvathi & Qadeer, PLDI 2007): switching away from a task that could
//     have gone on costs one preemption, at most `preemptions` per schedule; a switch forced by a
//     task blocking or ending is free;
//   - sleep sets (Godefroid 1996), a partial-order reduction: after the search has tried task u
//     at a point, a sibling branch puts u "to sleep" for as long as it only runs steps that commute
//     with u's step (no shared access in common, at least one a write), so no two schedules that
//     differ only in the order of commuting steps are both run. A branch where every runnable task
//     is asleep is cut short (a pruned run). Only steps after which their task could not go on
//     (it blocked or ended) are put to sleep: see Explored::stillRunnable.
// Usage: while (!search.exhausted()) { run the script with search.policy(); search.finishRun(); }

#include <cstdint>
#include <memory>
#include <vector>

#include "engine/sched/policy.hpp"

namespace il::sched {

struct DfsOptions {
    uint32_t preemptions = 2;   // the bound K
    bool partialOrder = true;   // sleep sets on (off: to count what the reduction saves)
};

class DfsSearch {
public:
    explicit DfsSearch(DfsOptions options) : m_options(options) {}
    // policy() is the policy of the next run; it refers to this search, which must outlive it.
    [[nodiscard]] std::unique_ptr<Policy> policy();
    // finishRun() takes in the run that just ended and picks the next schedule to try.
    void finishRun();
    [[nodiscard]] bool exhausted() const { return m_exhausted; }
    // lastRunPruned(): the last run was cut short because every runnable task was asleep (or
    // only preemptions beyond the bound were left): not a complete schedule.
    [[nodiscard]] bool lastRunPruned() const { return m_pruned; }
    // Preemptions the last run used.
    [[nodiscard]] uint32_t lastRunPreemptions() const { return m_lastPreemptions; }

private:
    friend class DfsPolicy;
    struct Footprint {
        std::vector<uint64_t> accesses;
        bool all = true;
    };
    struct Explored {
        TaskId task;
        Footprint step;  // what the task's step from this point touched
        // The task could go on after that step. Then the step is never put to sleep: moving it
        // before a sibling's steps would need a preemption to come back to them, which the
        // bound may not allow, so that schedule is not a stand-in for this one (sleep sets
        // alone are unsound under a preemption bound, Coons et al., OOPSLA 2013).
        bool stillRunnable = true;
    };
    struct Node {
        std::vector<TaskId> enabled;
        TaskId current = UINT32_MAX;
        bool currentEnabled = false;
        uint32_t preemptions = 0;     // used on the way to this point
        TaskId chosen = UINT32_MAX;
        std::vector<Explored> sleep;  // asleep here (with the step each would take)
        std::vector<Explored> done;   // tried here before `chosen`
        Footprint chosenStep;         // what `chosen`'s step touched (known at the next point)
        bool chosenStillRunnable = true;  // `chosen` could go on after its step
    };

    std::optional<size_t> pick(const ChoicePoint& point);
    [[nodiscard]] uint32_t cost(const Node& n, TaskId t) const {
        return n.currentEnabled && t != n.current ? 1 : 0;
    }
    [[nodiscard]] bool asleep(const Node& n, TaskId t) const;
    [[nodiscard]] static bool independent(const Footprint& a, const Footprint& b);

    DfsOptions m_options;
    std::vector<Node> m_stack;  // the current schedule's points
    size_t m_depth = 0;         // points reached by the running run
    bool m_pruned = false;
    bool m_exhausted = false;
    uint32_t m_lastPreemptions = 0;
};

}  // namespace il::sched
