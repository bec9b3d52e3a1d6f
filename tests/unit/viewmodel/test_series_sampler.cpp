#include <doctest/doctest.h>

#include <initializer_list>

#include <vector>

#include "app/viewmodel/series_sampler.hpp"

using namespace il::viewmodel;
using il::trace::SeriesPoint;

TEST_CASE("viewmodel.series sampling keeps at most one sample per pixel with its min and max") {
    std::vector<SeriesPoint> series;
    // A queue of capacity 4 filling and draining every 10 ns for 100 000 ns.
    for (uint64_t t = 0; t < 100'000; t += 10) series.push_back(SeriesPoint{t, static_cast<uint32_t>((t / 10) % 5)});
    std::vector<SeriesSample> out;
    for (float width : {50.0f, 333.0f, 1600.0f}) {
        sampleSeries(series, TimelineContext::make({0, 100'000}, width), out);
        CAPTURE(width);
        CHECK(out.size() <= static_cast<size_t>(width));
        CHECK(out.size() >= static_cast<size_t>(width) - 1);
        for (size_t i = 1; i < out.size(); ++i) CHECK(out[i].x > out[i - 1].x);
        // Every column spans many changes: the full 0..4 swing shows in each.
        for (size_t i = 1; i + 1 < out.size(); ++i) {
            CHECK(out[i].minValue == 0);
            CHECK(out[i].maxValue == 4);
        }
    }
}

TEST_CASE("viewmodel.series sampling carries the value in from before the range") {
    const std::vector<SeriesPoint> series = {{100, 3}, {500, 1}, {900, 2}};
    std::vector<SeriesSample> out;
    sampleSeries(series, TimelineContext::make({200, 800}, 60.0f), out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].x == 0.0f);
    CHECK(out[0].lastValue == 3);
    CHECK(out[1].x == 30.0f);
    CHECK(out[1].minValue == 1);
    CHECK(out[1].maxValue == 3);  // the column starts at 3 and drops to 1
    CHECK(out[1].lastValue == 1);
    sampleSeries(series, TimelineContext::make({0, 50}, 10.0f), out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].lastValue == 0);  // before the first put the queue is empty
}
