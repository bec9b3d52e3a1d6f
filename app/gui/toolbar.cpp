#include "app/gui/toolbar.hpp"

#include <imgui.h>

#include <cstdint>
#include <filesystem>

#include "app/gui/i18n.hpp"
#include "app/gui/live_run.hpp"
#include "app/gui/shortcuts.hpp"

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

void tooltip(const char* text) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text);
}

std::string buttonWidthText(const char* a, const char* b) {
    return ImGui::CalcTextSize(a).x > ImGui::CalcTextSize(b).x ? a : b;
}

void drawScenarioPicker(RunConfig& config, const std::vector<std::string>& scenarios, ToolbarActions& actions) {
    // No "Scenario" label: a file name in a combo says what it is, and the row fits 1280 px.
    ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
    const std::string current = std::filesystem::path(config.scenarioPath).filename().string();
    if (!ImGui::BeginCombo("##scenario", current.empty() ? tr("toolbar.none") : current.c_str())) return;
    for (const std::string& path : scenarios) {
        const std::string name = std::filesystem::path(path).filename().string();
        if (ImGui::Selectable(name.c_str(), path == config.scenarioPath) && path != config.scenarioPath) {
            config.scenarioPath = path;
            config.sourceText.reset();  // another file: its own text, not the previous one's edits
            actions.settingsChanged = true;
        }
    }
    ImGui::Separator();
    if (ImGui::Selectable(trId("toolbar.open", "open").c_str())) requestOpenDialog();
    ImGui::EndCombo();
}

// Run/Pause (Run again once ended) and Reset. In step mode the learner makes every move, so
// there is no Run/Pause there: Reset starts again.
void drawRunButtons(RunConfig& config, bool ended, ToolbarActions& actions) {
    const float em = ImGui::GetFontSize();
    flowItem(9.0f * em);
    if (config.stepMode() || config.schedule) {
        if (ImGui::Button(trId("toolbar.reset", "reset").c_str())) {
            actions.reset = true;
            if (config.schedule) config.schedule->step = 0;  // a schedule starts again at step 0
        }
        return;
    }
    const char* runLabel = ended ? tr("toolbar.run_again") : config.paused ? tr("toolbar.run") : tr("toolbar.pause");
    // A native run goes in real time on real threads: it cannot be paused (Reset stops it).
    const bool cannotPause = config.native() && !ended;
    const float runWidth =
        ImGui::CalcTextSize(buttonWidthText(tr("toolbar.run_again"), tr("toolbar.pause")).c_str()).x +
        2.0f * ImGui::GetStyle().FramePadding.x;
    ImGui::BeginDisabled(cannotPause);
    if (ImGui::Button((std::string(runLabel) + "###run").c_str(), ImVec2(runWidth, 0))) {
        if (ended) {
            config.paused = false;
            actions.reset = true;
        } else {
            actions.pauseToggled = true;
        }
    }
    ImGui::EndDisabled();
    if (cannotPause) tooltip(tr("toolbar.native_no_pause"));
    ImGui::SameLine();
    if (ImGui::Button(trId("toolbar.reset", "reset").c_str())) actions.reset = true;
}

// What runs the script: the deterministic sim or real threads and processes (DESIGN §4).
void drawExecutorPicker(RunConfig& config, ToolbarActions& actions) {
    flowItem(labelled(tr("toolbar.executor"), 4.5f));
    label(tr("toolbar.executor"));
    ImGui::SetNextItemWidth(4.5f * ImGui::GetFontSize());  // "native" in full
    if (ImGui::BeginCombo("##executor", rt::nameOf(config.settings.executor))) {
        for (rt::Executor e : {rt::Executor::Sim, rt::Executor::Native}) {
            if (ImGui::Selectable(rt::nameOf(e), config.settings.executor == e) && config.settings.executor != e) {
                config.setExecutor(e);
                actions.settingsChanged = true;
            }
        }
        ImGui::EndCombo();
    }
    tooltip(tr("toolbar.executor_tip"));
}

