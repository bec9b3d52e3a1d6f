#pragma once
// The algorithms behind Python's str methods, on UTF-8 text with code point indices.
// The VM glue converts arguments (None → default) and results; these functions never see VM
// types. Index arguments follow Python: negative counts from the end, out of range clamps.
//
// [SECTION] Splitting, joining, stripping, replacing   (str_split.cpp)
// [SECTION] Searching                                   (str_search.cpp)
// [SECTION] Case, predicates, padding                   (str_case.cpp)

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "engine/text/result.hpp"

namespace il::text {

inline constexpr int64_t kNoEnd = std::numeric_limits<int64_t>::max();  // "end omitted"

// ---------------------------------------------------------------------------------------------
// [SECTION] Splitting, joining, stripping, replacing
// ---------------------------------------------------------------------------------------------

// splitWhitespace() is s.split() / s.split(None, maxsplit) (maxsplit < 0: no limit).
[[nodiscard]] std::vector<std::string> splitWhitespace(std::string_view s, int64_t maxsplit = -1);
// rsplitWhitespace() is s.rsplit(None, maxsplit).
[[nodiscard]] std::vector<std::string> rsplitWhitespace(std::string_view s, int64_t maxsplit = -1);
// split() is s.split(sep, maxsplit); an empty sep is "ValueError: empty separator".
[[nodiscard]] Result<std::vector<std::string>> split(std::string_view s, std::string_view sep, int64_t maxsplit = -1);
// rsplit() is s.rsplit(sep, maxsplit).
[[nodiscard]] Result<std::vector<std::string>> rsplit(std::string_view s, std::string_view sep, int64_t maxsplit = -1);
// splitlines() is s.splitlines(keepends): \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029.
[[nodiscard]] std::vector<std::string> splitlines(std::string_view s, bool keepends = false);
// partition() / rpartition(): (head, sep, tail); "empty separator" for an empty sep.
[[nodiscard]] Result<std::array<std::string, 3>> partition(std::string_view s, std::string_view sep);
[[nodiscard]] Result<std::array<std::string, 3>> rpartition(std::string_view s, std::string_view sep);
// join() is sep.join(parts).
[[nodiscard]] std::string join(std::string_view sep, const std::vector<std::string_view>& parts);

enum class StripSide : uint8_t { Left, Right, Both };
// strip() is s.strip() / lstrip() / rstrip() without chars (white space).
[[nodiscard]] std::string_view strip(std::string_view s, StripSide side = StripSide::Both);
// stripChars() is s.strip(chars) / lstrip(chars) / rstrip(chars).
[[nodiscard]] std::string_view stripChars(std::string_view s, std::string_view chars, StripSide side = StripSide::Both);
// replace() is s.replace(old, new, count) (count < 0: all).
[[nodiscard]] std::string replace(std::string_view s, std::string_view old, std::string_view with, int64_t count = -1);
// removeprefix() / removesuffix().
[[nodiscard]] std::string_view removePrefix(std::string_view s, std::string_view prefix);
[[nodiscard]] std::string_view removeSuffix(std::string_view s, std::string_view suffix);
// repeat() is s * n (n <= 0 gives '').
[[nodiscard]] std::string repeat(std::string_view s, int64_t n);

// ---------------------------------------------------------------------------------------------
// [SECTION] Searching (start/end in code points; end = kNoEnd when omitted)
// ---------------------------------------------------------------------------------------------

// find() / rfind(): code point index of sub in s[start:end], or -1.
[[nodiscard]] int64_t find(std::string_view s, std::string_view sub, int64_t start = 0, int64_t end = kNoEnd);
[[nodiscard]] int64_t rfind(std::string_view s, std::string_view sub, int64_t start = 0, int64_t end = kNoEnd);
// index() / rindex(): like find() but "ValueError: substring not found".
[[nodiscard]] Result<int64_t> index(std::string_view s, std::string_view sub, int64_t start = 0, int64_t end = kNoEnd);
[[nodiscard]] Result<int64_t> rindex(std::string_view s, std::string_view sub, int64_t start = 0, int64_t end = kNoEnd);
// count() of non-overlapping occurrences in s[start:end].
[[nodiscard]] int64_t count(std::string_view s, std::string_view sub, int64_t start = 0, int64_t end = kNoEnd);
// startswith() / endswith() for one prefix (the glue loops over a tuple).
[[nodiscard]] bool startswith(std::string_view s, std::string_view prefix, int64_t start = 0, int64_t end = kNoEnd);
[[nodiscard]] bool endswith(std::string_view s, std::string_view suffix, int64_t start = 0, int64_t end = kNoEnd);
// contains() is `sub in s`.
[[nodiscard]] bool contains(std::string_view s, std::string_view sub);

// ---------------------------------------------------------------------------------------------
// [SECTION] Case, predicates, padding
// ---------------------------------------------------------------------------------------------

[[nodiscard]] std::string upper(std::string_view s);
[[nodiscard]] std::string lower(std::string_view s);
[[nodiscard]] std::string title(std::string_view s);
[[nodiscard]] std::string capitalize(std::string_view s);
[[nodiscard]] std::string swapcase(std::string_view s);
[[nodiscard]] std::string casefold(std::string_view s);

[[nodiscard]] bool isDigitStr(std::string_view s);
[[nodiscard]] bool isDecimalStr(std::string_view s);
[[nodiscard]] bool isNumericStr(std::string_view s);
[[nodiscard]] bool isAlphaStr(std::string_view s);
[[nodiscard]] bool isAlnumStr(std::string_view s);
[[nodiscard]] bool isSpaceStr(std::string_view s);
[[nodiscard]] bool isUpperStr(std::string_view s);
[[nodiscard]] bool isLowerStr(std::string_view s);
[[nodiscard]] bool isTitleStr(std::string_view s);
[[nodiscard]] bool isIdentifierStr(std::string_view s);
[[nodiscard]] bool isAsciiStr(std::string_view s);
[[nodiscard]] bool isPrintableStr(std::string_view s);

// center() / ljust() / rjust() with a one-code-point fill.
[[nodiscard]] std::string center(std::string_view s, int64_t width, char32_t fill = ' ');
[[nodiscard]] std::string ljust(std::string_view s, int64_t width, char32_t fill = ' ');
[[nodiscard]] std::string rjust(std::string_view s, int64_t width, char32_t fill = ' ');
// zfill() pads with '0' after a leading sign.
[[nodiscard]] std::string zfill(std::string_view s, int64_t width);
// expandtabs() replaces tabs by spaces up to the next multiple of tabsize.
[[nodiscard]] std::string expandtabs(std::string_view s, int64_t tabsize = 8);

// The TypeError message for a fill argument that is not exactly one character.
inline constexpr const char* kFillCharError = "The fill character must be exactly one character long";

}  // namespace il::text
