#pragma once
// The visible time range of the timeline and the pure functions that move it: zoom around a
// point, pan, fit. Every panel that shows time (timeline, queues) shares one TimeRange, so
// they stay aligned. TimelineContext is Tracy's per-frame mapping between time and pixels.

#include <cstdint>

namespace il::viewmodel {

struct TimeRange {
    uint64_t startNs = 0;
    uint64_t endNs = 1;  // exclusive; invariant: endNs > startNs
    [[nodiscard]] uint64_t duration() const { return endNs - startNs; }
    [[nodiscard]] bool contains(uint64_t ns) const { return ns >= startNs && ns < endNs; }
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

// The shortest range zoom-in reaches: a few instructions of virtual time.
inline constexpr uint64_t kMinRangeNs = 100;

// zoomAround() scales the range by `factor` (< 1 zooms in) keeping `anchorNs` at the same
// fraction of the width, then keeps the result inside `bounds` (never longer than bounds, never
// shorter than kMinRangeNs). Precondition: factor > 0.
[[nodiscard]] TimeRange zoomAround(TimeRange r, uint64_t anchorNs, double factor, TimeRange bounds);
// pan() shifts the range by `deltaNs` (negative: earlier), keeping its duration, clamped to
// `bounds` (a range longer than bounds is left at bounds' start).
[[nodiscard]] TimeRange pan(TimeRange r, int64_t deltaNs, TimeRange bounds);
// panPixels() pans by a mouse drag of `dxPx` pixels on a canvas `widthPx` wide: dragging right
// moves the view to earlier times, as when dragging a sheet of paper.
[[nodiscard]] TimeRange panPixels(TimeRange r, float dxPx, float widthPx, TimeRange bounds);
// clampTo() keeps r inside bounds with the rules of pan(): duration kept when it fits.
[[nodiscard]] TimeRange clampTo(TimeRange r, TimeRange bounds);

// Maps time to pixels for one frame; x is relative to the canvas's left edge.
struct TimelineContext {
    TimeRange range;
    float widthPx = 1.0f;
    double nsPerPx = 1.0;
    double pxPerNs = 1.0;  // 1 / nsPerPx: toX() runs per span edge, a multiply beats a divide

    // make() builds the mapping of `range` onto `widthPx` pixels; precondition: widthPx >= 1.
    [[nodiscard]] static TimelineContext make(TimeRange range, float widthPx) {
        TimelineContext c;
        c.range = range;
        c.widthPx = widthPx;
        c.nsPerPx = static_cast<double>(range.duration()) / static_cast<double>(widthPx);
        c.pxPerNs = 1.0 / c.nsPerPx;
        return c;
    }
    [[nodiscard]] double toX(uint64_t ns) const {
        return (static_cast<double>(ns) - static_cast<double>(range.startNs)) * pxPerNs;
    }
    // toNs() returns the time under pixel x, clamped to the range.
    [[nodiscard]] uint64_t toNs(double x) const;
};

}  // namespace il::viewmodel
