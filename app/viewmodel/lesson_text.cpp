#include "app/viewmodel/lesson_text.hpp"

#include "app/viewmodel/console_lines.hpp"

namespace il::viewmodel {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool isAscii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// A heading is a short line of its own ending with ':' or the full-width '：'.
std::optional<std::string_view> headingText(std::string_view line) {
    constexpr std::string_view kWideColon = "\xEF\xBC\x9A";
    constexpr size_t kMaxHeading = 48;
    if (line.size() > kMaxHeading) return std::nullopt;
    if (line.ends_with(kWideColon)) return line.substr(0, line.size() - kWideColon.size());
    if (line.ends_with(':')) return line.substr(0, line.size() - 1);
    return std::nullopt;
}

// Joins a wrapped line onto a block: a space between English words, none next to Chinese.
void join(std::string& text, std::string_view more) {
    if (!text.empty() && !more.empty() && isAscii(text.back()) && isAscii(more.front())) text += ' ';
    text += more;
}

void unescapeInto(std::string_view body, bool raw, std::string& out) {
    for (size_t i = 0; i < body.size(); ++i) {
        if (raw || body[i] != '\\' || i + 1 >= body.size()) {
            out += body[i];
            continue;
        }
        const char next = body[++i];
        switch (next) {
            case '\n': break;  // a backslash at the end of a line joins the lines
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case '\\':
            case '\'':
            case '"': out += next; break;
            default:
                out += '\\';
                out += next;
        }
    }
}

}  // namespace

std::optional<std::string> moduleDocstring(std::string_view source) {
    size_t i = 0;
    if (source.starts_with("\xEF\xBB\xBF")) i = 3;  // a UTF-8 byte order mark
    // Skip blank lines and comments (#!, coding lines) before the first statement.
    while (i < source.size()) {
        const char c = source[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
        } else if (c == '#') {
            const size_t nl = source.find('\n', i);
            i = nl == std::string_view::npos ? source.size() : nl + 1;
        } else {
            break;
        }
    }
    bool raw = false;
    if (i < source.size() && (source[i] == 'r' || source[i] == 'R')) {
        raw = true;
        ++i;
    }
    for (std::string_view quote : {std::string_view("\"\"\""), std::string_view("'''"), std::string_view("\""),
                                   std::string_view("'")}) {
        if (source.substr(i, quote.size()) != quote) continue;
        const size_t begin = i + quote.size();
        size_t end = begin;
        // The closing quote, skipping escaped characters.
        while (end < source.size() && source.substr(end, quote.size()) != quote) {
            if (quote.size() == 1 && source[end] == '\n') return std::nullopt;
            end += (!raw && source[end] == '\\') ? 2 : 1;
        }
        if (end >= source.size()) return std::nullopt;
        std::string out;
        unescapeInto(source.substr(begin, end - begin), raw, out);
        return out;
    }
    return std::nullopt;
}

Lesson lessonText(std::string_view docstring, std::string_view language) {
    std::vector<std::string_view> lines = splitLines(docstring);
    size_t from = 0, to = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (trimmed(lines[i]) != "---zh---") continue;
        if (language == "zh") from = i + 1;
        else to = i;
        break;
    }
    Lesson lesson;
    bool inBlock = false;  // the last block may take continuation lines
    for (size_t i = from; i < to; ++i) {
        const std::string_view raw = lines[i];
        const std::string_view line = trimmed(raw);
        if (line.empty()) {
            inBlock = false;
            continue;
        }
        if (lesson.title.empty()) {
            lesson.title = std::string(line);
            continue;
        }
        const bool indented = raw.front() == ' ' || raw.front() == '\t';
        if (line.starts_with("- ") || line.starts_with("* ")) {
            lesson.blocks.push_back(LessonBlock{BlockKind::Bullet, std::string(trimmed(line.substr(2)))});
            inBlock = true;
            continue;
        }
        LessonBlock* last = lesson.blocks.empty() ? nullptr : &lesson.blocks.back();
        const bool continues = inBlock && last != nullptr && last->kind != BlockKind::Heading &&
                               (last->kind == BlockKind::Paragraph || indented);
        if (continues) {
            join(last->text, line);
            continue;
        }
        if (const auto heading = headingText(line)) {
            lesson.blocks.push_back(LessonBlock{BlockKind::Heading, std::string(trimmed(*heading))});
            inBlock = false;
            continue;
        }
        lesson.blocks.push_back(LessonBlock{BlockKind::Paragraph, std::string(line)});
        inBlock = true;
    }
    return lesson;
}

}  // namespace il::viewmodel
