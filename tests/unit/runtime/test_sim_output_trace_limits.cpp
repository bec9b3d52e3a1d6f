// The output and trace limits: a script that prints or records too much ends with the limit's
// verdict and a message naming the limit and the option that raises it; what it printed before
// the limit is kept, nothing after it is shown or recorded, and the default settings let a
// normal run through.

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

// 100-byte lines, forever (the instruction limit is far away).
const char* const kFlood = "line = 'x' * 99\nn = 0\nwhile True:\n    print(line)\n    n += 1\n";

// printEvents() counts the Print events in the trace and sums their text's bytes.
size_t printedBytes(const Runtime& rt, size_t* events = nullptr) {
    size_t bytes = 0, n = 0;
    for (size_t i = 0; i < rt.log().size(); ++i) {
        const il::trace::Event& e = rt.log().at(i);
        if (e.kind != il::trace::EventKind::Print) continue;
        ++n;
        bytes += rt.log().strings().get(e.aux).size();
    }
    if (events) *events = n;
    return bytes;
}

}  // namespace

TEST_CASE("sim: printing past the output limit ends the run; the output before it is kept") {
    Settings s = settings();
    s.maxOutputBytes = 10'000;
    Sim sim(kFlood, s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(sim.rt->verdictMessage() ==
          "output limit reached: the script printed more than 10000 bytes, the rest is not shown "
          "(raise it with --max-output-mb N, 0 for no limit)");
    CHECK(sim.out.size() == 10'000);  // 100 whole lines, none cut
    CHECK(sim.out.substr(sim.out.size() - 101) == "\n" + std::string(99, 'x') + "\n");
    // The trace (what the GUI's console shows) holds exactly the text shown.
    CHECK(printedBytes(*sim.rt) == 10'000);
}

TEST_CASE("sim: the output limit counts tracebacks on stderr too, in MB when set from the CLI") {
    Settings s = settings();
    s.maxOutputBytes = 1u << 20;
    Sim sim("raise ValueError('x' * 2000000)\n", s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(sim.err.empty());
    CHECK(sim.rt->verdictMessage().find("printed more than 1 MB") != std::string::npos);
}

TEST_CASE("sim: output into a subprocess pipe or DEVNULL does not count against the limit") {
    Settings s = settings();
    s.maxOutputBytes = 1000;
    Sim sim("import subprocess\n"
            "r = subprocess.run(['python3', '-c', 'print(\"y\" * 5000)'], capture_output=True, text=True)\n"
            "print(len(r.stdout))\n",
            s);
    const Verdict v = sim.run();
    INFO(sim.err);
    CHECK(v == Verdict::Ok);
}

TEST_CASE("sim: 0 lifts the output limit") {
    Settings s = settings();
    s.maxOutputBytes = 0;
    s.limits.maxInstructions = 200'000;
    Sim sim(kFlood, s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(sim.rt->verdictMessage().find("instruction limit") == 0);
    CHECK(sim.out.size() > 100'000);
}

TEST_CASE("sim: recording past the trace limit ends the run with a message naming the option") {
    Settings s = settings();
    s.maxTraceEvents = 5'000;
    s.maxOutputBytes = 0;
    Sim sim(kFlood, s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(sim.rt->verdictMessage() ==
          "trace limit reached: the run recorded 5000 events (raise it with --max-trace-events N, 0 for no limit)");
    // Checked as each event is stamped: the chunk in progress (1000 instructions at most) may
    // record a few hundred more before the run stops.
    CHECK(sim.rt->log().size() >= 5'000);
    CHECK(sim.rt->log().size() < 5'000 + 1'000);
    size_t events = 0;
    CHECK(printedBytes(*sim.rt, &events) == sim.out.size());  // what was shown was recorded
    CHECK(events > 4'000);
}

TEST_CASE("sim: a run that sleeps in a loop forever ends at the trace limit, not never") {
    Settings s = settings();
    s.maxTraceEvents = 2'000;
    Sim sim("import time\nwhile True:\n    time.sleep(1)\n", s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(sim.rt->verdictMessage().find("trace limit reached") == 0);
}

TEST_CASE("sim: the default limits let an ordinary threaded run finish") {
    Sim sim("import threading\n"
            "def work(n):\n"
            "    for i in range(200):\n"
            "        print(n, i)\n"
            "ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]\n"
            "for t in ts: t.start()\n"
            "for t in ts: t.join()\n");
    CHECK(sim.run() == Verdict::Ok);
    CHECK(sim.rt->verdictMessage().empty());
}
