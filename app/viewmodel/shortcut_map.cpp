#include "app/viewmodel/shortcut_map.hpp"

namespace il::viewmodel {

ShortcutAction shortcutFor(Key key, KeyMods mods, bool textFocus) {
    if (mods.ctrl && !mods.alt) {
        // Re-run and quit are never text editing; Ctrl+O waits until the field is left.
        switch (key) {
        case Key::Enter: return ShortcutAction::Rerun;
        case Key::Q: return ShortcutAction::Quit;
        case Key::O: return textFocus ? ShortcutAction::None : ShortcutAction::Open;
        default: return ShortcutAction::None;
        }
    }
    // Plain keys are characters in a text field; Alt/Ctrl chords are left to the widgets.
    if (textFocus || mods.ctrl || mods.alt) return ShortcutAction::None;
    switch (key) {
    case Key::Space: return ShortcutAction::RunPause;
    case Key::Right:
    case Key::S: return ShortcutAction::Step;
    case Key::R: return ShortcutAction::Reset;
    case Key::Plus: return ShortcutAction::Faster;
    case Key::Minus: return ShortcutAction::Slower;
    case Key::F11: return ShortcutAction::FullScreen;
    case Key::End: return ShortcutAction::Live;
    default: return ShortcutAction::None;
    }
}

}  // namespace il::viewmodel
