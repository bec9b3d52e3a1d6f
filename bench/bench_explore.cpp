// bench_explore: issue 7's exploration figures (docs/performance.md). Prints, does not assert.
//   1. complete runs per second on the five dining philosophers (one meal, no sleeps; the
//      one-left-hander version, so no run fails and every run is a complete one), random
//      strategy, 1 job and 2 jobs;
//   2. schedules dfs needs with and without the partial-order reduction, on race-free scripts
//      (the whole bounded space) and on failing ones (until the first failure).
// Usage: bench_explore [SOURCE_DIR] (default: the source tree it was built from).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "app/cli/compile_file.hpp"
#include "app/cli/explorer.hpp"
#include "app/cli/schedule_file.hpp"

using namespace il;
using namespace il::cli;

namespace {

std::string g_source = INTERLEAVE_SOURCE_DIR;

std::string readSource(const std::string& rel) {
    std::ifstream in(g_source + "/" + rel);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string dining(int n, bool lefty) {
    std::string t = readSource("tests/explore/dining.py");
    t.replace(t.find("PHILOSOPHERS = 5"), 16, "PHILOSOPHERS = " + std::to_string(n));
    t.replace(t.find("ONE_LEFTY = 0"), 13, std::string("ONE_LEFTY = ") + (lefty ? "1" : "0"));
    return t;
}

ExploreResult run(const std::string& text, ExploreOptions o) {
    rt::Settings base;
    base.limits.maxInstructions = 50'000'000;
    return explore([text] { return compileText("bench.py", text).program; }, scriptHash(text), base, o);
}

void throughput(const std::string& text, unsigned jobs) {
    ExploreOptions o;
    o.strategy = "random";
    o.runs = 20'000;
    o.jobs = jobs;
    double best = 0;
    for (int i = 0; i < 3; ++i) {
        ExploreResult r = run(text, o);
        best = std::max(best, double(r.made) / r.seconds);
    }
    std::printf("dining (5, one meal, one left-hander), random, %u job%s: %.0f runs/s (best of 3 x 20000)\n", jobs,
                jobs == 1 ? "" : "s", best);
}

void dfsCount(const char* what, const std::string& text, uint32_t k) {
    for (bool por : {true, false}) {
        ExploreOptions o;
        o.strategy = "dfs";
        o.preemptions = k;
        o.partialOrder = por;
        o.runs = 10'000'000;
        ExploreResult r = run(text, o);
        std::printf("dfs K=%u %-34s %-13s %8llu schedules + %6llu pruned, %s, %.2f s\n", k, what,
                    por ? "sleep sets:" : "no reduction:", (unsigned long long)r.tried, (unsigned long long)r.pruned,
                    r.found ? "failure found" : r.exhausted ? "bound exhausted" : "run limit", r.seconds);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1) g_source = argv[1];
    throughput(dining(5, true), 1);
    throughput(dining(5, true), 2);
    dfsCount("lost update (2 x 2, no lock)", readSource("tests/explore/lost_update.py"), 2);
    dfsCount("locked counter (2 x 2)", readSource("tests/explore/lost_update_locked.py"), 2);
    dfsCount("dining 3, one left-hander", dining(3, true), 2);
    dfsCount("dining 3", dining(3, false), 2);
    dfsCount("dining 5", dining(5, false), 1);
    dfsCount("dining 5, one left-hander", dining(5, true), 1);
    return 0;
}
