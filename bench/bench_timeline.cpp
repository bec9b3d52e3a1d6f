// The timeline's cost on big traces: building one frame's draw data for a 1600-px timeline
// (fully zoomed out, and at 1% of the range), the incremental model + view-model update per
// event, and memory per event. Traces are synthesised: 50 tasks (a process and 49 threads)
// switching states every few hundred ns, with puts and gets on 3 bounded queues.
//
// Targets (docs/performance.md): <= 2 ms per frame at 1 M events, <= 8 ms at 10 M, on one
// core; <= 32 bytes of trace log per event.

#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <memory>

#include "app/viewmodel/timeline_view.hpp"
#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"
#include "engine/trace/trace_recorder.hpp"

namespace {

using namespace il::trace;
using namespace il::viewmodel;

constexpr int kTasks = 50;
constexpr int kQueues = 3;
constexpr float kWidth = 1600.0f;

// generate() appends `events` events to `log` (deterministic).
void generate(TraceLog& log, size_t events) {
    uint64_t seed = 0x9E3779B97F4A7C15ull, now = 0;
    auto next = [&seed] {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return seed >> 33;
    };
    TraceRecorder rec(log);
    for (TaskId t = 0; t < kTasks; ++t) {
        rec.taskCreated(0, t == 0 ? "MainProcess" : "Thread-" + std::to_string(t),
                        t == 0 ? TaskKind::Process : TaskKind::Thread, t == 0 ? kNoId : 0);
    }
    for (ResourceId q = 0; q < kQueues; ++q)
        rec.resourceCreated(0, "queue-" + std::to_string(q), ResourceKind::Queue, 8);
    uint32_t lengths[kQueues] = {};
    static constexpr TaskState kStates[] = {TaskState::Running, TaskState::Running, TaskState::Ready,
                                            TaskState::Ready, TaskState::Blocked, TaskState::Sleeping};
    while (log.size() < events) {
        now += 20 + next() % 400;
        const auto task = static_cast<TaskId>(next() % kTasks);
        const auto line = static_cast<uint16_t>(next() % 200);
        if (next() % 10 == 0) {  // a put or a get
            const auto q = static_cast<ResourceId>(next() % kQueues);
            const bool put = lengths[q] == 0 || (lengths[q] < 8 && next() % 2 == 0);
            lengths[q] += put ? 1 : -1;
            rec.record(now, put ? EventKind::QueuePut : EventKind::QueueGet, task, q, lengths[q]);
        } else {
            const TaskState state = kStates[next() % 6];
            const uint32_t object = state == TaskState::Blocked ? static_cast<uint32_t>(next() % kQueues) : kNoId;
            const TaskId waker = state == TaskState::Ready && next() % 3 == 0
                                     ? static_cast<TaskId>(next() % kTasks)
                                     : kNoId;
            rec.taskState(now, task, state, object, waker, line);
        }
    }
}

struct Synth {
    TraceLog log;
    TraceModel model;
    TimelineView view;
};

// trace() builds each size once per process: 10 M events take a few seconds to make.
Synth& trace(size_t events) {
    static std::map<size_t, std::unique_ptr<Synth>> cache;
    auto& slot = cache[events];
    if (!slot) {
        slot = std::make_unique<Synth>();
        generate(slot->log, events);
        slot->model.update(slot->log);
        slot->view.update(slot->log, slot->model);
    }
    return *slot;
}

void reportFrame(benchmark::State& state, const TimelineFrame& f) {
    size_t rects = 0, pyramid = 0;
    for (const RowDraw& r : f.rows) {
        rects += r.rects.size();
        pyramid += r.usedPyramid ? 1 : 0;
    }
    state.counters["rects"] = static_cast<double>(rects);
    state.counters["rows_from_pyramid"] = static_cast<double>(pyramid);
}

void BM_FrameFullZoom(benchmark::State& state) {
    Synth& s = trace(static_cast<size_t>(state.range(0)));
    const TimelineContext ctx = TimelineContext::make(TimelineView::fullRange(s.model), kWidth);
    TimelineFrame frame;
    for (auto _ : state) {
        s.view.buildFrame(s.model, ctx, frame);
        benchmark::DoNotOptimize(frame.rows.data());
    }
    reportFrame(state, frame);
}

void BM_FrameMidZoom(benchmark::State& state) {
    Synth& s = trace(static_cast<size_t>(state.range(0)));
    const TimeRange full = TimelineView::fullRange(s.model);
    const uint64_t width = full.duration() / 100, start = full.duration() / 2;
    const TimelineContext ctx = TimelineContext::make(TimeRange{start, start + width}, kWidth);
    TimelineFrame frame;
    for (auto _ : state) {
        s.view.buildFrame(s.model, ctx, frame);
        benchmark::DoNotOptimize(frame.rows.data());
    }
    reportFrame(state, frame);
}

// The live path: events arrive in batches (one per GUI frame) and the model and view-model
// fold them in. Reported per event, with the memory each layer holds per event.
void BM_IncrementalUpdate(benchmark::State& state) {
    const auto events = static_cast<size_t>(state.range(0));
    const Synth& source = trace(events);
    constexpr size_t kBatch = 20'000;  // ~a frame's worth of a fast native run
    using Clock = std::chrono::steady_clock;
    Clock::duration modelTime{}, viewTime{};
    for (auto _ : state) {
        state.PauseTiming();
        auto live = std::make_unique<Synth>();
        state.ResumeTiming();
        for (size_t i = 0; i < events;) {
            for (const size_t end = std::min(events, i + kBatch); i < end; ++i) {
                Event e = source.log.at(i);
                if (e.aux != 0) e.aux = live->log.strings().intern(source.log.strings().get(e.aux));
                live->log.append(e);
            }
            const auto a = Clock::now();
            live->model.update(live->log);
            const auto b = Clock::now();
            live->view.update(live->log, live->model);
            modelTime += b - a;
            viewTime += Clock::now() - b;
        }
        benchmark::DoNotOptimize(live->model.tasks().data());
        state.PauseTiming();
        live.reset();  // freeing is not part of the update cost
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * events));
    const auto total = static_cast<double>(state.iterations() * events);
    state.counters["model_ns_per_event"] = std::chrono::duration<double, std::nano>(modelTime).count() / total;
    state.counters["view_ns_per_event"] = std::chrono::duration<double, std::nano>(viewTime).count() / total;
    size_t modelBytes = 0;
    for (const TaskInfo& t : source.model.tasks()) modelBytes += sizeof(TaskInfo) + t.spans.capacity() * sizeof(StateSpan);
    for (const ResourceInfo& r : source.model.resources()) modelBytes += sizeof(ResourceInfo) + r.series.capacity() * sizeof(SeriesPoint);
    const auto n = static_cast<double>(events);
    state.counters["log_B_per_event"] = static_cast<double>(source.log.byteSize()) / n;
    state.counters["model_B_per_event"] = static_cast<double>(modelBytes) / n;
    state.counters["view_index_B_per_event"] = static_cast<double>(source.view.index().byteSize()) / n;
}

BENCHMARK(BM_FrameFullZoom)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FrameMidZoom)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IncrementalUpdate)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
