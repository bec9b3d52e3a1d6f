// Coroutines on the timeline: asyncio tasks and greenlets are Coroutine tasks inside their
// thread; a thread runs at most one of them at a time; asyncio's timers run on virtual time; a
// blocking call inside a coroutine stalls every other coroutine of the loop and is noted.

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "tests/unit/runtime/sim_test_util.hpp"

using namespace il;
using namespace il::rt;
using namespace il::rt::test;
using trace::TaskKind;
using trace::TaskState;

namespace {

// Three tasks sleep 30, 10 and 20 ms.
constexpr const char* kSleepers = R"(import asyncio

async def sleeper(name, ms):
    await asyncio.sleep(ms / 1000)
    print(name)

async def main():
    await asyncio.gather(sleeper("a", 30), sleeper("b", 10), sleeper("c", 20))

asyncio.run(main())
)";

// A blocker time.sleep()s 100 ms at 5 ms while two tickers wait for a 10 ms timer.
constexpr const char* kBlocking = R"(import asyncio
import time

BLOCK = True

async def ticker(name):
    await asyncio.sleep(0.01)
    print(name, round(time.monotonic() * 1000))

async def blocker():
    await asyncio.sleep(0.005)
    if BLOCK:
        time.sleep(0.1)
    else:
        await asyncio.sleep(0.1)

async def main():
    await asyncio.gather(blocker(), ticker("x"), ticker("y"))

asyncio.run(main())
)";

constexpr const char* kPingPong = R"(from greenlet import greenlet
from interleave import work

def ping():
    for i in range(3):
        work(1)
        pong.switch(i)
    return "done"

def pong(i):
    while True:
        work(1)
        i = ping_g.switch()

ping_g = greenlet(ping)
pong = greenlet(pong)
print(ping_g.switch())
)";

// The coroutines hosted by thread `host`.
std::vector<const trace::TaskInfo*> coroutinesOf(const Sim& sim, TaskId host) {
    std::vector<const trace::TaskInfo*> out;
    for (const trace::TaskInfo& t : sim.model.tasks())
        if (t.kind == TaskKind::Coroutine && t.parent == host) out.push_back(&t);
    return out;
}

// Every Running span of the coroutines of `host`, sorted: none may overlap another.
bool neverTwoRunning(const Sim& sim, TaskId host) {
    std::vector<std::pair<uint64_t, uint64_t>> running;
    for (const trace::TaskInfo* t : coroutinesOf(sim, host))
        for (const trace::StateSpan& s : t->spans)
            if (s.state == TaskState::Running)
                running.emplace_back(s.startNs, s.endNs == trace::kOpenEnd ? sim.model.nowNs() : s.endNs);
    std::sort(running.begin(), running.end());
    for (size_t i = 1; i < running.size(); ++i)
        if (running[i].first < running[i - 1].second) return false;
    return !running.empty();
}

// When the coroutine whose name starts with `prefix` entered Done (UINT64_MAX: never).
uint64_t doneAt(const Sim& sim, const std::string& prefix) {
    for (const trace::TaskInfo& t : sim.model.tasks())
        if (t.kind == TaskKind::Coroutine && t.name.rfind(prefix, 0) == 0)
            for (const trace::StateSpan& s : t.spans)
                if (s.state == TaskState::Done) return s.startNs;
    return UINT64_MAX;
}

std::string withBlock(bool block) {
    std::string text = kBlocking;
    if (!block) text.replace(text.find("BLOCK = True"), 12, "BLOCK = False");
    return text;
}

}  // namespace

