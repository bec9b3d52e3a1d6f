#pragma once
// PausingPolicy: a decorator that lets another policy decide, but pauses the run (pick()
// returns nothing) once it has made `allowed` picks. Walking through a recorded schedule one
// choice at a time is allow(k + 1) and running on; stepping back is a fresh run with
// allow(k - 1): exact, because a run is a function of the script, settings and choices.

#include <cstdint>
#include <memory>

#include "engine/sched/policy.hpp"

namespace il::sched {

class PausingPolicy final : public Policy {
public:
    // Precondition: inner is not null.
    explicit PausingPolicy(std::unique_ptr<Policy> inner, uint64_t allowed = UINT64_MAX)
        : m_inner(std::move(inner)), m_allowed(allowed) {}
    [[nodiscard]] std::optional<size_t> pick(const ChoicePoint& point) override {
        if (m_picks >= m_allowed) return std::nullopt;
        std::optional<size_t> i = m_inner->pick(point);
        if (i) ++m_picks;
        return i;
    }
    void onTaskCreated(TaskId task) override { m_inner->onTaskCreated(task); }
    // The inner policy's name, so the executor runs the same run as without the decorator.
    [[nodiscard]] std::string_view name() const override { return m_inner->name(); }
    void allow(uint64_t picks) { m_allowed = picks; }
    [[nodiscard]] uint64_t picks() const { return m_picks; }

private:
    std::unique_ptr<Policy> m_inner;
    uint64_t m_allowed;
    uint64_t m_picks = 0;
};

}  // namespace il::sched
