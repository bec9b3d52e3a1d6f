#pragma once
// The timeline's own index over a trace, built incrementally next to the TraceModel: a
// level-of-detail pyramid per task, the GIL lanes (who held each process's GIL when, which the
// model does not keep) and the notes. update() only looks at what arrived since the last call.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "app/viewmodel/lod_pyramid.hpp"
#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

// One stretch of time a thread held a GIL.
struct GilSpan {
    uint64_t startNs = 0;
    uint64_t endNs = trace::kOpenEnd;  // open while held
    trace::TaskId holder = trace::kNoId;
};

struct GilLane {
    trace::ResourceId gil = trace::kNoId;
    trace::TaskId process = trace::kNoId;  // the process whose threads take it
    std::vector<GilSpan> spans;
    LodPyramid pyramid;
    size_t indexed = 0;  // spans already added to the pyramid
};

struct NoteEntry {
    uint64_t timeNs = 0;
    trace::TaskId task = trace::kNoId;
    trace::StringId text = 0;
};

class TimelineIndex {
public:
    // update() consumes what `log` and `model` gained since the last call. Preconditions: the
    // same log and model every time, and model.update(log) already called this frame.
    void update(const trace::TraceLog& log, const trace::TraceModel& model);

    // taskPyramid() returns the pyramid over task `t`'s closed spans; precondition: t < tasks.
    [[nodiscard]] const LodPyramid& taskPyramid(trace::TaskId t) const { return m_taskPyramids[t]; }
    [[nodiscard]] size_t taskCount() const { return m_taskPyramids.size(); }
    [[nodiscard]] const std::vector<GilLane>& gilLanes() const { return m_gilLanes; }
    // Notes in time order.
    [[nodiscard]] const std::vector<NoteEntry>& notes() const { return m_notes; }
    // Bytes held by the index (pyramids, GIL spans, notes), for the memory figures.
    [[nodiscard]] size_t byteSize() const;

private:
    void apply(const trace::Event& e, const trace::TraceModel& model);
    GilLane& laneFor(trace::ResourceId gil);

    std::vector<LodPyramid> m_taskPyramids;
    std::vector<size_t> m_taskIndexed;   // per task, spans already in its pyramid
    std::vector<GilLane> m_gilLanes;
    std::vector<uint32_t> m_laneOfGil;   // by resource id; kNoId: no lane yet
    std::vector<NoteEntry> m_notes;
    size_t m_seen = 0;
};

}  // namespace il::viewmodel
