#include "app/viewmodel/code_view.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "engine/script/lexer.hpp"

namespace il::viewmodel {
namespace {

using script::Token;
using script::TokenKind;

// Names Python has without an import that scenarios use; coloured so a learner sees which
// words are the language's and which are the scenario's own.
constexpr std::array<std::string_view, 26> kBuiltins = {
    "print", "range", "len", "list", "dict", "set", "tuple", "int", "float", "str", "bool", "sum", "min",
    "max", "sorted", "enumerate", "zip", "isinstance", "super", "abs", "any", "all", "map", "filter",
    "Exception", "object"};

bool isBuiltin(std::string_view name) {
    return std::find(kBuiltins.begin(), kBuiltins.end(), name) != kBuiltins.end();
}

bool isKeyword(TokenKind k) { return k >= TokenKind::KwFalse && k <= TokenKind::KwYield; }

SyntaxClass classOf(const Token& t, TokenKind previous) {
    switch (t.kind) {
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone: return SyntaxClass::Constant;
    case TokenKind::Int:
    case TokenKind::Float: return SyntaxClass::Number;
    case TokenKind::String:
    case TokenKind::FString: return SyntaxClass::String;
    case TokenKind::Error: return SyntaxClass::Error;
    case TokenKind::Name:
        if (previous == TokenKind::KwDef || previous == TokenKind::KwClass) return SyntaxClass::Definition;
        if (previous != TokenKind::Dot && isBuiltin(t.text)) return SyntaxClass::Builtin;
        return SyntaxClass::Plain;
    default: return isKeyword(t.kind) ? SyntaxClass::Keyword : SyntaxClass::Plain;
    }
}

// advance() moves `pos` forward by `codePoints` code points (the lexer counts columns so).
size_t advance(std::string_view text, size_t pos, uint32_t codePoints) {
    while (codePoints > 0 && pos < text.size()) {
        ++pos;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
        --codePoints;
    }
    return pos;
}

std::vector<size_t> lineStarts(std::string_view text) {
    std::vector<size_t> starts{0};
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && i + 1 < text.size()) starts.push_back(i + 1);
    return starts;
}

// tokenEnd() is the byte just past `t`, from its end line and column.
size_t tokenEnd(std::string_view text, const std::vector<size_t>& starts, const Token& t) {
    if (t.span.endLine == t.span.line) return advance(text, t.offset, t.span.endCol - t.span.col);
    if (t.span.endLine == 0 || t.span.endLine > starts.size()) return text.size();
    return advance(text, starts[t.span.endLine - 1], t.span.endCol - 1);
}

}  // namespace

std::vector<CodeLine> colourLines(std::string_view text) {
    const std::vector<size_t> starts = lineStarts(text);
    std::vector<SyntaxClass> cls(text.size(), SyntaxClass::Plain);
    const script::SourceFile source("<code>", std::string(text));
    TokenKind previous = TokenKind::Newline;
    for (const Token& t : script::tokenize(source)) {
        if (t.kind == TokenKind::Newline || t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent ||
            t.kind == TokenKind::EndOfFile)
            continue;
        const SyntaxClass c = classOf(t, previous);
        previous = t.kind;
        if (c == SyntaxClass::Plain || t.offset >= text.size()) continue;
        const size_t end = std::min(tokenEnd(text, starts, t), text.size());
        std::fill(cls.begin() + static_cast<ptrdiff_t>(t.offset), cls.begin() + static_cast<ptrdiff_t>(std::max<size_t>(end, t.offset)), c);
    }
    // Comments are not tokens: a '#' outside any string starts one, up to the end of the line.
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '#' || cls[i] != SyntaxClass::Plain) continue;
        for (; i < text.size() && text[i] != '\n'; ++i) cls[i] = SyntaxClass::Comment;
    }
    std::vector<CodeLine> lines;
    lines.reserve(starts.size());
    for (size_t n = 0; n < starts.size(); ++n) {
        CodeLine line;
        line.offset = starts[n];
        size_t end = n + 1 < starts.size() ? starts[n + 1] - 1 : text.size();
        if (end > line.offset && end == text.size() && text[end - 1] == '\n') --end;  // a final newline
        if (end > line.offset && text[end - 1] == '\r') --end;  // CRLF files show no stray glyph
        line.length = static_cast<uint32_t>(end - line.offset);
        for (uint32_t i = 0; i < line.length;) {
            const SyntaxClass c = cls[line.offset + i];
            uint32_t j = i + 1;
            while (j < line.length && cls[line.offset + j] == c) ++j;
            line.runs.push_back({i, j, c});
            i = j;
        }
        lines.push_back(std::move(line));
    }
    if (text.empty()) lines.clear();
    return lines;
}

