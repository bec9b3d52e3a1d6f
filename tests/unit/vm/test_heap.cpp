// The heap: garbage collection keeps memory bounded, cycles are collected, teardown frees all.

#include <doctest/doctest.h>

#include "tests/unit/vm/vm_test_util.hpp"

using namespace il::vm;
using il::vm::test::Session;

namespace {

int g_alive = 0;  // test-only: live Counted objects

struct Counted : NativeObject {
    Value ref;
    Counted() { ++g_alive; }
    ~Counted() override { --g_alive; }
    void trace(TraceFn visit, void* ctx) const override { visitValue(ref, visit, ctx); }
};

}  // namespace

TEST_CASE("heap: a loop making a million garbage lists keeps the heap bounded") {
    Session s("for i in range(1000000):\n    x = [i, [i]]\nprint('done')\n");
    s.vm.heap().setMinThreshold(1u << 20);
    RunResult r = s.runAll();
    CHECK(r.reason == StopReason::Finished);
    CHECK(s.out == "done\n");
    CHECK(s.vm.heap().collections() > 10);
    CHECK(s.vm.heap().liveBytesAfterLastCollection() < (1u << 20));
    s.vm.collectGarbage();
    CHECK(s.vm.heap().objectCount() < 2000);
}

TEST_CASE("heap: unreachable cycles are collected") {
    Session s("class Node:\n    pass\nfor i in range(20000):\n    a = Node()\n    b = Node()\n    a.other = b\n    b.other = a\n");
    REQUIRE(s.runAll().reason == StopReason::Finished);
    s.vm.collectGarbage();
    size_t n = s.vm.heap().objectCount();
    CHECK(n < 1000);
}

TEST_CASE("heap: reachable objects survive a collection") {
    Session s("keep = [[i] for i in range(1000)]\n");
    REQUIRE(s.runAll().reason == StopReason::Finished);
    s.vm.collectGarbage();
    s.vm.collectGarbage();
    Value keep = s.global("keep");
    REQUIRE(isKind(keep, ObjKind::List));
    auto& items = as<ListObject>(keep)->items;
    REQUIRE(items.size() == 1000);
    CHECK(as<ListObject>(items[999])->items[0].asInt() == 999);
}

TEST_CASE("heap: destroying a heap frees every object, cycles included") {
    g_alive = 0;
    {
        Heap heap;
        Counted* prev = nullptr;
        Counted* first = nullptr;
        for (int i = 0; i < 1000; ++i) {
            auto* c = heap.make<Counted>(nullptr);
            if (prev) prev->ref = Value::object(c);
            else first = c;
            prev = c;
        }
        prev->ref = Value::object(first);  // a cycle through all of them
        CHECK(g_alive == 1000);
        CHECK(heap.objectCount() == 1000);
    }
    CHECK(g_alive == 0);
}

TEST_CASE("heap: a collection frees exactly the unreachable native objects") {
    g_alive = 0;
    {
        Heap heap;
        auto* kept = heap.make<Counted>(nullptr);
        for (int i = 0; i < 10; ++i) heap.make<Counted>(nullptr);
        kept->ref = Value::object(heap.make<Counted>(nullptr));
        CHECK(g_alive == 12);
        heap.collect([&](Heap& h) { h.mark(kept); });
        CHECK(g_alive == 2);
    }
    CHECK(g_alive == 0);
}

TEST_CASE("heap: countAllAsLive() puts the next collection a whole threshold away, bytes in use unchanged") {
    Session s("x = 1\n");
    Heap& heap = s.vm.heap();
    heap.setMinThreshold(64u << 10);
    s.vm.collectGarbage();
    for (int i = 0; i < 100000 && !heap.shouldCollect(); ++i) heap.adopt(new Counted());
    REQUIRE(heap.shouldCollect());
    const size_t inUse = heap.bytesInUse();
    // What a forked child does (native_fork.cpp): its parent's garbage is not its to sweep.
    heap.countAllAsLive();
    CHECK_FALSE(heap.shouldCollect());
    CHECK(heap.bytesInUse() == inUse);
    CHECK(heap.liveBytesAfterLastCollection() == inUse);
    int added = 0;
    for (; added < 100000 && !heap.shouldCollect(); ++added) heap.adopt(new Counted());
    CHECK(heap.shouldCollect());  // a threshold of new allocation later
    CHECK(added > 10);
    s.vm.collectGarbage();
    CHECK(g_alive == 0);
}
