#pragma once
// Scrubbing: the timeline's cursor dragged back in time picks the moment every panel shows
// (AppState::cursorNs). Nothing re-runs: panels read the recorded trace at that moment.

#include <cstdint>
#include <optional>

#include "app/viewmodel/time_range.hpp"

namespace il::viewmodel {

// scrubTo() is the viewed moment for pixel `x` of the time area: the recorded time under it,
// or nothing (live) at or past `nowNs`, the latest time of the trace: dragging the cursor to
// the right end goes back to following the run.
[[nodiscard]] std::optional<uint64_t> scrubTo(const TimelineContext& ctx, double x, uint64_t nowNs);

// grabsCursor() says a press at pixel `x` takes hold of the cursor drawn at `cursorNs` (within
// `slopPx` of it) rather than panning the view.
[[nodiscard]] bool grabsCursor(const TimelineContext& ctx, double x, uint64_t cursorNs, double slopPx);

}  // namespace il::viewmodel
