// The UI strings: the catalog's lookup and fallback, and the shipped language files checked
// against each other and against every tr("…") / trId("…", …) key the window's code uses.
#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "app/viewmodel/i18n_catalog.hpp"

using il::viewmodel::I18nCatalog;

namespace {

const std::string kAssets = std::string(INTERLEAVE_SOURCE_DIR) + "/assets/i18n/";

I18nCatalog loaded(const std::string& lang) {
    I18nCatalog c;
    std::string error;
    REQUIRE_MESSAGE(c.loadFile(kAssets + lang + ".json", &error), error);
    return c;
}

// Every string literal passed as the first argument of tr( or trId( in app/gui that looks like
// a key ("section.name"). Plain string search: GCC 12's std::regex trips -Wmaybe-uninitialized
// in the sanitizer build.
std::set<std::string> keysUsedByTheWindow() {
    std::set<std::string> keys;
    const auto isKeyChar = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'; };
    for (const auto& entry : std::filesystem::directory_iterator(std::string(INTERLEAVE_SOURCE_DIR) + "/app/gui")) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        for (const std::string call : {"tr(\"", "trId(\""}) {
            for (size_t at = s.find(call); at != std::string::npos; at = s.find(call, at + 1)) {
                if (at > 0 && (std::isalnum(static_cast<unsigned char>(s[at - 1])) || s[at - 1] == '_')) continue;
                size_t end = at + call.size();
                while (end < s.size() && isKeyChar(s[end])) ++end;
                const std::string key = s.substr(at + call.size(), end - at - call.size());
                if (end < s.size() && s[end] == '"' && key.find('.') != std::string::npos) keys.insert(key);
            }
        }
    }
    return keys;
}

}  // namespace

TEST_CASE("nested objects become dotted keys; a missing key shows as itself") {
    I18nCatalog c;
    std::string error;
    REQUIRE(c.load(R"({"toolbar": {"run": "Run", "deep": {"x": "X"}}})", &error));
    CHECK(std::string(c.tr("toolbar.run")) == "Run");
    CHECK(std::string(c.tr("toolbar.deep.x")) == "X");
    CHECK(std::string(c.tr("toolbar.missing")) == "toolbar.missing");
}

TEST_CASE("a second language loads over the first, keeping what it lacks") {
    I18nCatalog c;
    REQUIRE(c.load(R"({"a": {"b": "English", "c": "Only English"}})", nullptr));
    REQUIRE(c.load(R"({"a": {"b": "中文"}})", nullptr));
    CHECK(std::string(c.tr("a.b")) == "中文");
    CHECK(std::string(c.tr("a.c")) == "Only English");
}

TEST_CASE("malformed files are refused with a reason and change nothing") {
    I18nCatalog c;
    REQUIRE(c.load(R"({"a": {"b": "kept"}})", nullptr));
    std::string error;
    CHECK_FALSE(c.load("{not json", &error));
    CHECK(error == "not a JSON object");
    CHECK_FALSE(c.load(R"({"a": {"b": 3}})", &error));
    CHECK(error == "\"a.b\" must be a string or an object");
    CHECK(std::string(c.tr("a.b")) == "kept");
    CHECK_FALSE(c.loadFile("/nonexistent/xx.json", &error));
}

TEST_CASE("en.json and zh.json have the same keys, none empty") {
    const I18nCatalog en = loaded("en");
    const I18nCatalog zh = loaded("zh");
    for (const auto& [key, text] : en.strings()) {
        CHECK_MESSAGE(zh.has(key), "zh.json lacks ", key);
        CHECK_MESSAGE(!text.empty(), "en.json: empty ", key);
    }
    for (const auto& [key, text] : zh.strings()) {
        CHECK_MESSAGE(en.has(key), "en.json lacks ", key);
        CHECK_MESSAGE(!text.empty(), "zh.json: empty ", key);
    }
}

TEST_CASE("every key the window asks for is in en.json") {
    const I18nCatalog en = loaded("en");
    const std::set<std::string> used = keysUsedByTheWindow();
    CHECK(used.size() > 100);  // the scan finds the window's keys (not an empty pass)
    CHECK(used.count("timeline.title") == 1);
    for (const std::string& key : used) CHECK_MESSAGE(en.has(key), "en.json lacks ", key, " (used in app/gui)");
}