TEST_CASE("coroutines: asyncio tasks sleeping 30/10/20 ms finish b, c, a in ~30 ms, one at a time") {
    for (const char* policy : {"fifo", "random", "pct"}) {
        CAPTURE(policy);
        Settings s = settings();
        s.policy = policy;
        s.seed = 7;
        Sim sim(kSleepers, s);
        REQUIRE(sim.run() == Verdict::Ok);
        CHECK(sim.out == "b\nc\na\n");
        CHECK(sim.err.empty());
        TaskId main = sim.task("MainThread");
        // main + three sleepers (+ asyncio.run's shutdown steps), all inside the main thread.
        CHECK(coroutinesOf(sim, main).size() >= 4);
        CHECK(neverTwoRunning(sim, main));
        uint64_t b = doneAt(sim, "Task-3 (sleeper)"), c = doneAt(sim, "Task-4 (sleeper)"),
                 a = doneAt(sim, "Task-2 (sleeper)");
        CHECK(b < c);
        CHECK(c < a);
        CHECK(near(int64_t(a), 30));
        CHECK(near(sim.rt->nowNs(), 30));
        // The thread sleeps while the loop waits for its timers: it is not busy for 30 ms.
        CHECK(sim.model.timeIn(main, TaskState::Sleeping) > uint64_t(25 * kMs));
    }
}

TEST_CASE("coroutines: a suspended asyncio task names the timer it awaits; the ready queue is a series") {
    Sim sim(kSleepers);
    REQUIRE(sim.run() == Verdict::Ok);
    ResourceId timer = sim.resource(trace::ResourceKind::Timer);
    REQUIRE(timer != kNoId);
    bool named = false;
    for (const trace::TaskInfo& t : sim.model.tasks())
        for (const trace::StateSpan& s : t.spans)
            named = named || (s.state == TaskState::Suspended && s.object == timer);
    CHECK(named);
    ResourceId ready = sim.resource(trace::ResourceKind::Queue, "ready queue (MainThread)");
    REQUIRE(ready != kNoId);
    CHECK(sim.model.resources()[ready].series.size() > 4);
    CHECK(sim.model.resources()[ready].maxValue >= 3);  // the three sleepers start together
}

TEST_CASE("coroutines: time.sleep(0.1) inside a coroutine delays every other coroutine by 100 ms") {
    Sim cooperative(withBlock(false));
    REQUIRE(cooperative.run() == Verdict::Ok);
    CHECK(cooperative.out == "x 10\ny 10\n");
    Sim blocking(withBlock(true));
    REQUIRE(blocking.run() == Verdict::Ok);
    CHECK(blocking.out == "x 105\ny 105\n");
    TaskId main = blocking.task("MainThread");
    CHECK(neverTwoRunning(blocking, main));
    // The blocker stays Running (inside time.sleep) while its thread sleeps, and a note says so.
    int notes = 0;
    const trace::TraceLog& log = blocking.rt->log();
    for (size_t i = 0; i < log.size(); ++i) {
        const trace::Event& e = log.at(i);
        if (e.kind == trace::EventKind::Note &&
            log.strings().get(e.aux).find("blocking call in coroutine") != std::string_view::npos) {
            ++notes;
            CHECK(near(int64_t(e.timeNs), 5));
        }
    }
    CHECK(notes == 1);
    CHECK(cooperative.rt->log().size() > 0);
    uint64_t x = doneAt(blocking, "Task-3 (ticker)");
    CHECK(near(int64_t(x), 105));
    CHECK(near(int64_t(doneAt(cooperative, "Task-3 (ticker)")), 10));
}

TEST_CASE("coroutines: greenlets switch their thread between their own frames, one at a time") {
    Sim sim(kPingPong);
    REQUIRE(sim.run() == Verdict::Ok);
    CHECK(sim.out == "done\n");
    TaskId main = sim.task("MainThread");
    std::vector<const trace::TaskInfo*> cs = coroutinesOf(sim, main);
    REQUIRE(cs.size() == 3);  // the main greenlet, ping, pong
    CHECK(neverTwoRunning(sim, main));
    const trace::TaskInfo* ping = nullptr;
    const trace::TaskInfo* pong = nullptr;
    for (const trace::TaskInfo* t : cs) {
        if (t->name == "greenlet (ping)") ping = t;
        if (t->name == "greenlet (pong)") pong = t;
    }
    REQUIRE(ping);
    REQUIRE(pong);
    CHECK(ping->state == TaskState::Done);
    CHECK(pong->state == TaskState::Suspended);  // left waiting in its switch()
    CHECK(ping->switches == 4);                   // started, then resumed after each pong turn
    CHECK(pong->switches == 3);
    // work() ran inside the greenlets: 6 ms of CPU on the thread.
    CHECK(near(int64_t(sim.model.timeIn(main, TaskState::Running)), 6));
}
