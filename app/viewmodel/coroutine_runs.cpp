#include "app/viewmodel/coroutine_runs.hpp"

#include <algorithm>

namespace il::viewmodel {

std::vector<trace::TaskId> coroutinesRunIn(const trace::TraceModel& model, trace::TaskId thread, uint64_t startNs,
                                           uint64_t endNs) {
    std::vector<trace::TaskId> ran;
    for (const trace::TaskInfo& t : model.tasks()) {
        if (t.kind != trace::TaskKind::Coroutine || t.parent != thread) continue;
        // Spans are in time order: skip those that ended before the stretch began.
        auto it = std::partition_point(t.spans.begin(), t.spans.end(),
                                       [&](const trace::StateSpan& s) { return s.endNs <= startNs; });
        for (; it != t.spans.end() && it->startNs < endNs; ++it) {
            if (it->state == trace::TaskState::Running && it->endNs > it->startNs) {
                ran.push_back(t.id);
                break;
            }
        }
    }
    return ran;
}

}  // namespace il::viewmodel
