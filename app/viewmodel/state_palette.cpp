#include "app/viewmodel/state_palette.hpp"

#include <array>

namespace il::viewmodel {

namespace {

// Indexed by ColourId. Dark theme: saturated fills on a near-black canvas.
constexpr std::array<Rgba, kColourCount> kDark = {{
    {0xC8, 0xC8, 0xC8, 255},  // New: light grey
    {0xF0, 0xB4, 0x1E, 255},  // Ready: amber
    {0x1F, 0xB5, 0x7E, 255},  // Running: bluish green
    {0xE0, 0x5A, 0x14, 255},  // Blocked: vermillion red
    {0x3C, 0x8E, 0xDC, 255},  // Sleeping: blue
    {0xB4, 0x6E, 0xC8, 255},  // Suspended: purple
    {0x78, 0x78, 0x78, 255},  // Done: grey
    {0x9E, 0x10, 0x18, 255},  // Failed: dark red
    // Lane-owner hues (Okabe–Ito order, skipping colours too close to a state).
    {0x56, 0xB4, 0xE9, 255}, {0xE6, 0x9F, 0x00, 255}, {0x00, 0x9E, 0x73, 255},
    {0xF0, 0xE4, 0x42, 255}, {0x00, 0x72, 0xB2, 255}, {0xD5, 0x5E, 0x00, 255},
    {0xCC, 0x79, 0xA7, 255}, {0xA0, 0xA0, 0xF0, 255},
}};

// Light theme: the same hues a little deeper so they hold against white.
constexpr std::array<Rgba, kColourCount> kLight = {{
    {0xB4, 0xB4, 0xB4, 255},  // New
    {0xE0, 0x9A, 0x00, 255},  // Ready
    {0x00, 0x9E, 0x73, 255},  // Running
    {0xD5, 0x4A, 0x00, 255},  // Blocked
    {0x00, 0x72, 0xB2, 255},  // Sleeping
    {0x9A, 0x55, 0xB0, 255},  // Suspended
    {0x8C, 0x8C, 0x8C, 255},  // Done
    {0x8B, 0x00, 0x0C, 255},  // Failed
    {0x3A, 0x9A, 0xD9, 255}, {0xD0, 0x8C, 0x00, 255}, {0x00, 0x86, 0x60, 255},
    {0xC8, 0xB8, 0x00, 255}, {0x00, 0x5A, 0x96, 255}, {0xC0, 0x50, 0x00, 255},
    {0xB0, 0x5A, 0x8C, 255}, {0x70, 0x70, 0xD0, 255},
}};

}  // namespace

Rgba colourOf(ColourId id, Theme theme) {
    const auto& table = theme == Theme::Dark ? kDark : kLight;
    return table[id < kColourCount ? id : 0];
}

Rgba mixedColour(Theme theme) {
    return theme == Theme::Dark ? Rgba{0xFF, 0xFF, 0xFF, 200} : Rgba{0x20, 0x20, 0x20, 200};
}
Rgba canvasColour(Theme theme) {
    return theme == Theme::Dark ? Rgba{0x1A, 0x1C, 0x20, 255} : Rgba{0xFA, 0xFA, 0xF8, 255};
}
Rgba gridColour(Theme theme) {
    return theme == Theme::Dark ? Rgba{0x3A, 0x3E, 0x46, 255} : Rgba{0xD8, 0xD8, 0xD8, 255};
}
Rgba textColour(Theme theme) {
    return theme == Theme::Dark ? Rgba{0xE8, 0xE8, 0xE8, 255} : Rgba{0x18, 0x18, 0x18, 255};
}
Rgba cursorColour(Theme theme) {
    return theme == Theme::Dark ? Rgba{0xFF, 0xFF, 0xFF, 255} : Rgba{0x00, 0x00, 0x00, 255};
}
Rgba arrowColour(Theme theme) {
    return theme == Theme::Dark ? Rgba{0xF5, 0xF5, 0xF5, 230} : Rgba{0x10, 0x10, 0x10, 230};
}

Rgba darker(Rgba c, float factor) {
    auto scale = [factor](uint8_t v) { return static_cast<uint8_t>(static_cast<float>(v) * factor); };
    return Rgba{scale(c.r), scale(c.g), scale(c.b), c.a};
}

}  // namespace il::viewmodel
