#pragma once
// The timeline: one row per task (processes, their GIL lane, threads, coroutines), coloured by
// state over time, with a time axis, wake-up arrows, note markers and the current-time cursor.
// Wheel zooms around the mouse, dragging pans, hovering a span explains it. Clicking the time
// axis or dragging the cursor scrubs: AppState::cursorNs, the moment every panel shows (the
// recorded trace, nothing re-runs); "Live" (or End, or dragging to the right end) lets go.
//
// Two phases per frame, as in Tracy: TimelineView::buildFrame() decides what to draw (clipped,
// merged, O(pixels)); this panel only turns those records into draw-list calls.

#include <optional>

#include "app/gui/i18n.hpp"
#include "app/gui/panel.hpp"
#include "app/viewmodel/timeline_frame.hpp"
#include "app/viewmodel/timeline_view.hpp"

namespace il::gui {

class TimelinePanel : public Panel {
public:
    explicit TimelinePanel(AppState& state) : Panel(trId("timeline.title", "Timeline"), state) {}

protected:
    void drawContent() override;
    [[nodiscard]] ImGuiWindowFlags windowFlags() const override {
        return ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    }

private:
    struct Geometry {
        ImVec2 origin;       // top-left of the canvas
        ImVec2 size;
        float nameWidth = 0; // the fixed name column on the left
        float axisHeight = 0;
        float rowHeight = 0;
        [[nodiscard]] float timeX() const { return origin.x + nameWidth; }
        [[nodiscard]] float rowsTop() const { return origin.y + axisHeight; }
    };
    void drawToolbar();
    void handleInput(const Geometry& g, const viewmodel::TimelineContext& ctx);
    void drawAxis(ImDrawList* dl, const Geometry& g, const viewmodel::TimelineContext& ctx);
    void drawRows(ImDrawList* dl, const Geometry& g);
    void drawGilRects(ImDrawList* dl, const Geometry& g, uint32_t row, float y, float pad);
    void drawOverlays(ImDrawList* dl, const Geometry& g);
    void drawCursor(ImDrawList* dl, const Geometry& g, const viewmodel::TimelineContext& ctx);
    void drawHover(const Geometry& g, const viewmodel::TimelineContext& ctx);
    [[nodiscard]] float rowY(const Geometry& g, uint32_t row) const {
        return g.rowsTop() + static_cast<float>(row) * g.rowHeight - m_scrollY;
    }

    viewmodel::TimelineFrame m_frame;  // reused every frame: no allocation once warmed up
    float m_scrollY = 0;
    bool m_scrubbing = false;  // the current drag moves the cursor instead of panning
};

}  // namespace il::gui
