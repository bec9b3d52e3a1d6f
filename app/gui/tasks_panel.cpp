#include "app/gui/tasks_panel.hpp"

#include <algorithm>
#include <string>

#include "app/gui/i18n.hpp"
#include "app/viewmodel/message_format.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

using namespace il::viewmodel;

TasksPanel::TasksPanel(AppState& state) : Panel(trId("tasks.title", "Tasks"), state) {}

uint64_t TasksPanel::timeIn(trace::TaskId t, trace::TaskState s, uint64_t ns) {
    const trace::TraceModel& model = state().session->model;
    if (ns >= model.nowNs()) return model.timeIn(t, s);
    // A past moment: add up the spans before it (only for the rows on screen).
    uint64_t total = 0;
    for (const trace::StateSpan& span : model.tasks()[t].spans) {
        if (span.startNs >= ns) break;
        if (span.state == s) total += std::min(span.endNs, ns) - span.startNs;
    }
    return total;
}

void TasksPanel::drawTaskTable(uint64_t ns) {
    AppState& st = state();
    const auto& model = st.session->model;
    const auto& rows = st.session->timeline.rows();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("tasks", 11, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr("tasks.col_task"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("MainProcess-worker").x);
    // Fixed widths that fit the longest value ("999.9 ms"), so numbers are never cut.
    const float number = ImGui::CalcTextSize("999.9 ms ").x;
    ImGui::TableSetupColumn(tr("tasks.col_kind"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("coroutine").x);
    ImGui::TableSetupColumn(tr("tasks.col_os_id"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("4242-99999").x);
    ImGui::TableSetupColumn(tr("tasks.col_state"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("# suspended").x);
    ImGui::TableSetupColumn(tr("tasks.col_line"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("99999").x);
    ImGui::TableSetupColumn(tr("tasks.col_gil"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("waits 999.9 ms").x);
    for (const char* key : {"tasks.col_cpu", "tasks.col_ready", "tasks.col_blocked"})
        ImGui::TableSetupColumn(tr(key), ImGuiTableColumnFlags_WidthFixed, number);
    ImGui::TableSetupColumn(tr("tasks.col_switches"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Switches").x);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    const std::vector<GilRow> gils = m_gil.rowsAt(ns);
    const auto& lanes = st.session->timeline.index().gilLanes();
    // Only the visible rows are formatted: a 50-task run costs 50 lines, not 50 tables.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Row& row = rows[static_cast<size_t>(r)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const float indent = static_cast<float>(row.depth) * ImGui::GetFontSize() * 0.8f + 1.0f;
            ImGui::Indent(indent);
            if (row.kind == RowKind::Task && st.stepMode) {
                // The whole row is the button: the learner picks who moves next.
                ImGui::PushID(r);
                if (ImGui::Selectable(row.label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) st.requests.stepTask = row.id;
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("tasks.click_to_step"));
                ImGui::PopID();
            } else {
                ImGui::TextUnformatted(row.label.c_str());
            }
            ImGui::Unindent(indent);
            if (row.kind != RowKind::Task) {
                ImGui::TableNextColumn();
                ImGui::TextDisabled("%s", tr("tasks.gil_lane"));
                const trace::ResourceId gil = row.id < lanes.size() ? lanes[row.id].gil : trace::kNoId;
                for (const GilRow& g : gils) {
                    if (g.gil != gil || g.holder >= model.tasks().size()) continue;
                    ImGui::TableSetColumnIndex(5);
                    ImGui::TextUnformatted(model.tasks()[g.holder].name.c_str());
                }
                continue;
            }
            const trace::TaskInfo& t = model.tasks()[row.id];
            const trace::StateSpan* span = model.spanAt(row.id, ns);
            const trace::TaskState state = span != nullptr ? span->state : trace::TaskState::New;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(trace::nameOf(t.kind));
            ImGui::TableNextColumn();
            // What os.getpid() / threading.get_native_id() answer in that task.
            if (t.osId != 0) ImGui::Text("%llu", static_cast<unsigned long long>(t.osId));
            ImGui::TableNextColumn();
            const float box = ImGui::GetTextLineHeight() * 0.7f;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float dy = (ImGui::GetTextLineHeight() - box) * 0.5f;
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + box, p.y + dy + box),
                                                      stateColour(state, st.settings.theme).packed());
            ImGui::Dummy(ImVec2(box, box));
            ImGui::SameLine();
            ImGui::TextUnformatted(trace::nameOf(state));
            ImGui::TableNextColumn();
            if (span != nullptr && span->line > 0) ImGui::Text("%u", static_cast<unsigned>(span->line));
            ImGui::TableNextColumn();
            switch (m_gil.relationAt(row.id, ns)) {
                case GilRelation::Holds: ImGui::TextUnformatted(tr("tasks.gil_holds")); break;
                case GilRelation::Waits:
                    ImGui::TextUnformatted(fillIn(tr("tasks.gil_waits"), {formatDuration(m_gil.taskWaitNs(row.id, ns))}).c_str());
                    break;
                case GilRelation::Without:
                case GilRelation::None:  // ended, or never needed it: what it waited in all
                    if (const uint64_t w = m_gil.taskWaitNs(row.id, ns); w > 0)
                        ImGui::TextDisabled("%s", fillIn(tr("tasks.gil_waited"), {formatDuration(w)}).c_str());
                    break;
            }
            for (trace::TaskState s : {trace::TaskState::Running, trace::TaskState::Ready, trace::TaskState::Blocked}) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(formatDuration(timeIn(row.id, s, ns)).c_str());
            }
            ImGui::TableNextColumn();
            ImGui::Text("%u", t.switches);
        }
    }
    ImGui::EndTable();
}

void TasksPanel::drawGilTable(uint64_t ns) {
    const auto& model = state().session->model;
    const std::vector<GilRow> rows = m_gil.rowsAt(ns);
    if (rows.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr("gil.none"));
        ImGui::PopTextWrapPos();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("gil", 6, flags)) {
        ImGui::TableSetupColumn(tr("gil.col_process"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("gil.col_holder"), ImGuiTableColumnFlags_WidthStretch);
        for (const char* key : {"gil.col_handoffs", "gil.col_wait", "gil.col_waiting", "gil.col_false_alarms"})
            ImGui::TableSetupColumn(tr(key), ImGuiTableColumnFlags_WidthFixed,
                                    std::max(ImGui::CalcTextSize(tr(key)).x, ImGui::CalcTextSize("999.9 ms ").x));
        ImGui::TableHeadersRow();
        const auto name = [&](trace::TaskId t) { return t < model.tasks().size() ? model.tasks()[t].name : std::string("-"); };
        for (const GilRow& g : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(name(g.process).c_str());
            ImGui::TableNextColumn();
            if (g.holder == trace::kNoId) ImGui::TextDisabled("%s", tr("gil.free"));
            else ImGui::TextUnformatted(name(g.holder).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%u", g.handoffs);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDuration(g.waitNs).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%u", g.waiting);
            ImGui::TableNextColumn();
            ImGui::Text("%u", g.falseAlarms);
        }
        ImGui::EndTable();
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr("gil.explain"));
    ImGui::PopTextWrapPos();
}

void TasksPanel::drawContent() {
    AppState& st = state();
    if (m_follower.changed(*st.session)) m_gil = GilStats{};
    m_gil.update(st.session->log, st.session->model);
    const uint64_t ns = st.viewNs();
    if (st.stepMode) ImGui::TextDisabled("%s", tr("tasks.step_hint"));
    if (!ImGui::BeginTabBar("##taskstabs")) return;
    if (ImGui::BeginTabItem(trId("tasks.tab_tasks", "TasksTab").c_str())) {
        drawTaskTable(ns);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(trId("tasks.tab_gil", "GilTab").c_str())) {
        drawGilTable(ns);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace il::gui
