// int(str, base), float(str), hex()/oct()/bin().
#include "engine/text/number_text.hpp"

#include <charconv>
#include <cmath>
#include <vector>

#include "engine/text/str_repr.hpp"
#include "engine/text/utf8.hpp"

namespace il::text {
namespace {

// CPython first maps Unicode white space to ' ' and Unicode decimal digits to ASCII digits.
std::string asciiNormalized(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t start = pos;
        const char32_t c = decodeAt(text, pos);
        if (c < 0x80) out.push_back(static_cast<char>(c));
        else if (isSpace(c)) out.push_back(' ');
        else if (isDecimal(c)) out.push_back(static_cast<char>('0' + decimalValue(c)));
        else out.append(text.substr(start, pos - start));
    }
    return out;
}

bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isAsciiSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isAsciiSpace(s.back())) s.remove_suffix(1);
    return s;
}

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// CPython's %.200R: the repr, cut to 200 characters.
std::string shortRepr(std::string_view text) {
    std::string r = reprStr(text);
    if (codePointCount(r) > 200) r = std::string(substrCodePoints(r, 0, 200));
    return r;
}

}  // namespace

Result<int64_t> parseInt(std::string_view text, int64_t base) {
    if ((base != 0 && base < 2) || base > 36) return valueError("int() base must be >= 2 and <= 36, or 0");
    const Error invalid = valueError("invalid literal for int() with base " + std::to_string(base) + ": " +
                                     shortRepr(text));
    const std::string norm = asciiNormalized(text);
    std::string_view s = trimmed(norm);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    int b = static_cast<int>(base);
    bool zeroOnly = false;  // base 0 with a leading 0 and no prefix: only zeros allowed
    auto prefixFor = [](char p) { return p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : p == 'b' || p == 'B' ? 2 : 0; };
    if (b == 0) {
        if (s.size() >= 1 && s[0] == '0') {
            int pb = s.size() >= 2 ? prefixFor(s[1]) : 0;
            if (pb != 0) b = pb;
            else {
                b = 10;
                zeroOnly = true;
            }
        } else {
            b = 10;
        }
    }
    bool afterPrefix = false;
    if (s.size() >= 2 && s[0] == '0' && prefixFor(s[1]) == b && (b == 16 || b == 8 || b == 2)) {
        s.remove_prefix(2);
        afterPrefix = true;
    }
    if (afterPrefix && !s.empty() && s[0] == '_') s.remove_prefix(1);  // '0x_1f' is valid
    if (s.empty()) return invalid;
    uint64_t acc = 0;
    bool overflow = false;
    const uint64_t limit = negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
    bool prevDigit = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '_') {
            if (!prevDigit || i + 1 == s.size()) return invalid;
            prevDigit = false;
            continue;
        }
        const int d = digitValue(c);
        if (d >= b) return invalid;
        if (zeroOnly && d != 0) return invalid;
        prevDigit = true;
        if (acc > (limit - static_cast<uint64_t>(d)) / static_cast<uint64_t>(b)) overflow = true;
        else acc = acc * static_cast<uint64_t>(b) + static_cast<uint64_t>(d);
    }
    if (overflow) return overflowError(kIntTooLarge);
    return negative ? static_cast<int64_t>(0 - acc) : static_cast<int64_t>(acc);
}

Result<double> parseFloat(std::string_view text) {
    const Error invalid = valueError("could not convert string to float: " + reprStr(text));
    const std::string norm = asciiNormalized(text);
    std::string_view s = trimmed(norm);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    std::string lower;
    for (char c : s) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    if (lower == "inf" || lower == "infinity") return negative ? -INFINITY : INFINITY;
    if (lower == "nan") return negative ? -std::nan("") : std::nan("");
    // Grammar: digitpart ['.' [digitpart]] | '.' digitpart, then [e [sign] digitpart];
    // digitpart = digit (['_'] digit)*.
    std::string clean;
    size_t i = 0;
    auto digitPart = [&]() -> bool {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
        while (i < s.size()) {
            if (s[i] >= '0' && s[i] <= '9') {
                clean.push_back(s[i++]);
            } else if (s[i] == '_' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
                ++i;
            } else {
                break;
            }
        }
        return true;
    };
    bool intDigits = digitPart();
    bool fracDigits = false;
    if (i < s.size() && s[i] == '.') {
        clean.push_back('.');
        ++i;
        fracDigits = digitPart();
    }
    if (!intDigits && !fracDigits) return invalid;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        clean.push_back('e');
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
        if (!digitPart()) return invalid;
    }
    if (i != s.size()) return invalid;
    double value = 0;
    auto r = std::from_chars(clean.data(), clean.data() + clean.size(), value);
    if (r.ec == std::errc::result_out_of_range) {
        // from_chars reports over/underflow; Python gives inf or 0.0 (with sign).
        bool expNegative = clean.find("e-") != std::string::npos;
        value = expNegative ? 0.0 : INFINITY;
    } else if (r.ec != std::errc() || r.ptr != clean.data() + clean.size()) {
        return invalid;
    }
    return negative ? -value : value;
}

// round(x, ndigits) for a finite float: round the exact decimal value half-to-even at
// ndigits places, then convert back (CPython's double_round via dtoa mode 3).
double roundDouble(double x, int64_t ndigits) {
    if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    std::vector<char> buf(1600);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(x), std::chars_format::fixed, 1100);
    std::string digits;
    int64_t point = -1;
    for (const char* p = buf.data(); p != r.ptr; ++p) {
        if (*p == '.') point = static_cast<int64_t>(digits.size());
        else digits.push_back(*p);
    }
    if (point < 0) point = static_cast<int64_t>(digits.size());
    const int64_t keep = point + ndigits;  // digits kept before rounding
    if (keep >= static_cast<int64_t>(digits.size())) return x;
    if (keep < 0) return std::copysign(0.0, x);
    const char first = digits[static_cast<size_t>(keep)];
    bool tail = false;
    for (size_t i = static_cast<size_t>(keep) + 1; i < digits.size() && !tail; ++i) tail = digits[i] != '0';
    const int prev = keep > 0 ? digits[static_cast<size_t>(keep) - 1] - '0' : 0;
    const bool up = first > '5' || (first == '5' && (tail || prev % 2 == 1));
    std::string kept = "0" + digits.substr(0, static_cast<size_t>(keep));
    if (up) {
        size_t i = kept.size() - 1;
        while (kept[i] == '9') kept[i--] = '0';
        kept[i] = static_cast<char>(kept[i] + 1);
    }
    kept += "e" + std::to_string(point - keep);
    double out = 0;
    std::from_chars(kept.data(), kept.data() + kept.size(), out);
    return std::copysign(out, x);
}

std::string intWithPrefix(int64_t v, int base) {
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    std::string digits;
    if (m == 0) digits = "0";
    while (m > 0) {
        // cppcheck-suppress zerodivcond ; the divisor is `base` (2..16), not `m`
        digits.insert(digits.begin(), "0123456789abcdef"[m % static_cast<uint64_t>(base)]);
        m /= static_cast<uint64_t>(base);
    }
    const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    return (v < 0 ? "-" : "") + std::string(prefix) + digits;
}

}  // namespace il::text
