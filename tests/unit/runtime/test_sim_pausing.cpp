// A PausingPolicy stops a run after k picks and lets it go on later: the way the window walks
// through a found schedule. Pausing must not change the run: paused at any k and resumed, it
// prints what an unpaused run prints, and while paused nothing moves (no step, no time).

#include <doctest/doctest.h>

#include "engine/sched/pausing_policy.hpp"
#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

const char* kScript = R"(import threading
from interleave import work

def worker(name):
    for i in range(3):
        print(name, i)
        work(4)

ts = [threading.Thread(target=worker, args=(n,)) for n in 'abc']
for t in ts:
    t.start()
for t in ts:
    t.join()
print('done')
)";

std::unique_ptr<Runtime> makeRun(std::string& out, uint64_t allowed) {
    Settings s = settings(1, GilMode::Off);  // one core: the ready queue has several tasks
    s.policy = "random";
    s.seed = 11;
    il::sched::PolicyOptions po;
    po.seed = s.seed;
    auto policy = std::make_unique<il::sched::PausingPolicy>(il::sched::makePolicy("random", po), allowed);
    return std::make_unique<Runtime>(
        s, compile(kScript), [&out](std::string_view t) { out.append(t); }, [](std::string_view) {},
        std::move(policy));
}

}  // namespace

TEST_CASE("sim: a run paused after k picks and resumed is the unpaused run") {
    std::string full;
    auto whole = makeRun(full, UINT64_MAX);
    REQUIRE(whole->run() == Verdict::Ok);
    const auto picks = static_cast<il::sched::PausingPolicy&>(whole->policy()).picks();
    REQUIRE(picks > 3);
    for (uint64_t k : {uint64_t(0), uint64_t(1), picks / 2, picks - 1}) {
        CAPTURE(k);
        std::string out;
        auto run = makeRun(out, k);
        CHECK(run->run() == Verdict::Running);
        auto& pausing = static_cast<il::sched::PausingPolicy&>(run->policy());
        CHECK(pausing.picks() == k);
        const uint64_t steps = run->steps();
        const std::string soFar = out;
        CHECK_FALSE(run->step());  // paused: nothing moves
        CHECK(run->steps() == steps);
        CHECK(full.compare(0, soFar.size(), soFar) == 0);
        pausing.allow(UINT64_MAX);
        CHECK(run->run() == Verdict::Ok);
        CHECK(out == full);
    }
}
