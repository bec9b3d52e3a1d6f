#pragma once
// The settings that outlive a run of the window (View menu, speed, executor, last scenario,
// window placement) and their JSON form in $XDG_CONFIG_HOME/interleave/settings.json. Reading is
// forgiving: unknown keys are ignored (a newer version's file still loads), a value of the wrong
// type or out of range keeps the default, and text that is not a JSON object is refused whole.

#include <optional>
#include <string>
#include <string_view>

#include "app/viewmodel/state_palette.hpp"

namespace il::viewmodel {

struct PersistedSettings {
    float fontScale = 1.0f;      // View > text size (1.6 in projector mode)
    float lineThickness = 2.0f;  // cursor, arrows, plot lines
    Theme theme = Theme::Dark;
    std::string language = "en";  // "en" or "zh"
    double speed = 1.0;            // virtual seconds per real second
    std::string executor = "sim";  // "sim" or "native" (DESIGN §4)
    std::string lastScenario;      // absolute path; empty: the default scenario
    // The window's outer placement; unset until a window has been closed once.
    std::optional<int> windowX, windowY;
    int windowWidth = 0, windowHeight = 0;  // 0: the command line's (or default) size

    friend bool operator==(const PersistedSettings&, const PersistedSettings&) = default;
};

// Ranges a value read from the file must fall in (else the default is kept).
inline constexpr float kMinFontScale = 0.75f, kMaxFontScale = 2.5f;
inline constexpr float kMinLineThickness = 1.0f, kMaxLineThickness = 5.0f;
inline constexpr double kMinSpeed = 0.01, kMaxSpeed = 1000.0;
inline constexpr int kMinWindowSide = 200, kMaxWindowSide = 16384;

// settingsToJson() is the file's text (pretty-printed, keys in a fixed order).
[[nodiscard]] std::string settingsToJson(const PersistedSettings& s);
// settingsFromJson() reads `text` over the defaults. Returns nullopt, with the reason in
// `*error`, when `text` is not a JSON object; bad single values fall back to their defaults.
[[nodiscard]] std::optional<PersistedSettings> settingsFromJson(std::string_view text, std::string* error = nullptr);

}  // namespace il::viewmodel
