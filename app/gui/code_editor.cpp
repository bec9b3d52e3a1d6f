// The Code panel's Edit mode, and the bars that ask before edits could be lost: the file
// changed on disk (Reload / Keep mine), or the window switched scenario while the editor held
// unsaved edits (the toolbar's picker cannot be stopped before it switches, so the edits are
// kept and the learner chooses: save them, drop them, or go back to them).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>
#include <filesystem>
#include <initializer_list>
#include <string>

#include "app/gui/code_panel.hpp"
#include "app/gui/i18n.hpp"

namespace il::gui {
namespace {

// barHeight() fits a bordered bar holding `texts` (wrapped to the panel's width) and a row of buttons.
float barHeight(std::initializer_list<std::string> texts) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap = ImGui::GetContentRegionAvail().x - style.WindowPadding.x * 2;
    float h = style.WindowPadding.y * 2 + ImGui::GetFrameHeight();
    for (const std::string& t : texts)
        if (!t.empty()) h += ImGui::CalcTextSize(t.c_str(), nullptr, false, wrap).y + style.ItemSpacing.y;
    return h;
}

}  // namespace

void CodePanel::drawEditor() {
    viewmodel::ScriptBuffer& buf = m_doc->buffer();
    if (m_refocusEditor) {
        ImGui::SetKeyboardFocusHere();
        m_refocusEditor = false;
    }
    // Tab is left to ImGui's focus keys: a literal tab would mix with the scenarios' spaces.
    if (ImGui::InputTextMultiline("##editor", &buf.text(), ImVec2(-FLT_MIN, -FLT_MIN))) buf.edited();
}

void CodePanel::drawPendingSwitch() {
    // A bar, not a modal popup: in ImGui 1.86 a modal opened inside a panel trips an assertion
    // (FindBlockingModal) as soon as another top-level window appears, and the new run's
    // windows do appear meanwhile.
    namespace fs = std::filesystem;
    const std::string from = fs::path(m_doc->buffer().path()).filename().string();
    const std::string to = fs::path(m_doc->pendingPath()).filename().string();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.6f, 0.15f, 0.1f, 0.5f));
    const std::string line1 = std::string(tr("code.unsaved_text")) + " " + from;
    const std::string line2 = std::string(tr("code.unsaved_opened")) + " " + to;
    ImGui::BeginChild("unsaved_switch", ImVec2(0, barHeight({line1, line2, m_doc->message()})), true);
    ImGui::TextWrapped("%s", line1.c_str());
    ImGui::TextWrapped("%s", line2.c_str());
    if (!m_doc->message().empty()) ImGui::TextWrapped("%s", m_doc->message().c_str());
    if (ImGui::Button(tr("code.save"))) m_doc->saveAndSwitch(state());
    if (ImGui::IsItemHovered() && m_doc->isLesson()) ImGui::SetTooltip("%s", tr("code.save_lesson_tip"));
    ImGui::SameLine();
    if (ImGui::Button(tr("code.discard"))) m_doc->discardAndSwitch();
    ImGui::SameLine();
    if (ImGui::Button(tr("code.go_back"))) m_doc->goBack(state());
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void CodePanel::drawReloadBar() {
    viewmodel::ScriptBuffer& buf = m_doc->buffer();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.55f, 0.38f, 0.05f, 0.45f));
    const std::string text = tr(buf.dirty() ? "code.changed_on_disk_edited" : "code.changed_on_disk");
    ImGui::BeginChild("reload_bar", ImVec2(0, barHeight({text})), true);
    ImGui::TextWrapped("%s", text.c_str());
    if (ImGui::Button(tr("code.reload")) && buf.reload())
        m_doc->run(state());  // show the new version running, as opening it would
    ImGui::SameLine();
    if (ImGui::Button(tr("code.keep_mine"))) buf.keepMine();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace il::gui
