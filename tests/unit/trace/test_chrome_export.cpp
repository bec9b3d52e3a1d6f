#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/trace/chrome_export.hpp"
#include "tests/unit/trace/trace_builder.hpp"

using namespace il::trace;
using il::trace::testing::TraceBuilder;

TEST_CASE("chrome export.is valid JSON with tracks grouped by process and queue counters") {
    TraceBuilder b;
    const TaskId main = b.process("MainProcess", 0);
    const TaskId t = b.thread("MainThread", main, 0);
    const TaskId child = b.process("Process-1", 1, main);
    const TaskId ct = b.thread("MainThread", child, 1);
    const ResourceId q = b.resource("queue \"jobs\"", ResourceKind::Queue, 2);
    b.state(t, TaskState::Running, 0);
    b.state(ct, TaskState::Running, 1);
    b.simple(EventKind::QueuePut, ct, q, 1, 2);
    b.simple(EventKind::Note, t, kNoId, 0, 3, "start\nconsumers");
    b.state(ct, TaskState::Done, 4);
    b.state(t, TaskState::Done, 5);
    TraceModel m;
    m.update(b.log);
    std::ostringstream out;
    writeChromeTrace(out, b.log, m);

    const auto doc = nlohmann::json::parse(out.str());
    const auto& events = doc.at("traceEvents");
    int processNames = 0, counters = 0, notes = 0, spans = 0;
    for (const auto& e : events) {
        const std::string ph = e.at("ph");
        if (ph == "M" && e.at("name") == "process_name") ++processNames;
        if (ph == "C") {
            ++counters;
            CHECK(e.at("name") == "queue \"jobs\"");
            CHECK(e.at("args").at("length") == 1);
        }
        if (ph == "i") {
            ++notes;
            CHECK(e.at("name") == "start\nconsumers");
        }
        if (ph == "X") {
            ++spans;
            // The child's thread is grouped under the child process, not the parent.
            if (e.at("tid") == ct) CHECK(e.at("pid") == child);
            if (e.at("tid") == t) CHECK(e.at("pid") == main);
            CHECK(e.at("dur").get<double>() > 0.0);
        }
    }
    CHECK(processNames == 2);
    CHECK(counters == 1);
    CHECK(notes == 1);
    CHECK(spans == 2);  // one running span per thread; New spans and instants are skipped
}
