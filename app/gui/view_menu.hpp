#pragma once
// The View menu: text size (with a projector preset: large text, thick lines), line width,
// light or dark theme, language (English / 中文) and which panels are shown.

#include <memory>
#include <vector>

#include "app/gui/app_state.hpp"
#include "app/gui/appearance.hpp"
#include "app/gui/panel.hpp"

namespace il::gui {

struct ViewMenuActions {
    bool resetLayout = false;  // re-tile the panels to the window (discarding a saved layout)
};

// drawViewMenu() draws the menu inside the main menu bar and applies theme and language
// changes at once (text size is rebuilt between frames by Appearance::rebuild()).
[[nodiscard]] ViewMenuActions drawViewMenu(GuiSettings& s, std::vector<std::unique_ptr<Panel>>& panels, Appearance& look);

// switchLanguage() loads `lang` ("en", "zh"), reporting a failure on stderr; panels retitle
// themselves on their next draw.
void switchLanguage(const std::string& lang);

// drawMissingFontNotice() writes, at the right of the menu bar, that Chinese text needs a font
// package when the language is Chinese and no CJK font is installed.
void drawMissingFontNotice(const Appearance& look);

}  // namespace il::gui
