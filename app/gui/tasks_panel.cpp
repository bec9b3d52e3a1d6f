#include "app/gui/tasks_panel.hpp"

#include <string>

#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

using namespace il::viewmodel;

void TasksPanel::drawContent() {
    const AppState& st = state();
    const auto& model = st.session->model;
    const auto& rows = st.session->timeline.rows();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("tasks", 7, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Task", ImGuiTableColumnFlags_WidthStretch);
    // Fixed widths that fit the longest value ("999.9 ms"), so numbers are never cut.
    const float number = ImGui::CalcTextSize("999.9 ms ").x;
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("coroutine").x);
    ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("# suspended").x);
    for (const char* name : {"CPU", "Ready", "Blocked"}) ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthFixed, number);
    ImGui::TableSetupColumn("Switches", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Switches").x);
    ImGui::TableHeadersRow();
    // Only the visible rows are formatted: a 50-task run costs 50 lines, not 50 tables.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Row& row = rows[static_cast<size_t>(r)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Indent(static_cast<float>(row.depth) * ImGui::GetFontSize() * 0.8f + 1.0f);
            ImGui::TextUnformatted(row.label.c_str());
            ImGui::Unindent(static_cast<float>(row.depth) * ImGui::GetFontSize() * 0.8f + 1.0f);
            if (row.kind != RowKind::Task) {
                ImGui::TableNextColumn();
                ImGui::TextDisabled("GIL lane");
                continue;
            }
            const trace::TaskInfo& t = model.tasks()[row.id];
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(trace::nameOf(t.kind));
            ImGui::TableNextColumn();
            const float box = ImGui::GetTextLineHeight() * 0.7f;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float dy = (ImGui::GetTextLineHeight() - box) * 0.5f;
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + box, p.y + dy + box),
                                                      stateColour(t.state, st.settings.theme).packed());
            ImGui::Dummy(ImVec2(box, box));
            ImGui::SameLine();
            ImGui::TextUnformatted(trace::nameOf(t.state));
            for (trace::TaskState s : {trace::TaskState::Running, trace::TaskState::Ready, trace::TaskState::Blocked}) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(formatDuration(model.timeIn(row.id, s)).c_str());
            }
            ImGui::TableNextColumn();
            ImGui::Text("%u", t.switches);
        }
    }
    ImGui::EndTable();
}

}  // namespace il::gui
