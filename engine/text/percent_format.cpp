// printf-style formatting (str % args).
#include "engine/text/percent_format.hpp"

#include <cstdio>

#include "engine/text/float_repr.hpp"
#include "engine/text/format_spec.hpp"
#include "engine/text/utf8.hpp"

namespace il::text {

bool PercentSpec::supported() const {
    switch (type) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f':
    case 'F': case 'g': case 'G': case 'c': case 'r': case 's': case 'a':
        return true;
    default:
        return false;
    }
}

Error PercentSpec::unsupportedError() const {
    char buf[96];
    if (type > 32 && type < 127) {
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                      static_cast<char>(type), static_cast<unsigned>(type), typeIndex);
        return valueError(buf);
    }
    std::string ch = encodeUtf8(type);
    std::snprintf(buf, sizeof buf, "' (0x%x) at index %zu", static_cast<unsigned>(type), typeIndex);
    return valueError("unsupported format character '" + ch + buf);
}

std::vector<PercentPiece> parsePercentFormat(std::string_view fmt) {
    const std::u32string cps = decodeAll(fmt);
    std::vector<PercentPiece> pieces;
    std::u32string literal;
    auto flushLiteral = [&]() {
        if (literal.empty()) return;
        PercentPiece p;
        p.text = encodeAll(literal);
        pieces.push_back(std::move(p));
        literal.clear();
    };
    size_t i = 0;
    const size_t n = cps.size();
    while (i < n) {
        if (cps[i] != '%') {
            literal.push_back(cps[i++]);
            continue;
        }
        ++i;
        if (i < n && cps[i] == '%') {
            literal.push_back('%');
            ++i;
            continue;
        }
        flushLiteral();
        PercentPiece piece;
        piece.literal = false;
        PercentSpec& s = piece.spec;
        auto incomplete = [&](const char* msg) {
            s.incomplete = valueError(msg);
            pieces.push_back(piece);
        };
        if (i < n && cps[i] == '(') {
            int depth = 1;
            size_t start = ++i;
            while (i < n && depth > 0) {
                if (cps[i] == '(') ++depth;
                else if (cps[i] == ')') --depth;
                ++i;
            }
            if (depth > 0) {
                incomplete("incomplete format key");
                return pieces;
            }
            s.hasKey = true;
            s.key = encodeAll(std::u32string_view(cps).substr(start, i - 1 - start));
        }
        for (; i < n; ++i) {
            const char32_t c = cps[i];
            if (c == '-') s.left = true;
            else if (c == '+') s.sign = '+';
            else if (c == ' ') {
                if (s.sign != '+') s.sign = ' ';
            } else if (c == '#') s.alternate = true;
            else if (c == '0') s.zero = true;
            else break;
        }
        if (i < n && cps[i] == '*') {
            s.widthStar = true;
            ++i;
        } else {
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                s.width = (s.width < 0 ? 0 : s.width) * 10 + static_cast<int64_t>(cps[i] - '0');
                ++i;
            }
        }
        if (i < n && cps[i] == '.') {
            ++i;
            s.precision = 0;
            if (i < n && cps[i] == '*') {
                s.precisionStar = true;
                ++i;
            } else {
                while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                    s.precision = s.precision * 10 + static_cast<int64_t>(cps[i] - '0');
                    ++i;
                }
            }
        }
        while (i < n && (cps[i] == 'h' || cps[i] == 'l' || cps[i] == 'L')) ++i;  // length modifiers
        if (i >= n) {
            incomplete("incomplete format");
            return pieces;
        }
        s.type = cps[i];
        s.typeIndex = i;
        ++i;
        pieces.push_back(std::move(piece));
    }
    flushLiteral();
    return pieces;
}

namespace {

// Pads "sign + prefix + body" to the width: zeros after sign/prefix with '0', else spaces.
std::string padNumber(std::string_view sign, std::string_view prefix, std::string_view body, const PercentSpec& s) {
    const int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + body.size());
    std::string out;
    if (s.width <= len) {
        out.append(sign).append(prefix).append(body);
        return out;
    }
    const size_t pad = static_cast<size_t>(s.width - len);
    if (s.left) {
        out.append(sign).append(prefix).append(body).append(pad, ' ');
    } else if (s.zero) {
        out.append(sign).append(prefix).append(pad, '0').append(body);
    } else {
        out.append(pad, ' ').append(sign).append(prefix).append(body);
    }
    return out;
}

}  // namespace

std::string percentInt(int64_t v, const PercentSpec& s) {
    const uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    int base = 10;
    const char* prefix = "";
    if (s.type == 'o') {
        base = 8;
        prefix = "0o";
    } else if (s.type == 'x' || s.type == 'X') {
        base = 16;
        prefix = s.type == 'X' ? "0X" : "0x";
    }
    std::string digits = intToBase(m, base);
    if (s.type == 'X') {
        for (char& c : digits) {
            if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 32);
        }
    }
    if (s.precision > static_cast<int64_t>(digits.size())) {
        digits.insert(0, static_cast<size_t>(s.precision) - digits.size(), '0');
    }
    std::string_view sign = v < 0 ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
    return padNumber(sign, s.alternate ? prefix : "", digits, s);
}

std::string percentFloat(double v, const PercentSpec& s) {
    const int precision = s.precision < 0 ? 6 : static_cast<int>(s.precision);
    std::string body = formatDouble(v, static_cast<char>(s.type), precision, s.alternate ? kDtsfAlt : kDtsfNone);
    std::string_view sign;
    std::string_view digits = body;
    if (!digits.empty() && digits[0] == '-') {
        sign = "-";
        digits.remove_prefix(1);
    } else if (s.sign == '+') {
        sign = "+";
    } else if (s.sign == ' ') {
        sign = " ";
    }
    return padNumber(sign, "", digits, s);
}

std::string percentStr(std::string_view text, const PercentSpec& s) {
    std::string_view t = text;
    if (s.precision >= 0 && static_cast<size_t>(s.precision) < codePointCount(t)) {
        t = substrCodePoints(t, 0, static_cast<size_t>(s.precision));
    }
    return padAligned(t, s.width, s.left ? '<' : '>', ' ');
}

}  // namespace il::text
