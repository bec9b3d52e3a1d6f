#pragma once
// Exports a trace as Chrome Trace Event JSON (opens in Perfetto and chrome://tracing): one track
// per task grouped under its process, a complete event per state span, a counter track per
// queue, instant events for notes and exceptions.

#include <ostream>

#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::trace {

// writeChromeTrace() writes the whole trace; `model` must have consumed all of `log`.
void writeChromeTrace(std::ostream& out, const TraceLog& log, const TraceModel& model);

}  // namespace il::trace
