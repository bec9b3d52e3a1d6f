#pragma once
// How the window looks: the fonts (rasterised at the chosen text size, so a projector gets crisp
// large text rather than a magnified small font) and the light or dark ImGui style scaled to
// match. Chinese glyphs come from a system CJK font merged into the main one; when none is
// installed, haveCjkFont() is false and the menu bar says which Debian package to install.

#include <imgui.h>

#include "app/viewmodel/state_palette.hpp"

namespace il::gui {

inline constexpr float kBaseFontPx = 18.0f;  // readable from the back of a classroom at 1x
inline constexpr float kProjectorFontScale = 1.6f;
inline constexpr float kProjectorLineThickness = 3.5f;
// The Debian package scripts/setup.sh installs for Chinese text.
inline constexpr const char* kCjkFontPackage = "fonts-wqy-microhei";

class Appearance {
public:
    // loadFonts() fills ImGui's font atlas for text `scale` (before the first frame, or from
    // rebuild()). Returns false when no CJK font was found (and says so once on stderr).
    bool loadFonts(float scale);
    // rebuild() re-rasterises the fonts and rescales the style for `scale` and `theme` when the
    // scale differs from the built one; call between frames (after rendering, before NewFrame).
    void rebuild(float scale, viewmodel::Theme theme);
    // applyTheme() sets ImGui's colours and sizes for `theme` at the built text scale.
    void applyTheme(viewmodel::Theme theme);
    // fontGlobalScale() is what io.FontGlobalScale must be for text at `scale` with the fonts
    // as built (1 once they are rebuilt; the ratio while a slider is being dragged).
    [[nodiscard]] float fontGlobalScale(float scale) const { return scale / m_builtScale; }
    [[nodiscard]] bool haveCjkFont() const { return m_haveCjk; }
    // noteText() makes sure the characters of `utf8` (a script's lesson, what a task printed)
    // have glyphs: a character the atlas lacks marks it for a rebuild at the next rebuild().
    void noteText(const char* begin, const char* end);

private:
    // The glyph ranges the atlas was given: read when it is built, so kept as long as it lives.
    ImVector<ImWchar> m_latinRanges, m_cjkRanges;
    ImFontGlyphRangesBuilder m_seen;  // characters of the shown texts (noteText)
    bool m_glyphsChanged = false;
    float m_builtScale = 1.0f;
    bool m_haveCjk = false;
    bool m_warned = false;
};

}  // namespace il::gui
