#include "app/gui/lesson_panel.hpp"

#include <fstream>
#include <sstream>

#include "app/gui/i18n.hpp"
#include "app/gui/wrapped_text.hpp"

namespace il::gui {

using namespace il::viewmodel;

namespace {

constexpr int kFramesBetweenChecks = 60;

}  // namespace

LessonPanel::LessonPanel(AppState& state) : Panel(trId("lesson.title", "Lesson"), state) {}

void LessonPanel::reload() {
    const std::string& path = state().scenarioPath;
    const std::string& lang = language();
    const bool sameFile = path == m_path && lang == m_language;
    if (sameFile && --m_framesToCheck > 0) return;
    m_framesToCheck = kFramesBetweenChecks;
    std::error_code ec;
    const auto stamp = path.empty() ? std::filesystem::file_time_type{} : std::filesystem::last_write_time(path, ec);
    if (sameFile && stamp == m_stamp) return;
    m_path = path;
    m_language = lang;
    m_stamp = stamp;
    m_lesson = Lesson{};
    m_hasDocstring = false;
    if (path.empty()) return;
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (const auto doc = moduleDocstring(text.str())) {
        m_lesson = lessonText(*doc, lang);
        m_hasDocstring = true;
    }
}

void LessonPanel::drawContent() {
    reload();
    if (m_path.empty()) {
        ImGui::TextDisabled("%s", tr("lesson.no_scenario"));
        return;
    }
    if (!m_hasDocstring) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr("lesson.no_docstring"));
        ImGui::PopTextWrapPos();
        return;
    }
    // The title one and a half times as large; headings slightly larger and drawn twice, one
    // pixel apart, for a bold look (the window has one font face).
    ImGui::SetWindowFontScale(1.45f);
    wrappedText(m_lesson.title);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::Spacing();
    const ImU32 headingColour = ImGui::GetColorU32(ImGuiCol_PlotLinesHovered);
    for (const LessonBlock& b : m_lesson.blocks) {
        switch (b.kind) {
            case BlockKind::Heading: {
                ImGui::Spacing();
                ImGui::SetWindowFontScale(1.15f);
                const ImVec2 p = ImGui::GetCursorScreenPos();
                ImGui::PushStyleColor(ImGuiCol_Text, headingColour);
                ImGui::TextUnformatted(b.text.c_str());
                ImGui::PopStyleColor();
                ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + 1.0f, p.y),
                                                    headingColour, b.text.c_str());
                ImGui::SetWindowFontScale(1.0f);
                break;
            }
            case BlockKind::Paragraph:
                wrappedText(b.text);
                ImGui::Spacing();
                break;
            case BlockKind::Bullet:
                ImGui::Bullet();
                wrappedText(b.text);  // Bullet() leaves the cursor on its line
                break;
        }
    }
}

}  // namespace il::gui
