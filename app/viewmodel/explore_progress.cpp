#include "app/viewmodel/explore_progress.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace il::viewmodel {

ExploreProgress exploreProgress(uint64_t done, uint64_t total, double seconds) {
    ExploreProgress p;
    const uint64_t capped = std::min(done, total);
    p.fraction = total == 0 ? 1.0f : static_cast<float>(static_cast<double>(capped) / static_cast<double>(total));
    if (capped >= total) {
        p.etaSeconds = 0.0;
    }
    if (seconds > 0 && done > 0) {
        p.runsPerSecond = static_cast<double>(done) / seconds;
        if (!p.etaSeconds) p.etaSeconds = static_cast<double>(total - capped) / p.runsPerSecond;
    }
    return p;
}

std::string formatEta(std::optional<double> seconds) {
    if (!seconds || !(*seconds >= 0) || !std::isfinite(*seconds)) return "?";
    char buf[48];
    // Rounded up: an ETA that says "0 s" while work remains reads as a hang.
    const auto s = static_cast<uint64_t>(std::ceil(*seconds));
    if (*seconds < 1) std::snprintf(buf, sizeof buf, "<1 s");
    else if (s < 60) std::snprintf(buf, sizeof buf, "%llu s", static_cast<unsigned long long>(s));
    else if (s < 3600) std::snprintf(buf, sizeof buf, "%llu min %02llu s", static_cast<unsigned long long>(s / 60),
                                     static_cast<unsigned long long>(s % 60));
    else std::snprintf(buf, sizeof buf, "%llu h %02llu min", static_cast<unsigned long long>(s / 3600),
                       static_cast<unsigned long long>(s / 60 % 60));
    return buf;
}

std::string formatCount(double n) {
    char buf[32];
    if (!(n >= 0) || !std::isfinite(n)) return "?";
    if (n < 1000) std::snprintf(buf, sizeof buf, "%.0f", n);
    else if (n < 1e6) std::snprintf(buf, sizeof buf, n < 1e4 ? "%.2fk" : n < 1e5 ? "%.1fk" : "%.0fk", n / 1e3);
    else std::snprintf(buf, sizeof buf, n < 1e7 ? "%.2fM" : n < 1e8 ? "%.1fM" : "%.0fM", n / 1e6);
    return buf;
}

}  // namespace il::viewmodel
