#pragma once
// The window's keyboard shortcuts as a pure function, so the mapping (and the rule that typing
// in a text field never triggers them) is tested without a window. app/gui/shortcuts.cpp turns
// GLFW keys into `Key` and carries out the `ShortcutAction`.

#include <cstdint>

namespace il::viewmodel {

// The keys that mean something to the window (GLFW codes are mapped onto these).
enum class Key : uint8_t { Space, Right, S, R, Plus, Minus, O, Q, F11, Enter, End, Other };

enum class ShortcutAction : uint8_t {
    None,
    RunPause,      // Space
    Step,          // Right arrow or S: one statement (step mode)
    StepInstruction,  // (Run menu only) one bytecode instruction (step mode)
    Reset,         // R
    Faster,        // + (speed x2)
    Slower,        // - (speed /2)
    Open,          // Ctrl+O: the Open dialog
    Quit,          // Ctrl+Q
    FullScreen,    // F11
    Rerun,         // Ctrl+Enter
    Live,          // End: leave the scrubbed moment, back to the live run
};

struct KeyMods {
    bool ctrl = false;
    bool shift = false;
    bool alt = false;
};

// shortcutFor() is what pressing `key` with `mods` does. While a text field has focus
// (`textFocus`) only Ctrl+Enter (re-run the edited script) and Ctrl+Q act: Space, S, R, +, -
// belong to the text then.
[[nodiscard]] ShortcutAction shortcutFor(Key key, KeyMods mods, bool textFocus);

}  // namespace il::viewmodel
