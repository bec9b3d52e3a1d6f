#pragma once
// One frame's draw data for the timeline: what TimelineView::buildFrame() produces and the
// panel turns into draw-list calls without further decisions (Tracy's preprocess/draw split).

#include <cstdint>
#include <vector>

#include "app/viewmodel/state_palette.hpp"
#include "app/viewmodel/time_range.hpp"
#include "engine/trace/event.hpp"

namespace il::viewmodel {

inline constexpr uint32_t kNoSpan = 0xFFFFFFFFu;

// One rectangle of a lane, in pixels from the canvas's left edge.
struct DrawRect {
    float x0 = 0, x1 = 0;
    uint32_t span = kNoSpan;  // index into the lane's spans when the rect is exactly one span
    ColourId colour = 0;      // the state (or, merged, the state that covered most of it)
    bool mixed = false;       // a merged column in which several states were present
};

struct RowDraw {
    std::vector<DrawRect> rects;
    bool usedPyramid = false;  // drawn from the level-of-detail summaries (zoomed out)
};

// A wake-up: `fromRow`'s task ended `toRow`'s wait at pixel x (a vertical arrow).
struct WakeArrow {
    uint32_t fromRow = 0, toRow = 0;
    float x = 0;
};

// A note() mark; notes closer than a pixel on one row merge into one marker with a count.
struct NoteMarker {
    uint32_t row = 0;
    float x = 0;
    uint32_t note = 0;   // index of the first note (TimelineIndex::notes())
    uint32_t count = 1;
};

struct TimelineFrame {
    TimelineContext ctx;
    std::vector<RowDraw> rows;      // parallel to TimelineView::rows()
    std::vector<WakeArrow> arrows;
    std::vector<NoteMarker> notes;
    float nowX = -1;                // the current-time cursor, or < 0 when out of view
    bool arrowsCapped = false;      // more wake-ups were visible than kMaxArrows
};

}  // namespace il::viewmodel
