#include "app/gui/screenshot.hpp"

#include <GLFW/glfw3.h>  // brings the system OpenGL header
#include <stb_image_write.h>

#include <cstdint>
#include <vector>

namespace il::gui {

bool saveFramebufferPng(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return false;
    std::vector<uint8_t> rgba(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    if (glGetError() != GL_NO_ERROR) return false;
    // OpenGL's rows start at the bottom; PNG's at the top. Drop alpha: the window is opaque,
    // but the framebuffer's alpha is whatever blending left there.
    std::vector<uint8_t> rgb(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
    for (int y = 0; y < height; ++y) {
        const uint8_t* src = rgba.data() + static_cast<size_t>(height - 1 - y) * static_cast<size_t>(width) * 4;
        uint8_t* dst = rgb.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 3;
        for (int x = 0; x < width; ++x) {
            dst[3 * x + 0] = src[4 * x + 0];
            dst[3 * x + 1] = src[4 * x + 1];
            dst[3 * x + 2] = src[4 * x + 2];
        }
    }
    return stbi_write_png(path.c_str(), width, height, 3, rgb.data(), width * 3) != 0;
}

}  // namespace il::gui
