// The format-spec mini-language for int, float and str.
//
// [SECTION] Parsing
// [SECTION] Number layout (sign, prefix, grouping, padding)
// [SECTION] int / float / str
#include "engine/text/format_spec.hpp"

#include <climits>
#include <cstdio>

#include "engine/text/float_repr.hpp"
#include "engine/text/utf8.hpp"

namespace il::text {

// ---------------------------------------------------------------------------------------------
// [SECTION] Parsing
// ---------------------------------------------------------------------------------------------

namespace {

bool isAlignChar(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::string codeText(char32_t c, const char* fmt) {
    char buf[32];
    std::snprintf(buf, sizeof buf, fmt, static_cast<unsigned>(c));
    return buf;
}

// Reads decimal digits at cps[pos...]; returns the count, or -1 on overflow.
int64_t readInteger(const std::u32string& cps, size_t& pos, int64_t& out) {
    int64_t acc = 0;
    int64_t n = 0;
    for (; pos < cps.size(); ++pos, ++n) {
        int d = decimalValue(cps[pos]);
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) return -1;
        acc = acc * 10 + d;
    }
    out = acc;
    return n;
}

}  // namespace

Error unknownFormatCode(char32_t type, std::string_view typeName) {
    std::string code = type > 32 && type < 128 ? codeText(type, "'%c'") : codeText(type, "'\\x%x'");
    return valueError("Unknown format code " + code + " for object of type '" + std::string(typeName) + "'");
}

Result<FormatSpec> parseFormatSpec(std::string_view specText, std::string_view typeName, char defaultAlign,
                                   char defaultType) {
    const std::u32string cps = decodeAll(specText);
    const size_t end = cps.size();
    size_t pos = 0;
    FormatSpec f;
    f.align = defaultAlign;
    f.type = static_cast<unsigned char>(defaultType);
    bool alignSpecified = false;
    bool fillSpecified = false;
    if (end - pos >= 2 && isAlignChar(cps[pos + 1])) {
        f.align = static_cast<char>(cps[pos + 1]);
        f.fill = cps[pos];
        fillSpecified = alignSpecified = true;
        pos += 2;
    } else if (end - pos >= 1 && isAlignChar(cps[pos])) {
        f.align = static_cast<char>(cps[pos]);
        alignSpecified = true;
        ++pos;
    }
    if (pos < end && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) f.sign = static_cast<char>(cps[pos++]);
    if (pos < end && cps[pos] == 'z') {
        f.noNegZero = true;
        ++pos;
    }
    if (pos < end && cps[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!fillSpecified && pos < end && cps[pos] == '0') {
        f.fill = '0';
        if (!alignSpecified && defaultAlign == '>') f.align = '=';
        ++pos;
    }
    const Error tooMany = valueError("Too many decimal digits in format string");
    int64_t consumed = readInteger(cps, pos, f.width);
    if (consumed < 0) return tooMany;
    if (consumed == 0) f.width = -1;
    const Error both = valueError("Cannot specify both ',' and '_'.");
    if (pos < end && cps[pos] == ',') {
        f.grouping = ',';
        ++pos;
    }
    if (pos < end && cps[pos] == '_') {
        if (f.grouping != 0) return both;
        f.grouping = '_';
        ++pos;
    }
    if (pos < end && cps[pos] == ',') return both;
    if (pos < end && cps[pos] == '.') {
        ++pos;
        consumed = readInteger(cps, pos, f.precision);
        if (consumed < 0) return tooMany;
        if (consumed == 0) return valueError("Format specifier missing precision");
    }
    if (end - pos > 1) {
        return valueError("Invalid format specifier '" + std::string(specText) + "' for object of type '" +
                          std::string(typeName) + "'");
    }
    if (end - pos == 1) f.type = cps[pos];
    if (f.grouping != 0) {
        switch (f.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f.grouping == '_') break;
            [[fallthrough]];
        default: {
            std::string code = f.type > 32 && f.type < 128 ? codeText(f.type, "'%c'") : codeText(f.type, "'\\x%x'");
            return valueError("Cannot specify ',' with " + code + ".");
        }
        }
    }
    return f;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Number layout
// ---------------------------------------------------------------------------------------------

std::string intToBase(uint64_t magnitude, int base) {
    if (magnitude == 0) return "0";
    std::string out;
    while (magnitude > 0) {
        // cppcheck-suppress zerodivcond ; the divisor is `base` (2..16), not `magnitude`
        out.push_back("0123456789abcdef"[magnitude % static_cast<uint64_t>(base)]);
        magnitude /= static_cast<uint64_t>(base);
    }
    return std::string(out.rbegin(), out.rend());
}

std::string groupDigits(std::string_view digits, int64_t minWidth, char sep, int group) {
    // Built right to left, then reversed.
    std::string rev;
    int64_t remaining = static_cast<int64_t>(digits.size());
    int64_t pos = remaining;  // next digit to copy is digits[pos - 1]
    if (minWidth < 0) minWidth = 0;
    auto emit = [&](int64_t nChars, int64_t nZeros, bool withSep) {
        if (withSep) rev.push_back(sep);
        for (int64_t i = 0; i < nChars; ++i) rev.push_back(digits[static_cast<size_t>(--pos)]);
        rev.append(static_cast<size_t>(nZeros), '0');
    };
    bool useSep = false;
    if (sep != 0) {
        for (;;) {
            int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, minWidth), 1));
            int64_t nZeros = std::max<int64_t>(0, len - remaining);
            int64_t nChars = std::max<int64_t>(0, std::min(remaining, len));
            emit(nChars, nZeros, useSep);
            useSep = true;
            remaining -= nChars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) return std::string(rev.rbegin(), rev.rend());
            minWidth -= 1;  // the separator
        }
    }
    int64_t len = std::max<int64_t>(std::max(remaining, minWidth), 1);
    emit(std::max<int64_t>(0, std::min(remaining, len)), std::max<int64_t>(0, len - remaining), useSep);
    return std::string(rev.rbegin(), rev.rend());
}

