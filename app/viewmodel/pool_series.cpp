#include "app/viewmodel/pool_series.hpp"

#include <algorithm>
#include <iterator>

namespace il::viewmodel {

uint32_t seriesValueAt(const std::vector<trace::SeriesPoint>& series, uint64_t ns) {
    auto after = std::upper_bound(series.begin(), series.end(), ns,
                                  [](uint64_t t, const trace::SeriesPoint& p) { return t < p.timeNs; });
    return after == series.begin() ? 0 : std::prev(after)->value;
}

std::string jobsQueueName(const std::string& poolName) { return poolName + " jobs"; }

QueueGroups groupQueues(const trace::TraceModel& model) {
    using trace::ResourceKind;
    QueueGroups g;
    const auto& rs = model.resources();
    for (size_t i = 0; i < rs.size(); ++i) {
        const trace::ResourceInfo& r = rs[i];
        if (r.kind == ResourceKind::Pool) {
            PoolSeries p{r.id, trace::kNoId};
            // The jobs queue is the next resource: the runtime creates both in one call, so a
            // user's queue that merely has the same name is never taken for it.
            if (i + 1 < rs.size() && rs[i + 1].kind == ResourceKind::Queue && rs[i + 1].name == jobsQueueName(r.name)) {
                p.jobs = rs[i + 1].id;
                ++i;
            }
            g.pools.push_back(p);
        } else if (r.kind == ResourceKind::Queue || r.kind == ResourceKind::Pipe) {
            g.queues.push_back(r.id);
        }
    }
    return g;
}

}  // namespace il::viewmodel
