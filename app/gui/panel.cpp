#include "app/gui/panel.hpp"

#include "app/gui/i18n.hpp"

namespace il::gui {

void Panel::place(ImVec2 pos, ImVec2 size) {
    m_pos = pos;
    m_size = size;
    m_placePending = true;
}

void Panel::draw() {
    if (!m_open) return;
    if (m_titleSerial != languageSerial()) {  // the language changed: same ### id, new text
        m_title = retitled(m_title);
        m_titleSerial = languageSerial();
    }
    if (m_placePending) {
        ImGui::SetNextWindowPos(m_pos, ImGuiCond_Always);
        ImGui::SetNextWindowSize(m_size, ImGuiCond_Always);
        m_placePending = false;
    }
    if (ImGui::Begin(m_title.c_str(), &m_open, windowFlags())) drawContent();
    ImGui::End();  // always paired with Begin, even when the window is collapsed
}

}  // namespace il::gui
