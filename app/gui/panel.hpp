#pragma once
// The base of every GUI panel (ImHex's View): it owns the window's Begin/End, title and open
// flag, and where the panel goes on the first frame; a subclass writes drawContent() only.

#include <imgui.h>

#include <string>

#include "app/gui/app_state.hpp"

namespace il::gui {

class Panel {
public:
    Panel(std::string title, AppState& state) : m_title(std::move(title)), m_state(state) {}
    virtual ~Panel() = default;
    Panel(const Panel&) = delete;
    Panel& operator=(const Panel&) = delete;

    // draw() shows the panel's window when it is open.
    void draw();
    // place() puts the window at `pos` with `size` on the next draw (after a resize).
    void place(ImVec2 pos, ImVec2 size);
    [[nodiscard]] const std::string& title() const { return m_title; }
    // id() is the title's stable part (after "###": the English title), whatever the language.
    [[nodiscard]] std::string id() const {
        const size_t hashes = m_title.find("###");
        return hashes == std::string::npos ? m_title : m_title.substr(hashes + 3);
    }
    [[nodiscard]] bool& open() { return m_open; }

protected:
    virtual void drawContent() = 0;
    [[nodiscard]] virtual ImGuiWindowFlags windowFlags() const { return ImGuiWindowFlags_NoCollapse; }
    [[nodiscard]] AppState& state() { return m_state; }

private:
    std::string m_title;
    AppState& m_state;
    bool m_open = true;
    unsigned m_titleSerial = 0;  // i18n's languageSerial() the title was translated for
    bool m_placePending = false;
    ImVec2 m_pos{}, m_size{};
};

}  // namespace il::gui
