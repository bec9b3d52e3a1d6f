#include "app/gui/console_panel.hpp"

#include <string>

#include "app/gui/i18n.hpp"
#include "app/viewmodel/message_format.hpp"
#include "app/viewmodel/state_palette.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

using namespace il::viewmodel;

namespace {

constexpr ImU32 kTracebackRed = IM_COL32(255, 85, 70, 255);
constexpr ImU32 kEngineAmber = IM_COL32(255, 190, 60, 255);

// taskLabel() names a printing task; a thread of a child process also names its process, since
// every process has a "MainThread".
std::string taskLabel(const std::vector<trace::TaskInfo>& tasks, trace::TaskId t) {
    if (t >= tasks.size()) return "?";
    const trace::TaskInfo& task = tasks[t];
    if (task.kind == trace::TaskKind::Thread && task.parent < tasks.size() && tasks[task.parent].parent != trace::kNoId)
        return tasks[task.parent].name + "/" + task.name;
    return task.name;
}

}  // namespace

ConsolePanel::ConsolePanel(AppState& state) : Panel(trId("console.title", "Console"), state) {}

void ConsolePanel::drawEngineMessages() {
    const TraceSession& s = *state().session;
    const std::string verdict = s.verdictMessage;
    if (s.diagnostics.empty() && verdict.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, kEngineAmber);
    if (!s.diagnostics.empty()) {
        ImGui::TextUnformatted(tr("console.compile_errors"));
        ImGui::TextUnformatted(s.diagnostics.c_str());
    }
    if (!verdict.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted((std::string(tr("console.engine")) + " " + verdict).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::PopStyleColor();
    ImGui::Separator();
}

void ConsolePanel::drawContent() {
    AppState& st = state();
    TraceSession& session = *st.session;
    if (m_follower.changed(session)) {
        m_lines = ConsoleLines{};
        m_shownBefore = 0;
    }
    m_lines.update(session.log, session.output);
    const Theme theme = st.settings.theme;
    const bool live = !st.cursorNs.has_value();
    const size_t shown = live ? m_lines.lines().size() : m_lines.countAt(st.viewNs());

    ImGui::Checkbox(tr("console.show_tasks"), &m_showTasks);
    if (!live) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", fillIn(tr("console.at_moment"), {formatDuration(st.viewNs())}).c_str());
    }
    drawEngineMessages();
    ImGui::BeginChild("##consolelines", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    if (shown == 0) ImGui::TextDisabled("%s", tr("console.empty"));
    const auto& lines = m_lines.lines();
    const auto& tasks = session.model.tasks();
    // Follow the newest line while live, unless the learner scrolled up to read.
    const bool atBottom = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ConsoleLine& l = lines[static_cast<size_t>(i)];
            const ImU32 hue = colourOf(hueId(l.task), theme).packed();
            if (m_showTasks) {
                const std::string name = taskLabel(tasks, l.task);
                ImGui::PushStyleColor(ImGuiCol_Text, hue);
                ImGui::TextUnformatted(("[" + name + "]").c_str());
                ImGui::PopStyleColor();
                ImGui::SameLine();
            }
            switch (l.kind) {
                case LineKind::Print:
                    ImGui::PushStyleColor(ImGuiCol_Text, hue);
                    ImGui::TextUnformatted(l.text.c_str());
                    ImGui::PopStyleColor();
                    break;
                case LineKind::Stderr:  // red as IDLE shows stderr, like the tracebacks that go there
                case LineKind::Traceback:
                    ImGui::PushStyleColor(ImGuiCol_Text, kTracebackRed);
                    ImGui::TextUnformatted(l.text.c_str());
                    ImGui::PopStyleColor();
                    break;
                case LineKind::Note:
                    ImGui::TextDisabled("%s %s", tr("console.note"), l.text.c_str());
                    break;
            }
        }
    }
    if (live && m_lines.dropped() > 0)
        ImGui::TextDisabled("%s", fillIn(tr("console.dropped"), {std::to_string(m_lines.dropped())}).c_str());
    if (live && shown != m_shownBefore && (atBottom || m_shownBefore == 0)) ImGui::SetScrollHereY(1.0f);
    m_shownBefore = shown;
    ImGui::EndChild();
}

}  // namespace il::gui
