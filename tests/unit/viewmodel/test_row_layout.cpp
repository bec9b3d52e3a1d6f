#include <doctest/doctest.h>

#include <initializer_list>

#include <string>
#include <vector>

#include "tests/unit/viewmodel/view_trace.hpp"

using namespace il::viewmodel;
using namespace il::trace;
using il::viewmodel::testing::ViewTrace;

namespace {
std::vector<std::string> labels(const TimelineView& v) {
    std::vector<std::string> out;
    for (const Row& r : v.rows()) out.push_back(std::string(r.depth, ' ') + r.label);
    return out;
}
}  // namespace

TEST_CASE("viewmodel.rows put threads under processes and coroutines under their host thread") {
    ViewTrace t;
    const TaskId main = t.task("MainProcess", TaskKind::Process, kNoId);
    const TaskId mainThread = t.task("MainThread", TaskKind::Thread, main);
    const TaskId child = t.task("Process-1", TaskKind::Process, main);  // created before Thread-1
    const TaskId worker = t.task("Thread-1", TaskKind::Thread, main);
    const TaskId childThread = t.task("MainThread", TaskKind::Thread, child);
    t.task("fetch", TaskKind::Coroutine, mainThread);
    t.task("parse", TaskKind::Coroutine, mainThread);
    t.task("inner", TaskKind::Coroutine, worker);
    const ResourceId gil = t.resource("GIL", ResourceKind::Gil);
    t.event(EventKind::GilTaken, mainThread, gil, 0, 0);
    t.refresh();
    CHECK(labels(t.view) == std::vector<std::string>{
                                "MainProcess", " GIL", " MainThread", "  fetch", "  parse", " Thread-1",
                                "  inner", " Process-1", "  MainThread"});
    CHECK(t.view.rows()[1].kind == RowKind::Gil);
    CHECK(t.view.layout().rowOfTask(childThread) == 8);
    CHECK(t.view.layout().rowOfTask(worker) == 5);
}

TEST_CASE("viewmodel.rows keep tasks with an unknown owner, last") {
    ViewTrace t;
    const TaskId stray = t.task("stray", TaskKind::Thread, 42);  // owner never created
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    t.refresh();
    REQUIRE(t.view.rows().size() == 2);
    CHECK(t.view.layout().rowOfTask(p) == 0);
    CHECK(t.view.layout().rowOfTask(stray) == 1);
}

TEST_CASE("viewmodel.gil lane shows who holds each process's GIL over time") {
    ViewTrace t;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId a = t.task("A", TaskKind::Thread, p);
    const TaskId b = t.task("B", TaskKind::Thread, p);
    const ResourceId gil = t.resource("GIL of P", ResourceKind::Gil);
    t.event(EventKind::GilTaken, a, gil, 0, 0);
    t.event(EventKind::GilDropped, a, gil, 1, 400);
    t.event(EventKind::GilTaken, b, gil, 0, 500);  // free for 100 ns in between
    t.event(EventKind::GilTaken, a, gil, 0, 800);  // a take without a drop still ends B's
    t.event(EventKind::Print, a, kNoId, 0, 1000);
    t.refresh();
    REQUIRE(t.view.rows().size() == 4);
    const Row& lane = t.view.rows()[1];
    REQUIRE(lane.kind == RowKind::Gil);
    const auto& spans = t.view.index().gilLanes()[lane.id].spans;
    REQUIRE(spans.size() == 3);
    CHECK(spans[1].holder == b);
    CHECK(spans[1].endNs == 800);
    const TimelineFrame f = t.frame(0, 1000, 100.0f);
    const auto& rects = f.rows[1].rects;
    REQUIRE(rects.size() == 3);
    CHECK(rects[0].colour == hueId(a));
    CHECK(rects[0].x1 == doctest::Approx(40.0));
    CHECK(rects[1].colour == hueId(b));
    CHECK(rects[1].x0 == doctest::Approx(50.0));  // the gap stays empty
    CHECK(rects[2].colour == hueId(a));
    CHECK(rects[2].x1 == doctest::Approx(100.0));  // held until now
    const auto h = t.view.hover(t.model, f.ctx, 1, 60.5f);
    REQUIRE(h.has_value());
    CHECK(h->taskName == "B");
    CHECK(h->resource == "GIL of P");
    CHECK(h->durationNs == 300);
    CHECK_FALSE(t.view.hover(t.model, f.ctx, 1, 45.0f).has_value());
}
