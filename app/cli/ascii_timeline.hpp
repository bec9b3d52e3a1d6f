#pragma once
// The ASCII Gantt chart of `interleave run --timeline`: one row per task (each process followed
// by its threads and their coroutines), one column per time bucket, one letter per state, a time
// axis in ms and a legend. A pure function of the trace model, so it is unit-tested on
// hand-built traces.

#include <string>

#include "engine/trace/trace_model.hpp"

namespace il::cli {

// The letters, also printed as the legend under the chart.
inline constexpr char kGlyphRunning = 'R';
inline constexpr char kGlyphReady = 'r';
inline constexpr char kGlyphGil = 'G';        // blocked on its process's GIL
inline constexpr char kGlyphBlocked = 'B';    // blocked on anything else (lock, queue, join...)
inline constexpr char kGlyphSleeping = 'S';
inline constexpr char kGlyphSuspended = 's';  // a coroutine not switched to
inline constexpr char kGlyphNew = 'N';
inline constexpr char kGlyphAbsent = '.';     // not created yet, or ended
inline constexpr char kGlyphFailed = 'F';     // the bucket in which the task failed
inline constexpr char kGlyphAlive = '=';      // a process row: the process exists

// drawAsciiTimeline() draws every task of `model` over [0, model.nowNs()] in at most `width`
// bucket columns (at least 1); the bucket is makespan / width rounded up to a round figure
// (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k ns) so the axis labels are round numbers. Each
// cell shows the state that covered most of its bucket.
// `realTime`: the trace's clock is the steady clock of a native run, not the sim's virtual one
// (the heading says which). Lines end with '\n'; nothing else is written.
[[nodiscard]] std::string drawAsciiTimeline(const trace::TraceModel& model, int width = 72, bool realTime = false);

}  // namespace il::cli
