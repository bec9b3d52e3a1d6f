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
    item(trId(config.paused ? "toolbar.run" : "toolbar.pause", "runpause"), "Space", ShortcutAction::RunPause, !step);
    item(trId("toolbar.step", "step"), "S", ShortcutAction::Step, step);
    item(trId("toolbar.step_instruction", "stepinstr"), nullptr, ShortcutAction::StepInstruction, step);
    item(trId("toolbar.reset", "reset"), "R", ShortcutAction::Reset);
    ImGui::Separator();
    item(trId("keys.faster", "faster"), "+", ShortcutAction::Faster, !step);
    item(trId("keys.slower", "slower"), "-", ShortcutAction::Slower, !step);
    item(trId("keys.live", "live"), "End", ShortcutAction::Live, scrubbed);
    item(trId("keys.full_screen", "fullscreen"), "F11", ShortcutAction::FullScreen);
    ImGui::EndMenu();
    return picked;
}

}  // namespace il::gui
