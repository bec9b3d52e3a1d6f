// UTF-8 encoding, decoding, code point indexing and slicing.
#include "engine/text/utf8.hpp"

#include <limits>

namespace il::text {

char32_t decodeAt(std::string_view s, size_t& pos) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    const size_t extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    bool ok = extra != 0 && pos + extra < s.size();
    for (size_t i = 1; ok && i <= extra; ++i) ok = (static_cast<unsigned char>(s[pos + i]) & 0xC0) == 0x80;
    if (!ok) {  // stray continuation byte or truncated sequence: the byte stands for itself
        ++pos;
        return b0;
    }
    char32_t cp = b0 & (0x3F >> extra);
    for (size_t i = 1; i <= extra; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
    pos += extra + 1;
    return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encodeUtf8(char32_t cp) {
    std::string out;
    appendUtf8(out, cp);
    return out;
}

bool isValidUtf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        size_t extra;
        char32_t min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            extra = 1;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            extra = 2;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            extra = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= s.size()) return false;
        char32_t cp = b0 & (0x3F >> extra);
        for (size_t k = 1; k <= extra; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += extra + 1;
    }
    return true;
}

bool isAscii(std::string_view s) {
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

std::u32string decodeAll(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    size_t pos = 0;
    while (pos < s.size()) out.push_back(decodeAt(s, pos));
    return out;
}

std::string encodeAll(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t c : cps) appendUtf8(out, c);
    return out;
}

size_t codePointCount(std::string_view s) {
    size_t n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

size_t byteOffset(std::string_view s, size_t index) {
    size_t pos = 0;
    while (index > 0 && pos < s.size()) {
        (void)decodeAt(s, pos);
        --index;
    }
    return pos;
}

size_t codePointIndex(std::string_view s, size_t offset) {
    return codePointCount(s.substr(0, offset));
}

char32_t codePointAt(std::string_view s, size_t index) {
    size_t pos = byteOffset(s, index);
    return decodeAt(s, pos);
}

void sliceDefaults(int64_t step, int64_t& start, int64_t& stop) {
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    if (step > 0) {
        start = 0;
        stop = kMax;
    } else {
        start = kMax;
        stop = std::numeric_limits<int64_t>::min();
    }
}

SliceBounds adjustSlice(int64_t length, int64_t start, int64_t stop, int64_t step) {
    SliceBounds b;
    b.step = step;
    if (start < 0) {
        start = start < -length ? (step < 0 ? -1 : 0) : start + length;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop = stop < -length ? (step < 0 ? -1 : 0) : stop + length;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    b.start = start;
    b.stop = stop;
    if (step < 0) {
        b.length = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    } else {
        b.length = start < stop ? (stop - start - 1) / step + 1 : 0;
    }
    return b;
}

std::string sliceCodePoints(std::string_view s, const SliceBounds& b) {
    if (b.length <= 0) return {};
    if (b.step == 1) return std::string(substrCodePoints(s, static_cast<size_t>(b.start), static_cast<size_t>(b.stop)));
    std::u32string cps = decodeAll(s);
    std::string out;
    int64_t i = b.start;
    for (int64_t n = 0; n < b.length; ++n, i += b.step) appendUtf8(out, cps[static_cast<size_t>(i)]);
    return out;
}

std::string_view substrCodePoints(std::string_view s, size_t start, size_t stop) {
    size_t from = byteOffset(s, start);
    size_t to = from + byteOffset(s.substr(from), stop - start);
    return s.substr(from, to - from);
}

}  // namespace il::text
