#include "app/viewmodel/series_sampler.hpp"

#include <algorithm>
#include <cmath>

namespace il::viewmodel {

void sampleSeries(const std::vector<trace::SeriesPoint>& series, const TimelineContext& ctx,
                  std::vector<SeriesSample>& out) {
    out.clear();
    const uint64_t t0 = ctx.range.startNs, t1 = ctx.range.endNs;
    auto it = std::upper_bound(series.begin(), series.end(), t0,
                               [](uint64_t t, const trace::SeriesPoint& p) { return t < p.timeNs; });
    uint32_t value = it == series.begin() ? 0 : std::prev(it)->value;
    const auto lastColumn = static_cast<int64_t>(std::ceil(ctx.widthPx)) - 1;
    out.push_back(SeriesSample{0.0f, value, value, value});
    for (; it != series.end() && it->timeNs < t1; ++it) {
        const int64_t column = std::min(lastColumn, static_cast<int64_t>(std::floor(ctx.toX(it->timeNs))));
        SeriesSample& back = out.back();
        if (static_cast<int64_t>(back.x) != column) {
            // A new column starts from the value carried in from the previous one.
            out.push_back(SeriesSample{static_cast<float>(column), back.lastValue, back.lastValue, back.lastValue});
        }
        SeriesSample& s = out.back();
        s.minValue = std::min(s.minValue, it->value);
        s.maxValue = std::max(s.maxValue, it->value);
        s.lastValue = it->value;
    }
}

}  // namespace il::viewmodel
