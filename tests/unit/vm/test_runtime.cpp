// Running tasks: budgets, suspension and retry, limits, tracebacks.

#include <doctest/doctest.h>

#include "tests/unit/vm/vm_test_util.hpp"

using namespace il::vm;
using il::vm::test::Session;

namespace {

int g_blockCalls = 0;  // test-only state of the native below

// A blocking native: the first call suspends the task, the retry succeeds.
Value blockOnce(CallContext& ctx, ArgView args) {
    if (++g_blockCalls == 1) return Value::suspend();
    return Value::integer(42);
}

void addNativeGlobal(Session& s, const char* name, NativeFn fn) {
    auto* b = s.vm.make<BuiltinObject>(s.vm.types().builtinFunctionType, name, fn);
    s.vm.mainModule()->dict->setStr(s.vm.intern(name), Value::object(b));
}

}  // namespace

TEST_CASE("runtime: run() stops after the instruction budget and resumes where it stopped") {
    Session s("total = 0\nfor i in range(100):\n    total += i\nprint(total)\n");
    RunResult r = run(s.vm, s.task, 10);
    CHECK(r.reason == StopReason::Budget);
    CHECK(r.executed == 10);
    CHECK(s.out.empty());
    r = s.runAll();
    CHECK(r.reason == StopReason::Finished);
    CHECK(s.out == "4950\n");
}

TEST_CASE("runtime: a native that suspends leaves the call to be retried on resume") {
    g_blockCalls = 0;
    Session s("print('before')\nr = block() + 1\nprint(r)\n");
    addNativeGlobal(s, "block", blockOnce);
    RunResult r = run(s.vm, s.task, 1000);
    CHECK(r.reason == StopReason::Suspended);
    CHECK(s.out == "before\n");
    CHECK(g_blockCalls == 1);
    r = run(s.vm, s.task, 1000);
    CHECK(r.reason == StopReason::Finished);
    CHECK(g_blockCalls == 2);
    CHECK(s.out == "before\n43\n");
}

TEST_CASE("runtime: a Python callback called from native code cannot suspend the task") {
    g_blockCalls = 0;
    Session s("try:\n    sorted([2, 1], key=lambda x: block())\nexcept RuntimeError as e:\n    print('RuntimeError')\n");
    addNativeGlobal(s, "block", blockOnce);
    RunResult r = s.runAll();
    CHECK(r.reason == StopReason::Finished);
    CHECK(s.out == "RuntimeError\n");
}

TEST_CASE("runtime: the instruction limit ends the run with LimitKind::Instructions") {
    Limits limits;
    limits.maxInstructions = 5000;
    Session s("while True:\n    pass\n", limits);
    RunResult r = s.runAll();
    CHECK(r.reason == StopReason::Limit);
    CHECK(s.vm.limitHit == LimitKind::Instructions);
    CHECK(s.vm.instructionsExecuted == 5000);
    CHECK(s.vm.limitMessage.find("--max-instructions") != std::string::npos);
}

TEST_CASE("runtime: infinite recursion raises RecursionError at the recursion limit") {
    Limits limits;
    limits.maxRecursion = 50;
    Session s("depth = 0\ndef f():\n    global depth\n    depth += 1\n    f()\nf()\n", limits);
    RunResult r = s.runAll();
    REQUIRE(r.reason == StopReason::Exception);
    CallContext ctx(s.vm, s.task);
    CHECK(ctx.pendingIs(s.vm.types().RecursionError));
    CHECK(s.global("depth").asInt() == 49);
    CHECK(s.traceback().find("[Previous line repeated 46 more times]") != std::string::npos);
}

TEST_CASE("runtime: the heap limit ends a run that keeps too much alive") {
    Limits limits;
    limits.maxHeapBytes = 16u << 20;
    Session s("keep = []\nwhile True:\n    keep.append([0] * 1000)\n", limits);
    s.vm.heap().setMinThreshold(1u << 20);
    RunResult r = s.runAll();
    CHECK(r.reason == StopReason::Limit);
    CHECK(s.vm.limitHit == LimitKind::HeapBytes);
}

TEST_CASE("runtime: an uncaught exception's traceback lists every frame with its source line") {
    Session s("def inner():\n    raise ValueError('bad')\n\ndef outer():\n    inner()\n\nouter()\n");
    RunResult r = s.runAll();
    REQUIRE(r.reason == StopReason::Exception);
    CHECK(s.traceback() ==
          "Traceback (most recent call last):\n"
          "  File \"t.py\", line 7, in <module>\n"
          "    outer()\n"
          "  File \"t.py\", line 5, in outer\n"
          "    inner()\n"
          "  File \"t.py\", line 2, in inner\n"
          "    raise ValueError('bad')\n"
          "ValueError: bad\n");
}

TEST_CASE("runtime: chained exceptions print the cause first") {
    Session s("try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n");
    REQUIRE(s.runAll().reason == StopReason::Exception);
    std::string tb = s.traceback();
    CHECK(tb.find("KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:") !=
          std::string::npos);
    CHECK(tb.substr(tb.size() - 22) == "RuntimeError: wrapped\n");
}
