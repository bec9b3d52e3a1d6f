// Character properties and case mappings for the ranges listed in utf8.hpp.
#include "engine/text/utf8.hpp"

namespace il::text {
namespace {

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Upper-case letter → its lower-case partner, or 0 when `c` is not an upper-case letter we map.
char32_t lowerOf(char32_t c) {
    if (c < 0x80) return in(c, 'A', 'Z') ? c + 32 : 0;
    if (in(c, 0xC0, 0xDE)) return c == 0xD7 ? 0 : c + 32;
    if (in(c, 0x100, 0x137)) return c % 2 == 0 ? (c == 0x130 ? U'i' : c + 1) : 0;
    if (in(c, 0x139, 0x148)) return c % 2 == 1 ? c + 1 : 0;
    if (in(c, 0x14A, 0x177)) return c % 2 == 0 ? c + 1 : 0;
    if (c == 0x178) return 0xFF;
    if (in(c, 0x179, 0x17E)) return c % 2 == 1 ? c + 1 : 0;
    if (in(c, 0x1CD, 0x1DC)) return c % 2 == 1 ? c + 1 : 0;
    if (in(c, 0x1DE, 0x1EF) || in(c, 0x1F8, 0x21F) || in(c, 0x222, 0x233) || in(c, 0x246, 0x24F)) {
        return c % 2 == 0 ? c + 1 : 0;
    }
    if (c == 0x386) return 0x3AC;
    if (in(c, 0x388, 0x38A)) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (in(c, 0x38E, 0x38F)) return c + 63;
    if (in(c, 0x391, 0x3AB)) return c == 0x3A2 ? 0 : c + 32;
    if (in(c, 0x3D8, 0x3EF)) return c % 2 == 0 ? c + 1 : 0;
    if (in(c, 0x400, 0x40F)) return c + 80;
    if (in(c, 0x410, 0x42F)) return c + 32;
    if (in(c, 0x460, 0x481) || in(c, 0x48A, 0x4BF) || in(c, 0x4D0, 0x52F)) return c % 2 == 0 ? c + 1 : 0;
    if (c == 0x4C0) return 0x4CF;
    if (in(c, 0x4C1, 0x4CE)) return c % 2 == 1 ? c + 1 : 0;
    if (in(c, 0x1E00, 0x1E95) || in(c, 0x1EA0, 0x1EFF)) return c % 2 == 0 ? c + 1 : 0;
    if (in(c, 0xFF21, 0xFF3A)) return c + 32;
    return 0;
}

// Lower-case letter → its upper-case partner, or 0 when `c` is not a lower-case letter we map.
char32_t upperOf(char32_t c) {
    if (c < 0x80) return in(c, 'a', 'z') ? c - 32 : 0;
    if (c == 0xB5) return 0x39C;
    if (in(c, 0xE0, 0xFE)) return c == 0xF7 ? 0 : c - 32;
    if (c == 0xFF) return 0x178;
    if (c == 0x131) return U'I';
    if (c == 0x17F) return U'S';
    if (in(c, 0x100, 0x137)) return c % 2 == 1 ? c - 1 : 0;
    if (in(c, 0x139, 0x148)) return c % 2 == 0 ? c - 1 : 0;
    if (in(c, 0x14A, 0x177)) return c % 2 == 1 ? c - 1 : 0;
    if (in(c, 0x179, 0x17E)) return c % 2 == 0 ? c - 1 : 0;
    if (in(c, 0x1CD, 0x1DC)) return c % 2 == 0 ? c - 1 : 0;
    if (in(c, 0x1DE, 0x1EF) || in(c, 0x1F8, 0x21F) || in(c, 0x222, 0x233) || in(c, 0x246, 0x24F)) {
        return c % 2 == 1 ? c - 1 : 0;
    }
    if (c == 0x3AC) return 0x386;
    if (in(c, 0x3AD, 0x3AF)) return c - 37;
    if (c == 0x3CC) return 0x38C;
    if (in(c, 0x3CD, 0x3CE)) return c - 63;
    if (c == 0x3C2) return 0x3A3;
    if (in(c, 0x3B1, 0x3CB)) return c - 32;
    if (in(c, 0x3D8, 0x3EF)) return c % 2 == 1 ? c - 1 : 0;
    if (in(c, 0x430, 0x44F)) return c - 32;
    if (in(c, 0x450, 0x45F)) return c - 80;
    if (in(c, 0x460, 0x481) || in(c, 0x48A, 0x4BF) || in(c, 0x4D0, 0x52F)) return c % 2 == 1 ? c - 1 : 0;
    if (c == 0x4CF) return 0x4C0;
    if (in(c, 0x4C1, 0x4CE)) return c % 2 == 0 ? c - 1 : 0;
    if (in(c, 0x1E00, 0x1E95) || in(c, 0x1EA0, 0x1EFF)) return c % 2 == 1 ? c - 1 : 0;
    if (in(c, 0xFF41, 0xFF5A)) return c - 32;
    return 0;
}

}  // namespace

bool isSpace(char32_t c) {
    return in(c, 0x09, 0x0D) || in(c, 0x1C, 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           in(c, 0x2000, 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

bool isLineBreak(char32_t c) {
    return in(c, 0x0A, 0x0D) || in(c, 0x1C, 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isUpper(char32_t c) { return lowerOf(c) != 0; }

bool isLower(char32_t c) {
    return upperOf(c) != 0 || c == 0xAA || c == 0xBA || c == 0xDF || c == 0x138 || c == 0x149 ||
           in(c, 0x250, 0x2AF);
}

bool isCased(char32_t c) { return isUpper(c) || isLower(c); }

bool isAlpha(char32_t c) {
    if (c < 0x80) return in(c | 0x20, 'a', 'z');
    return c == 0xAA || c == 0xB5 || c == 0xBA || in(c, 0xC0, 0xD6) || in(c, 0xD8, 0xF6) ||
           in(c, 0xF8, 0x2C1) || in(c, 0x370, 0x373) || in(c, 0x376, 0x377) || in(c, 0x37B, 0x37D) ||
           c == 0x37F || c == 0x386 || in(c, 0x388, 0x38A) || c == 0x38C || in(c, 0x38E, 0x3A1) ||
           in(c, 0x3A3, 0x3F5) || in(c, 0x3F7, 0x481) || in(c, 0x48A, 0x52F) || in(c, 0x531, 0x556) ||
           in(c, 0x561, 0x587) || in(c, 0x5D0, 0x5EA) || in(c, 0x620, 0x64A) || in(c, 0x1E00, 0x1F15) ||
           in(c, 0x1F18, 0x1FBC) || in(c, 0x3041, 0x3096) || in(c, 0x30A1, 0x30FA) ||
           in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) || in(c, 0xAC00, 0xD7A3) ||
           in(c, 0xFF21, 0xFF3A) || in(c, 0xFF41, 0xFF5A) || in(c, 0x20000, 0x2A6DF);
}

int decimalValue(char32_t c) {
    if (in(c, '0', '9')) return static_cast<int>(c - '0');
    for (char32_t zero : {0x660u, 0x6F0u, 0x966u, 0x9E6u, 0xE50u, 0xFF10u}) {
        if (in(c, zero, zero + 9)) return static_cast<int>(c - zero);
    }
    return -1;
}

bool isDecimal(char32_t c) { return decimalValue(c) >= 0; }

bool isDigit(char32_t c) {
    return isDecimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || in(c, 0x2074, 0x2079) ||
           in(c, 0x2080, 0x2089) || in(c, 0x2460, 0x2468) || in(c, 0x2474, 0x247C) ||
           in(c, 0x2488, 0x2490) || c == 0x24EA || in(c, 0x2776, 0x277E) || in(c, 0x2780, 0x2788) ||
           in(c, 0x278A, 0x2792);
}

bool isNumeric(char32_t c) {
    if (isDigit(c)) return true;
    if (in(c, 0xBC, 0xBE) || in(c, 0x2150, 0x2182) || in(c, 0x2185, 0x2189) || in(c, 0x2469, 0x2473) ||
        in(c, 0x247D, 0x2487) || in(c, 0x2491, 0x249B) || c == 0x3007 || in(c, 0x3021, 0x3029)) {
        return true;
    }
    switch (c) {  // CJK numerals 一二三四五六七八九十百千万億零兆
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:
    case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343: case 0x4E07: case 0x5104:
    case 0x96F6: case 0x5146:
        return true;
    default:
        return false;
    }
}

bool isAlnum(char32_t c) { return isAlpha(c) || isNumeric(c); }

bool isPrintable(char32_t c) {
    if (c < 0x20 || c == 0x7F) return false;
    if (c < 0x7F) return true;
    if (in(c, 0x80, 0xA0) || c == 0xAD) return false;  // C1 controls, NBSP (Zs), soft hyphen (Cf)
    if (c == 0x1680 || in(c, 0x2000, 0x200F) || in(c, 0x2028, 0x202F) || in(c, 0x205F, 0x206F) ||
        c == 0x3000 || c == 0xFEFF || in(c, 0xFFF0, 0xFFFB) || c == 0xFFFE || c == 0xFFFF) {
        return false;
    }
    if (in(c, 0xD800, 0xF8FF) || in(c, 0xE0000, 0xE0FFF) || c >= 0xF0000) return false;  // surrogates, private use, tags
    if (in(c, 0x378, 0x379) || in(c, 0x380, 0x383) || c == 0x38B || c == 0x38D || c == 0x3A2) return false;
    if (c > 0x10FFFF) return false;
    return true;
}

char32_t toUpper(char32_t c) {
    char32_t u = upperOf(c);
    return u != 0 ? u : c;
}

char32_t toLower(char32_t c) {
    char32_t l = lowerOf(c);
    return l != 0 ? l : c;
}

void appendUpper(std::u32string& out, char32_t c) {
    if (c == 0xDF) {
        out += U"SS";
    } else if (c == 0x149) {
        out += U"\u02BCN";
    } else {
        out.push_back(toUpper(c));
    }
}

void appendLower(std::u32string& out, char32_t c) {
    if (c == 0x130) {
        out += U"i\u0307";
    } else {
        out.push_back(toLower(c));
    }
}

void appendTitle(std::u32string& out, char32_t c) {
    if (c == 0xDF) {
        out += U"Ss";
    } else if (c == 0x149) {
        out += U"\u02BCN";
    } else {
        out.push_back(toUpper(c));
    }
}

void appendFold(std::u32string& out, char32_t c) {
    switch (c) {
    case 0xDF: out += U"ss"; break;
    case 0x17F: out.push_back(U's'); break;
    case 0xB5: out.push_back(0x3BC); break;
    case 0x3C2: out.push_back(0x3C3); break;
    case 0x130: out += U"i\u0307"; break;
    default: out.push_back(toLower(c)); break;
    }
}

}  // namespace il::text
