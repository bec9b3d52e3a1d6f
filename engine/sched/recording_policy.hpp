#pragma once
// RecordingPolicy: a decorator that lets another policy decide and writes down every choice it
// makes (the chosen task id at each scheduling point with more than one candidate). A schedule
// file stores these ids; `replay` re-runs the same policy and seed and checks it took them again.

#include <memory>
#include <vector>

#include "engine/sched/policy.hpp"

namespace il::sched {

class RecordingPolicy final : public Policy {
public:
    // Precondition: inner is not null.
    explicit RecordingPolicy(std::unique_ptr<Policy> inner) : m_inner(std::move(inner)) {}
    [[nodiscard]] std::optional<size_t> pick(const ChoicePoint& point) override {
        std::optional<size_t> i = m_inner->pick(point);
        if (i && *i < point.runnable.size()) m_choices.push_back(point.runnable[*i]);
        return i;
    }
    void onTaskCreated(TaskId task) override { m_inner->onTaskCreated(task); }
    // The inner policy's name: the executor draws chunk lengths for `random` and `pct` by name,
    // so a recorded run is the same run as an unrecorded one.
    [[nodiscard]] std::string_view name() const override { return m_inner->name(); }
    // choices() is every task id picked so far, in order.
    [[nodiscard]] const std::vector<TaskId>& choices() const { return m_choices; }

private:
    std::unique_ptr<Policy> m_inner;
    std::vector<TaskId> m_choices;
};

}  // namespace il::sched
