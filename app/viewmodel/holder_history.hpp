#pragma once
// Who held each lock, semaphore and GIL when. The trace model keeps only the current holders;
// panels that show a past moment (the learner dragged the timeline cursor back) ask this history
// instead. Built incrementally from LockAcquired/LockReleased/GilTaken/GilDropped events.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

// One stretch of time a task held a resource: [startNs, endNs).
struct Holding {
    uint64_t startNs = 0;
    uint64_t endNs = trace::kOpenEnd;
    trace::TaskId task = trace::kNoId;
};

class HolderHistory {
public:
    // Exclusive resources (Lock, RLock, GIL) have disjoint holdings, so one binary search finds
    // the holder; for shared ones (Semaphore...) holdersAt() looks back at most this many.
    static constexpr size_t kMaxLookBack = 4096;

    // update() consumes the events of `log` not seen yet. Precondition: always the same log.
    void update(const trace::TraceLog& log);
    // holdersAt() returns the tasks holding `resource` at time `ns` (in the order they took it).
    [[nodiscard]] std::vector<trace::TaskId> holdersAt(trace::ResourceId resource, uint64_t ns) const;
    // holdings() is every holding of `resource`, in the order they began.
    [[nodiscard]] const std::vector<Holding>& holdings(trace::ResourceId resource) const;

private:
    void take(trace::ResourceId r, trace::TaskId t, uint64_t ns, bool exclusive);
    void drop(trace::ResourceId r, trace::TaskId t, uint64_t ns);

    std::vector<std::vector<Holding>> m_byResource;
    std::vector<bool> m_exclusive;  // by resource: at most one holder at a time
    size_t m_seen = 0;
};

}  // namespace il::viewmodel
