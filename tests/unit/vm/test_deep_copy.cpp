// Deep copies between process heaps: sharing and cycles preserved, immortals shared, copied
// functions and classes keep working in the other process.

#include <doctest/doctest.h>

#include "tests/unit/vm/vm_test_util.hpp"

using namespace il::vm;
using il::vm::test::Session;

TEST_CASE("deep_copy: sharing and cycles are preserved, immortal objects are shared") {
    Session a("shared = [1, 2]\nd = {'x': shared, 'y': shared, 'name': 'const'}\nd['self'] = d\n");
    REQUIRE(a.runAll().reason == StopReason::Finished);
    Session b("pass\n");
    Value d = a.global("d");
    Value copy = deepCopy(d, a.vm, b.vm);
    REQUIRE(isKind(copy, ObjKind::Dict));
    CHECK(copy.asObj() != d.asObj());
    CallContext ctx(b.vm, b.task);
    Value x = ctx.getItem(copy, ctx.makeStr("x"));
    Value y = ctx.getItem(copy, ctx.makeStr("y"));
    Value self = ctx.getItem(copy, ctx.makeStr("self"));
    CHECK(x.identical(y));                                   // sharing kept
    CHECK(x.asObj() != a.global("shared").asObj());          // but it is a new list
    CHECK(self.identical(copy));                             // cycle kept
    Value name = ctx.getItem(copy, ctx.makeStr("name"));
    CHECK(name.identical(ctx.getItem(d, ctx.makeStr("name"))));  // immortal constant shared
    // The copy lives on b's heap: a collection on b keeps it when rooted.
    b.vm.pin(copy);
    b.vm.collectGarbage();
    CHECK(as<ListObject>(x)->items.size() == 2);
}

TEST_CASE("deep_copy: a copied instance of a user class works in the other process") {
    Session a("class P:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v * 2\np = P(21)\n");
    REQUIRE(a.runAll().reason == StopReason::Finished);
    Session b("pass\n");
    Value p = deepCopy(a.global("p"), a.vm, b.vm);
    CallContext ctx(b.vm, b.task);
    Value r = ctx.callMethod(p, "get", {});
    REQUIRE(r.isInt());
    CHECK(r.asInt() == 42);
    // Mutating the copy leaves the original alone.
    REQUIRE(ctx.setAttr(p, "v", Value::integer(1)));
    CallContext actx(a.vm, a.task);
    CHECK(actx.getAttr(a.global("p"), "v").asInt() == 21);
    CHECK(ctx.typeOf(p) != actx.typeOf(a.global("p")));  // the class was copied too
    CHECK(ctx.typeOf(p)->name->data == "P");
}

TEST_CASE("deep_copy: very deep structures are copied without recursion on the C++ stack") {
    Session a("x = []\nfor i in range(200000):\n    x = [x]\n");
    REQUIRE(a.runAll().reason == StopReason::Finished);
    Session b("pass\n");
    Value copy = deepCopy(a.global("x"), a.vm, b.vm);
    int depth = 0;
    for (Value v = copy; isKind(v, ObjKind::List) && !as<ListObject>(v)->items.empty(); v = as<ListObject>(v)->items[0])
        ++depth;
    CHECK(depth == 200000);
}
