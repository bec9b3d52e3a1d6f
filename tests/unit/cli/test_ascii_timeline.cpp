// The ASCII timeline of `interleave run --timeline`, drawn from hand-built traces.

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "app/cli/ascii_timeline.hpp"
#include "tests/unit/trace/trace_builder.hpp"

using il::cli::drawAsciiTimeline;
using il::trace::ResourceKind;
using il::trace::TaskState;
using il::trace::TraceModel;
using il::trace::testing::TraceBuilder;

namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::string draw(const TraceBuilder& b, int width) {
    TraceModel model;
    model.update(b.log);
    return drawAsciiTimeline(model, width);
}

}  // namespace

TEST_CASE("two threads taking turns: one row each, a bucket per 10 ms, axis and legend") {
    TraceBuilder b;
    auto p = b.process("Main", 0);
    b.state(p, TaskState::Running, 0);
    auto t1 = b.thread("T1", p, 0);
    auto t2 = b.thread("T2", p, 0);
    b.state(t1, TaskState::Running, 0);
    b.state(t2, TaskState::Ready, 0);
    b.state(t1, TaskState::Done, 50);
    b.state(t2, TaskState::Running, 50);
    b.state(t2, TaskState::Done, 100);
    b.state(p, TaskState::Done, 100);
    auto lines = linesOf(draw(b, 10));
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "timeline: 100 ms of virtual time, 1 column = 10 ms");
    CHECK(lines[1] == "Main |==========|");
    CHECK(lines[2] == "  T1 |RRRRR.....|");
    CHECK(lines[3] == "  T2 |rrrrrRRRRR|");
    CHECK(lines[4] == "     +---------+");
    CHECK(lines[5] == "     0         100 ms");
    CHECK(lines[6].rfind("legend: R running", 0) == 0);
    // A native run's trace is in real time, and its heading says so.
    TraceModel model;
    model.update(b.log);
    CHECK(linesOf(drawAsciiTimeline(model, 10, true))[0] == "timeline: 100 ms of real time, 1 column = 10 ms");
}

TEST_CASE("a bucket shows the state that covered most of it; GIL waits are G") {
    TraceBuilder b;
    auto p = b.process("P", 0);
    b.state(p, TaskState::Running, 0);
    auto gil = b.resource("GIL", ResourceKind::Gil);
    auto lock = b.resource("lock", ResourceKind::Lock);
    auto t = b.thread("T", p, 0);
    b.state(t, TaskState::Running, 0);
    b.state(t, TaskState::Blocked, 3, lock);     // bucket 0: 3 ms running, 7 ms blocked
    b.state(t, TaskState::Blocked, 10, gil);     // bucket 1: GIL
    b.state(t, TaskState::Sleeping, 20);         // bucket 2: sleeping
    b.state(t, TaskState::Ready, 30);
    b.state(t, TaskState::Running, 34);          // bucket 3: 4 ready, 6 running
    b.state(t, TaskState::Done, 40);
    auto lines = linesOf(draw(b, 4));
    REQUIRE(lines.size() >= 3);
    CHECK(lines[2] == "  T  |BGSR|");
}

TEST_CASE("at most `width` columns even when the makespan does not divide evenly") {
    TraceBuilder b;
    auto p = b.process("P", 0);
    b.state(p, TaskState::Running, 0);
    b.state(p, TaskState::Done, 1001);
    for (int width : {1, 7, 72, 100}) {
        auto lines = linesOf(draw(b, width));
        REQUIRE(lines.size() >= 2);
        const std::string& row = lines[1];
        size_t open = row.find('|'), close = row.rfind('|');
        CHECK(close - open - 1 <= size_t(width));
        CHECK(close - open - 1 >= 1);
    }
}

TEST_CASE("long names are cut with ~; a failure is marked in its bucket") {
    TraceBuilder b;
    auto p = b.process("MainProcess", 0);
    b.state(p, TaskState::Running, 0);
    auto t = b.thread("Thread-1 (a_rather_long_worker_name)", p, 0);
    b.state(t, TaskState::Running, 0);
    b.state(t, TaskState::Failed, 20);
    b.state(p, TaskState::Done, 40);
    auto lines = linesOf(draw(b, 4));
    REQUIRE(lines.size() >= 3);
    // 24 columns of name: two of indent, 21 characters of the name, then the cut mark.
    CHECK(lines[2] == "  Thread-1 (a_rather_lo~ |RRF.|");
    CHECK(lines[1].substr(0, 25) == "MainProcess              ");
}

TEST_CASE("a child process follows its parent's threads, its own threads indented under it") {
    TraceBuilder b;
    auto main = b.process("MainProcess", 0);
    auto mt = b.thread("MainThread", main, 0);
    auto child = b.process("Child", 5, main);
    auto ct = b.thread("ChildMain", child, 5);
    auto t2 = b.thread("Worker", main, 6);
    for (auto id : {main, mt, child, ct, t2}) b.state(id, TaskState::Running, 10);
    auto lines = linesOf(draw(b, 10));
    REQUIRE(lines.size() >= 6);
    CHECK(lines[1].rfind("MainProcess ", 0) == 0);
    CHECK(lines[2].rfind("  MainThread ", 0) == 0);
    CHECK(lines[3].rfind("  Worker ", 0) == 0);
    CHECK(lines[4].rfind("Child ", 0) == 0);
    CHECK(lines[5].rfind("  ChildMain ", 0) == 0);
}

TEST_CASE("an empty trace draws the axis and legend without dividing by zero") {
    TraceBuilder b;
    std::string text = draw(b, 72);
    CHECK(text.find("timeline: 0 ms") == 0);
    CHECK(text.find("legend:") != std::string::npos);
}

TEST_CASE("buckets are rounded up to a round width so the axis reads 0, 30, 60...") {
    TraceBuilder b;
    auto p = b.process("P", 0);
    b.state(p, TaskState::Running, 0);
    b.state(p, TaskState::Done, 200);
    auto lines = linesOf(draw(b, 72));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "timeline: 200 ms of virtual time, 1 column = 3 ms");
    CHECK(lines[1] == "P    |" + std::string(67, '=') + "|");
    CHECK(lines[3].rfind("     0         30        60        90        120       150       180", 0) == 0);
}
