// The Console's lines: prints by task, split and joined as a terminal shows them, whole
// tracebacks found in the output, and the lines that existed at a past moment.
#include <doctest/doctest.h>

#include "app/viewmodel/console_lines.hpp"
#include "tests/unit/viewmodel/view_trace.hpp"

using namespace il::viewmodel;
using namespace il::trace;
using il::viewmodel::testing::ViewTrace;

TEST_CASE("viewmodel.console prints become lines of their task; end=\"\" continues a line") {
    ViewTrace t;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId a = t.task("A", TaskKind::Thread, p);
    const TaskId b = t.task("B", TaskKind::Thread, p);
    t.event(EventKind::Print, a, kNoId, 0, 10, "one\ntwo\n");
    t.event(EventKind::Print, b, kNoId, 0, 20, "counting: ");
    t.event(EventKind::Print, a, kNoId, 0, 25, "three\n");
    t.event(EventKind::Print, b, kNoId, 0, 30, "1 2 3\n");
    t.event(EventKind::Note, a, kNoId, 0, 40, "A holds the lock");
    ConsoleLines c;
    c.update(t.log, "");
    const auto& l = c.lines();
    REQUIRE(l.size() == 5);
    CHECK(l[0].text == "one");
    CHECK(l[0].task == a);
    CHECK(l[1].text == "two");
    CHECK(l[2].text == "counting: 1 2 3");
    CHECK(l[2].task == b);
    CHECK(l[3].text == "three");
    CHECK(l[4].kind == LineKind::Note);
    CHECK(l[4].text == "A holds the lock");
    CHECK(c.countAt(5) == 0);
    CHECK(c.countAt(10) == 2);
    CHECK(c.countAt(24) == 3);
    CHECK(c.countAt(1000) == 5);
}

TEST_CASE("viewmodel.console an uncaught exception shows its whole traceback from the output") {
    ViewTrace t;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId a = t.task("A", TaskKind::Thread, p);
    const std::string output =
        "hello\n"
        "Traceback (most recent call last):\n"
        "  File \"x.py\", line 3, in f\n"
        "    raise ValueError('boom')\n"
        "ValueError: boom\n"
        "after\n";
    t.event(EventKind::Print, a, kNoId, 0, 10, "hello\n");
    t.event(EventKind::Exception, a, kNoId, 0, 20, "ValueError: boom");
    ConsoleLines c;
    c.update(t.log, output);
    const auto& l = c.lines();
    REQUIRE(l.size() == 5);
    CHECK(l[0].kind == LineKind::Print);
    CHECK(l[1].kind == LineKind::Traceback);
    CHECK(l[1].text == "Traceback (most recent call last):");
    CHECK(l[3].text == "    raise ValueError('boom')");
    CHECK(l[4].text == "ValueError: boom");
    CHECK(l[4].task == a);
    // A second exception with the same message finds its own traceback, or just its line.
    t.event(EventKind::Exception, a, kNoId, 0, 30, "ValueError: boom");
    c.update(t.log, output);
    REQUIRE(c.lines().size() == 6);
    CHECK(c.lines()[5].text == "ValueError: boom");
}

TEST_CASE("viewmodel.console text written to stderr is a line of its own kind, not glued to a print") {
    ViewTrace t;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId a = t.task("A", TaskKind::Thread, p);
    t.event(EventKind::Print, a, kNoId, 0, 10, "working... ");
    t.event(EventKind::Print, a, kNoId, 1, 20, "warning: slow\n");  // value 1: sys.stderr
    t.event(EventKind::Print, a, kNoId, 0, 30, "done\n");
    ConsoleLines c;
    c.update(t.log, "");
    const auto& l = c.lines();
    REQUIRE(l.size() == 3);
    CHECK(l[0].kind == LineKind::Print);
    CHECK(l[0].text == "working... ");
    CHECK(l[1].kind == LineKind::Stderr);
    CHECK(l[1].text == "warning: slow");
    CHECK(l[2].kind == LineKind::Print);
    CHECK(l[2].text == "done");
}

TEST_CASE("viewmodel.console splitLines keeps empty lines but not a final newline") {
    CHECK(splitLines("a\n\nb\n") == std::vector<std::string_view>{"a", "", "b"});
    CHECK(splitLines("a") == std::vector<std::string_view>{"a"});
    CHECK(splitLines("").empty());
}
