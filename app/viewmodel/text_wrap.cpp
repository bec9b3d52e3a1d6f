#include "app/viewmodel/text_wrap.hpp"

#include <algorithm>
#include <cstdint>

namespace il::viewmodel {

namespace {

// The byte length of the UTF-8 character starting with byte `c` (1 for a stray byte).
size_t charLength(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

uint32_t codePoint(std::string_view s) {
    const auto b = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i])); };
    switch (s.size()) {
        case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        case 4: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
        default: return b(0);
    }
}

// CJK scripts and their punctuation (U+2E80 on, and the full-width forms): a line may break
// on either side of each such character.
bool breaksAround(uint32_t cp) { return cp >= 0x2E80; }

// Closing punctuation that must not begin a line.
bool closing(uint32_t cp) {
    switch (cp) {
        case 0x3001: case 0x3002: case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0xFF01: case 0xFF1F:  // 、。，：；！？
        case 0xFF09: case 0x300D: case 0x300F: case 0x201D: case 0x2019: case 0x3011: case 0x300B:  // ）」』”’】》
            return true;
        default: return false;
    }
}

}  // namespace

std::vector<std::string_view> wrapText(std::string_view text, float width, const TextMeasure& measure) {
    std::vector<std::string_view> lines;
    const float spaceW = measure(" ");
    size_t lineStart = 0, lineEnd = 0;  // the line so far: [lineStart, lineEnd), spaces at its end excluded
    float lineW = 0;
    bool lineEmpty = true;
    size_t i = 0;
    const auto breakLine = [&](size_t next) {
        lines.push_back(text.substr(lineStart, lineEnd - lineStart));
        lineStart = lineEnd = next;
        lineW = 0;
        lineEmpty = true;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            breakLine(i + 1);
            ++i;
            continue;
        }
        if (c == ' ') {
            ++i;
            continue;  // counted when the next token joins the line
        }
        // The next token: one CJK character, or a run of other characters up to a space, a
        // newline or a CJK character.
        size_t end = i;
        uint32_t cp = 0;
        const size_t first = charLength(static_cast<unsigned char>(text[i]));
        cp = codePoint(text.substr(i, first));
        if (breaksAround(cp)) {
            end = i + first;
        } else {
            while (end < text.size() && text[end] != ' ' && text[end] != '\n') {
                const size_t n = charLength(static_cast<unsigned char>(text[end]));
                if (breaksAround(codePoint(text.substr(end, n)))) break;
                end += n;
            }
        }
        end = std::min(end, text.size());
        const std::string_view token = text.substr(i, end - i);
        const float gap = lineEmpty ? 0.0f : spaceW * static_cast<float>(i - lineEnd);
        const float w = measure(token);
        const bool fits = lineW + gap + w <= width;
        if (fits || (!lineEmpty && breaksAround(cp) && closing(cp))) {
            lineW += gap + w;
            lineEnd = end;
            lineEmpty = false;
            i = end;
            continue;
        }
        if (!lineEmpty) breakLine(i);  // the token begins the next line
        if (w <= width) {
            lineW = w;
            lineEnd = end;
            lineEmpty = false;
            i = end;
            continue;
        }
        // A word wider than a whole line: as many characters as fit (at least one), then the rest.
        size_t cut = i;
        float cw = 0;
        while (cut < end) {
            const size_t n = charLength(static_cast<unsigned char>(text[cut]));
            const float nw = measure(text.substr(cut, n));
            if (cut > i && cw + nw > width) break;
            cw += nw;
            cut += n;
        }
        lineEnd = std::min(cut, text.size());
        breakLine(lineEnd);
        i = lineEnd;
    }
    if (!lineEmpty || lines.empty()) lines.push_back(text.substr(lineStart, lineEnd - lineStart));
    return lines;
}

}  // namespace il::viewmodel
