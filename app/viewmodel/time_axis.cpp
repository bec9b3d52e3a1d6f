#include "app/viewmodel/time_axis.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace il::viewmodel {

namespace {

struct Unit {
    uint64_t ns;
    const char* name;
};

Unit unitFor(uint64_t scaleNs) {
    if (scaleNs >= 1'000'000'000) return {1'000'000'000, "s"};
    if (scaleNs >= 1'000'000) return {1'000'000, "ms"};
    if (scaleNs >= 1'000) return {1'000, "\xC2\xB5s"};  // µs in UTF-8
    return {1, "ns"};
}

std::string formatIn(double value, int decimals, const char* unit) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f %s", decimals, value, unit);
    return buf;
}

}  // namespace

uint64_t niceStep(double nsPerPx, float minSpacingPx) {
    const double minNs = std::max(1.0, nsPerPx * static_cast<double>(minSpacingPx));
    uint64_t decade = 1;
    for (;;) {
        for (uint64_t m : {1u, 2u, 5u})
            if (static_cast<double>(m * decade) >= minNs) return m * decade;
        if (decade > UINT64_MAX / 100) return decade * 10;
        decade *= 10;
    }
}

std::string formatTime(uint64_t ns, uint64_t scaleNs, uint64_t resolutionNs) {
    const Unit u = unitFor(std::max<uint64_t>(scaleNs, 1));
    int decimals = 0;
    for (uint64_t r = u.ns; r > std::max<uint64_t>(resolutionNs, 1) && decimals < 9; r /= 10) ++decimals;
    return formatIn(static_cast<double>(ns) / static_cast<double>(u.ns), decimals, u.name);
}

std::string formatDuration(uint64_t ns) {
    const Unit u = unitFor(ns);
    const double v = static_cast<double>(ns) / static_cast<double>(u.ns);
    const int decimals = u.ns == 1 ? 0 : v >= 100 ? 0 : v >= 10 ? 1 : 2;
    return formatIn(v, decimals, u.name);
}

TimeAxis buildTimeAxis(const TimelineContext& ctx, float minSpacingPx) {
    TimeAxis axis;
    axis.stepNs = niceStep(ctx.nsPerPx, minSpacingPx);
    // A step of 2×10^k splits into quarters, 1× and 5× into fifths.
    uint64_t mantissa = axis.stepNs;
    while (mantissa >= 10) mantissa /= 10;
    const uint64_t minor = axis.stepNs / (mantissa == 2 ? 4 : 5);
    const bool drawMinor = minor > 0 && static_cast<double>(minor) / ctx.nsPerPx >= 6.0;
    const uint64_t scale = std::max(ctx.range.endNs, axis.stepNs);
    const uint64_t unit = drawMinor ? minor : axis.stepNs;
    const uint64_t first = (ctx.range.startNs + unit - 1) / unit * unit;
    for (uint64_t t = first; t < ctx.range.endNs; t += unit) {
        AxisTick tick;
        tick.ns = t;
        tick.x = static_cast<float>(ctx.toX(t));
        tick.major = t % axis.stepNs == 0;
        if (tick.major) tick.label = formatTime(t, scale, axis.stepNs);
        axis.ticks.push_back(std::move(tick));
        if (t > UINT64_MAX - unit) break;
    }
    return axis;
}

}  // namespace il::viewmodel
