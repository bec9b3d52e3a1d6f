#include "app/gui/toolbar.hpp"

#include <imgui.h>

#include <cstdint>
#include <filesystem>

#include "app/gui/live_run.hpp"

namespace il::gui {
namespace {

// flowItem() puts the next group on the same line when `width` still fits, else on a new one:
// at projector text sizes the toolbar wraps instead of hiding its right end.
void flowItem(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// A label drawn before its widget (ImGui puts labels after), so each setting reads "Seed [42]".
float labelled(const char* label, float fieldEm) {
    return ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemInnerSpacing.x + fieldEm * ImGui::GetFontSize();
}

void label(const char* text) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
}

}  // namespace

float drawToolbar(RunConfig& config, const std::vector<std::string>& scenarios, float top, bool ended,
                  ToolbarActions& actions) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, 0.0f));  // height: fits the (maybe wrapped) rows
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f, 4.0f));
    ImGui::Begin("##toolbar", nullptr, flags);
    const float em = ImGui::GetFontSize();
    rt::Settings& s = config.settings;

    // No "Scenario" label: a file name in a combo says what it is, and the row fits 1280 px.
    ImGui::SetNextItemWidth(12.0f * em);
    const std::string current = std::filesystem::path(config.scenarioPath).filename().string();
    if (ImGui::BeginCombo("##scenario", current.empty() ? "(none)" : current.c_str())) {
        for (const std::string& path : scenarios) {
            const std::string name = std::filesystem::path(path).filename().string();
            if (ImGui::Selectable(name.c_str(), path == config.scenarioPath) && path != config.scenarioPath) {
                config.scenarioPath = path;
                actions.settingsChanged = true;
            }
        }
        ImGui::EndCombo();
    }

    flowItem(9.0f * em);
    const char* runLabel = ended ? "Run again" : config.paused ? "Run" : "Pause";
    if (ImGui::Button(runLabel, ImVec2(5.5f * em, 0))) {
        if (ended) {
            config.paused = false;
            actions.reset = true;
        } else {
            actions.pauseToggled = true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Reset")) actions.reset = true;

    flowItem(labelled("Speed", 6.5f));
    label("Speed");
    ImGui::SetNextItemWidth(6.5f * em);
    float speed = static_cast<float>(config.speed);
    const char* speedFormat = speed >= kUnlimitedSpeed ? "max" : speed < 0.1f ? "%.3fx" : "%.2fx";
    if (ImGui::SliderFloat("##speed", &speed, 0.01f, static_cast<float>(kUnlimitedSpeed), speedFormat,
                           ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        config.speed = speed;
        actions.speedChanged = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("virtual seconds per real second (right end: as fast as possible)");

    flowItem(labelled("Seed", 6.0f));
    label("Seed");
    ImGui::SetNextItemWidth(6.0f * em);  // the -/+ buttons are inside this width
    const uint64_t one = 1;
    if (ImGui::InputScalar("##seed", ImGuiDataType_U64, &s.seed, &one)) actions.settingsChanged = true;

    flowItem(labelled("Policy", 5.5f));
    label("Policy");
    ImGui::SetNextItemWidth(5.5f * em);  // "random" in full
    if (ImGui::BeginCombo("##policy", s.policy.c_str())) {
        for (const char* p : {"fifo", "random", "pct"}) {
            if (ImGui::Selectable(p, s.policy == p) && s.policy != p) {
                s.policy = p;
                actions.settingsChanged = true;
            }
        }
        ImGui::EndCombo();
    }

    flowItem(labelled("Cores", 3.5f));
    label("Cores");
    ImGui::SetNextItemWidth(3.5f * em);
    if (ImGui::SliderInt("##cores", &s.cores, 1, 16, "%d", ImGuiSliderFlags_AlwaysClamp)) actions.settingsChanged = true;

    flowItem(labelled("GIL", 3.5f));
    label("GIL");
    ImGui::SetNextItemWidth(3.5f * em);
    if (ImGui::BeginCombo("##gil", rt::nameOf(s.gil))) {
        for (rt::GilMode g : {rt::GilMode::New, rt::GilMode::Old, rt::GilMode::Off}) {
            if (ImGui::Selectable(rt::nameOf(g), s.gil == g) && s.gil != g) {
                s.gil = g;
                actions.settingsChanged = true;
            }
        }
        ImGui::EndCombo();
    }

    flowItem(labelled("Switch", 5.5f));
    // Only the new GIL has a switch interval (the old one counts instructions).
    ImGui::BeginDisabled(s.gil != rt::GilMode::New);
    label("Switch");
    ImGui::SetNextItemWidth(5.5f * em);
    float ms = static_cast<float>(s.switchIntervalNs) / 1e6f;
    if (ImGui::SliderFloat("##switch", &ms, 0.1f, 100.0f, "%.1f ms", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        s.switchIntervalNs = static_cast<int64_t>(static_cast<double>(ms) * 1e6);
        actions.settingsChanged = true;
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("sys.setswitchinterval: how long a thread waits for the GIL before asking for it");
    ImGui::EndDisabled();

    const float height = ImGui::GetWindowHeight();
    ImGui::End();
    ImGui::PopStyleVar();
    return height;
}

}  // namespace il::gui
