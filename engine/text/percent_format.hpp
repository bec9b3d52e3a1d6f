#pragma once
// printf-style formatting: `'%d %s %r %5.2f %x %%' % args`, as CPython 3.11 does it
// (Objects/unicodeobject.c, PyUnicode_Format). The text layer parses the template and formats
// already-converted values; the VM glue fetches arguments (tuple, single value or mapping),
// converts them (str()/repr() for %s/%r, int/float checks) and raises the errors in order.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/text/result.hpp"

namespace il::text {

// One '%...' conversion.
struct PercentSpec {
    bool hasKey = false;      // "%(name)s"
    std::string key;
    bool left = false;        // '-'
    bool zero = false;        // '0'
    char sign = 0;            // '+', ' ' or 0
    bool alternate = false;   // '#'
    bool widthStar = false;   // '*': take the width from the next argument
    int64_t width = -1;       // -1: none
    bool precisionStar = false;
    int64_t precision = -1;   // -1: none
    char32_t type = 0;        // d i u o x X e E f F g G c r s a (or anything: see supported())
    size_t typeIndex = 0;     // code point index of the type character (for the error message)
    // A parse error raised when this piece is reached (after '*' arguments are fetched and
    // before the value is): "incomplete format" / "incomplete format key".
    std::optional<Error> incomplete;

    // supported() is true for the conversion characters Python accepts.
    [[nodiscard]] bool supported() const;
    // unsupportedError() is "unsupported format character 'y' (0x79) at index 3", raised after
    // the value was fetched.
    [[nodiscard]] Error unsupportedError() const;
};

// A literal run or a conversion. "%%" is a literal '%'.
struct PercentPiece {
    bool literal = true;
    std::string text;
    PercentSpec spec;
};

// parsePercentFormat() splits the template into literals and conversions.
[[nodiscard]] std::vector<PercentPiece> parsePercentFormat(std::string_view fmt);

// percentInt() formats an int for d i u o x X (width/precision already resolved).
[[nodiscard]] std::string percentInt(int64_t v, const PercentSpec& spec);
// percentFloat() formats a float for e E f F g G (precision -1 means 6).
[[nodiscard]] std::string percentFloat(double v, const PercentSpec& spec);
// percentStr() applies precision (truncation) and width to already-converted text (s r a c).
[[nodiscard]] std::string percentStr(std::string_view text, const PercentSpec& spec);

}  // namespace il::text
