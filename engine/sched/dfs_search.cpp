#include "engine/sched/dfs_search.hpp"

#include <algorithm>

namespace il::sched {

// The policy of one run: replays the search's stack of choices, then extends it.
class DfsPolicy final : public Policy {
public:
    explicit DfsPolicy(DfsSearch& search) : m_search(search) {}
    std::optional<size_t> pick(const ChoicePoint& point) override { return m_search.pick(point); }
    std::string_view name() const override { return "dfs"; }

private:
    DfsSearch& m_search;
};

std::unique_ptr<Policy> DfsSearch::policy() {
    m_depth = 0;
    m_pruned = false;
    return std::make_unique<DfsPolicy>(*this);
}

bool DfsSearch::independent(const Footprint& a, const Footprint& b) {
    if (a.all || b.all) return false;
    for (uint64_t x : a.accesses)
        for (uint64_t y : b.accesses)
            if ((x >> 1) == (y >> 1) && ((x | y) & 1)) return false;
    return true;
}

bool DfsSearch::asleep(const Node& n, TaskId t) const {
    return std::any_of(n.sleep.begin(), n.sleep.end(), [t](const Explored& e) { return e.task == t; });
}

std::optional<size_t> DfsSearch::pick(const ChoicePoint& point) {
    const auto indexOf = [&point](TaskId t) { return sched::indexOf(point, t); };
    // The step taken from the previous point is over: note what it touched.
    if (m_depth > 0) {
        Footprint& f = m_stack[m_depth - 1].chosenStep;
        f.all = point.last.all;
        f.accesses.assign(point.last.accesses.begin(), point.last.accesses.end());
        m_stack[m_depth - 1].chosenStillRunnable = indexOf(m_stack[m_depth - 1].chosen).has_value();
    }
    if (m_depth < m_stack.size()) {
        // Replaying the prefix: a run is a function of its choices, so the task is runnable.
        return indexOf(m_stack[m_depth++].chosen);
    }
    Node n;
    n.enabled.assign(point.runnable.begin(), point.runnable.end());
    n.current = point.current;
    n.currentEnabled = indexOf(point.current).has_value();
    if (m_depth > 0) {
        const Node& parent = m_stack[m_depth - 1];
        n.preemptions = parent.preemptions + cost(parent, parent.chosen);
        if (m_options.partialOrder) {
            // A sleeper stays asleep while the steps taken commute with its own; the siblings
            // tried before at the parent join them.
            auto keep = [&](const Explored& e) {
                if (e.task != parent.chosen && independent(e.step, parent.chosenStep) && indexOf(e.task))
                    n.sleep.push_back(e);
            };
            for (const Explored& e : parent.sleep) keep(e);
            // A sibling tried before falls asleep only if putting its step first costs no more
            // preemptions than this branch: then every schedule it stands for was within the
            // bound of its own branch (Explored::stillRunnable).
            const uint32_t here = cost(parent, parent.chosen);
            for (const Explored& e : parent.done)
                if (cost(parent, e.task) + (e.stillRunnable ? 1u : 0u) <= here) keep(e);
        }
    }
    // Go on with the current task if it may; else the first runnable one awake and affordable.
    std::optional<TaskId> choice;
    if (n.currentEnabled && !asleep(n, n.current)) choice = n.current;
    for (size_t i = 0; !choice && i < n.enabled.size(); ++i) {
        TaskId t = n.enabled[i];
        if (!asleep(n, t) && n.preemptions + cost(n, t) <= m_options.preemptions) choice = t;
    }
    if (!choice) {
        // Every way on is asleep or over the bound: the schedules from here were covered.
        m_pruned = true;
        return std::nullopt;
    }
    n.chosen = *choice;
    m_stack.push_back(std::move(n));
    ++m_depth;
    return indexOf(*choice);
}

void DfsSearch::finishRun() {
    // Points past where this run stopped belong to no schedule (a run ends at a failure or
    // pruning exactly where its stack ends, so this only trims after a divergence).
    m_stack.resize(std::min(m_stack.size(), m_depth));
    m_lastPreemptions = 0;
    if (!m_stack.empty()) {
        const Node& last = m_stack.back();
        m_lastPreemptions = last.preemptions + cost(last, last.chosen);
    }
    // Backtrack: the deepest point with an untried, awake, affordable task.
    while (!m_stack.empty()) {
        Node& n = m_stack.back();
        n.done.push_back(Explored{n.chosen, std::move(n.chosenStep), n.chosenStillRunnable});
        n.chosenStep = Footprint{};
        n.chosenStillRunnable = true;
        std::optional<TaskId> next;
        for (TaskId t : n.enabled) {
            bool tried = std::any_of(n.done.begin(), n.done.end(), [t](const Explored& e) { return e.task == t; });
            if (!tried && !asleep(n, t) && n.preemptions + cost(n, t) <= m_options.preemptions) {
                next = t;
                break;
            }
        }
        if (next) {
            n.chosen = *next;
            return;
        }
        m_stack.pop_back();
    }
    m_exhausted = true;
}

}  // namespace il::sched
