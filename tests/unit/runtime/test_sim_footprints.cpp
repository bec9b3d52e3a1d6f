// Systematic runs hand the policy each step's footprint. The explorer compares footprints of
// steps from different runs, so a footprint must not depend on where objects happen to be
// allocated: two runs of the same script and choices, the first still alive while the second
// runs (so no object can share an address across them), give the same footprints.

#include <doctest/doctest.h>

#include <vector>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

const char* kScript = R"(import threading

class Box:
    def __init__(self):
        self.n = 0

box = Box()
items = [0, 0]

def add(i):
    for _ in range(2):
        box.n += 1
        items[i] += 1

ts = [threading.Thread(target=add, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
)";

// Round robin over the candidates, writing down every footprint it is shown.
class FootprintLog final : public il::sched::Policy {
public:
    std::optional<size_t> pick(const il::sched::ChoicePoint& point) override {
        seen.emplace_back(point.last.accesses.begin(), point.last.accesses.end());
        return size_t(point.step % point.runnable.size());
    }
    std::string_view name() const override { return "replay"; }
    std::vector<std::vector<uint64_t>> seen;
};

std::unique_ptr<Runtime> systematicRun(FootprintLog*& log) {
    Settings s = settings();
    s.systematic = true;
    auto policy = std::make_unique<FootprintLog>();
    log = policy.get();
    return std::make_unique<Runtime>(
        s, compile(kScript), [](std::string_view) {}, [](std::string_view) {}, std::move(policy));
}

}  // namespace

TEST_CASE("sim: a systematic run's footprints are the same in every run of the same choices") {
    FootprintLog* first = nullptr;
    FootprintLog* second = nullptr;
    auto a = systematicRun(first);
    REQUIRE(a->run() == Verdict::Ok);
    auto b = systematicRun(second);  // `a` is still alive: every object of `b` has another address
    REQUIRE(b->run() == Verdict::Ok);
    REQUIRE(first->seen.size() > 10);
    size_t withAccesses = 0;
    for (const auto& f : first->seen) withAccesses += f.empty() ? 0 : 1;
    CHECK(withAccesses > 5);  // the steps did touch shared objects (box.n, items[i], globals)
    CHECK(first->seen == second->seen);
}
