// repr() and ascii() of a str (CPython's unicode_repr).
#include "engine/text/str_repr.hpp"

#include <cstdio>

#include "engine/text/utf8.hpp"

namespace il::text {
namespace {

void appendEscape(std::string& out, char32_t c) {
    char buf[16];
    if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
    else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
    else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
    out += buf;
}

std::string reprImpl(std::string_view s, bool asciiOnly) {
    bool hasSingle = false, hasDouble = false;
    for (char c : s) {
        if (c == '\'') hasSingle = true;
        else if (c == '"') hasDouble = true;
    }
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(quote);
    size_t pos = 0;
    while (pos < s.size()) {
        const size_t start = pos;
        const char32_t c = decodeAt(s, pos);
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            appendEscape(out, c);
        } else if (c < 0x7F) {
            out.push_back(static_cast<char>(c));
        } else if (asciiOnly || !isPrintable(c)) {
            appendEscape(out, c);
        } else {
            out.append(s.substr(start, pos - start));
        }
    }
    out.push_back(quote);
    return out;
}

}  // namespace

std::string reprStr(std::string_view s) { return reprImpl(s, false); }
std::string asciiRepr(std::string_view s) { return reprImpl(s, true); }

}  // namespace il::text
