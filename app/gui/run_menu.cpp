#include "app/gui/run_menu.hpp"

#include <imgui.h>

#include "app/gui/i18n.hpp"

namespace il::gui {

using viewmodel::ShortcutAction;

ShortcutAction drawRunMenu(const RunConfig& config, bool scrubbed) {
    if (!ImGui::BeginMenu(trId("menu.run", "run").c_str())) return ShortcutAction::None;
    ShortcutAction picked = ShortcutAction::None;
    auto item = [&picked](const std::string& label, const char* keys, ShortcutAction a, bool enabled = true) {
        if (ImGui::MenuItem(label.c_str(), keys, false, enabled)) picked = a;
    };
    const bool step = config.stepMode();
    // A native run goes in real time on real threads: no pause, no speed, no steps (the toolbar
    // greys the same controls). The hover says why, as the toolbar's does.
    const bool native = config.native();
    auto whyNot = [native] {
        if (native && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr("toolbar.native_no_pause"));
    };
    item(trId(config.paused ? "toolbar.run" : "toolbar.pause", "runpause"), "Space", ShortcutAction::RunPause, !step && !native);
    whyNot();
    item(trId("toolbar.step", "step"), "S", ShortcutAction::Step, step && !native);
    whyNot();
    item(trId("toolbar.step_instruction", "stepinstr"), nullptr, ShortcutAction::StepInstruction, step && !native);
    whyNot();
    item(trId("toolbar.reset", "reset"), "R", ShortcutAction::Reset);
    ImGui::Separator();
    item(trId("keys.faster", "faster"), "+", ShortcutAction::Faster, !step && !native);
    whyNot();
    item(trId("keys.slower", "slower"), "-", ShortcutAction::Slower, !step && !native);
    whyNot();
    item(trId("keys.live", "live"), "End", ShortcutAction::Live, scrubbed);
    item(trId("keys.full_screen", "fullscreen"), "F11", ShortcutAction::FullScreen);
    ImGui::EndMenu();
    return picked;
}

}  // namespace il::gui
