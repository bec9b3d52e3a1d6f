// The value codec: values encoded in one Vm and decoded in another (as a queue item crosses
// between processes), with pickle's coverage and pickle's refusals.

#include <doctest/doctest.h>

#include "engine/native/value_codec.hpp"
#include "tests/unit/vm/vm_test_util.hpp"

using namespace il::vm;
using il::native::CodecError;
using il::native::decodeValue;
using il::native::encodeValue;
using il::vm::test::Session;

namespace {

const char* kProgram = R"PY(
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm1(self):
        return abs(self.x) + abs(self.y)
class Bag(list):
    pass
class Oops(Exception):
    pass
def helper(n):
    return n * 3
)PY";

std::string reprOf(Session& s, Value v) {
    CallContext ctx(s.vm, s.task);
    std::string out;
    REQUIRE(ctx.reprInto(v, out));
    return out;
}

// roundTrip(): encodes `expr` evaluated in a sender and decodes it in a fresh receiver that runs
// the same program (as a forked child would); returns the receiver's value.
struct Pair {
    Session sender{std::string(kProgram) + "\n"};
    Session receiver{std::string(kProgram) + "\n"};
    Pair() {
        REQUIRE(sender.runAll().reason == StopReason::Finished);
        REQUIRE(receiver.runAll().reason == StopReason::Finished);
    }
    Value send(const std::string& setup) {
        Session s(std::string(kProgram) + setup);
        if (s.runAll().reason != StopReason::Finished) FAIL(s.traceback());
        std::string bytes;
        CodecError err;
        REQUIRE_MESSAGE(encodeValue(s.vm, s.global("v"), bytes, err), err.message);
        expected = reprOf(s, s.global("v"));
        CallContext ctx(receiver.vm, receiver.task);
        Value out = decodeValue(ctx, bytes);
        if (out.isError()) FAIL(receiver.traceback());
        return out;
    }
    std::string expected;
};

}  // namespace

TEST_CASE("value_codec: builtin values round-trip with the same repr") {
    Pair p;
    for (const char* setup : {
             "v = None", "v = True", "v = -9223372036854775807 - 1", "v = 9223372036854775807", "v = 0.1", "v = float('inf')",
             "v = 'h\\u00e9llo \\u2603'", "v = ''", "v = (1, (2.5, 'x'), [])",
             "v = {'a': [1, 2], (1, 2): {3, 4}, None: frozenset({'q'})}",
             "v = [range(1, 10, 2), {}, [[]]]", "v = {1.5: set()}",
         }) {
        Value v = p.send(std::string("\nv0 = 1\n") + setup + "\n");
        CHECK_MESSAGE(reprOf(p.receiver, v) == p.expected, setup);
    }
}

TEST_CASE("value_codec: sharing and cycles survive, as with pickle") {
    Pair p;
    Value v = p.send("\nshared = [1]\nv = [shared, shared, {}]\nv[2]['self'] = v\nv.append(v)\n");
    REQUIRE(isKind(v, ObjKind::List));
    auto& items = as<ListObject>(v)->items;
    REQUIRE(items.size() == 4);
    CHECK(items[0].identical(items[1]));
    CHECK(items[3].identical(v));
    CallContext ctx(p.receiver.vm, p.receiver.task);
    CHECK(ctx.getItem(items[2], ctx.makeStr("self")).identical(v));
    CHECK(reprOf(p.receiver, v) == p.expected);
}

TEST_CASE("value_codec: instances, exceptions and subclasses arrive as the receiver's classes") {
    Pair p;
    Value v = p.send("\nb = Bag([Point(1, -2)])\nv = (b, Oops('bad', 3), ValueError('v'), helper, Point, len, Point(0, 5).norm1)\n");
    auto& items = as<TupleObject>(v)->items;
    REQUIRE(items.size() == 7);
    CHECK(reprOf(p.receiver, items[0]) == "[Point(1, -2)]");
    CHECK(reprOf(p.receiver, items[1]) == "Oops('bad', 3)");
    CHECK(reprOf(p.receiver, items[2]) == "ValueError('v')");
    CHECK(reprOf(p.receiver, items[6]) == "<bound method Point.norm1 of Point(0, 5)>");
    CallContext ctx(p.receiver.vm, p.receiver.task);
    CHECK(ctx.typeOf(items[0]) == as<ClassObject>(p.receiver.global("Bag")));  // receiver's own class
    Value pt = as<ListObject>(items[0])->items[0];
    CHECK(ctx.typeOf(pt) == as<ClassObject>(p.receiver.global("Point")));
    CHECK(ctx.callMethod(pt, "norm1", {}).asInt() == 3);
    CHECK(ctx.typeOf(items[1]) == as<ClassObject>(p.receiver.global("Oops")));
    CHECK(ctx.typeOf(items[2]) == ctx.types().ValueError);
    CHECK(items[3].identical(p.receiver.global("helper")));
    CHECK(items[4].identical(p.receiver.global("Point")));
    CHECK(ctx.call(items[6], {}).asInt() == 5);
}

