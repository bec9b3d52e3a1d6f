#include "engine/trace/trace_model.hpp"

#include <algorithm>

namespace il::trace {

TaskInfo& TraceModel::task(TaskId id) {
    if (id >= m_tasks.size()) m_tasks.resize(id + 1);
    TaskInfo& t = m_tasks[id];
    t.id = id;
    return t;
}

ResourceInfo& TraceModel::resource(ResourceId id) {
    if (id >= m_resources.size()) m_resources.resize(id + 1);
    ResourceInfo& r = m_resources[id];
    r.id = id;
    return r;
}

void TraceModel::update(const TraceLog& log) {
    for (; m_seen < log.size(); ++m_seen) apply(log, log.at(m_seen));
}

// needsTask() / needsResource(): the events that index the task or resource tables.
static bool needsTask(EventKind k) {
    return k == EventKind::TaskCreated || k == EventKind::TaskState || k == EventKind::TaskOsId;
}
static bool needsResource(EventKind k) {
    return k != EventKind::TaskCreated && k != EventKind::TaskState && k != EventKind::TaskEnded &&
           k != EventKind::Print && k != EventKind::Note && k != EventKind::Exception && k != EventKind::TaskOsId;
}

void TraceModel::apply(const TraceLog& log, const Event& e) {
    m_nowNs = std::max(m_nowNs, e.timeNs);
    // kNoId means "none" in every id field. An event that names no task or resource where it
    // needs one changes nothing: task(kNoId) would resize to kNoId + 1 == 0 and index past the
    // end (found by tests/fuzz/fuzz_trace.cpp).
    if ((needsTask(e.kind) && e.task == kNoId) || (needsResource(e.kind) && e.object == kNoId)) return;
    switch (e.kind) {
        case EventKind::TaskCreated: {
            TaskInfo& t = task(e.task);
            t.parent = e.object;
            t.kind = static_cast<TaskKind>(e.value & 0xFF);
            t.osId = e.value >> 8;
            t.name = std::string(log.strings().get(e.aux));
            t.spans.push_back(StateSpan{e.timeNs, kOpenEnd, TaskState::New, kNoId, kNoId, e.line});
            break;
        }
        case EventKind::TaskState:
            setState(e);
            break;
        case EventKind::TaskOsId:
            task(e.task).osId = e.value;
            break;
        case EventKind::TaskEnded:
            break;  // the final Done/Failed state arrives as a TaskState event
        case EventKind::ResourceCreated: {
            ResourceInfo& r = resource(e.object);
            r.kind = static_cast<ResourceKind>(e.value);
            r.name = std::string(log.strings().get(e.aux));
            r.capacity = e.line;
            break;
        }
        case EventKind::LockAcquired:
        case EventKind::GilTaken: {
            ResourceInfo& r = resource(e.object);
            ++r.acquisitions;
            if (std::find(r.holders.begin(), r.holders.end(), e.task) == r.holders.end())
                r.holders.push_back(e.task);
            break;
        }
        case EventKind::LockReleased:
        case EventKind::GilDropped: {
            ResourceInfo& r = resource(e.object);
            // An RLock released with recursion left is still held (value = count left).
            if (e.kind == EventKind::LockReleased && e.value > 0) break;
            std::erase(r.holders, e.task);
            break;
        }
        case EventKind::QueuePut:
        case EventKind::QueueGet: {
            ResourceInfo& r = resource(e.object);
            const auto len = static_cast<uint32_t>(e.value);
            (e.kind == EventKind::QueuePut ? r.puts : r.gets) += 1;
            if (!r.series.empty() && r.series.back().timeNs == e.timeNs)
                r.series.back().value = len;  // keep one point per instant: the latest
            else
                r.series.push_back(SeriesPoint{e.timeNs, len});
            r.maxValue = std::max(r.maxValue, len);
            break;
        }
        case EventKind::Print:
        case EventKind::Note:
        case EventKind::Exception:
            break;
    }
}

void TraceModel::setState(const Event& e) {
    TaskInfo& t = task(e.task);
    TaskId waker = kNoId;
    if (!t.spans.empty()) {
        StateSpan& last = t.spans.back();
        if (last.state == e.state && last.object == e.object) return;  // no visible change
        last.endNs = e.timeNs;
        t.timeInState[static_cast<size_t>(last.state)] += e.timeNs - last.startNs;
        // value carries the waking task + 1 when a blocked or sleeping task is woken.
        if ((last.state == TaskState::Blocked || last.state == TaskState::Sleeping) && e.value > 0 &&
            e.state != TaskState::Sleeping)
            waker = static_cast<TaskId>(e.value - 1);
    }
    if (e.state == TaskState::Running) ++t.switches;
    t.state = e.state;
    const uint32_t object = e.state == TaskState::Blocked || e.state == TaskState::Suspended ? e.object : kNoId;
    t.spans.push_back(StateSpan{e.timeNs, kOpenEnd, e.state, object, waker, e.line});
}

uint64_t TraceModel::timeIn(TaskId id, TaskState s) const {
    if (id >= m_tasks.size()) return 0;
    const TaskInfo& t = m_tasks[id];
    uint64_t total = t.timeInState[static_cast<size_t>(s)];
    if (!t.spans.empty() && t.spans.back().state == s && t.spans.back().endNs == kOpenEnd)
        total += m_nowNs - t.spans.back().startNs;
    return total;
}

const StateSpan* TraceModel::spanAt(TaskId id, uint64_t ns) const {
    if (id >= m_tasks.size()) return nullptr;
    const auto& spans = m_tasks[id].spans;
    auto it = std::upper_bound(spans.begin(), spans.end(), ns,
                               [](uint64_t v, const StateSpan& s) { return v < s.startNs; });
    if (it == spans.begin()) return nullptr;
    --it;
    return (ns < it->endNs) ? &*it : nullptr;
}

}  // namespace il::trace