Rgba syntaxColour(SyntaxClass cls, Theme theme) {
    // Dark: soft tones on the dark canvas; light: deeper ones on white. Keywords and strings
    // differ in hue and in lightness, so they stay apart on a washed-out projector.
    static constexpr std::array<Rgba, kSyntaxClassCount> kDark = {{
        {220, 220, 220, 255},  // Plain
        {198, 120, 221, 255},  // Keyword: violet
        {229, 160, 90, 255},   // Constant: orange
        {97, 175, 239, 255},   // Builtin: blue
        {240, 210, 110, 255},  // Definition: yellow
        {209, 154, 102, 255},  // Number: tan
        {152, 195, 121, 255},  // String: green
        {128, 136, 150, 255},  // Comment: grey
        {255, 90, 90, 255},    // Error: red
    }};
    static constexpr std::array<Rgba, kSyntaxClassCount> kLight = {{
        {30, 30, 30, 255},
        {150, 40, 170, 255},
        {170, 90, 0, 255},
        {20, 90, 180, 255},
        {130, 100, 0, 255},
        {150, 80, 20, 255},
        {40, 120, 30, 255},
        {110, 115, 125, 255},
        {200, 0, 0, 255},
    }};
    const auto i = static_cast<size_t>(cls);
    return theme == Theme::Dark ? kDark[i] : kLight[i];
}

std::vector<TaskMarker> legendEntries(const trace::TraceModel& model, uint64_t ns, uint32_t lineCount) {
    std::vector<TaskMarker> entries;
    for (const trace::TaskInfo& t : model.tasks()) {
        if (t.kind == trace::TaskKind::Process) continue;
        const trace::StateSpan* s = model.spanAt(t.id, ns);
        if (s == nullptr || s->state == trace::TaskState::New || s->state == trace::TaskState::Done ||
            s->state == trace::TaskState::Failed)
            continue;
        const uint32_t line = s->line <= lineCount ? s->line : 0;
        entries.push_back({t.id, line, taskHue(t.id), s->state, 0});
    }
    return entries;  // model.tasks() is in id order
}

std::vector<TaskMarker> taskMarkers(const trace::TraceModel& model, uint64_t ns, uint32_t lineCount) {
    std::vector<TaskMarker> markers = legendEntries(model, ns, lineCount);
    std::erase_if(markers, [](const TaskMarker& m) { return m.line == 0; });
    std::stable_sort(markers.begin(), markers.end(), [](const TaskMarker& a, const TaskMarker& b) { return a.line < b.line; });
    for (size_t i = 1; i < markers.size(); ++i)
        if (markers[i].line == markers[i - 1].line) markers[i].slot = markers[i - 1].slot + 1;
    return markers;
}

namespace {

// readLocation() finds ":LINE:COL: error: " (or warning) in a diagnostics line.
bool readLocation(std::string_view line, uint32_t& lineNo, uint32_t& col, std::string_view& message) {
    for (std::string_view tag : {std::string_view(": error: "), std::string_view(": warning: ")}) {
        const size_t at = line.find(tag);
        if (at == std::string_view::npos) continue;
        // Walk back over ":COL" and ":LINE" (the path itself may hold colons).
        const size_t colStart = line.rfind(':', at - 1);
        if (colStart == std::string_view::npos || colStart == 0) return false;
        const size_t lineStart = line.rfind(':', colStart - 1);
        if (lineStart == std::string_view::npos) return false;
        const auto num = [](std::string_view s, uint32_t& out) {
            auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
            return ec == std::errc() && p == s.data() + s.size() && !s.empty();
        };
        if (!num(line.substr(lineStart + 1, colStart - lineStart - 1), lineNo)) return false;
        if (!num(line.substr(colStart + 1, at - colStart - 1), col)) return false;
        message = line.substr(at + 2);  // "error: ..."
        return true;
    }
    return false;
}

}  // namespace

std::vector<ErrorMark> parseDiagnostics(std::string_view text) {
    std::vector<ErrorMark> marks;
    bool inMark = false;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        uint32_t lineNo = 0, col = 0;
        std::string_view message;
        if (readLocation(line, lineNo, col, message)) {
            marks.push_back({lineNo, col, std::string(message)});
            inMark = true;
        } else if (line.starts_with("  hint: ") && inMark) {
            marks.back().message += "\n" + std::string(line.substr(2));
        } else if (!line.empty() && line.front() != ' ' && line.front() != '\t') {
            marks.push_back({0, 0, std::string(line)});
            inMark = false;
        }
    }
    return marks;
}

}  // namespace il::viewmodel
