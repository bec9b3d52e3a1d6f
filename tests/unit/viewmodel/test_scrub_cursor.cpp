// Scrubbing the timeline cursor: pixel to viewed moment, the right end meaning "live", and
// which presses grab the cursor instead of panning.
#include <doctest/doctest.h>

#include "app/viewmodel/scrub_cursor.hpp"

using namespace il::viewmodel;

TEST_CASE("a pixel of the time area is the recorded moment under it") {
    const TimelineContext ctx = TimelineContext::make(TimeRange{1'000, 2'000}, 100.0f);  // 10 ns per pixel
    CHECK(scrubTo(ctx, 0.0, 5'000) == 1'000u);
    CHECK(scrubTo(ctx, 50.0, 5'000) == 1'500u);
    CHECK(scrubTo(ctx, -30.0, 5'000) == 1'000u);  // left of the area: its first moment
}

TEST_CASE("at or past the trace's latest time the cursor goes live") {
    const TimelineContext ctx = TimelineContext::make(TimeRange{0, 1'000}, 100.0f);
    CHECK(scrubTo(ctx, 79.0, 800) == 790u);
    CHECK_FALSE(scrubTo(ctx, 80.0, 800).has_value());
    CHECK_FALSE(scrubTo(ctx, 99.0, 800).has_value());
}

TEST_CASE("a press near the cursor grabs it; elsewhere it pans") {
    const TimelineContext ctx = TimelineContext::make(TimeRange{0, 1'000}, 100.0f);
    CHECK(grabsCursor(ctx, 50.0, 500, 4.0));
    CHECK(grabsCursor(ctx, 46.0, 500, 4.0));
    CHECK_FALSE(grabsCursor(ctx, 40.0, 500, 4.0));
}
