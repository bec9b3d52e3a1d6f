#include "app/gui/shortcuts.hpp"

#include <imgui.h>
#include <GLFW/glfw3.h>

#include <utility>

namespace il::gui {
namespace {

using viewmodel::Key;
using viewmodel::ShortcutAction;

// GLFW codes of the keys that mean something; the key pad's + - and Enter count as the main ones.
constexpr std::pair<int, Key> kKeys[] = {
    {GLFW_KEY_SPACE, Key::Space},     {GLFW_KEY_RIGHT, Key::Right},      {GLFW_KEY_S, Key::S},
    {GLFW_KEY_R, Key::R},             {GLFW_KEY_EQUAL, Key::Plus},       {GLFW_KEY_KP_ADD, Key::Plus},
    {GLFW_KEY_MINUS, Key::Minus},     {GLFW_KEY_KP_SUBTRACT, Key::Minus}, {GLFW_KEY_O, Key::O},
    {GLFW_KEY_Q, Key::Q},             {GLFW_KEY_F11, Key::F11},          {GLFW_KEY_ENTER, Key::Enter},
    {GLFW_KEY_KP_ENTER, Key::Enter},  {GLFW_KEY_END, Key::End},
};

bool g_openDialogRequested = false;

struct KeyPress {
    int key;
    int mods;
};
std::vector<KeyPress> g_presses;   // since the last pressedShortcuts()
GLFWkeyfun g_chained = nullptr;    // the ImGui backend's callback

void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (g_chained != nullptr) g_chained(window, key, scancode, action, mods);
    if (action == GLFW_PRESS) g_presses.push_back({key, mods});  // no auto-repeat: one press, one action
}

// Where the window was before going full screen.
struct WindowedPlace {
    int x = 0, y = 0, w = 0, h = 0;
};
WindowedPlace g_windowed;

}  // namespace

void latchKeys(GLFWwindow* window) {
    GLFWkeyfun previous = glfwSetKeyCallback(window, onKey);
    if (previous != onKey) g_chained = previous;  // twice must not chain to itself
}

std::vector<ShortcutAction> pressedShortcuts() {
    const bool textFocus = ImGui::GetIO().WantTextInput;
    std::vector<ShortcutAction> actions;
    for (const KeyPress& p : g_presses) {
        for (const auto& [code, key] : kKeys) {
            if (code != p.key) continue;
            const viewmodel::KeyMods mods{(p.mods & GLFW_MOD_CONTROL) != 0, (p.mods & GLFW_MOD_SHIFT) != 0,
                                          (p.mods & GLFW_MOD_ALT) != 0};
            const ShortcutAction a = viewmodel::shortcutFor(key, mods, textFocus);
            if (a != ShortcutAction::None) actions.push_back(a);
        }
    }
    g_presses.clear();
    return actions;
}

bool enterLatched() {
    for (const KeyPress& p : g_presses)
        if (p.key == GLFW_KEY_ENTER || p.key == GLFW_KEY_KP_ENTER) return true;
    return false;
}

void requestOpenDialog() { g_openDialogRequested = true; }
bool openDialogRequested() { return g_openDialogRequested; }
bool takeOpenDialogRequest() { return std::exchange(g_openDialogRequested, false); }

void toggleFullScreen(GLFWwindow* window) {
    if (glfwGetWindowMonitor(window) != nullptr) {
        glfwSetWindowMonitor(window, nullptr, g_windowed.x, g_windowed.y, g_windowed.w, g_windowed.h, GLFW_DONT_CARE);
        return;
    }
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
    if (mode == nullptr) return;  // no monitor to fill (a headless display)
    glfwGetWindowPos(window, &g_windowed.x, &g_windowed.y);
    glfwGetWindowSize(window, &g_windowed.w, &g_windowed.h);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

}  // namespace il::gui
