#include "app/viewmodel/scrub_cursor.hpp"

#include <cmath>

namespace il::viewmodel {

std::optional<uint64_t> scrubTo(const TimelineContext& ctx, double x, uint64_t nowNs) {
    const uint64_t ns = ctx.toNs(x);
    if (ns >= nowNs) return std::nullopt;
    return ns;
}

bool grabsCursor(const TimelineContext& ctx, double x, uint64_t cursorNs, double slopPx) {
    return std::fabs(ctx.toX(cursorNs) - x) <= slopPx;
}

}  // namespace il::viewmodel
