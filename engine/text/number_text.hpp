#pragma once
// Conversions between numbers and text that builtins need: int(str, base), float(str),
// hex()/oct()/bin(). Interleave ints are 64-bit: a literal beyond that is an OverflowError.

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/text/result.hpp"

namespace il::text {

// parseInt() is int(text, base): surrounding white space, a sign, underscores between digits,
// a 0x/0o/0b prefix (required to pick the base when base == 0, allowed when it matches base).
// Errors: "invalid literal for int() with base 10: 'x'",
// "int() base must be >= 2 and <= 36, or 0", OverflowError beyond 64 bits.
[[nodiscard]] Result<int64_t> parseInt(std::string_view text, int64_t base = 10);

// parseFloat() is float(text): white space, sign, digits with underscores, exponent,
// "inf"/"infinity"/"nan" in any case. Error: "could not convert string to float: 'x'".
[[nodiscard]] Result<double> parseFloat(std::string_view text);

// intWithPrefix() is hex(v) / oct(v) / bin(v) for base 16 / 8 / 2: '-0xff', '0o17', '0b101'.
[[nodiscard]] std::string intWithPrefix(int64_t v, int base);

// roundDouble() is round(x, ndigits) for a float: the exact decimal value of x rounded half to
// even at `ndigits` places (negative: tens, hundreds...), converted back (CPython's double_round).
[[nodiscard]] double roundDouble(double x, int64_t ndigits);

// The message for a 64-bit overflow in a conversion.
inline constexpr const char* kIntTooLarge = "int too large to convert (interleave ints are 64-bit)";

}  // namespace il::text
