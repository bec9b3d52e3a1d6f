#include "app/gui/view_menu.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>
#include <utility>

#include "app/gui/i18n.hpp"
#include "app/viewmodel/settings_json.hpp"

namespace il::gui {
namespace {

// The notice names the package to install; the translation holds "{package}" where it goes.
// It only shows when Chinese glyphs cannot be drawn, so zh.json keeps it in English.
std::string noFontText() {
    std::string text = tr("settings.no_cjk_font");
    for (size_t at = text.find("{package}"); at != std::string::npos; at = text.find("{package}", at))
        text.replace(at, 9, kCjkFontPackage);
    return text;
}

}  // namespace

void switchLanguage(const std::string& lang) {
    std::string error;
    if (!setLanguage(lang, &error)) std::fprintf(stderr, "interleave gui: language %s: %s\n", lang.c_str(), error.c_str());
}

ViewMenuActions drawViewMenu(GuiSettings& s, std::vector<std::unique_ptr<Panel>>& panels, Appearance& look) {
    ViewMenuActions a;
    if (!ImGui::BeginMenu(trId("menu.view", "view").c_str())) return a;
    // Projector mode is a preset of the two sliders below it; it shows as on while they match.
    const bool projector = s.fontScale == kProjectorFontScale && s.lineThickness == kProjectorLineThickness;
    if (ImGui::MenuItem(tr("settings.projector"), nullptr, projector)) {
        s.fontScale = projector ? 1.0f : kProjectorFontScale;
        s.lineThickness = projector ? 2.0f : kProjectorLineThickness;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::SliderFloat(trId("settings.text_size", "textsize").c_str(), &s.fontScale, viewmodel::kMinFontScale,
                       viewmodel::kMaxFontScale, "%.2fx", ImGuiSliderFlags_AlwaysClamp);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::SliderFloat(trId("settings.line_width", "linewidth").c_str(), &s.lineThickness, viewmodel::kMinLineThickness,
                       viewmodel::kMaxLineThickness, "%.1f px", ImGuiSliderFlags_AlwaysClamp);
    ImGui::Separator();
    for (const auto& [key, theme] : {std::pair{"settings.dark", viewmodel::Theme::Dark}, std::pair{"settings.light", viewmodel::Theme::Light}}) {
        if (ImGui::MenuItem(tr(key), nullptr, s.theme == theme) && s.theme != theme) {
            s.theme = theme;
            look.applyTheme(theme);
        }
    }
    if (ImGui::BeginMenu(trId("settings.language", "language").c_str())) {
        for (const auto& [key, lang] : {std::pair{"settings.english", "en"}, std::pair{"settings.chinese", "zh"}}) {
            if (ImGui::MenuItem(tr(key), nullptr, language() == lang) && language() != lang) switchLanguage(lang);
        }
        if (!look.haveCjkFont()) {
            ImGui::Separator();
            ImGui::TextDisabled("%s", noFontText().c_str());
        }
        ImGui::EndMenu();
    }
    ImGui::Separator();
    for (auto& p : panels) ImGui::MenuItem(p->title().c_str(), nullptr, &p->open());
    ImGui::Separator();
    a.resetLayout = ImGui::MenuItem(tr("menu.reset_layout"));
    ImGui::EndMenu();
    return a;
}

void drawMissingFontNotice(const Appearance& look) {
    if (look.haveCjkFont() || language() != "zh") return;
    const std::string text = noFontText();
    const float w = ImGui::CalcTextSize(text.c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2;
    ImGui::SameLine(ImGui::GetWindowWidth() - w);
    ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.3f, 1.0f), "%s", text.c_str());
}

}  // namespace il::gui
