#pragma once
// What the window's "Find a failing schedule" progress bar shows: how far the explorer is, how
// fast it goes and how long the rest should take, from the run counts and the elapsed time.
// Pure arithmetic and number formatting, so it is tested without a window.

#include <cstdint>
#include <optional>
#include <string>

namespace il::viewmodel {

struct ExploreProgress {
    float fraction = 0;                 // runs done / runs asked for, in [0, 1]
    double runsPerSecond = 0;           // 0 until any time has passed
    std::optional<double> etaSeconds;   // unknown until a rate is known; 0 when done
};

// exploreProgress() is the progress after `done` of `total` runs in `seconds` of real time.
[[nodiscard]] ExploreProgress exploreProgress(uint64_t done, uint64_t total, double seconds);
// formatEta() is a short, whole-unit duration for a progress line: "<1 s", "42 s", "3 min 05 s",
// "2 h 10 min". Negative or unknown durations read "?".
[[nodiscard]] std::string formatEta(std::optional<double> seconds);
// formatCount() writes a count for people: "950", "12.3k", "4.56M" (three significant digits).
[[nodiscard]] std::string formatCount(double n);

}  // namespace il::viewmodel
