// The keyboard shortcuts: each key's action, and that typing in a text field triggers none but
// Ctrl+Enter (re-run) and Ctrl+Q.
#include <doctest/doctest.h>

#include <initializer_list>

#include "app/viewmodel/shortcut_map.hpp"

using namespace il::viewmodel;

namespace {
constexpr KeyMods kNone{};
constexpr KeyMods kCtrl{true, false, false};
constexpr KeyMods kShift{false, true, false};
}  // namespace

TEST_CASE("the issue's keys map to their actions") {
    CHECK(shortcutFor(Key::Space, kNone, false) == ShortcutAction::RunPause);
    CHECK(shortcutFor(Key::Right, kNone, false) == ShortcutAction::Step);
    CHECK(shortcutFor(Key::S, kNone, false) == ShortcutAction::Step);
    CHECK(shortcutFor(Key::R, kNone, false) == ShortcutAction::Reset);
    CHECK(shortcutFor(Key::Plus, kNone, false) == ShortcutAction::Faster);
    CHECK(shortcutFor(Key::Plus, kShift, false) == ShortcutAction::Faster);  // '+' is Shift+'=' on US keyboards
    CHECK(shortcutFor(Key::Minus, kNone, false) == ShortcutAction::Slower);
    CHECK(shortcutFor(Key::O, kCtrl, false) == ShortcutAction::Open);
    CHECK(shortcutFor(Key::F11, kNone, false) == ShortcutAction::FullScreen);
    CHECK(shortcutFor(Key::Enter, kCtrl, false) == ShortcutAction::Rerun);
    CHECK(shortcutFor(Key::End, kNone, false) == ShortcutAction::Live);
    CHECK(shortcutFor(Key::Q, kCtrl, false) == ShortcutAction::Quit);
}

TEST_CASE("keys without their modifier, or with a foreign one, do nothing") {
    CHECK(shortcutFor(Key::O, kNone, false) == ShortcutAction::None);
    CHECK(shortcutFor(Key::Enter, kNone, false) == ShortcutAction::None);
    CHECK(shortcutFor(Key::Q, kNone, false) == ShortcutAction::None);
    CHECK(shortcutFor(Key::S, kCtrl, false) == ShortcutAction::None);  // Ctrl+S is the editor's save
    CHECK(shortcutFor(Key::R, KeyMods{false, false, true}, false) == ShortcutAction::None);
    CHECK(shortcutFor(Key::Other, kNone, false) == ShortcutAction::None);
}

TEST_CASE("while a text field has focus only Ctrl+Enter and Ctrl+Q act") {
    for (Key k : {Key::Space, Key::Right, Key::S, Key::R, Key::Plus, Key::Minus, Key::F11, Key::End})
        CHECK(shortcutFor(k, kNone, true) == ShortcutAction::None);
    CHECK(shortcutFor(Key::O, kCtrl, true) == ShortcutAction::None);
    CHECK(shortcutFor(Key::Enter, kCtrl, true) == ShortcutAction::Rerun);
    CHECK(shortcutFor(Key::Q, kCtrl, true) == ShortcutAction::Quit);
}
