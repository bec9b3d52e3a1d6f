#pragma once
// Scheduling policies: at every scheduling point (between instructions, when more than one task
// could take the next step) the executor asks its Policy which task goes next. Every strategy is
// its own small class behind this interface (like shuttle's scheduler/), so the executor never
// knows which one runs, and a run is fully described by {policy, seed, choices}.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace il::sched {

using TaskId = uint32_t;

// What the steps since the previous scheduling point touched, in systematic exploration
// (rt::Settings::systematic, engine/vm/step_watch.hpp): shared accesses as key << 1 | isWrite,
// or `all` when they must be taken as conflicting with every other step.
struct StepFootprint {
    std::span<const uint64_t> accesses;
    bool all = true;
};

// What the executor knows at a scheduling point.
struct ChoicePoint {
    std::span<const TaskId> runnable;  // candidates, in ready-queue order (never empty)
    TaskId current;                    // the task that took the previous step (may be absent)
    uint64_t step;                     // number of scheduling points so far in this run
    StepFootprint last{};              // systematic runs: what `current`'s step touched
};

// indexOf() is the index of `task` among point.runnable, or nothing if it is not runnable.
[[nodiscard]] inline std::optional<size_t> indexOf(const ChoicePoint& point, TaskId task) {
    for (size_t i = 0; i < point.runnable.size(); ++i)
        if (point.runnable[i] == task) return i;
    return std::nullopt;
}

class Policy {
public:
    virtual ~Policy() = default;
    // pick() returns an index into point.runnable, or nothing to pause the run until the outside
    // decides (only the manual policy does that).
    [[nodiscard]] virtual std::optional<size_t> pick(const ChoicePoint& point) = 0;
    // onTaskCreated() tells the policy a task exists (PCT gives it a priority).
    virtual void onTaskCreated(TaskId task) {}
    // name() is what the CLI and the schedule file call this policy.
    [[nodiscard]] virtual std::string_view name() const = 0;
};

// The deepest PCT depth accepted (`explore --depth`, a schedule file's pct_depth): PCT draws
// depth - 1 change points before its first step.
inline constexpr uint32_t kMaxPctDepth = 64;

// Options the factory understands; unused ones are ignored by policies that don't need them.
struct PolicyOptions {
    uint64_t seed = 0;
    uint32_t pctDepth = 3;         // PCT's d: finds bugs needing d-1 ordering constraints
    uint64_t pctExpectedSteps = 10'000;  // PCT's k: change points are drawn from [1, k]
};

// makePolicy() builds `fifo`, `random`, `pct` or `manual` by name; null for an unknown name.
[[nodiscard]] std::unique_ptr<Policy> makePolicy(std::string_view name, const PolicyOptions& options);
// policyNames() lists the names makePolicy() accepts (for help texts and the GUI).
[[nodiscard]] std::vector<std::string> policyNames();

// The manual policy: the learner (or a test) says which task takes the next step.
class ManualPolicy final : public Policy {
public:
    // choose() queues `task` to take the next step.
    void choose(TaskId task) { m_next.push_back(task); }
    [[nodiscard]] bool hasChoice() const { return !m_next.empty(); }
    [[nodiscard]] std::optional<size_t> pick(const ChoicePoint& point) override;
    [[nodiscard]] std::string_view name() const override { return "manual"; }

private:
    std::vector<TaskId> m_next;
};

// The replay policy: re-takes recorded choices (task ids), then falls back to fifo. Reports
// whether the recording diverged (a recorded task was not runnable).
class ReplayPolicy final : public Policy {
public:
    explicit ReplayPolicy(std::vector<TaskId> choices) : m_choices(std::move(choices)) {}
    [[nodiscard]] std::optional<size_t> pick(const ChoicePoint& point) override;
    [[nodiscard]] std::string_view name() const override { return "replay"; }
    [[nodiscard]] bool diverged() const { return m_diverged; }
    [[nodiscard]] size_t consumed() const { return m_next; }

private:
    std::vector<TaskId> m_choices;
    size_t m_next = 0;
    bool m_diverged = false;
};

}  // namespace il::sched
