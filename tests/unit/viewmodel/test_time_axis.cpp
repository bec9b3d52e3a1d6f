#include <doctest/doctest.h>

#include <initializer_list>

#include <string>

#include "app/viewmodel/time_axis.hpp"
#include "app/viewmodel/time_range.hpp"

using namespace il::viewmodel;

TEST_CASE("viewmodel.axis picks the smallest 1-2-5 step that keeps labels apart") {
    CHECK(niceStep(1.0, 80.0f) == 100);
    CHECK(niceStep(1.3, 80.0f) == 200);
    CHECK(niceStep(30.0, 80.0f) == 5000);
    CHECK(niceStep(1e6, 100.0f) == 100'000'000);
    CHECK(niceStep(0.01, 80.0f) == 1);
    for (double nsPerPx : {0.7, 3.0, 47.0, 1234.5, 9.9e6, 3.3e9}) {
        const uint64_t step = niceStep(nsPerPx, 90.0f);
        CAPTURE(nsPerPx);
        CHECK(static_cast<double>(step) / nsPerPx >= 90.0 - 1e-9);
        CHECK(static_cast<double>(step) / nsPerPx < 90.0 * 2.5 + 1.0);  // never needlessly wide
    }
}

TEST_CASE("viewmodel.axis labels ticks in a unit suited to the range") {
    const TimelineContext ms = TimelineContext::make(TimeRange{0, 10'000'000}, 1000.0f);  // 10 ms
    const TimeAxis a = buildTimeAxis(ms, 80.0f);
    CHECK(a.stepNs == 1'000'000);
    int majors = 0;
    for (const AxisTick& t : a.ticks) {
        CHECK(t.x >= 0.0f);
        CHECK(t.x < 1000.0f);
        if (!t.major) continue;
        CHECK(t.label == std::to_string(t.ns / 1'000'000) + " ms");
        ++majors;
    }
    CHECK(majors == 10);
    const TimeAxis s = buildTimeAxis(TimelineContext::make(TimeRange{0, 3'000'000'000}, 600.0f), 100.0f);
    CHECK(s.stepNs == 500'000'000);
    CHECK(s.ticks[0].label == "0.0 s");
    CHECK(s.ticks[0].major);
    const TimeAxis us = buildTimeAxis(TimelineContext::make(TimeRange{2'000, 9'000}, 700.0f), 100.0f);
    CHECK(us.stepNs == 1000);
    CHECK(us.ticks.front().label == "2 \xC2\xB5s");
    const TimeAxis ns = buildTimeAxis(TimelineContext::make(TimeRange{0, 500}, 500.0f), 100.0f);
    CHECK(ns.ticks.front().label == "0 ns");
    CHECK(formatDuration(1'250'000) == "1.25 ms");
    CHECK(formatDuration(850) == "850 ns");
    CHECK(formatDuration(42'000'000'000) == "42.0 s");
    // Zoomed in far from 0, labels keep enough decimals to differ.
    const TimeAxis deep = buildTimeAxis(TimelineContext::make(TimeRange{12'000'000'000, 12'000'010'000}, 1000.0f), 100.0f);
    REQUIRE(deep.ticks.size() >= 2);
    std::string prev;
    for (const AxisTick& t : deep.ticks) {
        if (!t.major) continue;
        CHECK(t.label != prev);
        prev = t.label;
    }
}

TEST_CASE("viewmodel.zoom keeps the time under the cursor still and respects the bounds") {
    const TimeRange bounds{0, 1'000'000};
    const TimeRange r{200'000, 600'000};
    for (double factor : {0.5, 0.8, 1.25}) {
        for (uint64_t anchor : {200'000ull, 300'000ull, 599'999ull}) {
            const TimeRange z = zoomAround(r, anchor, factor, bounds);
            CAPTURE(factor);
            CAPTURE(anchor);
            const double before = double(anchor - r.startNs) / double(r.duration());
            const double after = double(anchor - z.startNs) / double(z.duration());
            CHECK(after == doctest::Approx(before).epsilon(1e-4));
            CHECK(double(z.duration()) == doctest::Approx(double(r.duration()) * factor).epsilon(1e-6));
        }
    }
    // Never past the bounds, never shorter than the minimum, never empty.
    TimeRange z = r;
    for (int i = 0; i < 100; ++i) z = zoomAround(z, 400'000, 0.5, bounds);
    CHECK(z.duration() == kMinRangeNs);
    CHECK(z.contains(400'000));
    for (int i = 0; i < 100; ++i) z = zoomAround(z, 999'000, 2.0, bounds);
    CHECK(z == bounds);
}

TEST_CASE("viewmodel.pan keeps the duration and stops at the bounds") {
    const TimeRange bounds{0, 1000};
    const TimeRange r{100, 300};
    CHECK(pan(r, 50, bounds) == TimeRange{150, 350});
    CHECK(pan(r, -500, bounds) == TimeRange{0, 200});
    CHECK(pan(r, 5000, bounds) == TimeRange{800, 1000});
    // Dragging 100 px right on a 200-px canvas moves the view half its width earlier.
    CHECK(panPixels(r, 100.0f, 200.0f, bounds) == TimeRange{0, 200});
    CHECK(panPixels(TimeRange{400, 600}, -100.0f, 200.0f, bounds) == TimeRange{500, 700});
    // A range longer than the bounds shrinks to them.
    CHECK(clampTo(TimeRange{0, 5000}, bounds) == bounds);
    const TimelineContext ctx = TimelineContext::make(r, 200.0f);
    CHECK(ctx.toX(200) == doctest::Approx(100.0));
    CHECK(ctx.toNs(100.0) == 200);
    CHECK(ctx.toNs(-5.0) == 100);
    CHECK(ctx.toNs(1e9) == 299);
}
