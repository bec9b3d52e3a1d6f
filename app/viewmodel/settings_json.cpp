#include "app/viewmodel/settings_json.hpp"

#include <nlohmann/json.hpp>

namespace il::viewmodel {
namespace {

using nlohmann::ordered_json;

// number() reads `key` as a number within [lo, hi]; anything else leaves `out` as it was.
template <typename T>
void number(const nlohmann::json& doc, const char* key, T lo, T hi, T& out) {
    auto it = doc.find(key);
    if (it == doc.end() || !it->is_number()) return;
    const double v = it->get<double>();
    if (v >= static_cast<double>(lo) && v <= static_cast<double>(hi)) out = static_cast<T>(v);
}

void text(const nlohmann::json& doc, const char* key, std::string& out) {
    auto it = doc.find(key);
    if (it != doc.end() && it->is_string()) out = it->get<std::string>();
}

}  // namespace

std::string settingsToJson(const PersistedSettings& s) {
    ordered_json j;
    j["font_scale"] = s.fontScale;
    j["line_thickness"] = s.lineThickness;
    j["theme"] = s.theme == Theme::Light ? "light" : "dark";
    j["language"] = s.language;
    j["speed"] = s.speed;
    j["executor"] = s.executor;
    j["last_scenario"] = s.lastScenario;
    ordered_json w;
    if (s.windowX && s.windowY) {
        w["x"] = *s.windowX;
        w["y"] = *s.windowY;
    }
    if (s.windowWidth > 0 && s.windowHeight > 0) {
        w["width"] = s.windowWidth;
        w["height"] = s.windowHeight;
    }
    j["window"] = w.empty() ? ordered_json::object() : w;
    return j.dump(2) + "\n";
}

std::optional<PersistedSettings> settingsFromJson(std::string_view textIn, std::string* error) {
    const nlohmann::json doc = nlohmann::json::parse(textIn, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (error) *error = "not a JSON object";
        return std::nullopt;
    }
    PersistedSettings s;
    number(doc, "font_scale", kMinFontScale, kMaxFontScale, s.fontScale);
    number(doc, "line_thickness", kMinLineThickness, kMaxLineThickness, s.lineThickness);
    std::string theme;
    text(doc, "theme", theme);
    if (theme == "light") s.theme = Theme::Light;
    std::string language;
    text(doc, "language", language);
    if (language == "en" || language == "zh") s.language = language;
    number(doc, "speed", kMinSpeed, kMaxSpeed, s.speed);
    std::string executor;
    text(doc, "executor", executor);
    if (executor == "sim" || executor == "native") s.executor = executor;
    text(doc, "last_scenario", s.lastScenario);
    if (auto w = doc.find("window"); w != doc.end() && w->is_object()) {
        // Positions may be negative (a monitor left of the primary one), sizes may not.
        int x = 0, y = 0;
        bool hasX = false, hasY = false;
        if (auto it = w->find("x"); it != w->end() && it->is_number_integer()) hasX = true, x = it->get<int>();
        if (auto it = w->find("y"); it != w->end() && it->is_number_integer()) hasY = true, y = it->get<int>();
        if (hasX && hasY && x > -kMaxWindowSide && x < kMaxWindowSide && y > -kMaxWindowSide && y < kMaxWindowSide) {
            s.windowX = x;
            s.windowY = y;
        }
        int width = 0, height = 0;
        number(*w, "width", kMinWindowSide, kMaxWindowSide, width);
        number(*w, "height", kMinWindowSide, kMaxWindowSide, height);
        if (width > 0 && height > 0) {
            s.windowWidth = width;
            s.windowHeight = height;
        }
    }
    return s;
}

}  // namespace il::viewmodel
