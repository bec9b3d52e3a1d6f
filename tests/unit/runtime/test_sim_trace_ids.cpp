// The trace knows tasks by the ids the script sees: a process by its pid (os.getpid()), a
// thread by its native id (threading.get_native_id()), so the Tasks table can show them.

#include <doctest/doctest.h>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

TEST_CASE("sim: the trace names each process by its pid and each thread by its native id") {
    Sim sim(R"PY(import os, threading
from multiprocessing import Process


def child():
    print("child", os.getpid(), threading.get_native_id())


if __name__ == "__main__":
    print("main", os.getpid(), threading.get_native_id())
    p = Process(target=child)
    p.start()
    p.join()
)PY");
    REQUIRE(sim.run() == Verdict::Ok);
    il::trace::TraceModel model;
    model.update(sim.rt->log());
    // Every process and thread the script saw, as the trace records it.
    std::string seen;
    for (const auto& t : model.tasks())
        if (t.kind == il::trace::TaskKind::Process) seen += "process " + std::to_string(t.osId) + "\n";
    for (const auto& t : model.tasks())
        if (t.kind == il::trace::TaskKind::Thread) seen += "thread " + std::to_string(t.osId) + "\n";
    const SimProcess& main = *sim.rt->processes()[0];
    const SimProcess& kid = *sim.rt->processes()[1];
    const auto nativeId = [&](const SimProcess& p) { return std::to_string(p.pid * 100 + int64_t(p.mainThread)); };
    CHECK(sim.out == "main " + std::to_string(main.pid) + " " + nativeId(main) + "\nchild " + std::to_string(kid.pid) +
                         " " + nativeId(kid) + "\n");
    CHECK(seen == "process " + std::to_string(main.pid) + "\nprocess " + std::to_string(kid.pid) + "\nthread " +
                      nativeId(main) + "\nthread " + nativeId(kid) + "\n");
}
