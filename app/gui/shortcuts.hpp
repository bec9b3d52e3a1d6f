#pragma once
// The window's keyboard shortcuts (the mapping itself is viewmodel::shortcutFor, tested without
// a window): Space run/pause, Right or S step, R reset, +/- speed, Ctrl+O open, F11 full screen,
// Ctrl+Enter re-run, End back to the live moment. Nothing but Ctrl+Enter (and Ctrl+Q) fires
// while a text field has focus.

#include <vector>

#include "app/viewmodel/shortcut_map.hpp"

struct GLFWwindow;

namespace il::gui {

// latchKeys() records every key press of `window` from now on (chained in front of the ImGui
// backend's own callback). ImGui 1.86 only sees which keys are down at each frame, so a tap
// shorter than a frame, or three taps of S within one, would otherwise be lost. Call once,
// after ImGui_ImplGlfw_InitForOpenGL.
void latchKeys(GLFWwindow* window);

// pressedShortcuts() are the shortcuts pressed since the last call, in order; the text-field
// rule uses this frame's focus. Call between ImGui::NewFrame() and ImGui::Render().
[[nodiscard]] std::vector<viewmodel::ShortcutAction> pressedShortcuts();

// enterLatched() says Enter (either one) was pressed since the last pressedShortcuts(), without
// taking the press. A path dialog's field submits on it too: ImGui 1.86's EnterReturnsTrue only
// sees an Enter still down at the next frame, and a quick tap is often released before.
[[nodiscard]] bool enterLatched();

// The Open dialog is asked for by Ctrl+O and the scenario picker's "Open..." entry; the
// dialog's owner takes the request (once) when it draws.
void requestOpenDialog();
[[nodiscard]] bool openDialogRequested();
[[nodiscard]] bool takeOpenDialogRequest();  // true once per request, and clears it

// toggleFullScreen() puts `window` on the primary monitor at its video mode, or back to the
// size and place it had before.
void toggleFullScreen(GLFWwindow* window);

}  // namespace il::gui
