#pragma once
// What the Code panel draws, without ImGui: the script split into lines of coloured runs
// (coloured with the engine's own lexer, so the panel and the compiler never disagree on what a
// string or a keyword is), the tasks' markers at their current lines, and the compile errors
// to highlight (parsed from the diagnostics text, `file:line:col: error: message`).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/viewmodel/state_palette.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

// The kinds of text the panel colours differently.
enum class SyntaxClass : uint8_t {
    Plain,     // names, operators, whitespace
    Keyword,   // def, while, with, await...
    Constant,  // True, False, None
    Builtin,   // print, range, len... (names Python has without an import)
    Definition,// the name after def or class
    Number,
    String,    // strings and f-strings, docstrings included
    Comment,
    Error,     // what the lexer could not read (an unclosed string, a stray character)
};
inline constexpr int kSyntaxClassCount = 9;

// One stretch of a line in one class; byte offsets within the line.
struct ColourRun {
    uint32_t begin = 0, end = 0;
    SyntaxClass cls = SyntaxClass::Plain;
};

// One line of the script: its bytes in the text (newline excluded) and its runs, which cover
// [0, length) in order with no gaps.
struct CodeLine {
    size_t offset = 0;
    uint32_t length = 0;
    std::vector<ColourRun> runs;
};

// colourLines() splits `text` into lines and colours them. A text ending in '\n' has no
// empty last line (editors do not show one either).
[[nodiscard]] std::vector<CodeLine> colourLines(std::string_view text);

// syntaxColour() is the colour of a class in a theme.
[[nodiscard]] Rgba syntaxColour(SyntaxClass cls, Theme theme);

// A task's marker: the task stands at `line` at the viewed moment.
struct TaskMarker {
    trace::TaskId task = trace::kNoId;
    uint32_t line = 0;               // 1-based
    ColourId colour = kHueBase;      // the task's categorical hue (the GIL lanes use the same)
    trace::TaskState state = trace::TaskState::Ready;
    uint32_t slot = 0;               // index among the markers on the same line (drawn side by side)
};

// legendEntries() returns every thread and coroutine alive at `ns` (started, not ended; a
// process is represented by its main thread), sorted by task id, with `line` 0 when the task
// stands outside the script (in library code): it still needs a legend entry, since in step
// mode the legend is where the learner picks it.
[[nodiscard]] std::vector<TaskMarker> legendEntries(const trace::TraceModel& model, uint64_t ns, uint32_t lineCount);

// taskMarkers() returns the legend entries that stand on a line of the script (1..lineCount),
// sorted by line then task id, with `slot` numbering the tasks that share a line.
[[nodiscard]] std::vector<TaskMarker> taskMarkers(const trace::TraceModel& model, uint64_t ns, uint32_t lineCount);

// taskHue() is the colour id of task `t`'s marker and legend entry.
[[nodiscard]] constexpr ColourId taskHue(trace::TaskId t) { return hueId(t); }

// A compile error to show in the code: the line to highlight and the text under it.
struct ErrorMark {
    uint32_t line = 0;  // 1-based; 0 when the message names no line (a file that cannot be read)
    uint32_t col = 0;   // 1-based code point
    std::string message;  // "error: ..." with its hint, if any, on a second line
};

// parseDiagnostics() reads the diagnostics text the window holds for a script that did not
// compile: each `PATH:LINE:COL: error: MESSAGE` line starts a mark, a following `  hint: ...`
// line joins it, other lines (the source echo and caret) are skipped; any other non-empty
// line that is not part of a mark becomes a mark with line 0.
[[nodiscard]] std::vector<ErrorMark> parseDiagnostics(std::string_view text);

}  // namespace il::viewmodel
