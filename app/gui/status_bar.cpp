#include "app/gui/status_bar.hpp"

#include <imgui.h>

#include "app/gui/app_state.hpp"
#include "app/gui/live_run.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

void drawStatusBar(const TraceSession& s, const std::string& label, const LiveRun* run, bool paused) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = ImGui::GetFrameHeight() + 4.0f;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - h));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f, 2.0f));
    if (ImGui::Begin("##status", nullptr, flags)) {
        const ImVec4 good(0.35f, 0.8f, 0.45f, 1.0f), bad(1.0f, 0.4f, 0.35f, 1.0f), warn(1.0f, 0.75f, 0.2f, 1.0f);
        if (run == nullptr) {
            ImGui::TextColored(warn, "no scenario: pick one in the toolbar, or give a file: interleave gui FILE");
        } else {
            const RunStatus& st = run->status();
            if (st.compiling) {
                ImGui::TextDisabled("compiling %s...", label.c_str());
            } else if (st.compileFailed) {
                ImGui::TextColored(bad, "%s does not compile", label.c_str());
            } else if (st.ended) {
                const bool ok = st.verdict == rt::Verdict::Ok;
                ImGui::TextColored(ok ? good : st.verdict == rt::Verdict::Limit ? warn : bad, "%s", rt::nameOf(st.verdict));
                if (!st.message.empty()) {
                    ImGui::SameLine();
                    ImGui::TextUnformatted(st.message.c_str());
                }
            } else {
                const bool stopped = paused || st.stopReached;
                ImGui::TextColored(stopped ? warn : good, "%s", st.stopReached ? "stopped (--run-for)" : stopped ? "paused" : "running");
            }
            ImGui::SameLine();
            ImGui::TextDisabled("| %s | t = %s | %zu events, %.1f MB | %llu steps", label.c_str(),
                                viewmodel::formatDuration(st.nowNs).c_str(), s.log.size(),
                                static_cast<double>(s.log.byteSize()) / 1e6, static_cast<unsigned long long>(st.steps));
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void drawScriptWindows(const TraceSession& s, const std::string& label, bool& showOutput) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    if (!s.diagnostics.empty()) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.1f, vp->Pos.y + vp->Size.y * 0.15f), ImGuiCond_Appearing);
        ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.8f, vp->Size.y * 0.45f), ImGuiCond_Appearing);
        const std::string title = label + " does not compile###diagnostics";
        if (ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_HorizontalScrollbar))
            ImGui::TextUnformatted(s.diagnostics.c_str());
        ImGui::End();
    }
    if (showOutput) {
        ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.45f, vp->Size.y * 0.35f), ImGuiCond_FirstUseEver);
        if (ImGui::Begin("Script output", &showOutput, ImGuiWindowFlags_HorizontalScrollbar)) {
            ImGui::TextUnformatted(s.output.data(), s.output.data() + s.output.size());
            if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) ImGui::SetScrollHereY(1.0f);  // keep following
        }
        ImGui::End();
    }
}

}  // namespace il::gui