TEST_CASE("value_codec: a module's builtin function travels as its module and name, as pickle sends it") {
    Pair p;
    Value v = p.send("\nimport math, time\nv = (time.sleep, math.sqrt, divmod)\n");
    auto& items = as<TupleObject>(v)->items;
    REQUIRE(items.size() == 3);
    CHECK(reprOf(p.receiver, v) == "(<built-in function sleep>, <built-in function sqrt>, <built-in function divmod>)");
    CallContext ctx(p.receiver.vm, p.receiver.task);
    Value math = p.receiver.vm.importModule(ctx, "math");
    REQUIRE(math.isObj());
    CHECK(items[1].identical(ctx.getAttr(math, "sqrt")));  // the receiver's own math.sqrt
    CHECK(ctx.call(items[1], {Value::real(6.25)}).asFloat() == 2.5);
}

TEST_CASE("value_codec: what pickle refuses is refused with its message") {
    struct Case {
        const char* setup;
        CodecError::Kind kind;
        const char* message;
    };
    for (const Case& c : {
             Case{"def g():\n    yield 1\nv = [g()]\n", CodecError::Kind::TypeError, "cannot pickle 'generator' object"},
             Case{"v = iter([1])\n", CodecError::Kind::TypeError, "cannot pickle 'list_iterator' object"},
             Case{"v = {}.keys()\n", CodecError::Kind::TypeError, "cannot pickle 'dict_keys' object"},
             Case{"def f():\n    def g():\n        pass\n    return g\nv = f()\n", CodecError::Kind::AttributeError,
                  "Can't pickle local object 'f.<locals>.g'"},
             Case{"v = lambda: 1\n", CodecError::Kind::PicklingError,
                  "Can't pickle <function <lambda>>: attribute lookup <lambda> on __main__ failed"},
             Case{"class A:\n    pass\nold = A()\nclass A:\n    pass\nv = old\n", CodecError::Kind::PicklingError,
                  "Can't pickle <class '__main__.A'>: it's not the same object as __main__.A"},
         }) {
        Session s(c.setup);
        REQUIRE(s.runAll().reason == StopReason::Finished);
        std::string bytes = "keep";
        CodecError err;
        CHECK_FALSE(encodeValue(s.vm, s.global("v"), bytes, err));
        CHECK(bytes == "keep");  // nothing half-written
        CHECK(err.kind == c.kind);
        CHECK(err.message == c.message);
    }
}

TEST_CASE("value_codec: nesting beyond the recursion limit is a RecursionError, not a crash") {
    Session s("v = []\nfor i in range(5000):\n    v = [v]\n");
    REQUIRE(s.runAll().reason == StopReason::Finished);
    std::string bytes;
    CodecError err;
    CHECK_FALSE(encodeValue(s.vm, s.global("v"), bytes, err));
    CHECK(err.kind == CodecError::Kind::RecursionError);
    CallContext ctx(s.vm, s.task);
    CHECK(il::native::raiseCodecError(ctx, err).isError());
    CHECK(ctx.pendingIs(ctx.types().RecursionError));
}

TEST_CASE("value_codec: a class the receiver lacks, and corrupt bytes, raise clear errors") {
    Session sender("class Gone:\n    pass\nv = Gone()\n");
    REQUIRE(sender.runAll().reason == StopReason::Finished);
    std::string bytes;
    CodecError err;
    REQUIRE(encodeValue(sender.vm, sender.global("v"), bytes, err));
    Session receiver("pass\n");
    REQUIRE(receiver.runAll().reason == StopReason::Finished);
    {
        CallContext ctx(receiver.vm, receiver.task);
        CHECK(decodeValue(ctx, bytes).isError());
        CHECK(ctx.pendingIs(ctx.types().AttributeError));
        CHECK(receiver.traceback().find("Can't get attribute 'Gone' on <module '__main__' from 't.py'>") != std::string::npos);
        ctx.clearPending();
    }
    // Every truncation of a valid message is refused cleanly.
    Session s2(std::string(kProgram) + "\nv = {'k': [Point(1, 2), (3.0, 'z')], 'n': None}\n");
    REQUIRE(s2.runAll().reason == StopReason::Finished);
    bytes.clear();
    REQUIRE(encodeValue(s2.vm, s2.global("v"), bytes, err));
    CallContext ctx(s2.vm, s2.task);
    for (size_t n = 0; n < bytes.size(); ++n) {
        CHECK(decodeValue(ctx, std::string_view(bytes).substr(0, n)).isError());
        CHECK(ctx.pendingIs(ctx.types().ValueError));
        ctx.clearPending();
    }
    CHECK(decodeValue(ctx, bytes + "x").isError());
    ctx.clearPending();
    CHECK(decodeValue(ctx, bytes).isObj());
}
