// Fuzz target: reading a trace. Interleave has no trace-file reader (traces are only written:
// Chrome JSON via --trace); what reads a trace is the model every view is derived from. So this
// decodes the input into a stream of events that keeps the log's documented preconditions
// (dense small ids, string ids from the log's table, time never going back) but is otherwise
// arbitrary: events out of the usual order, for unknown tasks and resources, states that never
// follow each other in a real run. Then it checks what the GUI and the exporter rely on:
//   - update() in pieces builds the same model as one update() over the whole log;
//   - the wait-for graph and its cycle search cope with any model;
//   - the Chrome export is valid JSON.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "engine/trace/chrome_export.hpp"
#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"
#include "engine/trace/wait_graph.hpp"
#include "tests/fuzz/byte_source.hpp"

namespace {

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "trace property failed: %s\n", what);
        std::abort();
    }
}

// A small id, or now and then kNoId (what a process with no parent or a span with no object has).
uint32_t smallId(il::fuzz::ByteSource& in) {
    const uint8_t b = in.byte();
    return b >= 248 ? il::trace::kNoId : b % 8u;
}

il::trace::Event decodeEvent(il::fuzz::ByteSource& in, const il::trace::TraceLog& log, uint64_t& now) {
    using namespace il::trace;
    Event e;
    e.kind = static_cast<EventKind>(in.below(14));
    e.task = smallId(in);
    e.object = smallId(in);
    e.state = static_cast<TaskState>(in.below(kTaskStateCount));
    now += uint64_t(in.byte()) * 1000;
    e.timeNs = now;
    switch (e.kind) {
        case EventKind::TaskCreated: e.value = in.below(3) | (uint64_t(in.byte()) << 8); break;
        case EventKind::ResourceCreated: e.value = in.below(13); break;
        default: e.value = in.byte(); break;
    }
    e.aux = static_cast<StringId>(in.byte() % log.strings().size());
    e.line = in.byte();
    return e;
}

bool sameModel(const il::trace::TraceModel& a, const il::trace::TraceModel& b) {
    if (a.tasks().size() != b.tasks().size() || a.resources().size() != b.resources().size()) return false;
    for (size_t t = 0; t < a.tasks().size(); ++t) {
        const auto& x = a.tasks()[t];
        const auto& y = b.tasks()[t];
        if (x.spans.size() != y.spans.size() || x.state != y.state || x.timeInState != y.timeInState) return false;
    }
    for (size_t r = 0; r < a.resources().size(); ++r)
        if (a.resources()[r].holders != b.resources()[r].holders) return false;
    return a.nowNs() == b.nowNs();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace il::trace;
    il::fuzz::ByteSource in(data, size);
    TraceLog log;
    // Names that exercise the exporter's escaping: quotes, backslashes, control and non-ASCII.
    for (const char* s : {"MainProcess", "Thread-1 \"worker\"", "q\\1\n\t", "\x01\x1f", "队列", "lock"})
        log.strings().intern(s);

    TraceModel pieces;
    uint64_t now = 0;
    while (!in.empty() && log.size() < 4096) {
        log.append(decodeEvent(in, log, now));
        if (log.size() % 7 == 0) pieces.update(log);  // the GUI folds the log once per frame
    }
    pieces.update(log);
    TraceModel whole;
    whole.update(log);
    check(sameModel(pieces, whole), "update() in pieces equals one update()");

    auto cycle = WaitGraph::fromModel(whole).findCycle();
    if (cycle) check(cycle->tasks.size() == cycle->resources.size() && !cycle->tasks.empty(), "a cycle is whole");

    std::ostringstream out;
    writeChromeTrace(out, log, whole);
    check(nlohmann::json::accept(out.str()), "the Chrome export is valid JSON");
    return 0;
}
