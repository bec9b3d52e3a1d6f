#pragma once
// Which resources the Queues panel draws and how: plain queues and pipes (length against
// capacity, contents as boxes) and worker pools (busy workers against pending jobs). The
// runtime records a pool as two resources: the Pool itself, whose length is its busy workers and
// capacity its worker count, and a Queue named "<pool> jobs" created right after it, whose length
// is the jobs waiting for a worker. This pairs them up so the jobs queue is drawn with its pool,
// not as a queue of its own.

#include <string>
#include <vector>

#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

struct PoolSeries {
    trace::ResourceId pool = trace::kNoId;  // busy workers (series), workers (capacity)
    trace::ResourceId jobs = trace::kNoId;  // pending jobs (series); kNoId if not traced
};

struct QueueGroups {
    std::vector<trace::ResourceId> queues;  // queues and pipes, in creation order
    std::vector<PoolSeries> pools;          // in creation order
};

// groupQueues() sorts the model's resources into queues and pools as described above.
[[nodiscard]] QueueGroups groupQueues(const trace::TraceModel& model);

// seriesValueAt() is a length series' value at `ns` (0 before its first point; binary search).
[[nodiscard]] uint32_t seriesValueAt(const std::vector<trace::SeriesPoint>& series, uint64_t ns);

// jobsQueueName() is the name the runtime gives a pool's pending-jobs queue.
[[nodiscard]] std::string jobsQueueName(const std::string& poolName);

}  // namespace il::viewmodel
