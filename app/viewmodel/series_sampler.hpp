#pragma once
// Samples a queue's length series (a step function: the length after each put/get) for a time
// range into at most one sample per pixel column, keeping the minimum and maximum reached in
// the column so a burst narrower than a pixel still shows.

#include <cstdint>
#include <vector>

#include "app/viewmodel/time_range.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

struct SeriesSample {
    float x = 0;          // left edge of the pixel column
    uint32_t minValue = 0, maxValue = 0;
    uint32_t lastValue = 0;  // the value when the column ends (what the step carries on with)
};

// sampleSeries() fills `out` (cleared first) with samples in increasing x: one at column 0
// carrying the value at the range's start, then one per column in which the value changed.
// The series is 0 before its first point. Result size <= ceil(ctx.widthPx).
void sampleSeries(const std::vector<trace::SeriesPoint>& series, const TimelineContext& ctx,
                  std::vector<SeriesSample>& out);

}  // namespace il::viewmodel
