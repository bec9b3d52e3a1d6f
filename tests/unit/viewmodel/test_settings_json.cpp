// The settings file: what the window writes it reads back unchanged; a corrupt file is refused
// whole; unknown keys and bad single values are ignored without losing the rest.
#include <doctest/doctest.h>

#include <string>

#include "app/viewmodel/settings_json.hpp"

using il::viewmodel::PersistedSettings;
using il::viewmodel::settingsFromJson;
using il::viewmodel::settingsToJson;
using il::viewmodel::Theme;

TEST_CASE("settings survive a round trip through JSON") {
    PersistedSettings s;
    s.fontScale = 1.6f;
    s.lineThickness = 3.5f;
    s.theme = Theme::Light;
    s.language = "zh";
    s.speed = 0.25;
    s.executor = "native";
    s.lastScenario = "/home/u/scénarios/deadlock \"two\".py";
    s.windowX = -1200;
    s.windowY = 40;
    s.windowWidth = 1280;
    s.windowHeight = 800;
    const auto back = settingsFromJson(settingsToJson(s));
    REQUIRE(back.has_value());
    CHECK(*back == s);
    CHECK(back->fontScale == 1.6f);
    CHECK(back->lastScenario == s.lastScenario);
}

TEST_CASE("defaults round-trip too, with no window placement") {
    const auto back = settingsFromJson(settingsToJson(PersistedSettings{}));
    REQUIRE(back.has_value());
    CHECK(*back == PersistedSettings{});
    CHECK_FALSE(back->windowX.has_value());
}

TEST_CASE("a corrupt settings file is refused with a reason") {
    std::string error;
    CHECK_FALSE(settingsFromJson("{\"font_scale\": 1.6,", &error).has_value());
    CHECK(error == "not a JSON object");
    CHECK_FALSE(settingsFromJson("[1, 2]", &error).has_value());
    CHECK_FALSE(settingsFromJson("", &error).has_value());
    CHECK_FALSE(settingsFromJson("\x89PNG\r\n", &error).has_value());
}

TEST_CASE("unknown keys are ignored and the known ones still read") {
    const auto s = settingsFromJson(R"({"future_key": {"a": [1, 2]}, "theme": "light", "colour": 7,
                                        "window": {"x": 10, "y": 20, "dpi": 2}})");
    REQUIRE(s.has_value());
    CHECK(s->theme == Theme::Light);
    CHECK(s->windowX == 10);
    CHECK(s->windowY == 20);
    CHECK(s->fontScale == PersistedSettings{}.fontScale);
}

TEST_CASE("a value of the wrong type or out of range keeps its default") {
    const auto s = settingsFromJson(R"({"font_scale": "big", "line_thickness": 50, "speed": -1,
                                        "language": "klingon", "theme": 3, "last_scenario": 12, "executor": "gpu",
                                        "window": {"x": 5, "width": 90000, "height": 700}})");
    REQUIRE(s.has_value());
    CHECK(*s == PersistedSettings{});  // x without y is no position; width out of range: no size
    const auto ok = settingsFromJson(R"({"font_scale": 2, "speed": 1000, "language": "zh", "executor": "native"})");
    REQUIRE(ok.has_value());
    CHECK(ok->fontScale == 2.0f);
    CHECK(ok->speed == 1000.0);
    CHECK(ok->language == "zh");
    CHECK(ok->executor == "native");
}
