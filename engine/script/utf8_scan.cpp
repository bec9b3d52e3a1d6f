#include "engine/script/utf8_scan.hpp"

#include <cstdio>

namespace il::script::utf8 {

char32_t decode(std::string_view text, size_t pos, size_t* len) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char c = byte(pos);
    *len = 1;
    if (c < 0x80) return c;
    size_t n = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0xFFFD;
    }
    if (pos + n > text.size()) return 0xFFFD;
    for (size_t i = 1; i < n; ++i) {
        if (!isContinuation(byte(pos + i))) return 0xFFFD;
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
    *len = n;
    return cp;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

size_t validate(std::string_view text) {
    size_t pos = 0;
    while (pos < text.size()) {
        size_t len = 0;
        char32_t cp = decode(text, pos, &len);
        // A real U+FFFD in the text is three bytes; a decoding failure is reported with len 1.
        if (cp == 0xFFFD && len == 1) return pos;
        pos += len;
    }
    return std::string_view::npos;
}

namespace {

// Blocks of punctuation, symbols and spaces: never part of an identifier.
bool isNonLetterBlock(char32_t cp) {
    if (cp >= 0x80 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return true;
    if (cp >= 0x2000 && cp <= 0x206F) return cp != 0x203F && cp != 0x2040 && cp != 0x2054;
    if (cp >= 0x20A0 && cp <= 0x20CF) return true;  // currency
    if (cp >= 0x2190 && cp <= 0x2BFF) return true;  // arrows, math, box drawing, symbols
    if (cp >= 0x3000 && cp <= 0x3004) return true;  // CJK punctuation
    if (cp >= 0x3008 && cp <= 0x3020) return true;
    if (cp == 0x3030 || cp == 0x303D || cp == 0x303E || cp == 0x303F) return true;
    if (cp >= 0xFE10 && cp <= 0xFE1F) return true;  // vertical forms
    if (cp >= 0xFF00 && cp <= 0xFF0F) return true;  // full-width punctuation
    if (cp >= 0xFF1A && cp <= 0xFF20) return true;
    if (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) return true;
    if (cp >= 0xFF5B && cp <= 0xFF65) return true;
    if (cp == 0xFEFF || cp == 0xFFFD) return true;
    if (cp >= 0xE000 && cp <= 0xF8FF) return true;  // private use
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;  // emoji and pictographs
    return false;
}

}  // namespace

bool isIdentStart(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return !isNonLetterBlock(cp);
}

bool isIdentContinue(char32_t cp) {
    if (cp < 0x80) return isIdentStart(cp) || (cp >= '0' && cp <= '9');
    return !isNonLetterBlock(cp);
}

Position advance(std::string_view text, Position start) {
    Position p = start;
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (c == '\n') {
            ++p.line;
            p.col = 1;
        } else if (!isContinuation(c) && c != '\r') {
            ++p.col;
        }
    }
    return p;
}

std::string hexCodePoint(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

}  // namespace il::script::utf8
