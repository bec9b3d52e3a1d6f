#pragma once
// The window's icon (assets/icon.png, drawn by assets/tools/make_icon.py) and title.

#include <string>

struct GLFWwindow;

namespace il::gui {

// setWindowIcon() gives `window` the icon from assets/; returns false (the window keeps the
// system's default icon) when the file is missing or unreadable.
bool setWindowIcon(GLFWwindow* window);
// setWindowTitle() titles `window` "Interleave — <label>" (just "Interleave" without a label).
void setWindowTitle(GLFWwindow* window, const std::string& label);

}  // namespace il::gui
