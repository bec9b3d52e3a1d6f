#include "engine/script/string_escapes.hpp"

#include "engine/script/utf8_scan.hpp"

namespace il::script {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads exactly `n` hex digits at body[i]; -1 if they are not all there.
long readHex(std::string_view body, size_t i, size_t n) {
    if (i + n > body.size()) return -1;
    long v = 0;
    for (size_t k = 0; k < n; ++k) {
        int h = hexValue(body[i + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

EscapeError truncated(size_t at, const char* form, size_t digits) {
    return {at, std::string("truncated ") + form + " escape",
            "write " + std::string(form).substr(0, 2) + " followed by exactly " +
                std::to_string(digits) + " hex digits"};
}

}  // namespace

std::optional<EscapeError> decodeBody(std::string_view body, bool raw, std::string& out) {
    size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n') {
            ++i;  // "\r\n" is one newline, as CPython reads it
            continue;
        }
        if (c != '\\' || raw) {
            out += c;
            ++i;
            continue;
        }
        size_t at = i;
        if (i + 1 >= body.size()) {  // cannot happen for a terminated literal; keep it verbatim
            out += c;
            ++i;
            continue;
        }
        char e = body[i + 1];
        i += 2;
        switch (e) {
            case '\n': break;  // backslash-newline joins the lines
            case '\r':
                if (i < body.size() && body[i] == '\n') ++i;
                break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case 'x': {
                long v = readHex(body, i, 2);
                if (v < 0) return truncated(at, "\\xXX", 2);
                utf8::append(out, static_cast<char32_t>(v));
                i += 2;
                break;
            }
            case 'u':
            case 'U': {
                size_t n = e == 'u' ? 4 : 8;
                long v = readHex(body, i, n);
                if (v < 0) return truncated(at, e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX", n);
                if (v > 0x10FFFF) return EscapeError{at, "illegal Unicode character", "the largest code point is \\U0010ffff"};
                if (v >= 0xD800 && v <= 0xDFFF) {
                    return EscapeError{at, "unsupported: lone surrogate escapes (Interleave runs a subset of Python)",
                                       "Interleave strings are UTF-8 and cannot hold a lone surrogate"};
                }
                utf8::append(out, static_cast<char32_t>(v));
                i += n;
                break;
            }
            case 'N':
                return EscapeError{at, "unsupported: \\N{...} escapes (Interleave runs a subset of Python)",
                                   "write the character itself, or use \\u with its code point"};
            default:
                if (e >= '0' && e <= '7') {
                    unsigned v = static_cast<unsigned>(e - '0');
                    for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) {
                        v = v * 8 + static_cast<unsigned>(body[i++] - '0');
                    }
                    utf8::append(out, v);
                } else {
                    out += '\\';  // unknown escapes stay as written, like CPython
                    i -= 1;
                }
        }
    }
    return std::nullopt;
}

}  // namespace il::script
