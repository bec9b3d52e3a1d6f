#include "app/gui/window_icon.hpp"

#include <GLFW/glfw3.h>
#include <stb_image.h>

#include <filesystem>
#include <string>

#include "app/gui/i18n.hpp"

namespace il::gui {

bool setWindowIcon(GLFWwindow* window) {
    if (assetsDir().empty()) return false;
    const std::string path = (std::filesystem::path(assetsDir()) / "icon.png").string();
    int w = 0, h = 0, channels = 0;
    stbi_uc* pixels = stbi_load(path.c_str(), &w, &h, &channels, 4);  // GLFW wants RGBA
    if (pixels == nullptr) return false;
    const GLFWimage image{w, h, pixels};
    glfwSetWindowIcon(window, 1, &image);  // GLFW copies the pixels
    stbi_image_free(pixels);
    return true;
}

void setWindowTitle(GLFWwindow* window, const std::string& label) {
    const std::string title = label.empty() ? std::string("Interleave") : "Interleave \xE2\x80\x94 " + label;
    glfwSetWindowTitle(window, title.c_str());
}

}  // namespace il::gui
