// str.format() template parsing, following CPython's MarkupIterator / parse_field /
// field_name_split.
#include "engine/text/format_template.hpp"

#include <cstdio>

#include "engine/text/utf8.hpp"

namespace il::text {
namespace {

enum class AutoState : uint8_t { Init, Auto, Manual };

struct Parser {
    AutoState state = AutoState::Init;
    int64_t nextAuto = 0;

    // All-digit text → its value; -1 if not all digits (or empty); -2 on overflow.
    static int64_t integerOf(std::u32string_view s) {
        if (s.empty()) return -1;
        int64_t acc = 0;
        for (char32_t c : s) {
            int d = decimalValue(c);
            if (d < 0) return -1;
            if (acc > (INT64_MAX - d) / 10) return -2;
            acc = acc * 10 + d;
        }
        return acc;
    }

    // Splits "first.attr[key]..." into the piece's argIndex/argName and accessors.
    std::optional<Error> fieldName(std::u32string_view name, TemplatePiece& out) {
        size_t i = 0;
        while (i < name.size() && name[i] != '[' && name[i] != '.') ++i;
        std::u32string_view first = name.substr(0, i);
        int64_t idx = integerOf(first);
        if (idx == -2) return valueError("Too many decimal digits in format string");
        const bool empty = first.empty();
        const bool numeric = empty || idx != -1;
        if (state == AutoState::Init && numeric) state = empty ? AutoState::Auto : AutoState::Manual;
        if (numeric) {
            if (state == AutoState::Manual && empty) {
                return valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (state == AutoState::Auto && !empty) {
                return valueError("cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) idx = nextAuto++;
        if (idx >= 0) out.argIndex = idx;
        else out.argName = encodeAll(first);
        while (i < name.size()) {
            FieldAccessor acc;
            const char32_t c = name[i++];
            size_t start = i;
            if (c == '.') {
                acc.isAttribute = true;
                while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
                acc.name = encodeAll(name.substr(start, i - start));
            } else if (c == '[') {
                while (i < name.size() && name[i] != ']') ++i;
                if (i >= name.size()) return valueError("Missing ']' in format string");
                acc.name = encodeAll(name.substr(start, i - start));
                ++i;
            } else {
                return valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (acc.name.empty()) return valueError("Empty attribute in format string");
            int64_t key = integerOf(decodeAll(acc.name));
            if (key == -2) return valueError("Too many decimal digits in format string");
            acc.index = key;
            out.accessors.push_back(std::move(acc));
        }
        return std::nullopt;
    }

    // CPython's parse_field(): reads a field starting just after its '{' up to and including
    // its closing '}', advancing `i`.
    std::optional<Error> field(std::u32string_view s, size_t& i, int depth, TemplatePiece& out) {
        out.literal = false;
        const size_t nameStart = i;
        char32_t c = 0;
        while (i < s.size()) {
            c = s[i++];
            if (c == '{') return valueError("unexpected '{' in field name");
            if (c == '[') {
                while (i < s.size() && s[i] != ']') ++i;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        const std::u32string_view name = s.substr(nameStart, i - 1 - nameStart);
        std::u32string_view spec;
        bool nested = false;
        if (c == '!' || c == ':') {
            bool done = false;
            if (c == '!') {
                if (i >= s.size()) return valueError("end of string while looking for conversion specifier");
                out.conversion = s[i++];
                if (i < s.size()) {
                    const char32_t after = s[i++];
                    if (after == '}') done = true;
                    else if (after != ':') return valueError("expected ':' after conversion specifier");
                }
            }
            if (!done) {
                const size_t specStart = i;
                int count = 1;
                while (i < s.size() && count > 0) {
                    const char32_t d = s[i++];
                    if (d == '{') {
                        nested = true;
                        ++count;
                    } else if (d == '}') {
                        --count;
                    }
                }
                if (count != 0) return valueError("unmatched '{' in format spec");
                spec = s.substr(specStart, i - 1 - specStart);
            }
        } else if (c != '}') {
            return valueError("expected '}' before end of string");
        }
        if (auto err = fieldName(name, out)) return err;
        if (nested) {
            if (depth <= 1) return valueError("Max string recursion exceeded");
            FormatTemplate sub;
            parse(spec, depth - 1, sub);
            out.specNested = true;
            out.specPieces = std::move(sub.pieces);
            if (sub.error) return sub.error;
        } else {
            out.spec = encodeAll(spec);
        }
        return std::nullopt;
    }

    void parse(std::u32string_view s, int depth, FormatTemplate& out) {
        size_t i = 0;
        std::u32string literal;
        auto flush = [&]() {
            if (literal.empty()) return;
            TemplatePiece p;
            p.text = encodeAll(literal);
            out.pieces.push_back(std::move(p));
            literal.clear();
        };
        while (i < s.size()) {
            const char32_t c = s[i++];
            if (c != '{' && c != '}') {
                literal.push_back(c);
                continue;
            }
            const bool atEnd = i >= s.size();
            if (c == '}' && (atEnd || s[i] != '}')) {
                flush();
                out.error = valueError("Single '}' encountered in format string");
                return;
            }
            if (atEnd && c == '{') {
                flush();
                out.error = valueError("Single '{' encountered in format string");
                return;
            }
            if (s[i] == c) {  // "{{" or "}}"
                literal.push_back(c);
                ++i;
                continue;
            }
            flush();
            TemplatePiece piece;
            if (auto err = field(s, i, depth, piece)) {
                out.error = err;
                return;
            }
            out.pieces.push_back(std::move(piece));
        }
        flush();
    }
};

}  // namespace

FormatTemplate parseFormatTemplate(std::string_view fmt) {
    FormatTemplate out;
    const std::u32string cps = decodeAll(fmt);
    Parser p;
    p.parse(cps, 2, out);
    return out;
}

std::optional<Error> conversionError(char32_t conversion) {
    if (conversion == 0 || conversion == 'r' || conversion == 's' || conversion == 'a') return std::nullopt;
    char buf[64];
    if (conversion > 32 && conversion < 127) {
        std::snprintf(buf, sizeof buf, "Unknown conversion specifier %c", static_cast<char>(conversion));
    } else {
        std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x", static_cast<unsigned>(conversion));
    }
    return valueError(buf);
}

std::string replacementIndexError(int64_t index) {
    return "Replacement index " + std::to_string(index) + " out of range for positional args tuple";
}

}  // namespace il::text
