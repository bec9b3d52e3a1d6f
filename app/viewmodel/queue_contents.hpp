#pragma once
// What is in each queue and pipe at a given moment, for the Queues panel's boxes. The trace
// records who put or got and the length after, not the items' values, so the contents are
// reconstructed as a FIFO of "an item put by task T at time t": a put appends the putter, a get
// removes the oldest. The recorded length is the truth: when it disagrees (a LIFO or priority
// queue, a put of several jobs at once) the FIFO is trimmed from the front or padded at the back.
//
// Incremental like the rest of the view-model: update() reads only the events appended since
// the last call, and contentsAt() replays forward from its last answer, so scrubbing forward or
// following the live end costs only the new operations; stepping back replays from the start
// of that one queue.

#include <cstdint>
#include <deque>
#include <vector>

#include "engine/trace/event.hpp"
#include "engine/trace/trace_log.hpp"

namespace il::viewmodel {

// One item in a queue: the task that put it (kNoId: unknown) and when.
struct QueueItem {
    trace::TaskId putter = trace::kNoId;
    uint64_t putNs = 0;
    friend bool operator==(const QueueItem&, const QueueItem&) = default;
};

class QueueContents {
public:
    // update() reads the QueuePut / QueueGet events appended to `log` since the last call. A
    // different log (the run restarted) is noticed and read from its start.
    void update(const trace::TraceLog& log);
    // contentsAt() is what `queue` held at time `ns`, oldest first. The reference stays valid
    // until the next call for the same queue or update(). Precondition: the log given to the
    // last update() is still alive.
    [[nodiscard]] const std::deque<QueueItem>& contentsAt(trace::ResourceId queue, uint64_t ns);
    // operations() is how many puts and gets of `queue` have been read (for tests and tooltips).
    [[nodiscard]] size_t operations(trace::ResourceId queue) const;

private:
    struct Queue {
        // The log positions of its puts and gets: 4 bytes each, the event itself stays in the
        // log (a trace never comes near 2^32 events: that would be 128 GiB of log).
        std::vector<uint32_t> ops;
        size_t applied = 0;  // ops[0, applied) are replayed into `items`
        std::deque<QueueItem> items;
    };
    void reset();
    void apply(Queue& q, const trace::Event& e) const;

    std::vector<Queue> m_queues;  // indexed by resource id
    const trace::TraceLog* m_log = nullptr;
    size_t m_seen = 0;
    trace::Event m_last{};  // the last event read: a restarted run's log will not match it
    std::deque<QueueItem> m_empty;
};

}  // namespace il::viewmodel
