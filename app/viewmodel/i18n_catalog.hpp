#pragma once
// The window's UI strings in one language, read from assets/i18n/<lang>.json. Keys are dotted
// paths into the JSON objects ("toolbar.run" is {"toolbar": {"run": "Run"}}), so each panel
// keeps its strings in its own section. A key missing from the chosen language falls back to
// English, and a key missing from both shows as itself (visible in a screenshot, and caught by
// the test that checks every key used in app/gui is in en.json and zh.json).

#include <string>
#include <string_view>
#include <unordered_map>

namespace il::viewmodel {

class I18nCatalog {
public:
    // load() reads `json` (the text of a language file) over the strings already loaded;
    // returns false and sets `*error` when it is not a JSON object of objects and strings.
    bool load(std::string_view json, std::string* error);
    // loadFile() reads assets/i18n/<lang>.json from `dir`.
    bool loadFile(const std::string& path, std::string* error);
    // tr() is the text of `key`, or `key` itself when it has none. The pointer stays valid
    // until the next load().
    [[nodiscard]] const char* tr(const char* key) const;
    [[nodiscard]] bool has(const std::string& key) const { return m_strings.count(key) != 0; }
    [[nodiscard]] const std::unordered_map<std::string, std::string>& strings() const { return m_strings; }

private:
    std::unordered_map<std::string, std::string> m_strings;
};

}  // namespace il::viewmodel
