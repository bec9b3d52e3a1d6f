// A native run's threads and processes are real, and so are the ids the script and the Tasks
// table see: threading.get_native_id() is the kernel's thread id, os.cpu_count() the machine's
// cores, as CPython answers. (Not under TSan, as test_native_processes.cpp says: it forks.)

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>

#include "engine/trace/trace_model.hpp"
#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il::rt;
using namespace il::rt::test;

TEST_CASE("native ids: threads have the kernel's ids, a child's main thread its pid, and cpu_count the machine's") {
    // python3 prints the same lines 1-7 (the ids themselves differ from run to run).
    Sim sim(R"(import multiprocessing, os, threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Process

def show(label):
    print(label, threading.get_native_id() == threading.current_thread().native_id)

def child():
    print("child's main thread is its pid:", threading.get_native_id() == os.getpid())
    show("child")
    print("id", threading.current_thread().name, os.getpid(), threading.get_native_id())

def worker():
    ids.append(threading.get_native_id())
    show("thread")
    print("id", threading.current_thread().name, os.getpid(), threading.get_native_id())

if __name__ == "__main__":
    print(os.cpu_count(), multiprocessing.cpu_count(), ThreadPoolExecutor()._max_workers)
    ids = []
    ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
    for t in ts:
        t.start()
        t.join()
    print("distinct:", len(set(ids)) == 3, "none is the pid:", os.getpid() not in ids)
    p = Process(target=child, name="kid")
    p.start()
    p.join()
)",
            nativeSettings());
    REQUIRE(sim.run() == Verdict::Ok);
    std::istringstream out(sim.out);
    std::string line;
    std::string head;
    std::map<std::string, std::pair<uint64_t, uint64_t>> printed;  // thread name -> (pid, native id)
    while (std::getline(out, line)) {
        std::istringstream words(line);
        std::string word, name;
        uint64_t pid = 0, id = 0;
        if (words >> word && word == "id" && words >> name >> pid >> id) printed[name] = {pid, id};
        else head += line + "\n";
    }
    const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
    CHECK(head == std::to_string(cores) + " " + std::to_string(cores) + " " + std::to_string(std::min(32L, cores + 4)) +
                      "\nthread True\nthread True\nthread True\ndistinct: True none is the pid: True\n"
                      "child's main thread is its pid: True\nchild True\n");
    REQUIRE(printed.size() == 4);

    // The Tasks table shows what the script saw: each thread by its kernel id, which its OS
    // thread learnt only once it ran (the task was recorded before).
    il::trace::TraceModel model;
    model.update(sim.rt->log());
    std::map<std::string, uint64_t> shown;  // "w0".."w2" by name; the child's main thread as "kid"
    for (const auto& t : model.tasks()) {
        if (t.kind != il::trace::TaskKind::Thread) continue;
        const bool childMain = t.parent != il::trace::kNoId && model.tasks()[t.parent].name == "kid";
        shown[childMain ? "kid" : t.name] = t.osId;
    }
    for (const char* name : {"w0", "w1", "w2"}) {
        CAPTURE(name);
        CHECK(shown[name] == printed[name].second);
        CHECK(printed[name].first == uint64_t(::getpid()));
    }
    CHECK(shown["kid"] == printed["MainThread"].second);  // the child names itself MainThread
    CHECK(printed["MainThread"].second == printed["MainThread"].first);
}
