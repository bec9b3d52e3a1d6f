#pragma once
// The timeline's view-model: decides what the timeline panel draws, with no ImGui in sight.
// update() follows the trace incrementally; buildFrame() clips every row to the visible range
// by binary search and merges sub-pixel spans (or reads the level-of-detail pyramid when a row
// has more spans in view than pixels), so a frame costs O(rows × pixels), never O(events).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/viewmodel/row_layout.hpp"
#include "app/viewmodel/timeline_frame.hpp"
#include "app/viewmodel/timeline_index.hpp"

namespace il::viewmodel {

// What the mouse is over: one span of one row.
struct HoverInfo {
    RowKind kind = RowKind::Task;
    trace::TaskId task = trace::kNoId;  // the row's task, or the GIL holder
    trace::TaskState state = trace::TaskState::New;
    std::string taskName;
    std::string resource;               // what a Blocked task waits on; the GIL's name
    uint64_t startNs = 0, durationNs = 0;
    bool open = false;                  // still going on at the trace's current time
    uint16_t line = 0;                  // source line when the span began (0: unknown)
    std::string wokenBy;                // the task whose action ended the previous wait
    uint32_t spansInPixel = 1;          // how many spans share the hovered pixel column
};

class TimelineView {
public:
    static constexpr size_t kMaxArrows = 512;

    // update() follows `log`/`model`; precondition: model.update(log) was called first.
    void update(const trace::TraceLog& log, const trace::TraceModel& model);
    [[nodiscard]] const std::vector<Row>& rows() const { return m_layout.rows(); }
    [[nodiscard]] const RowLayout& layout() const { return m_layout; }
    [[nodiscard]] const TimelineIndex& index() const { return m_index; }
    // fullRange() is [0, now + 2.5%] of the model (at least kMinRangeNs long): what "fit" shows.
    [[nodiscard]] static TimeRange fullRange(const trace::TraceModel& model);

    // buildFrame() fills `out` (reusing its buffers) with the draw data of `ctx` for every row.
    void buildFrame(const trace::TraceModel& model, const TimelineContext& ctx, TimelineFrame& out) const;
    // hover() describes the span under pixel `x` of row `row`, if any.
    [[nodiscard]] std::optional<HoverInfo> hover(const trace::TraceModel& model, const TimelineContext& ctx,
                                                 uint32_t row, float x) const;

private:
    TimelineIndex m_index;
    RowLayout m_layout;
};

}  // namespace il::viewmodel
