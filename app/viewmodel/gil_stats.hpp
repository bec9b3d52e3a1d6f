#pragma once
// The GIL view: per process, who holds its GIL at a moment, how often it changed hands, how long
// its threads waited for it and how many false alarms there were (a waiter woken that found the
// GIL taken again: the old GIL's convoy effect). Built incrementally from the trace:
//   GilTaken             a holding begins (a change of hands when the taker differs)
//   TaskState Blocked    on a Gil resource: a wait begins; a second one while already waiting
//                        on it is a false alarm (engine/runtime/gil.cpp records it so)
// Any moment can be asked (the learner scrubs back) in O(tasks + log n).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

// One process's GIL at a moment.
struct GilRow {
    trace::ResourceId gil = trace::kNoId;
    trace::TaskId process = trace::kNoId;  // kNoId until a thread of it touched the GIL
    trace::TaskId holder = trace::kNoId;   // kNoId: free
    uint32_t handoffs = 0;                 // takes by a thread other than the previous holder
    uint64_t waitNs = 0;                   // total time its threads spent blocked on it
    uint32_t waiting = 0;                  // threads blocked on it at the moment
    uint32_t falseAlarms = 0;
};

// One task's relation to its process's GIL at a moment.
enum class GilRelation : uint8_t {
    None,     // not a thread that uses a GIL (yet), or ended
    Holds,    // holds it now
    Waits,    // blocked on it now
    Without,  // has a GIL but neither holds nor waits for it (sleeping, blocked elsewhere...)
};

class GilStats {
public:
    // update() consumes the events of `log` not seen yet. Precondition: always the same log;
    // `model` is up to date with it (names and resource kinds come from it).
    void update(const trace::TraceLog& log, const trace::TraceModel& model);
    // rowsAt() describes every GIL seen so far at time `ns`, in order of first use.
    [[nodiscard]] std::vector<GilRow> rowsAt(uint64_t ns) const;
    // taskWaitNs() is the time task `t` spent blocked on a GIL up to `ns`.
    [[nodiscard]] uint64_t taskWaitNs(trace::TaskId t, uint64_t ns) const;
    // relationAt() says whether `t` holds or waits for its GIL at `ns`.
    [[nodiscard]] GilRelation relationAt(trace::TaskId t, uint64_t ns) const;

private:
    struct Take {
        uint64_t timeNs;
        trace::TaskId holder;  // kNoId: dropped (free from here)
        uint32_t handoffs;     // changes of hands up to and including this one
    };
    struct Wait {
        uint64_t startNs;
        uint64_t endNs;
        uint64_t totalNs;  // this task's GIL wait up to endNs, this wait included
    };
    struct Lane {
        trace::ResourceId gil = trace::kNoId;
        trace::TaskId process = trace::kNoId;
        trace::TaskId lastHolder = trace::kNoId;
        std::vector<Take> takes;             // in time order
        std::vector<uint64_t> falseAlarms;   // times, in order
        std::vector<trace::TaskId> threads;  // that waited for or held it
    };
    struct TaskTrack {
        uint32_t lane = UINT32_MAX;  // its GIL's lane
        std::optional<uint64_t> waitingSince;
        std::vector<Wait> waits;  // closed waits, in time order
    };

    Lane& laneFor(trace::ResourceId gil, trace::TaskId thread, const trace::TraceModel& model);
    TaskTrack& track(trace::TaskId t);
    [[nodiscard]] const Take* takeAt(const Lane& lane, uint64_t ns) const;
    [[nodiscard]] bool waitsAt(trace::TaskId t, trace::ResourceId gil, uint64_t ns) const;

    std::vector<Lane> m_lanes;
    std::vector<uint32_t> m_laneOfGil;  // by resource id
    std::vector<TaskTrack> m_tasks;
    const trace::TraceModel* m_model = nullptr;
    size_t m_seen = 0;
};

}  // namespace il::viewmodel
