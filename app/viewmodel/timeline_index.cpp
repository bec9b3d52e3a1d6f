#include "app/viewmodel/timeline_index.hpp"

#include <algorithm>

namespace il::viewmodel {

using trace::Event;
using trace::EventKind;
using trace::kNoId;
using trace::kOpenEnd;

GilLane& TimelineIndex::laneFor(trace::ResourceId gil) {
    if (gil >= m_laneOfGil.size()) m_laneOfGil.resize(gil + 1, kNoId);
    if (m_laneOfGil[gil] == kNoId) {
        m_laneOfGil[gil] = static_cast<uint32_t>(m_gilLanes.size());
        m_gilLanes.emplace_back();
        m_gilLanes.back().gil = gil;
    }
    return m_gilLanes[m_laneOfGil[gil]];
}

void TimelineIndex::apply(const Event& e, const trace::TraceModel& model) {
    switch (e.kind) {
        case EventKind::GilTaken: {
            GilLane& lane = laneFor(e.object);
            if (lane.process == kNoId && e.task < model.tasks().size())
                lane.process = model.tasks()[e.task].parent;
            // A take without the previous holder's drop still ends the previous holding.
            if (!lane.spans.empty() && lane.spans.back().endNs == kOpenEnd) {
                if (lane.spans.back().holder == e.task) break;
                lane.spans.back().endNs = std::max(e.timeNs, lane.spans.back().startNs);
            }
            lane.spans.push_back(GilSpan{e.timeNs, kOpenEnd, e.task});
            break;
        }
        case EventKind::GilDropped: {
            GilLane& lane = laneFor(e.object);
            if (!lane.spans.empty() && lane.spans.back().endNs == kOpenEnd && lane.spans.back().holder == e.task)
                lane.spans.back().endNs = std::max(e.timeNs, lane.spans.back().startNs);
            break;
        }
        case EventKind::Note: {
            const NoteEntry n{e.timeNs, e.task, e.aux};
            // Events are time-ordered per task only: insert in place when one arrives late.
            if (m_notes.empty() || m_notes.back().timeNs <= n.timeNs) {
                m_notes.push_back(n);
            } else {
                auto it = std::upper_bound(m_notes.begin(), m_notes.end(), n.timeNs,
                                           [](uint64_t t, const NoteEntry& x) { return t < x.timeNs; });
                m_notes.insert(it, n);
            }
            break;
        }
        default:
            break;
    }
}

void TimelineIndex::update(const trace::TraceLog& log, const trace::TraceModel& model) {
    for (; m_seen < log.size(); ++m_seen) {
        const Event& e = log.at(m_seen);
        if (e.kind == EventKind::GilTaken || e.kind == EventKind::GilDropped || e.kind == EventKind::Note)
            apply(e, model);
    }
    const auto& tasks = model.tasks();
    if (m_taskPyramids.size() < tasks.size()) {
        m_taskPyramids.resize(tasks.size());
        m_taskIndexed.resize(tasks.size(), 0);
    }
    for (size_t t = 0; t < tasks.size(); ++t) {
        const auto& spans = tasks[t].spans;
        const size_t closed = spans.empty() || spans.back().endNs != kOpenEnd ? spans.size() : spans.size() - 1;
        for (size_t& i = m_taskIndexed[t]; i < closed; ++i)
            m_taskPyramids[t].add(spans[i].startNs, spans[i].endNs, colourId(spans[i].state));
    }
    for (GilLane& lane : m_gilLanes) {
        const size_t closed = lane.spans.empty() || lane.spans.back().endNs != kOpenEnd ? lane.spans.size()
                                                                                        : lane.spans.size() - 1;
        for (; lane.indexed < closed; ++lane.indexed) {
            const GilSpan& s = lane.spans[lane.indexed];
            lane.pyramid.add(s.startNs, s.endNs, hueId(s.holder));
        }
    }
}

size_t TimelineIndex::byteSize() const {
    size_t bytes = sizeof(*this) + m_taskIndexed.capacity() * sizeof(size_t) +
                   m_laneOfGil.capacity() * sizeof(uint32_t) + m_notes.capacity() * sizeof(NoteEntry);
    for (const LodPyramid& p : m_taskPyramids) bytes += p.byteSize();
    for (const GilLane& l : m_gilLanes) bytes += sizeof(GilLane) + l.pyramid.byteSize() + l.spans.capacity() * sizeof(GilSpan);
    return bytes;
}

}  // namespace il::viewmodel