// Step mode on/off, the Step buttons, and who they move.
void drawStepControls(RunConfig& config, const RunStatus* status, bool ended, ToolbarActions& actions) {
    const float em = ImGui::GetFontSize();
    flowItem(ImGui::GetFrameHeight() + ImGui::CalcTextSize(tr("toolbar.step_mode")).x + 2 * em);
    bool stepMode = config.stepMode();
    // The OS schedules a native run's threads: nobody can make its moves one at a time.
    ImGui::BeginDisabled(config.native());
    if (ImGui::Checkbox(trId("toolbar.step_mode", "stepmode").c_str(), &stepMode)) {
        config.setStepMode(stepMode);
        actions.settingsChanged = true;
    }
    ImGui::EndDisabled();
    tooltip(config.native() ? tr("toolbar.native_no_step") : tr("toolbar.step_mode_tip"));

    if (!config.stepMode()) return;  // the Step buttons only mean something in step mode
    const bool canStep = status != nullptr && status->manual && !ended;
    flowItem(ImGui::CalcTextSize(tr("toolbar.step")).x + ImGui::CalcTextSize(tr("toolbar.step_instruction")).x + 12.0f * em);
    ImGui::BeginDisabled(!canStep);
    if (ImGui::Button(trId("toolbar.step", "step").c_str())) actions.stepStatement = true;
    tooltip(tr("toolbar.step_tip"));
    ImGui::SameLine();
    if (ImGui::Button(trId("toolbar.step_instruction", "stepinstr").c_str())) actions.stepInstruction = true;
    tooltip(tr("toolbar.step_instruction_tip"));
    ImGui::SameLine();
    // Who steps: the next task in turn, or the one picked here (kept while it exists).
    std::string who = tr("toolbar.next_in_turn");
    if (config.stepTarget && status != nullptr)
        for (const TaskSnapshot& t : status->tasks)
            if (t.id == *config.stepTarget) who = t.name;
    ImGui::SetNextItemWidth(8.0f * em);
    if (ImGui::BeginCombo("##stepwho", who.c_str())) {
        if (ImGui::Selectable(tr("toolbar.next_in_turn"), !config.stepTarget)) config.stepTarget.reset();
        if (status != nullptr) {
            for (const TaskSnapshot& t : status->tasks) {
                const std::string item = t.name + (t.runnable ? "" : tr("toolbar.cannot_run")) + "##" + std::to_string(t.id);
                if (ImGui::Selectable(item.c_str(), config.stepTarget == t.id)) config.stepTarget = t.id;
            }
        }
        ImGui::EndCombo();
    }
    tooltip(tr("toolbar.step_who_tip"));
    ImGui::EndDisabled();
}

