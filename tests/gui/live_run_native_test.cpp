// LiveRun with the native executor, without a window: the script's threads are real OS threads
// that change the runtime while the GUI thread's sync() reads it (under lockForReading), and
// Reset (destroying the LiveRun) stops an endless run at once. Part of test_gui_live_run, which
// `make test-tsan` runs under ThreadSanitizer: so these scripts use threads only, never a
// process (TSan cannot follow a fork of a multithreaded program).

#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "app/gui/app_state.hpp"
#include "app/gui/live_run.hpp"

using namespace il;
using namespace il::gui;
using Clock = std::chrono::steady_clock;

namespace {

rt::Settings native() {
    rt::Settings s;
    s.executor = rt::Executor::Native;
    return s;
}

// Four real threads add to a shared total under a lock, and print from their own OS thread.
constexpr const char* kThreads = R"(import threading

total = 0
lock = threading.Lock()

def worker(n):
    global total
    for i in range(500):
        with lock:
            total += 1
    print("worker", n, "done")

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total)
)";

// Never ends by itself: a thread and the main thread both sleep in a loop.
constexpr const char* kEndless = R"(import threading
import time

def ticker():
    while True:
        time.sleep(0.01)

threading.Thread(target=ticker).start()
while True:
    time.sleep(0.01)
)";

constexpr const char* kSleeps = R"(import time
time.sleep(0.2)
print("slept")
)";

// syncUntil() calls sync() the way frames do until `done` holds (or 30 s passed).
template <typename Done>
bool syncUntil(LiveRun& run, TraceSession& session, Done done) {
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (Clock::now() < deadline) {
        run.sync(session);
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

}  // namespace

TEST_CASE("native: a threaded script runs on real threads and its trace reaches the session") {
    TraceSession session;
    LiveRun run("threads.py", native(), 1.0, false, 0, std::string(kThreads));
    CHECK(run.native());
    CHECK_FALSE(run.manual());
    REQUIRE(syncUntil(run, session, [&] { return run.idle(); }));
    CHECK(run.status().native);
    CHECK(run.status().ended);
    CHECK(run.status().verdict == rt::Verdict::Ok);
    CHECK(session.output.find("total 2000") != std::string::npos);
    CHECK(session.output.find("worker 3 done") != std::string::npos);
    CHECK(session.log.size() > 0);
    CHECK(session.model.eventsSeen() == session.log.size());
    CHECK(session.model.tasks().size() >= 5);  // the process, its main thread and 4 workers
    CHECK(session.diagnostics.empty());
    CHECK_FALSE(run.schedule().has_value());  // the OS chose the interleaving: nothing to replay
}

TEST_CASE("native: timestamps are real time") {
    TraceSession session;
    const auto start = Clock::now();
    LiveRun run("sleeps.py", native(), 1.0, false, 0, std::string(kSleeps));
    REQUIRE(syncUntil(run, session, [&] { return run.idle(); }));
    const auto realNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
    CHECK(run.status().verdict == rt::Verdict::Ok);
    CHECK(run.status().nowNs >= 200'000'000);  // the sleep really slept
    CHECK(run.status().nowNs <= realNs);
    CHECK(session.output == "slept\n");
}

TEST_CASE("native: Reset stops an endless run within a second") {
    TraceSession session;
    auto run =
        std::make_unique<LiveRun>("endless.py", native(), 1.0, false, 0, std::string(kEndless));
    // Running: both threads have started and real time passes.
    REQUIRE(syncUntil(*run, session, [&] {
        return session.model.tasks().size() >= 3 && run->status().nowNs > 50'000'000;
    }));
    CHECK_FALSE(run->idle());
    CHECK(run->status().verdict == rt::Verdict::Running);
    const auto start = Clock::now();
    run.reset();  // what Reset, a new run and closing the window do
    CHECK(Clock::now() - start < std::chrono::seconds(1));
}

TEST_CASE("native: a run closed before it starts never runs") {
    // Destroyed at once: the engine thread may still be compiling; nothing must hang.
    const auto start = Clock::now();
    { LiveRun run("endless.py", native(), 1.0, false, 0, std::string(kEndless)); }
    CHECK(Clock::now() - start < std::chrono::seconds(10));  // compiling, under sanitizers
}

TEST_CASE("native: --run-for ends the run at that real time") {
    TraceSession session;
    LiveRun run("endless.py", native(), 1.0, false, 300'000'000, std::string(kEndless));
    REQUIRE(syncUntil(run, session, [&] { return run.idle(); }));
    CHECK(run.status().ended);
    CHECK(run.status().stopReached);
    CHECK(run.status().verdict == rt::Verdict::Limit);
    CHECK(run.status().nowNs >= 300'000'000);
}

TEST_CASE("native: pause and speed do not hold a native run") {
    TraceSession session;
    LiveRun run("sleeps.py", native(), 0.01, true, 0, std::string(kSleeps));
    CHECK_FALSE(run.paused());  // a real run cannot be held: it starts at once
    run.setPaused(true);        // ignored (the controls are greyed)
    REQUIRE(syncUntil(run, session, [&] { return run.idle(); }));
    CHECK(run.status().verdict == rt::Verdict::Ok);
}
