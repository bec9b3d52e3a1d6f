#include "app/gui/open_dialog.hpp"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "app/gui/i18n.hpp"
#include "app/gui/shortcuts.hpp"

namespace il::gui {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPopupId = "###OpenDialog";

void copyTo(char (&buf)[4096], const std::string& s) { std::snprintf(buf, sizeof buf, "%s", s.c_str()); }

}  // namespace

void OpenDialog::show(const std::string& dir) {
    m_dir = dir;
    m_error.clear();
    m_entries = viewmodel::listScripts(m_dir, &m_error);
    m_selected = -1;
    copyTo(m_path, m_dir == "/" ? m_dir : m_dir + "/");
}

void OpenDialog::submit(AppState& state) {
    const std::string path = viewmodel::resolveOpenPath(m_dir, m_path);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        show(path);
    } else if (fs::is_regular_file(path, ec)) {
        state.requests.openPath = path;
        ImGui::CloseCurrentPopup();
    } else {
        m_error = std::string(tr("open.not_found")) + ": " + path;
    }
}

void OpenDialog::drawEntries(AppState& state) {
    for (int i = 0; i < static_cast<int>(m_entries.size()); ++i) {
        const viewmodel::DirEntry& e = m_entries[static_cast<size_t>(i)];
        const std::string label = (e.isDir ? "[" + e.name + "]" : e.name) + "##" + std::to_string(i);
        if (!ImGui::Selectable(label.c_str(), m_selected == i, ImGuiSelectableFlags_AllowDoubleClick)) continue;
        m_selected = i;
        const std::string full = (fs::path(m_dir) / e.name).lexically_normal().string();
        if (e.isDir) {  // one click enters a folder, as in most file pickers' lists
            show(e.name == ".." ? fs::path(m_dir).lexically_normal().parent_path().string() : full);
            break;  // m_entries changed under the loop
        }
        copyTo(m_path, full);
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) submit(state);
    }
}

void OpenDialog::draw(AppState& state) {
    const std::string title = std::string(tr("open.title")) + kPopupId;
    if (takeOpenDialogRequest()) {
        std::error_code ec;
        const fs::path current(state.scenarioPath);
        show(!state.scenarioPath.empty() ? current.parent_path().string() : fs::current_path(ec).string());
        ImGui::OpenPopup(title.c_str());
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em * 34, em * 26), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextDisabled("%s", tr("open.folder"));
    ImGui::SameLine();
    ImGui::TextUnformatted(m_dir.c_str());
    const float buttonsH = ImGui::GetFrameHeightWithSpacing() * 3 + (m_error.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing());
    if (ImGui::BeginChild("entries", ImVec2(0, -buttonsH), true)) drawEntries(state);
    ImGui::EndChild();
    if (!m_error.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.35f, 1.0f), "%s", m_error.c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool enter = ImGui::InputText("##path", m_path, sizeof m_path, ImGuiInputTextFlags_EnterReturnsTrue);
    enter = enter || (ImGui::IsItemActive() && enterLatched());  // a tap shorter than a frame (shortcuts.hpp)
    ImGui::Spacing();
    if (ImGui::Button(tr("open.open")) || enter) submit(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("open.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace il::gui
