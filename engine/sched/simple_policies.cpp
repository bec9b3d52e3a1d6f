// fifo, random, manual and replay: the policies small enough to share a file.

#include "engine/sched/pct_policy.hpp"
#include "engine/sched/policy.hpp"
#include "engine/util/rng.hpp"

namespace il::sched {
namespace {

// fifo: the task at the head of the ready queue; the executor's quantum decides preemption.
class FifoPolicy final : public Policy {
public:
    std::optional<size_t> pick(const ChoicePoint&) override { return 0; }
    std::string_view name() const override { return "fifo"; }
};

// random: a uniformly random runnable task at every point, from the run's seed.
class RandomPolicy final : public Policy {
public:
    explicit RandomPolicy(uint64_t seed) : m_rng(seed) {}
    std::optional<size_t> pick(const ChoicePoint& point) override {
        return static_cast<size_t>(m_rng.below(point.runnable.size()));
    }
    std::string_view name() const override { return "random"; }

private:
    Rng m_rng;
};

}  // namespace

std::optional<size_t> ManualPolicy::pick(const ChoicePoint& point) {
    while (!m_next.empty()) {
        const TaskId want = m_next.front();
        m_next.erase(m_next.begin());
        if (auto i = indexOf(point, want)) return i;  // a stale choice (task blocked) is dropped
    }
    return std::nullopt;
}

std::optional<size_t> ReplayPolicy::pick(const ChoicePoint& point) {
    if (m_next >= m_choices.size()) return 0;
    if (auto i = indexOf(point, m_choices[m_next++])) return i;
    m_diverged = true;
    return 0;
}

std::unique_ptr<Policy> makePolicy(std::string_view name, const PolicyOptions& options) {
    if (name == "fifo") return std::make_unique<FifoPolicy>();
    if (name == "random") return std::make_unique<RandomPolicy>(options.seed);
    if (name == "pct")
        return std::make_unique<PctPolicy>(options.seed, options.pctDepth, options.pctExpectedSteps);
    if (name == "manual") return std::make_unique<ManualPolicy>();
    return nullptr;
}

std::vector<std::string> policyNames() { return {"fifo", "random", "pct", "manual"}; }

}  // namespace il::sched
