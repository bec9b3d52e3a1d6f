#pragma once
// PCT, probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS
// 2010). Each task gets a random priority when it is created (all above d); the highest-priority
// runnable task always runs; at d-1 random steps k_1..k_{d-1} drawn from [1, k] the running
// task's priority drops to d-i, below every initial one. For a bug of depth d among n tasks and
// k steps it finds the bug with probability at least 1/(n k^(d-1)) per run.

#include <unordered_map>
#include <vector>

#include "engine/sched/policy.hpp"
#include "engine/util/rng.hpp"

namespace il::sched {

class PctPolicy final : public Policy {
public:
    PctPolicy(uint64_t seed, uint32_t depth, uint64_t expectedSteps);
    [[nodiscard]] std::optional<size_t> pick(const ChoicePoint& point) override;
    void onTaskCreated(TaskId task) override;
    [[nodiscard]] std::string_view name() const override { return "pct"; }
    // The drawn change points, in step order (for tests and the explorer's report).
    [[nodiscard]] const std::vector<uint64_t>& changePoints() const { return m_changePoints; }

private:
    double priorityOf(TaskId task);

    Rng m_rng;
    uint32_t m_depth;
    std::vector<uint64_t> m_changePoints;  // sorted ascending
    size_t m_nextChange = 0;
    std::unordered_map<TaskId, double> m_priority;
};

}  // namespace il::sched