// The settings of a free run (not step mode).
void drawFreeRunSettings(RunConfig& config, ToolbarActions& actions) {
    const float em = ImGui::GetFontSize();
    rt::Settings& s = config.settings;
    // Real time has one speed; the OS, not a policy or a seed, picks who runs on the machine's
    // own cores. The GIL settings still apply: each native process has its GIL.
    const bool native = config.native();
    flowItem(labelled(tr("toolbar.speed"), 6.5f));
    ImGui::BeginDisabled(native);
    label(tr("toolbar.speed"));
    ImGui::SetNextItemWidth(6.5f * em);
    float speed = static_cast<float>(config.speed);
    const char* speedFormat = speed >= kUnlimitedSpeed ? tr("toolbar.speed_max") : speed < 0.1f ? "%.3fx" : "%.2fx";
    if (ImGui::SliderFloat("##speed", &speed, 0.01f, static_cast<float>(kUnlimitedSpeed), speedFormat,
                           ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        config.speed = speed;
        actions.speedChanged = true;
    }
    tooltip(native ? tr("toolbar.native_no_speed") : tr("toolbar.speed_tip"));
    ImGui::EndDisabled();

    flowItem(labelled(tr("toolbar.seed"), 6.0f));
    ImGui::BeginDisabled(native);
    label(tr("toolbar.seed"));
    ImGui::SetNextItemWidth(6.0f * em);  // the -/+ buttons are inside this width
    const uint64_t one = 1;
    if (ImGui::InputScalar("##seed", ImGuiDataType_U64, &s.seed, &one)) actions.settingsChanged = true;
    if (native) tooltip(tr("toolbar.native_os_schedules"));
    ImGui::EndDisabled();

    flowItem(labelled(tr("toolbar.policy"), 5.5f));
    ImGui::BeginDisabled(native);
    label(tr("toolbar.policy"));
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
    tooltip(native ? tr("toolbar.native_os_schedules") : tr("toolbar.policy_tip"));
    ImGui::EndDisabled();

    flowItem(labelled(tr("toolbar.gil"), 3.5f));
    label(tr("toolbar.gil"));
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
    // A native run cannot show free-threaded Python: say so where the learner turns the GIL off.
    tooltip(native ? tr("toolbar.gil_native_tip") : tr("toolbar.gil_tip"));

    flowItem(labelled(tr("toolbar.switch"), 5.5f));
    // Only the new GIL has a switch interval (the old one counts instructions).
    ImGui::BeginDisabled(s.gil != rt::GilMode::New);
    label(tr("toolbar.switch"));
    ImGui::SetNextItemWidth(5.5f * em);
    float ms = static_cast<float>(s.switchIntervalNs) / 1e6f;
    if (ImGui::SliderFloat("##switch", &ms, 0.1f, 100.0f, "%.1f ms", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        s.switchIntervalNs = static_cast<int64_t>(static_cast<double>(ms) * 1e6);
        actions.settingsChanged = true;
    }
    tooltip(tr("toolbar.switch_tip"));
    ImGui::EndDisabled();
}

}  // namespace

void RunConfig::setStepMode(bool on) {
    if (on == stepMode()) return;
    if (on) {
        freePolicy = settings.policy;
        settings.policy = kManualPolicy;
    } else {
        settings.policy = freePolicy.empty() || freePolicy == kManualPolicy ? "fifo" : freePolicy;
    }
    stepTarget.reset();
}

void RunConfig::setExecutor(rt::Executor e) {
    settings.executor = e;
    if (e != rt::Executor::Native) return;
    setStepMode(false);  // the OS schedules a native run: no manual policy
    paused = false;      // and it cannot be held: it starts at once
}

float drawToolbar(RunConfig& config, const std::vector<std::string>& scenarios, float top, const RunStatus* status,
                  ToolbarActions& actions, const std::function<void()>& more) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, 0.0f));  // height: fits the (maybe wrapped) rows
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f, 4.0f));
    ImGui::Begin("##toolbar", nullptr, flags);
    const float em = ImGui::GetFontSize();
    rt::Settings& s = config.settings;
    const bool ended = status != nullptr && (status->ended || status->compileFailed);

    drawScenarioPicker(config, scenarios, actions);
    drawRunButtons(config, ended, actions);
    if (!config.schedule) drawExecutorPicker(config, actions);  // a schedule is a sim run's
    // A schedule fixes every setting and is walked through with its own controls (more()).
    if (!config.schedule) drawStepControls(config, status, ended, actions);

    // In step mode one task moves at a time, when the learner says: speed, seed, policy and the
    // GIL (the manual policy runs without one) have nothing to act on, so they are not shown.
    if (!config.stepMode() && !config.schedule) drawFreeRunSettings(config, actions);

    if (!config.schedule) {
        flowItem(labelled(tr("toolbar.cores"), 3.5f));
        ImGui::BeginDisabled(config.native());  // a native run has the machine's own cores
        label(tr("toolbar.cores"));
        ImGui::SetNextItemWidth(3.5f * em);
        // Shown, not set: the count os.cpu_count() answers in a native run.
        int machine = rt::machineCores();
        if (ImGui::SliderInt("##cores", config.native() ? &machine : &s.cores, 1, 16, "%d", ImGuiSliderFlags_AlwaysClamp) &&
            !config.native())
            actions.settingsChanged = true;
        if (config.native()) tooltip(tr("toolbar.native_os_schedules"));
        ImGui::EndDisabled();
    }
    if (more) more();

    const float height = ImGui::GetWindowHeight();
    ImGui::End();
    ImGui::PopStyleVar();
    return height;
}

}  // namespace il::gui
