// str.split / rsplit / splitlines / partition / join / strip / replace.
#include <algorithm>

#include "engine/text/str_methods.hpp"
#include "engine/text/utf8.hpp"

namespace il::text {
namespace {

// Byte ranges of the code points of `s` that are white space, walked with a decoder.
bool spaceAt(std::string_view s, size_t pos, size_t& next) {
    next = pos;
    return isSpace(decodeAt(s, next));
}

// The start of the code point that ends at byte `end` (end > 0).
size_t prevStart(std::string_view s, size_t end) {
    size_t p = end - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    return p;
}

bool spaceBefore(std::string_view s, size_t end, size_t& start) {
    start = prevStart(s, end);
    size_t pos = start;
    return isSpace(decodeAt(s, pos));
}

}  // namespace

std::vector<std::string> splitWhitespace(std::string_view s, int64_t maxsplit) {
    std::vector<std::string> out;
    size_t i = 0, next = 0;
    const size_t n = s.size();
    int64_t left = maxsplit < 0 ? std::numeric_limits<int64_t>::max() : maxsplit;
    while (left-- > 0) {
        while (i < n && spaceAt(s, i, next)) i = next;
        if (i == n) break;
        size_t j = i;
        while (i < n && !spaceAt(s, i, next)) i = next;
        out.emplace_back(s.substr(j, i - j));
    }
    if (i < n) {
        while (i < n && spaceAt(s, i, next)) i = next;
        if (i != n) out.emplace_back(s.substr(i));
    }
    return out;
}

std::vector<std::string> rsplitWhitespace(std::string_view s, int64_t maxsplit) {
    std::vector<std::string> out;
    size_t i = s.size(), start = 0;
    int64_t left = maxsplit < 0 ? std::numeric_limits<int64_t>::max() : maxsplit;
    while (left-- > 0) {
        while (i > 0 && spaceBefore(s, i, start)) i = start;
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !spaceBefore(s, i, start)) i = start;
        out.emplace_back(s.substr(i, j - i));
    }
    if (i > 0) {
        while (i > 0 && spaceBefore(s, i, start)) i = start;
        if (i != 0) out.emplace_back(s.substr(0, i));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Result<std::vector<std::string>> split(std::string_view s, std::string_view sep, int64_t maxsplit) {
    if (sep.empty()) return valueError("empty separator");
    std::vector<std::string> out;
    int64_t left = maxsplit < 0 ? std::numeric_limits<int64_t>::max() : maxsplit;
    size_t i = 0;
    while (left-- > 0) {
        size_t j = s.find(sep, i);
        if (j == std::string_view::npos) break;
        out.emplace_back(s.substr(i, j - i));
        i = j + sep.size();
    }
    out.emplace_back(s.substr(i));
    return out;
}

Result<std::vector<std::string>> rsplit(std::string_view s, std::string_view sep, int64_t maxsplit) {
    if (sep.empty()) return valueError("empty separator");
    std::vector<std::string> out;
    int64_t left = maxsplit < 0 ? std::numeric_limits<int64_t>::max() : maxsplit;
    size_t end = s.size();
    while (left-- > 0 && end >= sep.size()) {
        size_t j = s.substr(0, end).rfind(sep);
        if (j == std::string_view::npos) break;
        out.emplace_back(s.substr(j + sep.size(), end - j - sep.size()));
        end = j;
    }
    out.emplace_back(s.substr(0, end));
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<std::string> splitlines(std::string_view s, bool keepends) {
    std::vector<std::string> out;
    size_t i = 0, lineStart = 0;
    while (i < s.size()) {
        size_t next = i;
        char32_t c = decodeAt(s, next);
        if (!isLineBreak(c)) {
            i = next;
            continue;
        }
        size_t eol = i;
        if (c == '\r' && next < s.size() && s[next] == '\n') ++next;
        out.emplace_back(s.substr(lineStart, (keepends ? next : eol) - lineStart));
        i = lineStart = next;
    }
    if (lineStart < s.size()) out.emplace_back(s.substr(lineStart));
    return out;
}

Result<std::array<std::string, 3>> partition(std::string_view s, std::string_view sep) {
    if (sep.empty()) return valueError("empty separator");
    size_t j = s.find(sep);
    if (j == std::string_view::npos) return std::array<std::string, 3>{std::string(s), "", ""};
    return std::array<std::string, 3>{std::string(s.substr(0, j)), std::string(sep), std::string(s.substr(j + sep.size()))};
}

Result<std::array<std::string, 3>> rpartition(std::string_view s, std::string_view sep) {
    if (sep.empty()) return valueError("empty separator");
    size_t j = s.rfind(sep);
    if (j == std::string_view::npos) return std::array<std::string, 3>{"", "", std::string(s)};
    return std::array<std::string, 3>{std::string(s.substr(0, j)), std::string(sep), std::string(s.substr(j + sep.size()))};
}

std::string join(std::string_view sep, const std::vector<std::string_view>& parts) {
    size_t total = parts.empty() ? 0 : sep.size() * (parts.size() - 1);
    for (auto p : parts) total += p.size();
    std::string out;
    out.reserve(total);
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += sep;
        out += parts[i];
    }
    return out;
}

namespace {

template <class Pred>
std::string_view stripIf(std::string_view s, StripSide side, Pred inSet) {
    size_t begin = 0, end = s.size();
    if (side != StripSide::Right) {
        while (begin < end) {
            size_t next = begin;
            if (!inSet(decodeAt(s, next))) break;
            begin = next;
        }
    }
    if (side != StripSide::Left) {
        while (end > begin) {
            size_t start = prevStart(s, end);
            size_t pos = start;
            if (!inSet(decodeAt(s, pos))) break;
            end = start;
        }
    }
    return s.substr(begin, end - begin);
}

}  // namespace

std::string_view strip(std::string_view s, StripSide side) {
    return stripIf(s, side, [](char32_t c) { return isSpace(c); });
}

std::string_view stripChars(std::string_view s, std::string_view chars, StripSide side) {
    const std::u32string set = decodeAll(chars);
    return stripIf(s, side, [&](char32_t c) { return set.find(c) != std::u32string::npos; });
}

std::string replace(std::string_view s, std::string_view old, std::string_view with, int64_t count) {
    if (count < 0) count = std::numeric_limits<int64_t>::max();
    std::string out;
    if (old.empty()) {
        size_t pos = 0;
        while (pos < s.size() && count > 0) {
            out += with;
            --count;
            size_t start = pos;
            (void)decodeAt(s, pos);
            out += s.substr(start, pos - start);
        }
        if (pos < s.size()) out += s.substr(pos);
        else if (count > 0) out += with;
        return out;
    }
    size_t i = 0;
    while (count > 0) {
        size_t j = s.find(old, i);
        if (j == std::string_view::npos) break;
        out += s.substr(i, j - i);
        out += with;
        i = j + old.size();
        --count;
    }
    out += s.substr(i);
    return out;
}

std::string_view removePrefix(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix ? s.substr(prefix.size()) : s;
}

std::string_view removeSuffix(std::string_view s, std::string_view suffix) {
    if (suffix.empty() || s.size() < suffix.size()) return s;
    return s.substr(s.size() - suffix.size()) == suffix ? s.substr(0, s.size() - suffix.size()) : s;
}

std::string repeat(std::string_view s, int64_t n) {
    std::string out;
    if (n <= 0) return out;
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace il::text
