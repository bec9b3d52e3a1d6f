#pragma once
// The one colour table every panel uses: a task state always has the same colour in the
// timeline, the task table, the legend and the screenshot checker. Colours follow the
// Okabe–Ito palette where they can, so red/green colour-blind viewers still tell running
// (bluish green) from blocked (vermillion).

#include <cstdint>

#include "engine/trace/event.hpp"

namespace il::viewmodel {

enum class Theme : uint8_t {
    Dark,   // default: projectors wash out light backgrounds less than dark ones
    Light,  // for printed handouts and bright rooms
};

// A colour id in draw records: 0..7 are the TaskStates, 8..15 a categorical hue per lane
// owner (who holds the GIL), so one byte colours every rectangle.
using ColourId = uint8_t;
inline constexpr ColourId kHueBase = 8;
inline constexpr int kHueCount = 8;
inline constexpr int kColourCount = kHueBase + kHueCount;

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    // packed() returns the colour as ImGui's IM_COL32 (ABGR in memory order R,G,B,A).
    [[nodiscard]] constexpr uint32_t packed() const {
        return (uint32_t(a) << 24) | (uint32_t(b) << 16) | (uint32_t(g) << 8) | uint32_t(r);
    }
    friend constexpr bool operator==(Rgba, Rgba) = default;
};

// colourId() maps a task state to its colour id.
[[nodiscard]] constexpr ColourId colourId(trace::TaskState s) { return static_cast<ColourId>(s); }
// hueId() returns the categorical colour id for owner number `n` (any n; wraps around).
[[nodiscard]] constexpr ColourId hueId(uint32_t n) { return static_cast<ColourId>(kHueBase + n % kHueCount); }

// colourOf() returns the fill colour of a colour id; precondition: id < kColourCount.
[[nodiscard]] Rgba colourOf(ColourId id, Theme theme);
[[nodiscard]] inline Rgba stateColour(trace::TaskState s, Theme theme) { return colourOf(colourId(s), theme); }
// The outline drawn over a merged pixel column that mixes several states.
[[nodiscard]] Rgba mixedColour(Theme theme);
// Background, grid and text colours of the timeline canvas.
[[nodiscard]] Rgba canvasColour(Theme theme);
[[nodiscard]] Rgba gridColour(Theme theme);
[[nodiscard]] Rgba textColour(Theme theme);
// The current-time cursor and wake-up arrows must stand out from every state colour.
[[nodiscard]] Rgba cursorColour(Theme theme);
[[nodiscard]] Rgba arrowColour(Theme theme);
// darker() scales r, g, b by `factor` (0..1) for borders and mixed fills.
[[nodiscard]] Rgba darker(Rgba c, float factor);

}  // namespace il::viewmodel
