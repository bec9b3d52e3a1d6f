#pragma once
// The time axis: tick positions at a "nice" step (1, 2 or 5 × 10^k ns) chosen for the pixel
// width, labelled in the unit that suits the range (ns, µs, ms, s).

#include <cstdint>
#include <string>
#include <vector>

#include "app/viewmodel/time_range.hpp"

namespace il::viewmodel {

struct AxisTick {
    float x = 0;        // pixels from the canvas's left edge
    uint64_t ns = 0;
    bool major = true;  // majors carry a label; minors are short marks between them
    std::string label;  // empty for minor ticks
};

struct TimeAxis {
    uint64_t stepNs = 1;          // distance between major ticks
    std::vector<AxisTick> ticks;  // in increasing x
};

// niceStep() returns the smallest 1/2/5 × 10^k ns step whose ticks are at least
// `minSpacingPx` apart when `nsPerPx` nanoseconds fit in a pixel.
[[nodiscard]] uint64_t niceStep(double nsPerPx, float minSpacingPx);
// buildTimeAxis() returns the ticks of `ctx`'s range, majors at least `minSpacingPx` apart.
[[nodiscard]] TimeAxis buildTimeAxis(const TimelineContext& ctx, float minSpacingPx);
// formatTime() writes `ns` in the unit suiting `scaleNs` (the range or step it belongs to),
// with enough decimals to tell apart values `resolutionNs` apart: "12.5 ms", "3 s", "800 ns".
[[nodiscard]] std::string formatTime(uint64_t ns, uint64_t scaleNs, uint64_t resolutionNs);
// formatDuration() is formatTime() for one duration shown alone ("1.25 ms"): 3 significant digits.
[[nodiscard]] std::string formatDuration(uint64_t ns);

}  // namespace il::viewmodel
