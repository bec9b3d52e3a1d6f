// The task limit: a script that starts more threads or processes than allowed ends with the
// limit's verdict and a message naming the limit and how to raise it, whichever way it starts them.

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

namespace {

void checkLimitHit(const char* script) {
    Settings s = settings();
    s.maxTasks = 5;
    Sim sim(script, s);
    CHECK(sim.run() == Verdict::Limit);
    CHECK(sim.rt->verdictMessage() ==
          "task limit reached: the script started 5 threads and processes (the limit is 5; raise it with --max-tasks)");
}

}  // namespace

TEST_CASE("sim: starting threads past the task limit ends the run with the limit's verdict") {
    checkLimitHit(R"PY(import threading
threads = [threading.Thread(target=print, args=(n,)) for n in range(10)]
for t in threads:
    t.start()
)PY");
}

TEST_CASE("sim: starting processes past the task limit ends the run with the limit's verdict") {
    checkLimitHit(R"PY(from multiprocessing import Process
if __name__ == "__main__":
    for n in range(10):
        Process(target=print, args=(n,)).start()
)PY");
}

TEST_CASE("sim: subprocess children count against the task limit too") {
    checkLimitHit(R"PY(import subprocess
for n in range(10):
    subprocess.Popen(["sleep", "1"])
)PY");
}
