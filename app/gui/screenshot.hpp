#pragma once
// Reads the current OpenGL framebuffer and writes it as a PNG (the GUI's --screenshot).

#include <string>

namespace il::gui {

// saveFramebufferPng() writes the `width`×`height` back buffer, top row first, to `path`.
// Precondition: a current GL context with the frame rendered and not yet swapped.
[[nodiscard]] bool saveFramebufferPng(const std::string& path, int width, int height);

}  // namespace il::gui
