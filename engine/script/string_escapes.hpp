#pragma once
// Decoding the body of a str literal: Python's backslash escapes, and "\r\n" read as "\n" the way
// CPython reads source files. Shared by the lexer (plain strings) and the f-string parser
// (the literal parts between replacement fields).

#include <optional>
#include <string>
#include <string_view>

namespace il::script {

struct EscapeError {
    size_t offset = 0;  // byte offset of the offending backslash inside the body
    std::string message;
    std::string hint;
};

// decodeBody() appends the value of `body` to `out`. With `raw`, backslashes are kept (r"...");
// otherwise escapes are decoded and unknown ones kept verbatim, as CPython does.
[[nodiscard]] std::optional<EscapeError> decodeBody(std::string_view body, bool raw, std::string& out);

}  // namespace il::script
