// The Queues panel's boxes and pool plots: a queue's contents at any moment, reconstructed
// from puts and gets, and pools paired with their pending-jobs queues.
#include <doctest/doctest.h>

#include <vector>

#include "app/viewmodel/pool_series.hpp"
#include "app/viewmodel/queue_contents.hpp"
#include "view_trace.hpp"

using namespace il::viewmodel;
using namespace il::viewmodel::testing;

namespace {

std::vector<TaskId> putters(const std::deque<QueueItem>& items) {
    std::vector<TaskId> out;
    for (const QueueItem& i : items) out.push_back(i.putter);
    return out;
}

}  // namespace

TEST_CASE("a queue's contents are its puts in FIFO order, minus the gets, at any moment") {
    ViewTrace tr;
    const TaskId proc = tr.task("MainProcess", TaskKind::Process, kNoId);
    const TaskId a = tr.task("producer-a", TaskKind::Thread, proc);
    const TaskId b = tr.task("producer-b", TaskKind::Thread, proc);
    const TaskId c = tr.task("consumer", TaskKind::Thread, proc);
    const ResourceId q = tr.resource("q", ResourceKind::Queue, 3);
    tr.event(EventKind::QueuePut, a, q, 1, 10);
    tr.event(EventKind::QueuePut, b, q, 2, 20);
    tr.event(EventKind::QueuePut, a, q, 3, 30);
    tr.event(EventKind::QueueGet, c, q, 2, 40);  // takes a's first item
    QueueContents qc;
    qc.update(tr.log);
    CHECK(qc.operations(q) == 4);
    CHECK(qc.contentsAt(q, 5).empty());
    CHECK(putters(qc.contentsAt(q, 25)) == std::vector<TaskId>{a, b});
    CHECK(putters(qc.contentsAt(q, 35)) == std::vector<TaskId>{a, b, a});
    const auto& at40 = qc.contentsAt(q, 40);
    CHECK(putters(at40) == std::vector<TaskId>{b, a});
    CHECK(at40.front().putNs == 20);
    // Scrubbing back replays from the start and gives the same answer as going forward.
    CHECK(putters(qc.contentsAt(q, 15)) == std::vector<TaskId>{a});
    CHECK(putters(qc.contentsAt(q, 1000)) == std::vector<TaskId>{b, a});
    // Events appended later are read incrementally.
    tr.event(EventKind::QueueGet, c, q, 1, 50);
    qc.update(tr.log);
    CHECK(putters(qc.contentsAt(q, 60)) == std::vector<TaskId>{a});
    CHECK(qc.contentsAt(99, 60).empty());  // no such queue
}

TEST_CASE("the recorded length wins over the reconstruction") {
    ViewTrace tr;
    const TaskId proc = tr.task("MainProcess", TaskKind::Process, kNoId);
    const TaskId t = tr.task("main", TaskKind::Thread, proc);
    const ResourceId jobs = tr.resource("pool jobs", ResourceKind::Queue);
    tr.event(EventKind::QueuePut, t, jobs, 4, 10);  // map() queued four jobs at once
    tr.event(EventKind::QueueGet, t, jobs, 1, 20);  // three taken between two reports
    QueueContents qc;
    qc.update(tr.log);
    const auto& at10 = qc.contentsAt(jobs, 10);
    CHECK(at10.size() == 4);
    CHECK(putters(at10) == std::vector<TaskId>{t, t, t, t});
    CHECK(qc.contentsAt(jobs, 20).size() == 1);
}

TEST_CASE("a restarted run's log is read from its start") {
    QueueContents qc;
    {
        ViewTrace first;
        const TaskId t = first.task("t", TaskKind::Thread, kNoId);
        const ResourceId q = first.resource("q", ResourceKind::Queue);
        first.event(EventKind::QueuePut, t, q, 1, 10);
        first.event(EventKind::QueuePut, t, q, 2, 20);
        qc.update(first.log);
        CHECK(qc.contentsAt(q, 30).size() == 2);
    }
    ViewTrace second;
    const TaskId t = second.task("t", TaskKind::Thread, kNoId);
    const ResourceId q = second.resource("q", ResourceKind::Queue);
    second.event(EventKind::QueuePut, t, q, 1, 10);
    qc.update(second.log);
    CHECK(qc.operations(q) == 1);
    CHECK(qc.contentsAt(q, 30).size() == 1);
}

TEST_CASE("pools are paired with the jobs queue created right after them") {
    ViewTrace tr;
    const ResourceId user = tr.resource("pool#1 jobs", ResourceKind::Queue);  // a user's queue, before the pool
    const ResourceId pool = tr.resource("pool#1", ResourceKind::Pool, 2);
    const ResourceId jobs = tr.resource("pool#1 jobs", ResourceKind::Queue);
    const ResourceId pipe = tr.resource("pipe", ResourceKind::Pipe);
    const ResourceId old = tr.resource("old", ResourceKind::Pool, 4);  // an older trace: no jobs queue
    tr.resource("lock", ResourceKind::Lock);
    tr.refresh();
    const QueueGroups g = groupQueues(tr.model);
    CHECK(g.queues == std::vector<ResourceId>{user, pipe});
    REQUIRE(g.pools.size() == 2);
    CHECK(g.pools[0].pool == pool);
    CHECK(g.pools[0].jobs == jobs);
    CHECK(g.pools[1].pool == old);
    CHECK(g.pools[1].jobs == kNoId);
}

TEST_CASE("a length series' value at a moment is the last point at or before it") {
    const std::vector<SeriesPoint> series{{10, 1}, {20, 3}, {30, 0}};
    CHECK(seriesValueAt(series, 5) == 0);
    CHECK(seriesValueAt(series, 10) == 1);
    CHECK(seriesValueAt(series, 25) == 3);
    CHECK(seriesValueAt(series, 30) == 0);
    CHECK(seriesValueAt({}, 30) == 0);
}
