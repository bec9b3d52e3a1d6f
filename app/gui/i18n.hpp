#pragma once
// The window's language: every UI string goes through tr(KEY), KEY being "section.name", looked up in
// assets/i18n/en.json and the chosen language's file (viewmodel::I18nCatalog). Labels whose
// text changes with the language keep a fixed ImGui id with "###": a window title is
// trId("timeline.title", "Timeline") so its position and state survive a language switch.

#include <string>

namespace il::gui {

// assetsDir() is where assets/ is: $INTERLEAVE_ASSETS, beside the executable, or the source
// tree's (as the scenario picker finds scenarios/). Empty when none exists.
[[nodiscard]] const std::string& assetsDir();

// setLanguage() loads English, then `lang` ("en", "zh") over it. Returns false, with the
// reason in `*error`, when a file is missing or malformed (English strings, or the keys, remain).
bool setLanguage(const std::string& lang, std::string* error);
[[nodiscard]] const std::string& language();

// tr() is the text of `key` in the current language (the key itself if it has none).
[[nodiscard]] const char* tr(const char* key);
// trId() is "text###id": translated text with an ImGui id that does not depend on the language.
[[nodiscard]] std::string trId(const char* key, const char* id);
// retitled() is `label` (a trId() result) in the current language: labels kept across a
// language switch, such as panel titles, are refreshed with it. Other text comes back as is.
[[nodiscard]] std::string retitled(const std::string& label);
// languageSerial() changes at every setLanguage(): whoever caches translated text compares it.
[[nodiscard]] unsigned languageSerial();

}  // namespace il::gui
