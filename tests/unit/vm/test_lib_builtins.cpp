// Builtin functions and constructors through the natives; expected values printed by CPython 3.11.
#include "tests/unit/vm/lib_test_util.hpp"

using il::vm::Value;
using il::vm::libtest::LibFixture;

TEST_CASE_FIXTURE(LibFixture, "lib.builtins min max sum any all") {
    Value l = list({i(3), i(1), i(2)});
    CHECK(show(builtin("min", {l})) == "1");
    CHECK(show(builtin("max", {l})) == "3");
    CHECK(show(builtin("max", {i(1), i(5), i(3)})) == "5");
    CHECK(show(builtin("min", {s("bca")})) == "'a'");
    CHECK(show(builtin("max", {list({})}, {{"default", i(7)}})) == "7");
    CHECK(show(builtin("max", {list({})})) == "ValueError: max() arg is an empty sequence");
    CHECK(show(builtin("max", {i(1), i(2)}, {{"default", i(7)}})) ==
          "TypeError: Cannot specify a default for max() with multiple positional arguments");
    CHECK(show(builtin("sum", {l})) == "6");
    CHECK(show(builtin("sum", {l, i(10)})) == "16");
    CHECK(show(builtin("sum", {list({fl(0.1), fl(0.1), fl(0.1), fl(0.1), fl(0.1), fl(0.1), fl(0.1), fl(0.1), fl(0.1), fl(0.1)})})) ==
          "0.9999999999999999");
    CHECK(show(builtin("sum", {list({s("a")}), s("")})) == "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    CHECK(show(builtin("any", {list({i(0), i(1)})})) == "True");
    CHECK(show(builtin("all", {list({i(1), i(0)})})) == "False");
    CHECK(show(builtin("any", {list({})})) == "False");
    CHECK(show(builtin("all", {list({})})) == "True");
}

TEST_CASE_FIXTURE(LibFixture, "lib.builtins iterator classes") {
    CHECK(show(builtin("list", {builtin("enumerate", {s("ab"), i(1)})})) == "[(1, 'a'), (2, 'b')]");
    CHECK(show(builtin("list", {builtin("zip", {list({i(1), i(2), i(3)}), s("ab")})})) == "[(1, 'a'), (2, 'b')]");
    CHECK(show(builtin("list", {builtin("filter", {Value::none(), list({i(0), i(1), i(2), i(0)})})})) == "[1, 2]");
    CHECK(show(builtin("list", {builtin("map", {*ctx.types().builtins->findStr(std::string_view("abs")), list({i(-1), i(2)})})})) ==
          "[1, 2]");
    CHECK(show(builtin("list", {builtin("reversed", {list({i(1), i(2), i(3)})})})) == "[3, 2, 1]");
    CHECK(show(builtin("list", {builtin("reversed", {s("abc")})})) == "['c', 'b', 'a']");
    CHECK(show(builtin("reversed", {i(1)})) == "TypeError: 'int' object is not reversible");
}

TEST_CASE_FIXTURE(LibFixture, "lib.builtins numbers") {
    CHECK(show(builtin("round", {fl(2.5)})) == "2");
    CHECK(show(builtin("round", {fl(3.5)})) == "4");
    CHECK(show(builtin("round", {fl(-0.5)})) == "0");
    CHECK(show(builtin("round", {fl(2.675), i(2)})) == "2.67");
    CHECK(show(builtin("round", {fl(0.125), i(2)})) == "0.12");
    CHECK(show(builtin("round", {fl(1e16 + 2), i(-1)})) == "1e+16");
    CHECK(show(builtin("round", {i(1234), i(-2)})) == "1200");
    CHECK(show(builtin("round", {i(1250), i(-2)})) == "1200");
    CHECK(show(builtin("divmod", {i(7), i(2)})) == "(3, 1)");
    CHECK(show(builtin("divmod", {i(-7), i(2)})) == "(-4, 1)");
    CHECK(show(builtin("divmod", {fl(7.5), i(2)})) == "(3.0, 1.5)");
    CHECK(show(builtin("divmod", {fl(-7.5), i(2)})) == "(-4.0, 0.5)");
    CHECK(show(builtin("divmod", {i(1), i(0)})) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(show(builtin("abs", {i(-3)})) == "3");
    CHECK(show(builtin("abs", {fl(-2.5)})) == "2.5");
    CHECK(show(builtin("abs", {Value::boolean(true)})) == "1");
    CHECK(show(builtin("pow", {i(2), i(10), i(1000)})) == "24");
    CHECK(show(builtin("pow", {i(3), i(-1), i(7)})) == "5");
    CHECK(show(builtin("hex", {i(255)})) == "'0xff'");
    CHECK(show(builtin("oct", {i(8)})) == "'0o10'");
    CHECK(show(builtin("bin", {i(5)})) == "'0b101'");
    CHECK(show(builtin("hex", {i(-1)})) == "'-0x1'");
    CHECK(show(builtin("chr", {i(0x4e2d)})) == "'中'");
    CHECK(show(builtin("chr", {i(-1)})) == "ValueError: chr() arg not in range(0x110000)");
    CHECK(show(builtin("ord", {s("中")})) == "20013");
    CHECK(show(builtin("ord", {s("ab")})) == "TypeError: ord() expected a character, but string of length 2 found");
    CHECK(show(method(i(5), "bit_length")) == "3");
    CHECK(show(method(fl(1.0), "is_integer")) == "True");
}

TEST_CASE_FIXTURE(LibFixture, "lib.constructors") {
    CHECK(show(builtin("int", {s("42")})) == "42");
    CHECK(show(builtin("int", {s(" -7 ")})) == "-7");
    CHECK(show(builtin("int", {s("ff"), i(16)})) == "255");
    CHECK(show(builtin("int", {s("0x1f"), i(0)})) == "31");
    CHECK(show(builtin("int", {fl(3.9)})) == "3");
    CHECK(show(builtin("int", {s("x")})) == "ValueError: invalid literal for int() with base 10: 'x'");
    CHECK(show(builtin("float", {s(" inf ")})) == "inf");
    CHECK(show(builtin("float", {i(2)})) == "2.0");
    CHECK(show(builtin("float", {s("x")})) == "ValueError: could not convert string to float: 'x'");
    CHECK(show(builtin("bool", {list({})})) == "False");
    CHECK(show(builtin("str", {i(12)})) == "'12'");
    CHECK(show(builtin("str", {})) == "''");
    CHECK(show(builtin("list", {s("ab")})) == "['a', 'b']");
    CHECK(show(builtin("tuple", {list({i(1), i(2)})})) == "(1, 2)");
    CHECK(show(builtin("set", {list({i(1), i(1), i(2)})})) == "{1, 2}");
    CHECK(show(builtin("frozenset", {})) == "frozenset()");
}
