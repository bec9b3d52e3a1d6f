#pragma once
// Translated sentences with names in them: a template such as "{0} waits for {1} held by {2}"
// comes from the language file, so each language can put the names in its own word order.

#include <initializer_list>
#include <string>
#include <string_view>

namespace il::viewmodel {

// fillIn() replaces {0}, {1}, ... in `tmpl` by the matching argument; a placeholder without an
// argument, and any other brace, is kept as written.
[[nodiscard]] std::string fillIn(std::string_view tmpl, std::initializer_list<std::string_view> args);

}  // namespace il::viewmodel
