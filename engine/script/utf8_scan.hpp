#pragma once
// Small UTF-8 helpers for the lexer, the f-string parser and the loader. il_script does not
// depend on il_text, so these few functions live here.

#include <cstdint>
#include <string>
#include <string_view>

namespace il::script::utf8 {

// decode() reads the code point starting at text[pos]; `len` gets its byte length. An invalid
// or truncated sequence yields U+FFFD with len 1, so a scanner always makes progress.
[[nodiscard]] char32_t decode(std::string_view text, size_t pos, size_t* len);

// append() writes `cp` to `out` as UTF-8 (surrogates are written as-is, 3 bytes).
void append(std::string& out, char32_t cp);

// validate() returns the byte offset of the first invalid sequence, or npos if `text` is UTF-8.
[[nodiscard]] size_t validate(std::string_view text);

// isIdentStart()/isIdentContinue() approximate Python's XID_Start/XID_Continue: ASCII exactly,
// non-ASCII letters by excluding the punctuation, symbol and space blocks (no Unicode tables).
[[nodiscard]] bool isIdentStart(char32_t cp);
[[nodiscard]] bool isIdentContinue(char32_t cp);

// True for a byte that continues a multi-byte UTF-8 sequence (10xxxxxx).
[[nodiscard]] inline bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Where text ends, starting from line/col (1-based, code points; '\n' starts a new line).
struct Position {
    uint32_t line;
    uint32_t col;
};
[[nodiscard]] Position advance(std::string_view text, Position start);

// hexCodePoint() formats U+20AC.
[[nodiscard]] std::string hexCodePoint(char32_t cp);

}  // namespace il::script::utf8
