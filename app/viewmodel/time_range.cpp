#include "app/viewmodel/time_range.hpp"

#include <algorithm>
#include <cmath>

namespace il::viewmodel {

TimeRange clampTo(TimeRange r, TimeRange bounds) {
    const uint64_t d = std::min(r.duration(), bounds.duration());
    uint64_t start = std::clamp(r.startNs, bounds.startNs, bounds.endNs - d);
    return TimeRange{start, start + d};
}

TimeRange zoomAround(TimeRange r, uint64_t anchorNs, double factor, TimeRange bounds) {
    const double d = static_cast<double>(r.duration());
    const double maxD = static_cast<double>(bounds.duration());
    const double minD = std::min(static_cast<double>(kMinRangeNs), maxD);
    const double newD = std::clamp(d * factor, minD, maxD);
    const double anchor = static_cast<double>(std::clamp(anchorNs, r.startNs, r.endNs));
    const double frac = (anchor - static_cast<double>(r.startNs)) / d;
    const double start = std::max(0.0, anchor - frac * newD);
    const auto startNs = static_cast<uint64_t>(std::llround(start));
    const auto durNs = std::max<uint64_t>(1, static_cast<uint64_t>(std::llround(newD)));
    return clampTo(TimeRange{startNs, startNs + durNs}, bounds);
}

TimeRange pan(TimeRange r, int64_t deltaNs, TimeRange bounds) {
    const auto start = static_cast<int64_t>(r.startNs) + deltaNs;
    const uint64_t s = start < 0 ? 0 : static_cast<uint64_t>(start);
    return clampTo(TimeRange{s, s + r.duration()}, bounds);
}

TimeRange panPixels(TimeRange r, float dxPx, float widthPx, TimeRange bounds) {
    const double nsPerPx = static_cast<double>(r.duration()) / std::max(1.0f, widthPx);
    return pan(r, -static_cast<int64_t>(std::llround(dxPx * nsPerPx)), bounds);
}

uint64_t TimelineContext::toNs(double x) const {
    const double ns = static_cast<double>(range.startNs) + std::clamp(x, 0.0, double(widthPx)) * nsPerPx;
    return std::clamp(static_cast<uint64_t>(std::llround(ns)), range.startNs, range.endNs - 1);
}

}  // namespace il::viewmodel
