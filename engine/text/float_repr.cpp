// Float to text, following CPython's format_float_short() (Python/pystrtod.c): obtain the
// decimal digits and the decimal point position like dtoa's modes 0 (shortest), 2 (n significant
// digits) and 3 (n digits after the point), then lay them out.
#include "engine/text/float_repr.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace il::text {
namespace {

// Digits of |d| without leading/trailing zeros; value = 0.DIGITS * 10^decpt. Zero is "0", 1.
struct Digits {
    std::string digits;
    int decpt = 1;
};

// Splits "d.ddde+XX" (std::to_chars scientific output) into digits and decimal point position.
Digits fromScientific(const char* first, const char* last) {
    Digits out;
    const char* p = first;
    for (; p != last && *p != 'e'; ++p) {
        if (*p != '.') out.digits.push_back(*p);
    }
    int exp = 0;
    if (p != last) {
        ++p;  // 'e'
        bool neg = *p == '-';
        ++p;
        std::from_chars(p, last, exp);
        if (neg) exp = -exp;
    }
    while (!out.digits.empty() && out.digits.back() == '0') out.digits.pop_back();
    if (out.digits.empty()) {
        out.digits = "0";
        out.decpt = 1;
    } else {
        out.decpt = exp + 1;
    }
    return out;
}

// Mode 0: shortest round-trip digits.
Digits shortestDigits(double a) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
    return fromScientific(buf, r.ptr);
}

// Mode 2: at most `n` significant digits, correctly rounded.
Digits significantDigits(double a, int n) {
    std::vector<char> buf(static_cast<size_t>(n) + 32);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific, n - 1);
    return fromScientific(buf.data(), r.ptr);
}

// Mode 3: digits up to `n` places after the point, correctly rounded.
Digits fixedDigits(double a, int n) {
    std::vector<char> buf(static_cast<size_t>(n) + 330);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, n);
    Digits out;
    int intLen = 0;
    bool seenPoint = false;
    for (const char* p = buf.data(); p != r.ptr; ++p) {
        if (*p == '.') {
            seenPoint = true;
            continue;
        }
        out.digits.push_back(*p);
        if (!seenPoint) ++intLen;
    }
    out.decpt = intLen;
    size_t lead = 0;
    while (lead < out.digits.size() && out.digits[lead] == '0') ++lead;
    out.digits.erase(0, lead);
    out.decpt -= static_cast<int>(lead);
    while (!out.digits.empty() && out.digits.back() == '0') out.digits.pop_back();
    if (out.digits.empty()) {
        if (a == 0.0) {
            out.digits = "0";
            out.decpt = 1;
        } else {
            out.decpt = -n;  // dtoa's "no digits" case: the value rounds to zero
        }
    }
    return out;
}

}  // namespace

std::string formatDouble(double d, char type, int precision, unsigned flags) {
    bool upper = false;
    char code = type;
    int mode = 0;
    switch (type) {
    case 'E': upper = true; code = 'e'; [[fallthrough]];
    case 'e': mode = 2; ++precision; break;
    case 'F': upper = true; code = 'f'; [[fallthrough]];
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; [[fallthrough]];
    case 'g':
        mode = 2;
        if (precision == 0) precision = 1;
        break;
    default: code = 'r'; mode = 0; precision = 0; break;
    }
    const bool addDot0 = (flags & kDtsfAddDot0) != 0;
    const bool alt = (flags & kDtsfAlt) != 0;
    const bool alwaysSign = (flags & kDtsfSign) != 0;

    std::string out;
    if (std::isnan(d)) {
        out = upper ? "NAN" : "nan";  // CPython never writes a sign for a nan
        return out;
    }
    bool negative = std::signbit(d);
    if (std::isinf(d)) {
        if (negative) out.push_back('-');
        else if (alwaysSign) out.push_back('+');
        out += upper ? "INF" : "inf";
        return out;
    }
    const double a = std::fabs(d);
    Digits dg = mode == 0 ? shortestDigits(a) : mode == 2 ? significantDigits(a, precision)
                                                         : fixedDigits(a, precision);
    const std::string& digits = dg.digits;
    const int digitsLen = static_cast<int>(digits.size());
    int decpt = dg.decpt;

    if (negative && (flags & kDtsfNoNeg0) != 0) {
        bool zero = digits.empty() || digits == "0";
        if (zero) negative = false;
    }

    int vdigitsEnd = digitsLen;
    bool useExp = false;
    switch (code) {
    case 'e':
        useExp = true;
        vdigitsEnd = precision;
        break;
    case 'f': vdigitsEnd = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
        if (alt) vdigitsEnd = precision;
        break;
    default:  // 'r'
        if (decpt <= -4 || decpt > 16) useExp = true;
        break;
    }
    int exp = 0;
    if (useExp) {
        exp = decpt - 1;
        decpt = 1;
    }
    const int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
    if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
    else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;
    if (vdigitsEnd < digitsLen) vdigitsEnd = digitsLen;

    if (negative) out.push_back('-');
    else if (alwaysSign) out.push_back('+');

    if (decpt <= 0) {
        out.append(static_cast<size_t>(decpt - vdigitsStart), '0');
        out.push_back('.');
        out.append(static_cast<size_t>(-decpt), '0');
    } else {
        out.append(static_cast<size_t>(-vdigitsStart), '0');
    }
    if (0 < decpt && decpt <= digitsLen) {
        out.append(digits, 0, static_cast<size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<size_t>(decpt), std::string::npos);
    } else {
        out += digits;
    }
    if (digitsLen < decpt) {
        out.append(static_cast<size_t>(decpt - digitsLen), '0');
        out.push_back('.');
        out.append(static_cast<size_t>(vdigitsEnd - decpt), '0');
    } else {
        out.append(static_cast<size_t>(vdigitsEnd - digitsLen), '0');
    }
    if (out.back() == '.' && !alt) out.pop_back();
    if (useExp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', exp);
        out += buf;
    }
    return out;
}

std::string reprFloat(double d) { return formatDouble(d, 'r', 0, kDtsfAddDot0); }

}  // namespace il::text
