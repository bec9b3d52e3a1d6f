// str case conversions, is* predicates, padding and expandtabs.
#include "engine/text/str_methods.hpp"
#include "engine/text/utf8.hpp"

namespace il::text {
namespace {

template <class Fn>
std::string mapChars(std::string_view s, Fn fn) {
    std::u32string out;
    size_t pos = 0;
    while (pos < s.size()) fn(out, decodeAt(s, pos));
    return encodeAll(out);
}

template <class Pred>
bool allChars(std::string_view s, Pred pred) {
    if (s.empty()) return false;
    size_t pos = 0;
    while (pos < s.size()) {
        if (!pred(decodeAt(s, pos))) return false;
    }
    return true;
}

}  // namespace

std::string upper(std::string_view s) { return mapChars(s, [](std::u32string& o, char32_t c) { appendUpper(o, c); }); }
std::string lower(std::string_view s) { return mapChars(s, [](std::u32string& o, char32_t c) { appendLower(o, c); }); }
std::string casefold(std::string_view s) { return mapChars(s, [](std::u32string& o, char32_t c) { appendFold(o, c); }); }

std::string swapcase(std::string_view s) {
    return mapChars(s, [](std::u32string& o, char32_t c) {
        if (isUpper(c)) appendLower(o, c);
        else if (isLower(c)) appendUpper(o, c);
        else o.push_back(c);
    });
}

std::string title(std::string_view s) {
    bool previousCased = false;
    return mapChars(s, [&](std::u32string& o, char32_t c) {
        if (previousCased) appendLower(o, c);
        else appendTitle(o, c);
        previousCased = isCased(c);
    });
}

std::string capitalize(std::string_view s) {
    bool first = true;
    return mapChars(s, [&](std::u32string& o, char32_t c) {
        if (first) appendTitle(o, c);
        else appendLower(o, c);
        first = false;
    });
}

bool isDigitStr(std::string_view s) { return allChars(s, isDigit); }
bool isDecimalStr(std::string_view s) { return allChars(s, isDecimal); }
bool isNumericStr(std::string_view s) { return allChars(s, isNumeric); }
bool isAlphaStr(std::string_view s) { return allChars(s, isAlpha); }
bool isAlnumStr(std::string_view s) { return allChars(s, isAlnum); }
bool isSpaceStr(std::string_view s) { return allChars(s, isSpace); }
bool isAsciiStr(std::string_view s) { return isAscii(s); }

bool isPrintableStr(std::string_view s) {
    return s.empty() || allChars(s, [](char32_t c) { return isPrintable(c) || c == ' '; });
}

bool isUpperStr(std::string_view s) {
    bool cased = false;
    size_t pos = 0;
    while (pos < s.size()) {
        char32_t c = decodeAt(s, pos);
        if (isLower(c)) return false;
        if (isUpper(c)) cased = true;
    }
    return cased;
}

bool isLowerStr(std::string_view s) {
    bool cased = false;
    size_t pos = 0;
    while (pos < s.size()) {
        char32_t c = decodeAt(s, pos);
        if (isUpper(c)) return false;
        if (isLower(c)) cased = true;
    }
    return cased;
}

bool isTitleStr(std::string_view s) {
    bool cased = false, previousCased = false;
    size_t pos = 0;
    while (pos < s.size()) {
        char32_t c = decodeAt(s, pos);
        if (isUpper(c)) {
            if (previousCased) return false;
            previousCased = cased = true;
        } else if (isLower(c)) {
            if (!previousCased) return false;
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return cased;
}

bool isIdentifierStr(std::string_view s) {
    if (s.empty()) return false;
    size_t pos = 0;
    char32_t first = decodeAt(s, pos);
    if (first != '_' && !isAlpha(first)) return false;
    while (pos < s.size()) {
        char32_t c = decodeAt(s, pos);
        if (c != '_' && !isAlpha(c) && !isDecimal(c)) return false;
    }
    return true;
}

namespace {

std::string padded(std::string_view s, int64_t left, int64_t right, char32_t fill) {
    std::string f = encodeUtf8(fill);
    std::string out;
    out.reserve(s.size() + static_cast<size_t>(left + right) * f.size());
    for (int64_t i = 0; i < left; ++i) out += f;
    out += s;
    for (int64_t i = 0; i < right; ++i) out += f;
    return out;
}

}  // namespace

std::string center(std::string_view s, int64_t width, char32_t fill) {
    const int64_t len = static_cast<int64_t>(codePointCount(s));
    if (len >= width) return std::string(s);
    const int64_t marg = width - len;
    const int64_t left = marg / 2 + (marg & width & 1);
    return padded(s, left, marg - left, fill);
}

std::string ljust(std::string_view s, int64_t width, char32_t fill) {
    const int64_t len = static_cast<int64_t>(codePointCount(s));
    return len >= width ? std::string(s) : padded(s, 0, width - len, fill);
}

std::string rjust(std::string_view s, int64_t width, char32_t fill) {
    const int64_t len = static_cast<int64_t>(codePointCount(s));
    return len >= width ? std::string(s) : padded(s, width - len, 0, fill);
}

std::string zfill(std::string_view s, int64_t width) {
    const int64_t len = static_cast<int64_t>(codePointCount(s));
    if (len >= width) return std::string(s);
    std::string out = padded(s, width - len, 0, '0');
    const size_t fill = static_cast<size_t>(width - len);
    if (out[fill] == '+' || out[fill] == '-') {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return out;
}

std::string expandtabs(std::string_view s, int64_t tabsize) {
    std::string out;
    int64_t column = 0;
    size_t pos = 0;
    while (pos < s.size()) {
        size_t start = pos;
        char32_t c = decodeAt(s, pos);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - (column % tabsize);
                column += incr;
                out.append(static_cast<size_t>(incr), ' ');
            }
        } else {
            ++column;
            out.append(s.substr(start, pos - start));
            if (c == '\n' || c == '\r') column = 0;
        }
    }
    return out;
}

}  // namespace il::text
