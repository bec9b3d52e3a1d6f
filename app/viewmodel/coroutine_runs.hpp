#pragma once
// Which coroutines a thread ran over a stretch of time: the host thread's row shows it (its
// hover tooltip names them), since a thread running an event loop or greenlets is only ever
// "running" as a whole on the timeline.

#include <cstdint>
#include <vector>

#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

// coroutinesRunIn() lists, in task-id order, the coroutines hosted by `thread` that were
// running at some moment in [startNs, endNs).
[[nodiscard]] std::vector<trace::TaskId> coroutinesRunIn(const trace::TraceModel& model, trace::TaskId thread,
                                                         uint64_t startNs, uint64_t endNs);

}  // namespace il::viewmodel
