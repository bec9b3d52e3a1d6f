#include "engine/sched/pct_policy.hpp"

#include <algorithm>

namespace il::sched {

PctPolicy::PctPolicy(uint64_t seed, uint32_t depth, uint64_t expectedSteps)
    : m_rng(seed), m_depth(std::max<uint32_t>(depth, 1)) {
    const uint64_t k = std::max<uint64_t>(expectedSteps, 1);
    for (uint32_t i = 1; i < m_depth; ++i) m_changePoints.push_back(1 + m_rng.below(k));
    std::sort(m_changePoints.begin(), m_changePoints.end());
}

void PctPolicy::onTaskCreated(TaskId task) {
    // Initial priorities lie in (d, d+1): all distinct with probability 1, all above any
    // lowered priority (which are at most d-1).
    m_priority[task] = static_cast<double>(m_depth) + 0.5 + 0.49 * (2.0 * m_rng.uniform() - 1.0);
}

double PctPolicy::priorityOf(TaskId task) {
    auto it = m_priority.find(task);
    if (it == m_priority.end()) {
        onTaskCreated(task);  // a task the executor did not announce still gets a fair priority
        return m_priority[task];
    }
    return it->second;
}

std::optional<size_t> PctPolicy::pick(const ChoicePoint& point) {
    // Passing a change point lowers the priority of the task that was running there.
    while (m_nextChange < m_changePoints.size() && m_changePoints[m_nextChange] <= point.step) {
        ++m_nextChange;
        m_priority[point.current] = static_cast<double>(m_depth - m_nextChange);
    }
    size_t best = 0;
    double bestPriority = priorityOf(point.runnable[0]);
    for (size_t i = 1; i < point.runnable.size(); ++i) {
        const double p = priorityOf(point.runnable[i]);
        if (p > bestPriority) {
            best = i;
            bestPriority = p;
        }
    }
    return best;
}

}  // namespace il::sched
