// The Code panel's view-model: colouring with the engine's lexer, task markers at the viewed
// moment, and compile errors read back from the diagnostics text.

#include <doctest/doctest.h>

#include <string>

#include "app/viewmodel/code_view.hpp"
#include "view_trace.hpp"

using namespace il::viewmodel;
using namespace il::viewmodel::testing;

namespace {

// classAt() is the class of the byte at `col` (0-based) of line `n` (0-based).
SyntaxClass classAt(const std::vector<CodeLine>& lines, size_t n, uint32_t col) {
    for (const ColourRun& r : lines.at(n).runs)
        if (col >= r.begin && col < r.end) return r.cls;
    FAIL("column outside the line");
    return SyntaxClass::Plain;
}

}  // namespace

TEST_CASE("viewmodel.code colours keywords, names, numbers, strings and comments") {
    const std::string text =
        "def worker(n):  # the thread body\n"
        "    s = \"# not a comment\"\n"
        "    return print(n + 42, None, s.len)\n";
    const auto lines = colourLines(text);
    REQUIRE(lines.size() == 3);  // no empty line after the final newline
    CHECK(classAt(lines, 0, 0) == SyntaxClass::Keyword);      // def
    CHECK(classAt(lines, 0, 4) == SyntaxClass::Definition);   // worker
    CHECK(classAt(lines, 0, 11) == SyntaxClass::Plain);       // n
    CHECK(classAt(lines, 0, 16) == SyntaxClass::Comment);     // '#'
    CHECK(classAt(lines, 0, 32) == SyntaxClass::Comment);     // to the end of the line
    CHECK(classAt(lines, 1, 8) == SyntaxClass::String);       // the opening quote
    CHECK(classAt(lines, 1, 9) == SyntaxClass::String);       // '#' inside a string
    CHECK(classAt(lines, 2, 4) == SyntaxClass::Keyword);      // return
    CHECK(classAt(lines, 2, 11) == SyntaxClass::Builtin);     // print
    CHECK(classAt(lines, 2, 21) == SyntaxClass::Number);      // 42
    CHECK(classAt(lines, 2, 25) == SyntaxClass::Constant);    // None
    CHECK(classAt(lines, 2, 33) == SyntaxClass::Plain);       // .len: an attribute, not the builtin
}

TEST_CASE("viewmodel.code runs cover each line exactly, also across a multi-line docstring") {
    const std::string text = "\"\"\"Title\n\xE4\xB8\xAD\xE6\x96\x87 text\n\"\"\"\nx = 1\r\n\ny = $\n";
    const auto lines = colourLines(text);
    REQUIRE(lines.size() == 6);
    for (const CodeLine& line : lines) {
        uint32_t at = 0;
        for (const ColourRun& r : line.runs) {
            CHECK(r.begin == at);
            CHECK(r.end > r.begin);
            at = r.end;
        }
        CHECK(at == line.length);
    }
    CHECK(lines[1].runs.size() == 1);  // the whole Chinese line is inside the docstring
    CHECK(lines[1].runs[0].cls == SyntaxClass::String);
    CHECK(lines[2].runs[0].cls == SyntaxClass::String);
    CHECK(lines[3].length == 5);       // "x = 1" without the '\r'
    CHECK(lines[4].length == 0);
    CHECK(classAt(lines, 5, 4) == SyntaxClass::Error);  // '$' is not Python
    CHECK(colourLines("").empty());
}

TEST_CASE("viewmodel.code syntax colours differ per class in both themes") {
    for (Theme theme : {Theme::Dark, Theme::Light})
        for (int a = 0; a < kSyntaxClassCount; ++a)
            for (int b = a + 1; b < kSyntaxClassCount; ++b)
                CHECK_FALSE(syntaxColour(static_cast<SyntaxClass>(a), theme) == syntaxColour(static_cast<SyntaxClass>(b), theme));
}

TEST_CASE("viewmodel.code puts one marker per live task at its line at the viewed moment") {
    ViewTrace t;
    const TaskId p = t.task("MainProcess", TaskKind::Process, kNoId);
    const TaskId a = t.task("Thread-1", TaskKind::Thread, p);
    const TaskId b = t.task("Thread-2", TaskKind::Thread, p);
    const TaskId c = t.task("Thread-3", TaskKind::Thread, p);
    t.state(a, TaskState::Running, 0, kNoId, kNoId, 5);
    t.state(b, TaskState::Ready, 0, kNoId, kNoId, 5);
    t.state(c, TaskState::Blocked, 0, 0, kNoId, 12);
    t.state(a, TaskState::Blocked, 100, 0, kNoId, 7);
    t.state(b, TaskState::Done, 100, kNoId, kNoId, 9);
    t.state(c, TaskState::Running, 100, kNoId, kNoId, 99);  // a line past the end of the script
    t.refresh();

    auto early = taskMarkers(t.model, 50, 20);
    REQUIRE(early.size() == 3);  // the process has no line: no marker
    CHECK(early[0].task == a);
    CHECK(early[0].line == 5);
    CHECK(early[0].slot == 0);
    CHECK(early[1].task == b);
    CHECK(early[1].line == 5);
    CHECK(early[1].slot == 1);   // same line: drawn beside the first
    CHECK(early[2].line == 12);
    CHECK(early[2].state == TaskState::Blocked);
    CHECK(early[0].colour == taskHue(a));
    CHECK(early[0].colour != early[1].colour);

    auto later = taskMarkers(t.model, 150, 20);  // b is done, c stands outside the text
    REQUIRE(later.size() == 1);
    CHECK(later[0].task == a);
    CHECK(later[0].line == 7);

    // The legend still lists c (in step mode it is where the learner picks it), without a line.
    auto legend = legendEntries(t.model, 150, 20);
    REQUIRE(legend.size() == 2);
    CHECK(legend[0].task == a);
    CHECK(legend[0].line == 7);
    CHECK(legend[1].task == c);
    CHECK(legend[1].line == 0);
    CHECK(legend[1].state == TaskState::Running);
    CHECK(legendEntries(t.model, 50, 20).size() == 3);  // the process itself is not listed
}

TEST_CASE("viewmodel.code reads compile errors with their line and hint") {
    const std::string diags =
        "/home/me/my:dir/s.py:4:5: error: invalid syntax\n"
        "    y = $\n"
        "        ^\n"
        "  hint: remove the '$'\n"
        "/home/me/my:dir/s.py:9:1: error: 'foo' is not defined\n"
        "interleave: cannot read other.py\n";
    const auto marks = parseDiagnostics(diags);
    REQUIRE(marks.size() == 3);
    CHECK(marks[0].line == 4);
    CHECK(marks[0].col == 5);
    CHECK(marks[0].message == "error: invalid syntax\nhint: remove the '$'");
    CHECK(marks[1].line == 9);
    CHECK(marks[1].message == "error: 'foo' is not defined");
    CHECK(marks[2].line == 0);
    CHECK(marks[2].message == "interleave: cannot read other.py");
    CHECK(parseDiagnostics("").empty());
}
