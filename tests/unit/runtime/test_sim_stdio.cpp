// What a script writes to sys.stderr (print(file=sys.stderr), sys.stderr.write) goes to the
// run's stderr, never its stdout, from the main process, a forked child (sim and native) and a
// subprocess child; the trace records it as Print events marked stderr (value 1). (The native
// case's name avoids the "native:" prefix make test-tsan selects: its runtime does not survive
// fork() of a multi-threaded process.)

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;
using il::trace::EventKind;

namespace {

// printed() joins the text of the Print events whose value is `value` (0 stdout, 1 stderr).
std::string printed(const Runtime& rt, uint64_t value) {
    std::string text;
    for (size_t i = 0; i < rt.log().size(); ++i) {
        const il::trace::Event& e = rt.log().at(i);
        if (e.kind == EventKind::Print && e.value == value) text += rt.log().strings().get(e.aux);
    }
    return text;
}

const char* const kChildWritesStderr = R"(import multiprocessing as mp, sys
def child():
    print("child out")
    print("child err", file=sys.stderr)
    sys.stderr.write("child raw\n")
if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent done", p.exitcode)
)";

}  // namespace

TEST_CASE("sim: print(file=sys.stderr) and sys.stderr.write go to the run's stderr, marked so in the trace") {
    Sim sim("import sys\n"
            "print('to stdout')\n"
            "print('to', 'stderr', file=sys.stderr)\n"
            "sys.stderr.write('e\\n')\n"
            "sys.stdout.write('w\\n')\n");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "to stdout\nw\n");
    CHECK(sim.err == "to stderr\ne\n");
    CHECK(printed(*sim.rt, 0) == "to stdout\nw\n");
    CHECK(printed(*sim.rt, 1) == "to stderr\ne\n");
}

TEST_CASE("sim: an uncaught traceback is not recorded as printed stderr text") {
    Sim sim("import sys\nprint('x', file=sys.stderr)\nraise ValueError('boom')\n");
    CHECK(sim.run() == Verdict::Error);
    CHECK(sim.err.find("x\nTraceback (most recent call last):") == 0);
    CHECK(printed(*sim.rt, 1) == "x\n");
}

TEST_CASE("sim: a forked child's sys.stderr is the run's stderr") {
    Sim sim(kChildWritesStderr);
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "child out\nparent done 0\n");
    CHECK(sim.err == "child err\nchild raw\n");
}

TEST_CASE("native processes: a forked child's sys.stderr reaches the run's stderr, not its stdout") {
    Sim sim(kChildWritesStderr, nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "child out\nparent done 0\n");
    CHECK(sim.err == "child err\nchild raw\n");
    CHECK(printed(*sim.rt, 1) == "child err\nchild raw\n");
}

TEST_CASE("sim: a subprocess child's sys.stderr follows its route: a pipe, or stdout with stderr=STDOUT") {
    Sim sim(R"py(import subprocess
code = "import sys\nprint('o')\nprint('e', file=sys.stderr)\nsys.stderr.write('w\\n')"
r = subprocess.run(["python3", "-c", code], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(["python3", "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout))
)py");
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "'o\\n' 'e\\nw\\n'\n'o\\ne\\nw\\n'\n");
    CHECK(sim.err.empty());
}
