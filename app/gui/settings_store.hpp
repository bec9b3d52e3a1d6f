#pragma once
// Where the window keeps what outlives it: settings.json (viewmodel::PersistedSettings) and
// imgui.ini (ImGui's panel layout) in $XDG_CONFIG_HOME/interleave, else ~/.config/interleave.
// Both are written atomically (temporary file, then rename), so a crash never leaves half a
// file; a file that cannot be read back is ignored with one line on stderr. --screenshot runs
// never use the store: a screenshot must not depend on, or change, the user's settings.

#include <optional>
#include <string>

#include "app/gui/app_state.hpp"
#include "app/gui/gui_app.hpp"
#include "app/gui/toolbar.hpp"
#include "app/viewmodel/settings_json.hpp"

struct GLFWwindow;

namespace il::gui {

// startFrom() fills what the command line left at its defaults from `saved`: the scenario (the
// last one, if it still exists), the speed, the executor and the window size, and sets the View
// settings.
// Returns the language to start in: $INTERLEAVE_LANG if set ("en", "zh"), else the saved one.
[[nodiscard]] std::string startFrom(const viewmodel::PersistedSettings& saved, GuiOptions& options, GuiSettings& settings);
// placeWindow() moves `window` to its saved position (if any).
void placeWindow(GLFWwindow* window, const viewmodel::PersistedSettings& saved);
// persistedFrom() is what to save of the window as it is now (a full-screen window keeps the
// placement it was saved with before). Of the run: its speed, executor and scenario.
[[nodiscard]] viewmodel::PersistedSettings persistedFrom(const GuiSettings& settings, const RunConfig& run, GLFWwindow* window,
                                                         const viewmodel::PersistedSettings& before);

class SettingsStore {
public:
    // SettingsStore() finds the folder (empty when neither variable is set: nothing persists).
    SettingsStore();
    explicit SettingsStore(std::string dir) : m_dir(std::move(dir)) {}

    [[nodiscard]] const std::string& dir() const { return m_dir; }
    // loadSettings() is the saved settings, or nullopt when there are none or they are corrupt.
    [[nodiscard]] std::optional<viewmodel::PersistedSettings> loadSettings() const;
    // loadLayout() is the saved imgui.ini text, else assets/default_layout.ini's, else empty;
    // `*saved` says whether it was the user's own.
    [[nodiscard]] std::string loadLayout(bool* saved) const;
    // save() writes both files (creating the folder); false with a line on stderr on failure.
    bool save(const viewmodel::PersistedSettings& s, const std::string& layoutIni) const;

private:
    std::string m_dir;
};

}  // namespace il::gui
