// Tiling the window: every panel gets a place, none covers another, together they fill the
// work area exactly.
#include <doctest/doctest.h>

#include <set>

#include "app/viewmodel/panel_layout.hpp"

using il::viewmodel::PanelRect;
using il::viewmodel::tilePanels;

namespace {

bool overlap(const PanelRect& a, const PanelRect& b) {
    constexpr float eps = 0.01f;
    return a.x + eps < b.x + b.w && b.x + eps < a.x + a.w && a.y + eps < b.y + b.h && b.y + eps < a.y + a.h;
}

}  // namespace

TEST_CASE("the tiles fill the work area without overlapping") {
    for (auto [w, h] : {std::pair{1280.0f, 760.0f}, {1600.0f, 940.0f}, {1920.0f, 1040.0f}}) {
        const auto tiles = tilePanels(0, 40, w, h);
        std::set<std::string> ids;
        float area = 0;
        for (const PanelRect& r : tiles) {
            ids.insert(r.id);
            CHECK(r.w > 150);
            CHECK(r.h > 80);
            CHECK(r.x >= 0);
            CHECK(r.y >= 40);
            CHECK(r.x + r.w <= w + 0.01f);
            CHECK(r.y + r.h <= 40 + h + 0.01f);
            area += r.w * r.h;
        }
        CHECK(ids == std::set<std::string>{"Code", "Parameters", "Lesson", "Timeline", "Tasks", "Locks & waits",
                                           "Queues", "Console"});
        CHECK(area == doctest::Approx(w * h).epsilon(0.001));
        for (size_t i = 0; i < tiles.size(); ++i)
            for (size_t j = i + 1; j < tiles.size(); ++j)
                CHECK_MESSAGE(!overlap(tiles[i], tiles[j]), tiles[i].id, " covers ", tiles[j].id);
    }
}

TEST_CASE("the timeline is the widest panel, across the top") {
    const auto tiles = tilePanels(0, 0, 1600, 900);
    const PanelRect* timeline = nullptr;
    for (const PanelRect& r : tiles)
        if (r.id == "Timeline") timeline = &r;
    REQUIRE(timeline != nullptr);
    CHECK(timeline->y == 0);
    for (const PanelRect& r : tiles) CHECK(r.w * r.h <= timeline->w * timeline->h);
}
