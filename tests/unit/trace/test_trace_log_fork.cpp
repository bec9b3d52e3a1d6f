// A forked process's copy of a trace log: the events before the fork read zero there (fork()
// copies none of the log's memory, chunk_memory.hpp), and the log goes on after them.

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/trace/trace_log.hpp"

using namespace il::trace;

namespace {

Event at(uint64_t timeNs) {
    Event e;
    e.timeNs = timeNs;
    e.value = timeNs * 10;
    return e;
}

}  // namespace

TEST_CASE("trace.a forked child's copy of the log reads zero before the fork, and goes on after it") {
    TraceLog log;
    for (uint64_t t = 1; t <= 3; ++t) log.append(at(t));
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // No doctest in the child: its verdict is its exit code, one bit per check.
        int failed = 0;
        if (log.at(0).timeNs != 0 || log.at(2).value != 0) failed |= 1;  // the parent's events
        log.continueForked();
        log.append(at(4));
        if (log.size() != 4 || log.at(3).timeNs != 4 || log.at(3).value != 40) failed |= 2;
        ::_exit(failed);
    }
    int status = -1;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // The parent's own are untouched, and so is its log's end.
    REQUIRE(log.size() == 3);
    CHECK(log.at(0).timeNs == 1);
    CHECK(log.at(2).value == 30);
    log.append(at(5));
    CHECK(log.at(3).timeNs == 5);
}
