#pragma once
// The messages that end a run at one of the runtime's limits. Each names the limit, the figure
// the run reached and the command-line option that raises it; the CLI prints them after
// "interleave: " and the GUI shows them in its status bar. (The instruction and heap limits
// belong to the VM and word theirs in engine/vm.)

#include <cstdint>
#include <string>

namespace il::rt {

// taskLimitMessage(): `started` threads and processes reached the limit `limit` (--max-tasks).
[[nodiscard]] std::string taskLimitMessage(uint64_t started, uint64_t limit);
// virtualTimeLimitMessage(): the run reached `untilNs` of virtual time (--until).
[[nodiscard]] std::string virtualTimeLimitMessage(int64_t untilNs);
// realTimeLimitMessage(): the same for a native run, whose time is real.
[[nodiscard]] std::string realTimeLimitMessage(int64_t untilNs);
// outputLimitMessage(): printing more would pass `limitBytes` of output (--max-output-mb).
[[nodiscard]] std::string outputLimitMessage(uint64_t limitBytes);
// traceLimitMessage(): the trace holds `limitEvents` events (--max-trace-events).
[[nodiscard]] std::string traceLimitMessage(uint64_t limitEvents);

}  // namespace il::rt
