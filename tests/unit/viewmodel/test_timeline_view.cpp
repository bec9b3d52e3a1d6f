#include <doctest/doctest.h>

#include <initializer_list>

#include <algorithm>
#include <array>
#include <cstdint>

#include "tests/unit/viewmodel/view_trace.hpp"

using namespace il::viewmodel;
using namespace il::trace;
using il::viewmodel::testing::ViewTrace;

namespace {

// One process with one thread whose 1000 spans alternate Running (9 ns) and Ready (1 ns),
// each pair 10 ns: the thread is busy 90% of the time, in spans far below a pixel wide.
struct TinySpans {
    ViewTrace t;
    TaskId proc = 0, thread = 0;
    TinySpans() {
        proc = t.task("MainProcess", TaskKind::Process, kNoId);
        thread = t.task("Thread-1", TaskKind::Thread, proc);
        for (uint64_t i = 0; i < 500; ++i) {
            t.state(thread, TaskState::Running, i * 10);
            t.state(thread, TaskState::Ready, i * 10 + 9);
        }
        t.state(thread, TaskState::Done, 5000);
        t.refresh();
    }
    [[nodiscard]] uint32_t row() const { return t.view.layout().rowOfTask(thread); }
};

bool sortedAndInside(const std::vector<DrawRect>& rects, float width) {
    for (size_t i = 0; i < rects.size(); ++i) {
        if (rects[i].x0 < 0 || rects[i].x1 > width || rects[i].x1 <= rects[i].x0) return false;
        if (i > 0 && rects[i].x0 < rects[i - 1].x1) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("viewmodel.timeline merges 1000 sub-pixel spans into at most one rect per pixel") {
    TinySpans s;
    for (float width : {10.0f, 37.0f, 100.0f}) {
        CAPTURE(width);
        const TimelineFrame f = s.t.frame(0, 5000, width);
        const auto& rects = f.rows[s.row()].rects;
        CHECK(rects.size() <= static_cast<size_t>(width));
        CHECK(rects.size() >= static_cast<size_t>(width) - 1);
        CHECK(sortedAndInside(rects, width));
        for (const DrawRect& r : rects) {
            CHECK(r.colour == colourId(TaskState::Running));  // the state covering 90%
            CHECK(r.mixed);                                    // ... but not alone
        }
    }
}

TEST_CASE("viewmodel.timeline walks spans directly when they are fewer than the pixels") {
    TinySpans s;
    // 10 spans in view on 400 px: each span is its own rect with its own colour and index.
    const TimelineFrame f = s.t.frame(1000, 1050, 400.0f);
    const RowDraw& row = f.rows[s.row()];
    CHECK_FALSE(row.usedPyramid);
    REQUIRE(row.rects.size() == 10);
    for (size_t i = 0; i < row.rects.size(); ++i) {
        const DrawRect& r = row.rects[i];
        CHECK_FALSE(r.mixed);
        CHECK(r.colour == colourId(i % 2 == 0 ? TaskState::Running : TaskState::Ready));
        REQUIRE(r.span != kNoSpan);
        CHECK(s.t.model.tasks()[s.thread].spans[r.span].startNs == 1000 + i / 2 * 10 + (i % 2) * 9);
    }
    CHECK(row.rects.front().x0 == doctest::Approx(0.0));
    CHECK(row.rects.back().x1 == doctest::Approx(400.0));
}

TEST_CASE("viewmodel.timeline zoomed-out pyramid agrees with a brute-force dominant state") {
    // A thread whose busy share changes over time: mostly running, then mostly blocked.
    ViewTrace t;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId th = t.task("T", TaskKind::Thread, p);
    const ResourceId q = t.resource("q", ResourceKind::Queue, 4);
    uint64_t now = 0, seed = 12345;
    for (int i = 0; i < 40000; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const bool late = i > 20000;
        const uint64_t run = (seed >> 33) % 50 + (late ? 5 : 80);
        const uint64_t wait = (seed >> 40) % 20 + (late ? 80 : 5);
        t.state(th, TaskState::Running, now);
        now += run;
        t.state(th, TaskState::Blocked, now, q);
        now += wait;
    }
    t.state(th, TaskState::Done, now);
    t.refresh();
    const auto& spans = t.model.tasks()[th].spans;
    const uint32_t row = t.view.layout().rowOfTask(th);
    for (float width : {200.0f, 1600.0f}) {
        CAPTURE(width);
        const TimelineFrame f = t.frame(0, now, width);
        const RowDraw& draw = f.rows[row];
        CHECK(draw.usedPyramid);
        CHECK(draw.rects.size() <= static_cast<size_t>(2 * width));
        CHECK(sortedAndInside(draw.rects, width));
        int checked = 0;
        for (int col = 0; col < static_cast<int>(width); col += 7) {
            const uint64_t c0 = f.ctx.toNs(col), c1 = f.ctx.toNs(col + 1);
            std::array<uint64_t, kTaskStateCount> share{};
            for (const StateSpan& sp : spans) {
                const uint64_t e = std::min(sp.endNs == kOpenEnd ? now : sp.endNs, c1);
                if (sp.startNs < c1 && e > std::max(sp.startNs, c0)) share[size_t(sp.state)] += e - std::max(sp.startNs, c0);
            }
            const auto best = std::max_element(share.begin(), share.end()) - share.begin();
            if (share[size_t(best)] * 4 < (c1 - c0) * 3) continue;  // no clear winner: skip
            const auto it = std::find_if(draw.rects.begin(), draw.rects.end(),
                                         [&](const DrawRect& r) { return r.x0 <= col + 0.5f && col + 0.5f < r.x1; });
            REQUIRE(it != draw.rects.end());
            CHECK(it->colour == best);
            ++checked;
        }
        CHECK(checked > static_cast<int>(width) / 14);
    }
}

TEST_CASE("viewmodel.timeline clips spans to the visible range and runs the open span to now") {
    ViewTrace t;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId th = t.task("T", TaskKind::Thread, p);
    t.state(th, TaskState::Running, 0);
    t.state(th, TaskState::Sleeping, 100);
    t.state(th, TaskState::Running, 300);  // open: runs on until the trace's now
    t.event(EventKind::Print, th, kNoId, 0, 400, "x");  // moves now to 400
    t.refresh();
    const uint32_t row = t.view.layout().rowOfTask(th);
    // [150, 350) on 200 px: sleeping until x=150, running after.
    const TimelineFrame f = t.frame(150, 350, 200.0f);
    const auto& rects = f.rows[row].rects;
    REQUIRE(rects.size() == 2);
    CHECK(rects[0].colour == colourId(TaskState::Sleeping));
    CHECK(rects[0].x0 == doctest::Approx(0.0));
    CHECK(rects[0].x1 == doctest::Approx(150.0));
    CHECK(rects[1].colour == colourId(TaskState::Running));
    CHECK(rects[1].x1 == doctest::Approx(200.0));
    CHECK(f.nowX < 0);  // now (400) is right of the view
    // A range after now shows nothing past the open span's end at now.
    const TimelineFrame g = t.frame(300, 500, 200.0f);
    REQUIRE(g.rows[row].rects.size() == 1);
    CHECK(g.rows[row].rects[0].x1 == doctest::Approx(100.0));
    CHECK(g.nowX == doctest::Approx(100.0));
    // A range before the task existed draws nothing for it.
    ViewTrace late;
    const TaskId lp = late.task("P", TaskKind::Process, kNoId, 1000);
    late.state(lp, TaskState::Running, 1000);
    late.refresh();
    CHECK(late.frame(0, 500, 100.0f).rows[0].rects.empty());
}

TEST_CASE("viewmodel.timeline hover names the state, resource, times, line and waker") {
    ViewTrace t;
    const TaskId p = t.task("MainProcess", TaskKind::Process, kNoId);
    const TaskId a = t.task("Producer-1", TaskKind::Thread, p);
    const TaskId b = t.task("Consumer-1", TaskKind::Thread, p);
    const ResourceId lock = t.resource("print_lock", ResourceKind::Lock);
    t.state(a, TaskState::Running, 0);
    t.state(b, TaskState::Blocked, 0, lock, kNoId, 17);
    t.state(b, TaskState::Running, 600, kNoId, a, 18);
    t.state(a, TaskState::Done, 1000);
    t.refresh();
    const TimelineContext ctx = TimelineContext::make(TimeRange{0, 1000}, 100.0f);
    const uint32_t rowB = t.view.layout().rowOfTask(b);
    auto h = t.view.hover(t.model, ctx, rowB, 30.5f);
    REQUIRE(h.has_value());
    CHECK(h->state == TaskState::Blocked);
    CHECK(h->resource == "print_lock");
    CHECK(h->taskName == "Consumer-1");
    CHECK(h->startNs == 0);
    CHECK(h->durationNs == 600);
    CHECK(h->line == 17);
    CHECK_FALSE(h->open);
    h = t.view.hover(t.model, ctx, rowB, 80.5f);
    REQUIRE(h.has_value());
    CHECK(h->state == TaskState::Running);
    CHECK(h->wokenBy == "Producer-1");
    CHECK(h->open);
    CHECK(h->durationNs == 400);  // open spans last until now
    CHECK_FALSE(t.view.hover(t.model, ctx, 99, 10.0f).has_value());  // no such row
    // The wake-up shows as an arrow from the waker's row to the woken row at 600 ns.
    TimelineFrame f;
    t.view.buildFrame(t.model, ctx, f);
    REQUIRE(f.arrows.size() == 1);
    CHECK(f.arrows[0].fromRow == t.view.layout().rowOfTask(a));
    CHECK(f.arrows[0].toRow == rowB);
    CHECK(f.arrows[0].x == doctest::Approx(60.0));
}

TEST_CASE("viewmodel.timeline merges notes closer than a pixel on one row") {
    ViewTrace t;
    const TaskId p = t.task("P", TaskKind::Process, kNoId);
    const TaskId th = t.task("T", TaskKind::Thread, p);
    t.state(th, TaskState::Running, 0);
    t.event(EventKind::Note, th, kNoId, 0, 100, "first");
    t.event(EventKind::Note, th, kNoId, 0, 101, "second");
    t.event(EventKind::Note, th, kNoId, 0, 900, "third");
    t.event(EventKind::Note, p, kNoId, 0, 100, "other row");
    t.refresh();
    const TimelineFrame f = t.frame(0, 1000, 100.0f);
    REQUIRE(f.notes.size() == 3);
    const uint32_t row = t.view.layout().rowOfTask(th);
    int onRow = 0;
    for (const NoteMarker& m : f.notes) {
        if (m.row != row) continue;
        ++onRow;
        if (m.x < 50) CHECK(m.count == 2);
        if (m.x < 50) CHECK(t.log.strings().get(t.view.index().notes()[m.note].text) == "first");
    }
    CHECK(onRow == 2);
    CHECK(t.frame(200, 800, 100.0f).notes.empty());
}

TEST_CASE("viewmodel.timeline built incrementally draws what a one-shot build draws") {
    ViewTrace whole, live;
    for (ViewTrace* v : {&whole, &live}) {
        const TaskId p = v->task("P", TaskKind::Process, kNoId);
        v->task("A", TaskKind::Thread, p);
        v->task("B", TaskKind::Thread, p);
    }
    live.refresh();
    uint64_t seed = 7;
    for (int i = 0; i < 30000; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const TaskId th = 1 + (seed >> 60) % 2;
        const auto st = static_cast<TaskState>(1 + (seed >> 50) % 4);
        for (ViewTrace* v : {&whole, &live}) v->state(th, st, static_cast<uint64_t>(i) * 13);
        if (i % 997 == 0) live.refresh();  // a frame every so often, as the GUI does
    }
    whole.refresh();
    live.refresh();
    for (float width : {300.0f, 1600.0f}) {
        const TimelineFrame a = whole.frame(0, 30000 * 13, width), b = live.frame(0, 30000 * 13, width);
        REQUIRE(a.rows.size() == b.rows.size());
        for (size_t r = 0; r < a.rows.size(); ++r) {
            REQUIRE(a.rows[r].rects.size() == b.rows[r].rects.size());
            for (size_t i = 0; i < a.rows[r].rects.size(); ++i) {
                CHECK(a.rows[r].rects[i].x0 == b.rows[r].rects[i].x0);
                CHECK(a.rows[r].rects[i].colour == b.rows[r].rects[i].colour);
            }
        }
    }
}
