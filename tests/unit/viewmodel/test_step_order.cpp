// Step mode's "next task in turn": id order after the last stepper, skipping tasks that cannot run.
#include <doctest/doctest.h>

#include <vector>

#include "app/viewmodel/step_order.hpp"

using namespace il::viewmodel;

TEST_CASE("the first step goes to the lowest runnable id") {
    const std::vector<StepCandidate> t{{0, false}, {1, true}, {2, true}};
    CHECK(nextInTurn(t, std::nullopt) == 1u);
}

TEST_CASE("turns go round in id order after the last task, skipping those that cannot run") {
    const std::vector<StepCandidate> t{{0, true}, {1, false}, {2, true}, {3, true}};
    CHECK(nextInTurn(t, 0u) == 2u);
    CHECK(nextInTurn(t, 2u) == 3u);
    CHECK(nextInTurn(t, 3u) == 0u);  // wraps round
    CHECK(nextInTurn(t, 1u) == 2u);  // the last stepper blocked meanwhile
}

TEST_CASE("a lone runnable task steps again; no runnable task gives nothing") {
    const std::vector<StepCandidate> one{{0, false}, {4, true}};
    CHECK(nextInTurn(one, 4u) == 4u);
    const std::vector<StepCandidate> none{{0, false}, {1, false}};
    CHECK_FALSE(nextInTurn(none, 0u).has_value());
    CHECK_FALSE(nextInTurn({}, std::nullopt).has_value());
}
