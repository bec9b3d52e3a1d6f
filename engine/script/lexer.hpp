#pragma once
// The lexer: Python 3 tokenization of a whole file into a token vector (INDENT/DEDENT from an
// indentation stack, NEWLINE only at the end of logical lines, implicit joining inside
// brackets). It never stops early: each problem becomes an Error token and lexing goes on at the
// next character, so the parser can report several independent errors in one file.

#include <string_view>
#include <vector>

#include "engine/script/source.hpp"
#include "engine/script/token.hpp"

namespace il::script {

// tokenize() lexes a whole source file; the result always ends with EndOfFile.
[[nodiscard]] std::vector<Token> tokenize(const SourceFile& source);

// tokenizeFStringExpr() lexes the expression part of an f-string replacement field. `text` is
// the raw source of the expression; `line`/`col`/`offset` are where it starts in the file.
// Newlines are insignificant (as inside brackets); '#' and '\' are errors, as in CPython 3.11.
// The result ends with EndOfFile and contains no NEWLINE/INDENT/DEDENT.
[[nodiscard]] std::vector<Token> tokenizeFStringExpr(std::string_view text, uint32_t line, uint32_t col,
                                                     uint32_t offset);

}  // namespace il::script
