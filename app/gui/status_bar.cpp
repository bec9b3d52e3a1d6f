#include "app/gui/status_bar.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "app/gui/app_state.hpp"
#include "app/gui/i18n.hpp"
#include "app/gui/live_run.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {
namespace {

const ImVec4 kGood(0.35f, 0.8f, 0.45f, 1.0f), kBad(1.0f, 0.4f, 0.35f, 1.0f), kWarn(1.0f, 0.75f, 0.2f, 1.0f);

// Step mode, waiting for the learner: who can step now (with its line) and who Step moves.
void drawStepChoices(const RunStatus& st) {
    if (st.stepsPending > 0) {
        ImGui::TextColored(kWarn, "%s", tr("step.stepping"));
        return;
    }
    ImGui::TextColored(kGood, "%s", tr("step.waiting"));
    std::string ready;
    for (const TaskSnapshot& t : st.tasks) {
        if (!t.runnable) continue;
        if (!ready.empty()) ready += ", ";
        ready += t.name;
        if (t.line == 0) continue;
        char at[64];
        std::snprintf(at, sizeof at, tr("step.at_line"), static_cast<unsigned>(t.line));
        ready += std::string(" (") + at + ')';
    }
    ImGui::SameLine();
    if (ready.empty()) {
        ImGui::TextUnformatted(tr("step.none_ready"));
        return;
    }
    ImGui::Text("%s %s", tr("step.ready"), ready.c_str());
    for (const TaskSnapshot& t : st.tasks) {
        if (!st.nextInTurn || t.id != *st.nextInTurn) continue;
        ImGui::SameLine();
        ImGui::TextDisabled("| %s %s", tr("step.next"), t.name.c_str());
    }
}

}  // namespace

const char* verdictText(rt::Verdict v) {
    switch (v) {
    case rt::Verdict::Running: return tr("status.verdict_running");
    case rt::Verdict::Ok: return tr("status.verdict_ok");
    case rt::Verdict::Error: return tr("status.verdict_error");
    case rt::Verdict::Deadlock: return tr("status.verdict_deadlock");
    case rt::Verdict::Limit: return tr("status.verdict_limit");
    }
    return "";
}

void drawStatusBar(const AppState& state, const LiveRun* run, bool paused) {
    const TraceSession& s = *state.session;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = ImGui::GetFrameHeight() + 4.0f;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - h));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f, 2.0f));
    if (ImGui::Begin("##status", nullptr, flags)) {
        const char* label = state.sourceLabel.c_str();
        if (run == nullptr) {
            ImGui::TextColored(kWarn, "%s", tr("status.no_scenario"));
        } else {
            const RunStatus& st = run->status();
            if (st.native) {
                // Which clock the times below are on: the machine's, not the sim's virtual one.
                ImGui::TextColored(kWarn, "%s", tr("status.native"));
                ImGui::SameLine();
            }
            if (st.compiling) {
                ImGui::TextDisabled("%s %s...", tr("status.compiling"), label);
            } else if (st.compileFailed) {
                ImGui::TextColored(kBad, "%s %s", label, tr("status.does_not_compile"));
            } else if (st.ended && st.native && st.stopReached) {
                ImGui::TextColored(kWarn, "%s", tr("status.stopped_run_for"));  // not a limit the script hit
            } else if (st.ended) {
                const bool ok = st.verdict == rt::Verdict::Ok;
                ImGui::TextColored(ok ? kGood : st.verdict == rt::Verdict::Limit ? kWarn : kBad, "%s", verdictText(st.verdict));
                if (!st.message.empty()) {
                    ImGui::SameLine();
                    ImGui::TextUnformatted(st.message.c_str());
                }
            } else if (st.manual) {
                drawStepChoices(st);
            } else if (st.schedule) {
                // Walking through a schedule: the step controls are in the toolbar.
                ImGui::TextColored(st.stepsPending > 0 ? kWarn : kGood, "%s",
                                   st.stepsPending > 0 ? tr("step.stepping") : tr("schedule.paused"));
            } else if (st.native) {
                // Real threads cannot be paused; --run-for ends the run (ended comes a moment later).
                ImGui::TextColored(st.stopReached ? kWarn : kGood, "%s",
                                   st.stopReached ? tr("status.stopped_run_for") : tr("status.running"));
            } else {
                const bool stopped = paused || st.stopReached;
                ImGui::TextColored(stopped ? kWarn : kGood, "%s",
                                   st.stopReached ? tr("status.stopped_run_for") : stopped ? tr("status.paused") : tr("status.running"));
            }
            ImGui::SameLine();
            if (st.native) {  // real threads take no scheduling steps: no count to show
                ImGui::TextDisabled("| %s | t = %s | %zu %s, %.1f MB", label, viewmodel::formatDuration(st.nowNs).c_str(),
                                    s.log.size(), tr("status.events"), static_cast<double>(s.log.byteSize()) / 1e6);
            } else {
                ImGui::TextDisabled("| %s | t = %s | %zu %s, %.1f MB | %llu %s", label, viewmodel::formatDuration(st.nowNs).c_str(),
                                    s.log.size(), tr("status.events"), static_cast<double>(s.log.byteSize()) / 1e6,
                                    static_cast<unsigned long long>(st.manual ? st.instructions : st.steps),
                                    st.manual ? tr("status.instructions") : tr("status.steps"));
            }
        }
        if (state.cursorNs) {
            // Scrubbed back: every panel shows this recorded moment, not the live run.
            ImGui::SameLine();
            ImGui::TextColored(kWarn, "| %s %s", tr("status.viewing"), viewmodel::formatDuration(*state.cursorNs).c_str());
            ImGui::SameLine();
            ImGui::TextDisabled("(%s)", tr("status.viewing_hint"));
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace il::gui
