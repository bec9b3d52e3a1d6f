#pragma once
// A schedule written as *directions*: the points where it departs from the plain rule "go on
// with the task that just ran; if it cannot, the first runnable one". A schedule with fewer
// directions has fewer preemptions and free choices, so the explorer minimises a failing
// schedule by dropping directions while the run still fails (app/cli/minimise.cpp).
//   DirectedPolicy    runs a list of directions, counting the preemptions it takes;
//   DirectionFinder   wraps any policy and writes down where it departed from the plain rule.

#include <memory>
#include <utility>
#include <vector>

#include "engine/sched/policy.hpp"

namespace il::sched {

struct Direction {
    uint64_t pick;  // index of the scheduling point in the run
    TaskId task;    // the task taken there
    bool operator==(const Direction&) const = default;
};

// plainChoice() is the index of the plain rule's task at `point`.
[[nodiscard]] inline size_t plainChoice(const ChoicePoint& point) {
    return indexOf(point, point.current).value_or(0);
}

// isPreemption(): taking runnable[i] at `point` switches away from a task that could go on.
[[nodiscard]] inline bool isPreemption(const ChoicePoint& point, size_t i) {
    return point.runnable[i] != point.current && indexOf(point, point.current).has_value();
}

class DirectedPolicy final : public Policy {
public:
    explicit DirectedPolicy(std::vector<Direction> directions) : m_directions(std::move(directions)) {}
    [[nodiscard]] std::optional<size_t> pick(const ChoicePoint& point) override {
        size_t i = plainChoice(point);
        while (m_next < m_directions.size() && m_directions[m_next].pick < m_picks) ++m_next;
        if (m_next < m_directions.size() && m_directions[m_next].pick == m_picks) {
            i = indexOf(point, m_directions[m_next].task).value_or(i);
        }
        if (isPreemption(point, i)) ++m_preemptions;
        ++m_picks;
        return i;
    }
    [[nodiscard]] std::string_view name() const override { return "replay"; }
    [[nodiscard]] uint32_t preemptions() const { return m_preemptions; }
    [[nodiscard]] uint64_t picks() const { return m_picks; }

private:
    std::vector<Direction> m_directions;  // sorted by pick
    size_t m_next = 0;
    uint64_t m_picks = 0;
    uint32_t m_preemptions = 0;
};

class DirectionFinder final : public Policy {
public:
    // Precondition: inner is not null.
    explicit DirectionFinder(std::unique_ptr<Policy> inner) : m_inner(std::move(inner)) {}
    [[nodiscard]] std::optional<size_t> pick(const ChoicePoint& point) override {
        std::optional<size_t> i = m_inner->pick(point);
        if (i && *i < point.runnable.size() && *i != plainChoice(point))
            m_directions.push_back(Direction{m_picks, point.runnable[*i]});
        if (i) ++m_picks;
        return i;
    }
    void onTaskCreated(TaskId task) override { m_inner->onTaskCreated(task); }
    [[nodiscard]] std::string_view name() const override { return m_inner->name(); }
    [[nodiscard]] const std::vector<Direction>& directions() const { return m_directions; }

private:
    std::unique_ptr<Policy> m_inner;
    std::vector<Direction> m_directions;
    uint64_t m_picks = 0;
};

}  // namespace il::sched
