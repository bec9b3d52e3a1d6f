#include "app/gui/settings_store.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "app/gui/i18n.hpp"
#include "app/viewmodel/text_file.hpp"

namespace il::gui {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSettingsFile = "settings.json";
constexpr const char* kLayoutFile = "imgui.ini";

std::string configDir() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg != nullptr && *xdg == '/') return (fs::path(xdg) / "interleave").string();  // the spec: absolute only
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') return (fs::path(home) / ".config" / "interleave").string();
    return {};
}

}  // namespace

std::string startFrom(const viewmodel::PersistedSettings& saved, GuiOptions& options, GuiSettings& settings) {
    settings.fontScale = saved.fontScale;
    settings.lineThickness = saved.lineThickness;
    settings.theme = saved.theme;
    const GuiOptions defaults;
    std::error_code ec;
    if (options.scenarioPath.empty() && !saved.lastScenario.empty() && fs::is_regular_file(saved.lastScenario, ec))
        options.scenarioPath = saved.lastScenario;
    if (options.speed == defaults.speed) options.speed = saved.speed;
    if (options.executor.empty()) options.executor = saved.executor;
    if (options.width == defaults.width && options.height == defaults.height && saved.windowWidth > 0) {
        options.width = saved.windowWidth;
        options.height = saved.windowHeight;
    }
    const char* env = std::getenv("INTERLEAVE_LANG");
    if (env != nullptr && (std::string_view(env) == "en" || std::string_view(env) == "zh")) return env;
    return saved.language;
}

void placeWindow(GLFWwindow* window, const viewmodel::PersistedSettings& saved) {
    if (saved.windowX && saved.windowY) glfwSetWindowPos(window, *saved.windowX, *saved.windowY);
}

viewmodel::PersistedSettings persistedFrom(const GuiSettings& settings, const RunConfig& run, GLFWwindow* window,
                                           const viewmodel::PersistedSettings& before) {
    viewmodel::PersistedSettings s = before;
    s.fontScale = settings.fontScale;
    s.lineThickness = settings.lineThickness;
    s.theme = settings.theme;
    s.language = language();
    s.speed = std::clamp(run.speed, viewmodel::kMinSpeed, viewmodel::kMaxSpeed);
    s.executor = rt::nameOf(run.settings.executor);
    s.lastScenario = run.scenarioPath;
    if (glfwGetWindowMonitor(window) == nullptr) {  // not full screen
        int x = 0, y = 0, w = 0, h = 0;
        glfwGetWindowPos(window, &x, &y);
        glfwGetWindowSize(window, &w, &h);
        s.windowX = x;
        s.windowY = y;
        s.windowWidth = std::clamp(w, viewmodel::kMinWindowSide, viewmodel::kMaxWindowSide);
        s.windowHeight = std::clamp(h, viewmodel::kMinWindowSide, viewmodel::kMaxWindowSide);
    }
    return s;
}

SettingsStore::SettingsStore() : m_dir(configDir()) {}

std::optional<viewmodel::PersistedSettings> SettingsStore::loadSettings() const {
    if (m_dir.empty()) return std::nullopt;
    const std::string path = (fs::path(m_dir) / kSettingsFile).string();
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::nullopt;  // a first start: nothing to say
    std::string error;
    const std::optional<std::string> text = viewmodel::readTextFile(path, &error);
    std::optional<viewmodel::PersistedSettings> s;
    if (text) s = viewmodel::settingsFromJson(*text, &error);
    if (!s) std::fprintf(stderr, "interleave gui: ignoring %s: %s\n", path.c_str(), error.c_str());
    return s;
}

std::string SettingsStore::loadLayout(bool* saved) const {
    *saved = false;
    std::error_code ec;
    if (!m_dir.empty() && fs::exists(fs::path(m_dir) / kLayoutFile, ec)) {
        if (auto text = viewmodel::readTextFile((fs::path(m_dir) / kLayoutFile).string())) {
            *saved = true;
            return *text;
        }
    }
    if (assetsDir().empty()) return {};
    return viewmodel::readTextFile((fs::path(assetsDir()) / "default_layout.ini").string()).value_or(std::string());
}

bool SettingsStore::save(const viewmodel::PersistedSettings& s, const std::string& layoutIni) const {
    if (m_dir.empty()) return false;
    std::error_code ec;
    fs::create_directories(m_dir, ec);
    std::string error;
    const bool ok = viewmodel::writeFileAtomically((fs::path(m_dir) / kSettingsFile).string(), viewmodel::settingsToJson(s), &error) &&
                    (layoutIni.empty() || viewmodel::writeFileAtomically((fs::path(m_dir) / kLayoutFile).string(), layoutIni, &error));
    if (!ok) std::fprintf(stderr, "interleave gui: cannot save settings: %s\n", error.c_str());
    return ok;
}

}  // namespace il::gui
