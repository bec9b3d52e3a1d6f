// What the Code and Parameters panels hand the window is what runs: a LiveRun given a text
// (unsaved edits, slider values) runs that text, not the file, and reports its errors at the
// line the Code panel highlights.

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>

#include "app/gui/app_state.hpp"
#include "app/gui/live_run.hpp"
#include "app/viewmodel/code_view.hpp"
#include "app/viewmodel/script_buffer.hpp"

using namespace il;
using namespace il::gui;

namespace {

std::string scenario(const char* name) { return std::string(INTERLEAVE_SOURCE_DIR) + "/scenarios/" + name; }

bool syncUntilIdle(LiveRun& run, TraceSession& session) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        run.sync(session);
        if (run.idle()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

}  // namespace

TEST_CASE("a run given the slider values runs them, and the file keeps its own") {
    viewmodel::ScriptBuffer buf;
    REQUIRE(buf.open(scenario("producer_consumer.py")));
    buf.paramValues()["PRODUCERS"] = 2;
    buf.paramValues()["ITEMS_EACH"] = 5;
    buf.paramValues()["CONSUMERS"] = 1;
    const std::string text = buf.runText();
    CHECK_FALSE(buf.dirty());  // the file and the editor keep 3 producers of 4 items

    TraceSession session;
    LiveRun run(buf.path(), rt::Settings{}, kUnlimitedSpeed, false, 0, text);
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().verdict == rt::Verdict::Ok);
    CHECK(session.output.find("consumed 10 of 10 items") != std::string::npos);
    CHECK(session.output.find("consumer 0 used 10 items") != std::string::npos);

    TraceSession fileSession;  // the same path without a text: the file's 3 x 4 items
    LiveRun fileRun(buf.path(), rt::Settings{}, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(fileRun, fileSession));
    CHECK(fileSession.output.find("consumed 12 of 12 items") != std::string::npos);
}

TEST_CASE("an edited text with an error shows it at its line, named after the file") {
    viewmodel::ScriptBuffer buf;
    REQUIRE(buf.open(scenario("deadlock_two_locks.py")));
    const auto& lines = buf.lines();
    REQUIRE(lines.size() > 50);
    buf.text() += "x = (1 +\n";  // unclosed: the parser reports it at this last line
    buf.edited();
    const uint32_t badLine = static_cast<uint32_t>(buf.lines().size());

    TraceSession session;
    LiveRun run(buf.path(), rt::Settings{}, kUnlimitedSpeed, false, 0, buf.runText());
    REQUIRE(syncUntilIdle(run, session));
    CHECK(run.status().compileFailed);
    CHECK(session.diagnostics.find("deadlock_two_locks.py") != std::string::npos);
    const auto marks = viewmodel::parseDiagnostics(session.diagnostics);
    REQUIRE_FALSE(marks.empty());
    CHECK(marks[0].line == badLine);
    CHECK(marks[0].message.starts_with("error: "));
}

TEST_CASE("the markers of a deadlocked run stand on the lines that wait") {
    viewmodel::ScriptBuffer buf;
    REQUIRE(buf.open(scenario("deadlock_two_locks.py")));
    TraceSession session;
    LiveRun run(buf.path(), rt::Settings{}, kUnlimitedSpeed, false);
    REQUIRE(syncUntilIdle(run, session));
    REQUIRE(run.status().verdict == rt::Verdict::Deadlock);
    const auto markers = viewmodel::taskMarkers(session.model, session.model.nowNs(), static_cast<uint32_t>(buf.lines().size()));
    REQUIRE(markers.size() >= 2);
    int onSecondLock = 0;
    for (const auto& m : markers) {
        const auto& line = buf.lines()[m.line - 1];
        const std::string text = buf.text().substr(line.offset, line.length);
        if (text.find("with lock_b:") != std::string::npos || text.find("with lock_a:") != std::string::npos) {
            CHECK(m.state == trace::TaskState::Blocked);
            ++onSecondLock;
        }
    }
    CHECK(onSecondLock == 2);  // T1 waits at its `with lock_b:`, T2 at its `with lock_a:`
}
