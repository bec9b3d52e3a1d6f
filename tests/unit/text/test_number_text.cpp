// int(str, base), float(str) and hex/oct/bin against CPython 3.11 (number_cases.inc).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "engine/text/float_repr.hpp"
#include "engine/text/number_text.hpp"

using namespace il::text;

namespace {
struct IntParseCase {
    const char* text;
    int64_t base;
    const char* expected;  // the int, "ERR message", or "OVERFLOW" (beyond 64 bits)
};
struct FloatParseCase {
    const char* text;
    const char* expected;  // repr of the float or "ERR message"
};
#include "number_cases.inc"
}  // namespace

TEST_CASE("text.number.parseInt matches int(str, base)") {
    for (const auto& c : kIntParseCases) {
        const std::string text = c.text, expected = c.expected;
        CAPTURE(text);
        CAPTURE(c.base);
        auto r = parseInt(c.text, c.base);
        std::string got = r.ok() ? std::to_string(r.value())
                                 : r.error().kind == ErrorKind::OverflowError ? "OVERFLOW" : "ERR " + r.error().message;
        CHECK(got == expected);
    }
}

TEST_CASE("text.number.parseFloat matches float(str)") {
    for (const auto& c : kFloatParseCases) {
        const std::string text = c.text, expected = c.expected;
        CAPTURE(text);
        auto r = parseFloat(c.text);
        std::string got = r.ok() ? reprFloat(r.value()) : "ERR " + r.error().message;
        CHECK(got == expected);
    }
}

TEST_CASE("text.number.intWithPrefix is hex/oct/bin") {
    CHECK(intWithPrefix(255, 16) == "0xff");
    CHECK(intWithPrefix(-255, 16) == "-0xff");
    CHECK(intWithPrefix(0, 2) == "0b0");
    CHECK(intWithPrefix(5, 2) == "0b101");
    CHECK(intWithPrefix(8, 8) == "0o10");
    CHECK(intWithPrefix(INT64_MIN, 16) == "-0x8000000000000000");
}

namespace {
struct RoundCase {
    double value;
    int64_t ndigits;
    double expected;
};
const RoundCase kRoundCases[] = {
#include "round_cases.inc"
};
}  // namespace

TEST_CASE("text.number.roundDouble matches round(x, n)") {
    int failures = 0;
    for (const auto& c : kRoundCases) {
        const double got = roundDouble(c.value, c.ndigits);
        if (!(got == c.expected && std::signbit(got) == std::signbit(c.expected)) && ++failures < 20) {
            CAPTURE(c.value);
            CAPTURE(c.ndigits);
            CHECK(reprFloat(got) == reprFloat(c.expected));
        }
    }
    CHECK(failures == 0);
}
