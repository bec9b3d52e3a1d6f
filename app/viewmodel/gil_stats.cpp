#include "app/viewmodel/gil_stats.hpp"

#include <algorithm>

namespace il::viewmodel {

using trace::EventKind;
using trace::kNoId;
using trace::TaskId;
using trace::TaskState;

GilStats::TaskTrack& GilStats::track(TaskId t) {
    if (t >= m_tasks.size()) m_tasks.resize(t + 1);
    return m_tasks[t];
}

GilStats::Lane& GilStats::laneFor(trace::ResourceId gil, TaskId thread, const trace::TraceModel& model) {
    if (gil >= m_laneOfGil.size()) m_laneOfGil.resize(gil + 1, UINT32_MAX);
    if (m_laneOfGil[gil] == UINT32_MAX) {
        m_laneOfGil[gil] = static_cast<uint32_t>(m_lanes.size());
        m_lanes.emplace_back();
        m_lanes.back().gil = gil;
    }
    const uint32_t index = m_laneOfGil[gil];
    Lane& lane = m_lanes[index];
    if (lane.process == kNoId && thread < model.tasks().size()) lane.process = model.tasks()[thread].parent;
    TaskTrack& tr = track(thread);
    if (tr.lane != index) {
        tr.lane = index;
        lane.threads.push_back(thread);
    }
    return lane;
}

void GilStats::update(const trace::TraceLog& log, const trace::TraceModel& model) {
    m_model = &model;
    const auto isGil = [&](uint32_t r) {
        return r < model.resources().size() && model.resources()[r].kind == trace::ResourceKind::Gil;
    };
    for (; m_seen < log.size(); ++m_seen) {
        const trace::Event& e = log.at(m_seen);
        switch (e.kind) {
            case EventKind::GilTaken: {
                Lane& lane = laneFor(e.object, e.task, model);
                const uint32_t before = lane.takes.empty() ? 0 : lane.takes.back().handoffs;
                const bool changed = lane.lastHolder != kNoId && lane.lastHolder != e.task;
                lane.takes.push_back(Take{e.timeNs, e.task, before + (changed ? 1u : 0u)});
                lane.lastHolder = e.task;
                break;
            }
            case EventKind::GilDropped: {
                Lane& lane = laneFor(e.object, e.task, model);
                if (!lane.takes.empty() && lane.takes.back().holder == e.task)
                    lane.takes.push_back(Take{e.timeNs, kNoId, lane.takes.back().handoffs});
                break;
            }
            case EventKind::TaskState: {
                TaskTrack& tr = track(e.task);
                const bool onGil = e.state == TaskState::Blocked && isGil(e.object);
                if (onGil) {
                    Lane& lane = laneFor(e.object, e.task, model);
                    TaskTrack& me = track(e.task);  // laneFor may have grown m_tasks
                    // Blocked on the GIL while already waiting for it: woken, found it taken.
                    if (me.waitingSince) lane.falseAlarms.push_back(e.timeNs);
                    else me.waitingSince = e.timeNs;
                } else if (tr.waitingSince) {
                    const uint64_t start = *tr.waitingSince;
                    const uint64_t before = tr.waits.empty() ? 0 : tr.waits.back().totalNs;
                    const uint64_t end = std::max(e.timeNs, start);
                    tr.waits.push_back(Wait{start, end, before + (end - start)});
                    tr.waitingSince.reset();
                }
                break;
            }
            default: break;
        }
    }
}

uint64_t GilStats::taskWaitNs(TaskId t, uint64_t ns) const {
    if (t >= m_tasks.size()) return 0;
    const TaskTrack& tr = m_tasks[t];
    // Closed waits ending by `ns` (prefix sums), then the one `ns` falls in, if any.
    auto it = std::upper_bound(tr.waits.begin(), tr.waits.end(), ns, [](uint64_t v, const Wait& w) { return v < w.endNs; });
    uint64_t total = it == tr.waits.begin() ? 0 : std::prev(it)->totalNs;
    if (it != tr.waits.end()) {
        if (it->startNs < ns) total += ns - it->startNs;
    } else if (tr.waitingSince && *tr.waitingSince < ns) {
        total += ns - *tr.waitingSince;
    }
    return total;
}

const GilStats::Take* GilStats::takeAt(const Lane& lane, uint64_t ns) const {
    auto it = std::upper_bound(lane.takes.begin(), lane.takes.end(), ns, [](uint64_t v, const Take& k) { return v < k.timeNs; });
    return it == lane.takes.begin() ? nullptr : &*std::prev(it);
}

bool GilStats::waitsAt(TaskId t, trace::ResourceId gil, uint64_t ns) const {
    const trace::StateSpan* s = m_model != nullptr ? m_model->spanAt(t, ns) : nullptr;
    return s != nullptr && s->state == TaskState::Blocked && s->object == gil;
}

std::vector<GilRow> GilStats::rowsAt(uint64_t ns) const {
    std::vector<GilRow> rows;
    for (const Lane& lane : m_lanes) {
        GilRow row{lane.gil, lane.process};
        if (const Take* k = takeAt(lane, ns)) {
            row.holder = k->holder;
            row.handoffs = k->handoffs;
        }
        for (TaskId t : lane.threads) {
            row.waitNs += taskWaitNs(t, ns);
            if (waitsAt(t, lane.gil, ns)) ++row.waiting;
        }
        row.falseAlarms = static_cast<uint32_t>(std::upper_bound(lane.falseAlarms.begin(), lane.falseAlarms.end(), ns) -
                                                lane.falseAlarms.begin());
        rows.push_back(row);
    }
    return rows;
}

GilRelation GilStats::relationAt(TaskId t, uint64_t ns) const {
    if (t >= m_tasks.size() || m_tasks[t].lane == UINT32_MAX) return GilRelation::None;
    const Lane& lane = m_lanes[m_tasks[t].lane];
    if (const Take* k = takeAt(lane, ns); k != nullptr && k->holder == t) return GilRelation::Holds;
    if (waitsAt(t, lane.gil, ns)) return GilRelation::Waits;
    const trace::StateSpan* s = m_model != nullptr ? m_model->spanAt(t, ns) : nullptr;
    if (s == nullptr || s->state == TaskState::Done || s->state == TaskState::Failed) return GilRelation::None;
    return GilRelation::Without;
}

}  // namespace il::viewmodel
