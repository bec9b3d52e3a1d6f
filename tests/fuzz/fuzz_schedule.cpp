// Fuzz target: schedule files (`interleave replay FILE`, `run --schedule`). parseSchedule() must
// turn any text into a Schedule or an error message, never a crash; a schedule it accepts must
// survive a write/read round trip unchanged, and its replay policy must answer any choice point
// with a valid index.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/schedule_file.hpp"

namespace {

// check() aborts (a crash for the fuzzer) when a property the file format promises fails.
void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "schedule property failed: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace il;
    std::string error;
    auto parsed = cli::parseSchedule(std::string_view(reinterpret_cast<const char*>(data), size), error);
    if (!parsed) {
        check(!error.empty(), "a rejected schedule says why");
        return 0;
    }
    const std::string written = cli::scheduleJson(*parsed);
    std::string again_error;
    auto again = cli::parseSchedule(written, again_error);
    check(again.has_value(), "a parsed schedule, written out, parses again");
    check(cli::scheduleJson(*again) == written, "a write/read round trip is the identity");

    auto policy = cli::replayPolicy(*parsed);
    check(policy != nullptr, "an accepted schedule has a policy");
    std::vector<sched::TaskId> runnable;
    for (uint64_t step = 0; step < 64; ++step) {
        runnable.push_back(sched::TaskId(step % 5));
        if (runnable.size() > 4) runnable.erase(runnable.begin());
        policy->onTaskCreated(sched::TaskId(step));
        auto pick = policy->pick(sched::ChoicePoint{runnable, runnable.front(), step});
        check(pick.has_value() && *pick < runnable.size(), "a replay policy picks a runnable task");
    }
    return 0;
}