namespace {

void appendFill(std::string& out, char32_t fill, int64_t n) {
    std::string one = encodeUtf8(fill);
    for (int64_t i = 0; i < n; ++i) out += one;
}

// CPython's calc_number_widths() + fill_number(). `digits` are the integer digits (grouped),
// `remainder` is what follows them ('.5', 'e+05', '%', the 'c' character).
std::string layoutNumber(const FormatSpec& f, bool negative, std::string_view prefix, std::string_view digits,
                         std::string_view remainder, bool upper) {
    char sign = 0;
    if (f.sign == '+') sign = negative ? '-' : '+';
    else if (f.sign == ' ') sign = negative ? '-' : ' ';
    else if (negative) sign = '-';
    const int64_t nNonDigit = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) +
                              static_cast<int64_t>(codePointCount(remainder));
    const int64_t minWidth = (f.fill == '0' && f.align == '=') ? f.width - nNonDigit : 0;
    char sep = f.type == 'n' ? 0 : f.grouping;
    int group = (f.grouping == '_' && (f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X')) ? 4 : 3;
    std::string grouped = digits.empty() ? std::string() : groupDigits(digits, minWidth, sep, group);
    const int64_t padding = f.width - (nNonDigit + static_cast<int64_t>(grouped.size()));
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f.align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    std::string out;
    appendFill(out, f.fill, lpad);
    if (sign) out.push_back(sign);
    for (char c : prefix) out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    appendFill(out, f.fill, spad);
    for (char c : grouped) out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    out += remainder;
    appendFill(out, f.fill, rpad);
    return out;
}

Result<std::string> formatFloatWith(double v, const FormatSpec& f) {
    if (f.precision > INT_MAX) return valueError("precision too big");
    int precision = static_cast<int>(f.precision);
    unsigned flags = 0;
    if (f.alternate) flags |= kDtsfAlt;
    if (f.noNegZero) flags |= kDtsfNoNeg0;
    char32_t type = f.type;
    int defaultPrecision = 6;
    if (type == 0) {
        flags |= kDtsfAddDot0;
        type = 'r';
        defaultPrecision = 0;
    }
    if (type == 'n') type = 'g';
    bool addPct = false;
    if (type == '%') {
        type = 'f';
        v *= 100;
        addPct = true;
    }
    if (precision < 0) precision = defaultPrecision;
    else if (type == 'r') type = 'g';
    std::string buf = formatDouble(v, static_cast<char>(type), precision, flags);
    if (addPct) buf.push_back('%');
    bool negative = false;
    std::string_view body = buf;
    if (!body.empty() && body[0] == '-') {
        negative = true;
        body.remove_prefix(1);
    }
    size_t nDigits = 0;
    while (nDigits < body.size() && body[nDigits] >= '0' && body[nDigits] <= '9') ++nDigits;
    return layoutNumber(f, negative, "", body.substr(0, nDigits), body.substr(nDigits), false);
}

}  // namespace

std::string padAligned(std::string_view text, int64_t width, char align, char32_t fill) {
    const int64_t len = static_cast<int64_t>(codePointCount(text));
    if (width <= len) return std::string(text);
    const int64_t total = width - len;
    int64_t left = align == '>' ? total : align == '^' ? total / 2 : 0;
    std::string out;
    appendFill(out, fill, left);
    out += text;
    appendFill(out, fill, total - left);
    return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] int / float / str
// ---------------------------------------------------------------------------------------------

Result<std::string> formatInt(int64_t v, std::string_view spec, std::string_view typeName) {
    if (spec.empty()) return std::to_string(v);
    auto parsed = parseFormatSpec(spec, typeName, '>', 'd');
    if (!parsed) return parsed.error();
    FormatSpec f = *parsed;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return formatFloatWith(static_cast<double>(v), f);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        return unknownFormatCode(f.type, typeName);
    }
    if (f.precision != -1) return valueError("Precision not allowed in integer format specifier");
    if (f.noNegZero) return valueError("Negative zero coercion (z) not allowed in integer format specifier");
    const uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    if (f.type == 'c') {
        if (f.sign != 0) return valueError("Sign not allowed with integer format specifier 'c'");
        if (f.alternate) return valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        if (v < 0 || v > 0x10FFFF) return overflowError("%c arg not in range(0x110000)");
        return layoutNumber(f, false, "", "", encodeUtf8(static_cast<char32_t>(v)), false);
    }
    int base = 10;
    const char* prefix = "";
    switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    std::string digits = intToBase(magnitude, base);
    return layoutNumber(f, v < 0, f.alternate ? prefix : "", digits, "", f.type == 'X');
}

Result<std::string> formatFloat(double v, std::string_view spec) {
    if (spec.empty()) return reprFloat(v);
    auto parsed = parseFormatSpec(spec, "float", '>', 0);
    if (!parsed) return parsed.error();
    switch (parsed->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return formatFloatWith(v, *parsed);
    default:
        return unknownFormatCode(parsed->type, "float");
    }
}

Result<std::string> formatStr(std::string_view s, std::string_view spec) {
    if (spec.empty()) return std::string(s);
    auto parsed = parseFormatSpec(spec, "str", '<', 's');
    if (!parsed) return parsed.error();
    const FormatSpec& f = *parsed;
    if (f.type != 's') return unknownFormatCode(f.type, "str");
    if (f.sign != 0) return valueError("Sign not allowed in string format specifier");
    if (f.noNegZero) return valueError("Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) return valueError("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return valueError("'=' alignment not allowed in string format specifier");
    std::string_view text = s;
    if (f.precision >= 0) {
        const size_t len = codePointCount(s);
        if (static_cast<size_t>(f.precision) < len) text = substrCodePoints(s, 0, static_cast<size_t>(f.precision));
    }
    return padAligned(text, f.width, f.align, f.fill);
}

}  // namespace il::text
