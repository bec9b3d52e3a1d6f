// str.find / rfind / index / rindex / count / startswith / endswith with code point bounds.
#include "engine/text/str_methods.hpp"
#include "engine/text/utf8.hpp"

namespace il::text {
namespace {

// CPython's ADJUST_INDICES: end clamped to [0, len], start made non-negative (not clamped up).
void adjust(int64_t& start, int64_t& end, int64_t len) {
    if (end > len) {
        end = len;
    } else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
}

// The search window s[start:end] (code points, adjusted, start <= end <= len) as bytes.
struct Window {
    std::string_view text;  // the bytes of s[start:end]
    int64_t start;          // its first code point index
};

Window window(std::string_view s, int64_t start, int64_t end, bool ascii) {
    if (ascii) return {s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)), start};
    return {substrCodePoints(s, static_cast<size_t>(start), static_cast<size_t>(end)), start};
}

int64_t cpIndex(const Window& w, size_t byte, bool ascii) {
    return w.start + static_cast<int64_t>(ascii ? byte : codePointCount(w.text.substr(0, byte)));
}

int64_t findImpl(std::string_view s, std::string_view sub, int64_t start, int64_t end, bool reverse) {
    const bool ascii = isAscii(s);
    const int64_t len = static_cast<int64_t>(ascii ? s.size() : codePointCount(s));
    const int64_t subLen = static_cast<int64_t>(codePointCount(sub));
    adjust(start, end, len);
    if (end - start < subLen) return -1;
    Window w = window(s, start, end, ascii);
    size_t at = reverse ? w.text.rfind(sub) : w.text.find(sub);
    if (at == std::string_view::npos) return -1;
    return cpIndex(w, at, ascii);
}

}  // namespace

int64_t find(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
    return findImpl(s, sub, start, end, false);
}

int64_t rfind(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
    return findImpl(s, sub, start, end, true);
}

Result<int64_t> index(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
    int64_t i = find(s, sub, start, end);
    if (i < 0) return valueError("substring not found");
    return i;
}

Result<int64_t> rindex(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
    int64_t i = rfind(s, sub, start, end);
    if (i < 0) return valueError("substring not found");
    return i;
}

int64_t count(std::string_view s, std::string_view sub, int64_t start, int64_t end) {
    const bool ascii = isAscii(s);
    const int64_t len = static_cast<int64_t>(ascii ? s.size() : codePointCount(s));
    adjust(start, end, len);
    if (end < start) return 0;
    if (sub.empty()) return end - start + 1;
    Window w = window(s, start, end, ascii);
    int64_t n = 0;
    size_t pos = 0;
    while ((pos = w.text.find(sub, pos)) != std::string_view::npos) {
        ++n;
        pos += sub.size();
    }
    return n;
}

namespace {

bool tailMatch(std::string_view s, std::string_view sub, int64_t start, int64_t end, bool atEnd) {
    const bool ascii = isAscii(s);
    const int64_t len = static_cast<int64_t>(ascii ? s.size() : codePointCount(s));
    adjust(start, end, len);
    const int64_t subLen = static_cast<int64_t>(codePointCount(sub));
    if (end - subLen < start) return false;
    if (subLen == 0) return true;
    Window w = window(s, start, end, ascii);
    if (w.text.size() < sub.size()) return false;
    return atEnd ? w.text.substr(w.text.size() - sub.size()) == sub : w.text.substr(0, sub.size()) == sub;
}

}  // namespace

bool startswith(std::string_view s, std::string_view prefix, int64_t start, int64_t end) {
    return tailMatch(s, prefix, start, end, false);
}

bool endswith(std::string_view s, std::string_view suffix, int64_t start, int64_t end) {
    return tailMatch(s, suffix, start, end, true);
}

bool contains(std::string_view s, std::string_view sub) { return s.find(sub) != std::string_view::npos; }

}  // namespace il::text
