#pragma once
// UTF-8 helpers for str (stored as UTF-8, indexed by code point) and the character properties
// str methods need.
//
// [SECTION] Encoding and decoding
// [SECTION] Code point indices and slices
// [SECTION] Character properties and case mapping
//
// Coverage of the properties: ASCII, Latin-1, Latin Extended-A/B (case pairs), Greek and Coptic,
// Cyrillic (incl. supplement), plus the letter blocks CJK / kana / Hangul as "alpha", the Unicode
// white space set, and a few numeric blocks (superscripts, fractions, fullwidth and Arabic-Indic
// digits, CJK numerals). NOT covered: other scripts' case mappings (Armenian, Georgian, Cherokee,
// Glagolitic, fullwidth Latin, Deseret...), titlecase digraphs (ǅ), the Greek final-sigma rule of
// str.lower(), locale-independent special casings other than ß/ŉ/ǰ-less simple ones, and the
// precise "printable" set (see isPrintable()).

#include <cstdint>
#include <string>
#include <string_view>

namespace il::text {

// ---------------------------------------------------------------------------------------------
// [SECTION] Encoding and decoding
// ---------------------------------------------------------------------------------------------

// decodeAt() decodes the code point starting at byte `pos` and advances `pos` past it.
// Precondition: pos < s.size() and s is valid UTF-8 (invalid bytes decode as themselves).
[[nodiscard]] char32_t decodeAt(std::string_view s, size_t& pos);

// appendUtf8() appends the UTF-8 encoding of `cp` (cp <= 0x10FFFF) to `out`.
void appendUtf8(std::string& out, char32_t cp);

// encodeUtf8() returns the UTF-8 encoding of one code point.
[[nodiscard]] std::string encodeUtf8(char32_t cp);

// isValidUtf8() is true if `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view s);

// isAscii() is true if every byte is < 0x80.
[[nodiscard]] bool isAscii(std::string_view s);

// decodeAll() returns the code points of `s`.
[[nodiscard]] std::u32string decodeAll(std::string_view s);

// encodeAll() returns the UTF-8 encoding of code points.
[[nodiscard]] std::string encodeAll(std::u32string_view cps);

// ---------------------------------------------------------------------------------------------
// [SECTION] Code point indices and slices
// ---------------------------------------------------------------------------------------------

// codePointCount() returns len(s) in Python terms.
[[nodiscard]] size_t codePointCount(std::string_view s);

// byteOffset() returns the byte offset of code point `index` (index == count gives s.size();
// larger indices are clamped to s.size()).
[[nodiscard]] size_t byteOffset(std::string_view s, size_t index);

// codePointIndex() returns the code point index of byte offset `offset` (a code point boundary).
[[nodiscard]] size_t codePointIndex(std::string_view s, size_t offset);

// codePointAt() returns the code point at index `index` (precondition: index < count).
[[nodiscard]] char32_t codePointAt(std::string_view s, size_t index);

// Slice bounds after Python's slice.indices(len): start/stop/step in range and the result length.
struct SliceBounds {
    int64_t start = 0;
    int64_t stop = 0;
    int64_t step = 1;
    int64_t length = 0;  // number of items selected
};

// adjustSlice() is PySlice_AdjustIndices: clamps start/stop (already defaulted by the caller
// when omitted: use sliceDefaults()) to `length` for the given non-zero step.
[[nodiscard]] SliceBounds adjustSlice(int64_t length, int64_t start, int64_t stop, int64_t step);

// sliceDefaults() returns the start/stop that an omitted bound means for `step`
// (0 / PY_SSIZE_T_MAX for a positive step; MAX / MIN for a negative one).
void sliceDefaults(int64_t step, int64_t& start, int64_t& stop);

// sliceCodePoints() returns s[b.start:b.stop:b.step] for bounds from adjustSlice().
[[nodiscard]] std::string sliceCodePoints(std::string_view s, const SliceBounds& b);

// substrCodePoints() returns s[start:stop] for 0 <= start <= stop <= len(s).
[[nodiscard]] std::string_view substrCodePoints(std::string_view s, size_t start, size_t stop);

// ---------------------------------------------------------------------------------------------
// [SECTION] Character properties and case mapping
// ---------------------------------------------------------------------------------------------

[[nodiscard]] bool isSpace(char32_t c);       // str.isspace / split() white space
[[nodiscard]] bool isLineBreak(char32_t c);   // str.splitlines() boundaries (\r\n handled there)
[[nodiscard]] bool isUpper(char32_t c);       // an upper-case (or title-case) letter
[[nodiscard]] bool isLower(char32_t c);       // a lower-case letter
[[nodiscard]] bool isCased(char32_t c);       // isUpper || isLower
[[nodiscard]] bool isAlpha(char32_t c);       // a letter (categories L*)
[[nodiscard]] bool isDecimal(char32_t c);     // Nd: '0'-'9', fullwidth, Arabic-Indic...
[[nodiscard]] bool isDigit(char32_t c);       // decimal + superscripts / circled digits
[[nodiscard]] bool isNumeric(char32_t c);     // digit + fractions, roman numerals, CJK numerals
[[nodiscard]] bool isAlnum(char32_t c);       // alpha or numeric
[[nodiscard]] bool isPrintable(char32_t c);   // kept as is by repr(); else escaped
[[nodiscard]] int decimalValue(char32_t c);   // 0-9 for isDecimal(c), else -1

// Simple one-to-one mappings (c itself when there is none).
[[nodiscard]] char32_t toUpper(char32_t c);
[[nodiscard]] char32_t toLower(char32_t c);

// Full mappings as Python's str.upper()/lower()/title()/casefold() apply them per character
// ('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'ŉ'.upper() == 'ʼN').
void appendUpper(std::u32string& out, char32_t c);
void appendLower(std::u32string& out, char32_t c);
void appendTitle(std::u32string& out, char32_t c);
void appendFold(std::u32string& out, char32_t c);

}  // namespace il::text
