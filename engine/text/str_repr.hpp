#pragma once
// repr() of a str exactly as CPython prints it.

#include <string>
#include <string_view>

namespace il::text {

// reprStr() quotes with ' unless the text contains ' and no "; escapes \\, the quote, \t \n \r,
// other control characters as \xNN, non-printable non-ASCII as \xNN / \uNNNN / \UNNNNNNNN;
// printable non-ASCII characters are kept as they are.
[[nodiscard]] std::string reprStr(std::string_view s);

// asciiRepr() is ascii(s): like reprStr() but every non-ASCII character is escaped.
[[nodiscard]] std::string asciiRepr(std::string_view s);

}  // namespace il::text
