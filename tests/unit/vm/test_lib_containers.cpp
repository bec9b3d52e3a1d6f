// list, tuple, dict and set methods through the natives; expected values printed by CPython 3.11.
#include "tests/unit/vm/lib_test_util.hpp"

using il::vm::Value;
using il::vm::libtest::LibFixture;

TEST_CASE_FIXTURE(LibFixture, "lib.list methods") {
    Value l = list({i(3), i(1), i(2)});
    CHECK(show(method(l, "append", {i(4)})) == "None");
    CHECK(show(l) == "[3, 1, 2, 4]");
    CHECK(show(method(l, "sort")) == "None");
    CHECK(show(l) == "[1, 2, 3, 4]");
    CHECK(show(method(l, "extend", {tuple({i(5)})})) == "None");
    CHECK(show(method(l, "insert", {i(-50), i(0)})) == "None");
    CHECK(show(l) == "[0, 1, 2, 3, 4, 5]");
    CHECK(show(method(l, "pop")) == "5");
    CHECK(show(method(l, "pop", {i(0)})) == "0");
    CHECK(show(method(l, "pop", {i(9)})) == "IndexError: pop index out of range");
    CHECK(show(method(list({}), "pop")) == "IndexError: pop from empty list");
    CHECK(show(method(l, "index", {i(3)})) == "2");
    CHECK(show(method(l, "index", {i(9)})) == "ValueError: 9 is not in list");
    CHECK(show(method(l, "remove", {i(9)})) == "ValueError: list.remove(x): x not in list");
    CHECK(show(method(l, "remove", {i(1)})) == "None");
    CHECK(show(method(l, "count", {i(2)})) == "1");
    CHECK(show(method(l, "reverse")) == "None");
    CHECK(show(l) == "[4, 3, 2]");
    CHECK(show(method(l, "copy")) == "[4, 3, 2]");
    CHECK(show(method(l, "clear")) == "None");
    CHECK(show(l) == "[]");
}

TEST_CASE_FIXTURE(LibFixture, "lib.list sort is stable, takes key and reverse, and propagates errors") {
    Value words = list({s("b"), s("A"), s("c")});
    Value lowerFn = *ctx.types().strType->lookup(std::string_view("lower"));
    CHECK(show(method(words, "sort", {}, {{"key", lowerFn}, {"reverse", Value::boolean(true)}})) == "None");
    CHECK(show(words) == "['c', 'b', 'A']");
    Value mixed = list({i(1), s("a")});
    CHECK(show(method(mixed, "sort")) == "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK(show(builtin("sorted", {list({i(3), i(1), i(2)})}, {{"reverse", Value::boolean(true)}})) == "[3, 2, 1]");
    CHECK(show(builtin("sorted", {list({s("bb"), s("a"), s("ccc")})}, {{"key", *ctx.types().builtins->findStr(std::string_view("len"))}})) ==
          "['a', 'bb', 'ccc']");
    CHECK(show(method(list({i(1)}), "sort", {i(1)})) == "TypeError: sort() takes no positional arguments");
}

TEST_CASE_FIXTURE(LibFixture, "lib.tuple methods") {
    CHECK(show(method(tuple({i(1), i(2), i(1)}), "count", {i(1)})) == "2");
    CHECK(show(method(tuple({i(1), i(2)}), "index", {i(3)})) == "ValueError: tuple.index(x): x not in tuple");
    CHECK(show(method(tuple({i(1), i(2)}), "index", {i(2)})) == "1");
}

TEST_CASE_FIXTURE(LibFixture, "lib.dict methods") {
    Value d = builtin("dict", {list({tuple({s("a"), i(1)})})}, {{"b", i(2)}});
    CHECK(show(d) == "{'a': 1, 'b': 2}");
    CHECK(show(method(d, "get", {s("a")})) == "1");
    CHECK(show(method(d, "get", {s("z")})) == "None");
    CHECK(show(method(d, "get", {s("z"), i(0)})) == "0");
    CHECK(show(method(d, "setdefault", {s("c"), i(3)})) == "3");
    CHECK(show(method(d, "keys")) == "dict_keys(['a', 'b', 'c'])");
    CHECK(show(method(d, "values")) == "dict_values([1, 2, 3])");
    CHECK(show(method(d, "items")) == "dict_items([('a', 1), ('b', 2), ('c', 3)])");
    CHECK(show(method(d, "popitem")) == "('c', 3)");
    CHECK(show(method(d, "pop", {s("a")})) == "1");
    CHECK(show(method(d, "pop", {s("x")})) == "KeyError: 'x'");
    CHECK(show(method(d, "pop", {s("x"), i(5)})) == "5");
    CHECK(show(method(d, "update", {list({tuple({s("x"), i(1)})})}, {{"y", i(2)}})) == "None");
    CHECK(show(d) == "{'b': 2, 'x': 1, 'y': 2}");
    CHECK(show(method(d, "update", {list({tuple({i(1), i(2), i(3)})})})) ==
          "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK(show(method(d, "copy")) == "{'b': 2, 'x': 1, 'y': 2}");
    CHECK(show(method(d, "clear")) == "None");
    CHECK(show(method(d, "popitem")) == "KeyError: 'popitem(): dictionary is empty'");
    Value* fromkeys = ctx.types().dictType->lookup(std::string_view("fromkeys"));
    REQUIRE(fromkeys != nullptr);
    std::vector<Value> fkArgs{Value::object(ctx.types().dictType), s("ab"), i(0)};
    CHECK(show(callNative(*fromkeys, fkArgs, {})) == "{'a': 0, 'b': 0}");
}

TEST_CASE_FIXTURE(LibFixture, "lib.set methods") {
    Value st = builtin("set", {list({i(1), i(2), i(3)})});
    CHECK(show(method(st, "add", {i(4)})) == "None");
    CHECK(show(st) == "{1, 2, 3, 4}");
    CHECK(show(method(st, "remove", {i(9)})) == "KeyError: 9");
    CHECK(show(method(st, "discard", {i(4)})) == "None");
    CHECK(show(method(st, "union", {list({i(4)}), tuple({i(5)})})) == "{1, 2, 3, 4, 5}");
    CHECK(show(method(st, "intersection", {list({i(2), i(3), i(9)})})) == "{2, 3}");
    CHECK(show(method(st, "difference", {builtin("set", {list({i(2)})})})) == "{1, 3}");
    CHECK(show(method(st, "symmetric_difference", {list({i(3), i(4)})})) == "{1, 2, 4}");
    CHECK(show(method(st, "issubset", {list({i(1), i(2), i(3), i(4)})})) == "True");
    CHECK(show(method(st, "issuperset", {list({i(1)})})) == "True");
    CHECK(show(method(st, "isdisjoint", {list({i(5)})})) == "True");
    CHECK(show(method(builtin("frozenset", {list({i(1), i(2)})}), "union", {list({i(3)})})) == "frozenset({1, 2, 3})");
    CHECK(show(method(st, "__or__", {builtin("set", {list({i(7)})})})) == "{1, 2, 3, 7}");
    CHECK(show(method(st, "__le__", {builtin("set", {list({i(1), i(2), i(3), i(4)})})})) == "True");
    CHECK(show(method(st, "pop")) == "1");
    CHECK(show(method(builtin("set", {}), "pop")) == "KeyError: 'pop from an empty set'");
}
