#include <doctest/doctest.h>

#include <initializer_list>

#include <cstdlib>

#include "app/viewmodel/state_palette.hpp"

using namespace il::viewmodel;
using il::trace::TaskState;

TEST_CASE("viewmodel.palette gives every state its own colour in both themes") {
    for (Theme theme : {Theme::Dark, Theme::Light}) {
        for (int a = 0; a < il::trace::kTaskStateCount; ++a) {
            for (int b = a + 1; b < il::trace::kTaskStateCount; ++b) {
                const Rgba ca = colourOf(static_cast<ColourId>(a), theme), cb = colourOf(static_cast<ColourId>(b), theme);
                const int dist = std::abs(ca.r - cb.r) + std::abs(ca.g - cb.g) + std::abs(ca.b - cb.b);
                CAPTURE(a);
                CAPTURE(b);
                CHECK(dist > 60);  // tell-apart on a washed-out projector
            }
            CHECK(colourOf(static_cast<ColourId>(a), theme) != canvasColour(theme));
        }
    }
    // The agreed hues: running green, ready amber, blocked red, sleeping blue.
    const Rgba run = stateColour(TaskState::Running, Theme::Dark);
    CHECK((run.g > run.r && run.g > run.b));
    const Rgba blocked = stateColour(TaskState::Blocked, Theme::Dark);
    CHECK((blocked.r > blocked.g && blocked.r > blocked.b));
    const Rgba sleep = stateColour(TaskState::Sleeping, Theme::Dark);
    CHECK((sleep.b > sleep.r && sleep.b > sleep.g));
    const Rgba ready = stateColour(TaskState::Ready, Theme::Dark);
    CHECK((ready.r > ready.b && ready.g > ready.b));
    CHECK(Rgba{1, 2, 3, 4}.packed() == 0x04030201u);  // ImGui's IM_COL32 layout
}
