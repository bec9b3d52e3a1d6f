#pragma once
// The format-spec mini-language ("[[fill]align][sign][z][#][0][width][,|_][.precision][type]")
// for int, float and str exactly as CPython 3.11 applies it (Python/formatter_unicode.c).
// Used by format(), f-strings and str.format. All widths count code points.

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/text/result.hpp"

namespace il::text {

struct FormatSpec {
    char32_t fill = ' ';
    char align = '>';          // '<' '>' '^' '='
    char sign = 0;             // 0, '+', '-', ' '
    bool noNegZero = false;    // 'z'
    bool alternate = false;    // '#'
    int64_t width = -1;        // -1: not given
    char grouping = 0;         // 0, ',', '_'
    int64_t precision = -1;    // -1: not given
    char32_t type = 0;         // 0: not given
};

// parseFormatSpec() parses a non-empty spec. `typeName` is only used in error messages
// ("Invalid format specifier 'x' for object of type 'int'"); `defaultAlign` is '>' for
// numbers and '<' for str; `defaultType` is 'd' for int, 's' for str, 0 for float.
[[nodiscard]] Result<FormatSpec> parseFormatSpec(std::string_view spec, std::string_view typeName,
                                                 char defaultAlign, char defaultType);

// formatInt() is int.__format__(v, spec); an empty spec gives str(v). `typeName` names the
// receiver's class in errors ("bool" for True).
[[nodiscard]] Result<std::string> formatInt(int64_t v, std::string_view spec,
                                            std::string_view typeName = "int");

// formatFloat() is float.__format__(v, spec); an empty spec gives repr(v).
[[nodiscard]] Result<std::string> formatFloat(double v, std::string_view spec);

// formatStr() is str.__format__(s, spec); an empty spec gives s.
[[nodiscard]] Result<std::string> formatStr(std::string_view s, std::string_view spec);

// padAligned() pads `text` (code points) to `width` with `fill` on the side(s) given by
// align '<' '>' '^' (CPython's calc_padding: '^' puts the extra char on the right).
[[nodiscard]] std::string padAligned(std::string_view text, int64_t width, char align, char32_t fill);

// unknownFormatCode() is the "Unknown format code 'x' for object of type 'T'" error.
[[nodiscard]] Error unknownFormatCode(char32_t type, std::string_view typeName);

// intToBase() writes |v| in base 2, 8, 10 or 16 (lower-case digits, no prefix, no sign).
[[nodiscard]] std::string intToBase(uint64_t magnitude, int base);

// groupDigits() inserts `sep` every `group` digits from the right and pads with leading zeros
// (also grouped) up to `minWidth` code points (CPython's _PyUnicode_InsertThousandsGrouping).
// sep == 0 means no grouping.
[[nodiscard]] std::string groupDigits(std::string_view digits, int64_t minWidth, char sep, int group);

}  // namespace il::text
