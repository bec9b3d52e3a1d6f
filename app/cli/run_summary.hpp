#pragma once
// The JSON summary of `interleave run --summary`: how the run ended, how long it took in virtual
// time, and per task, queue, lock, GIL and pool the figures a lesson asks about. Read from the
// Runtime's own records (SimTask, Resource, Gil, PoolStats), with every time still running when
// the run ended (a task's current state, a thread's current wait for the GIL) closed at the end.
//
// Times are in ms of virtual time (doubles). Shape:
//   { verdict, virtual_time_ms, steps, instructions, seed, policy, cores, gil,
//     tasks:  [{name, kind, pid, process, state, cpu_ms, ready_ms, blocked_ms, sleeping_ms, switches}],
//     queues: [{name, kind, capacity (null: unbounded), max_len, puts, gets}],
//     locks:  [{name, kind, acquisitions, contended}],
//     gils:   [{process, switches, wait_ms, false_alarms}],
//     pools:  [{name, workers, max_busy, max_pending}],
//     deadlock: null | {tasks, resources, cycle, lines (each task's source line), message} }
// `gil` is the GIL model ("new", "old", "off") and `gils` the per-process GIL figures.

#include <nlohmann/json.hpp>
#include <string>

#include "engine/runtime/runtime.hpp"

namespace il::cli {

// buildRunSummary() describes the run as it stands (normally after Runtime::run() returned).
[[nodiscard]] nlohmann::ordered_json buildRunSummary(const rt::Runtime& runtime);
// runSummaryText() is buildRunSummary() pretty-printed, ending with a newline.
[[nodiscard]] std::string runSummaryText(const rt::Runtime& runtime);

}  // namespace il::cli
