#include "app/viewmodel/queue_contents.hpp"

namespace il::viewmodel {
namespace {

bool sameEvent(const trace::Event& a, const trace::Event& b) {
    return a.timeNs == b.timeNs && a.value == b.value && a.task == b.task && a.object == b.object && a.aux == b.aux &&
           a.kind == b.kind && a.state == b.state && a.line == b.line;
}

}  // namespace

void QueueContents::reset() {
    m_queues.clear();
    m_seen = 0;
}

void QueueContents::update(const trace::TraceLog& log) {
    if (m_log != &log || log.size() < m_seen || (m_seen > 0 && !sameEvent(log.at(m_seen - 1), m_last))) reset();
    m_log = &log;
    for (; m_seen < log.size(); ++m_seen) {
        const trace::Event& e = log.at(m_seen);
        if (e.kind != trace::EventKind::QueuePut && e.kind != trace::EventKind::QueueGet) continue;
        if (e.object == trace::kNoId) continue;
        if (e.object >= m_queues.size()) m_queues.resize(size_t(e.object) + 1);
        m_queues[e.object].ops.push_back(static_cast<uint32_t>(m_seen));
    }
    if (m_seen > 0) m_last = log.at(m_seen - 1);
}

void QueueContents::apply(Queue& q, const trace::Event& e) const {
    const bool put = e.kind == trace::EventKind::QueuePut;
    const auto length = static_cast<size_t>(e.value);  // the queue's length after the operation
    if (put)
        q.items.push_back(QueueItem{e.task, e.timeNs});
    else if (!q.items.empty())
        q.items.pop_front();
    // The recorded length wins. Too many: the oldest went first. Too few after a put: the
    // putter added several at once (a pool's map()); after a get: items whose put we never saw.
    while (q.items.size() > length) q.items.pop_front();
    while (q.items.size() < length) q.items.push_back(QueueItem{put ? e.task : trace::kNoId, e.timeNs});
}

const std::deque<QueueItem>& QueueContents::contentsAt(trace::ResourceId queue, uint64_t ns) {
    if (queue >= m_queues.size()) return m_empty;
    Queue& q = m_queues[queue];
    // Operations are in the order the runtime did them; their times only mostly ascend (tasks
    // on different cores), so "at ns" is the longest prefix of operations no later than ns.
    auto timeOf = [this](uint32_t op) { return m_log->at(op).timeNs; };
    if (q.applied > 0 && timeOf(q.ops[q.applied - 1]) > ns) {
        q.applied = 0;
        q.items.clear();
    }
    while (q.applied < q.ops.size() && timeOf(q.ops[q.applied]) <= ns) apply(q, m_log->at(q.ops[q.applied++]));
    return q.items;
}

size_t QueueContents::operations(trace::ResourceId queue) const {
    return queue < m_queues.size() ? m_queues[queue].ops.size() : 0;
}

}  // namespace il::viewmodel
