// str methods, str.format, % formatting and format() through the natives; expected values
// printed by CPython 3.11.
#include "tests/unit/vm/lib_test_util.hpp"

using il::vm::Value;
using il::vm::libtest::LibFixture;

TEST_CASE_FIXTURE(LibFixture, "lib.str split, join, strip, replace") {
    CHECK(show(method(s("a,b,,c"), "split", {s(",")})) == "['a', 'b', '', 'c']");
    CHECK(show(method(s("  a b  "), "split")) == "['a', 'b']");
    CHECK(show(method(s("a b c"), "split", {}, {{"maxsplit", i(1)}})) == "['a', 'b c']");
    CHECK(show(method(s("a b c"), "rsplit", {Value::none(), i(1)})) == "['a b', 'c']");
    CHECK(show(method(s("x\ny\r\nz"), "splitlines")) == "['x', 'y', 'z']");
    CHECK(show(method(s("x\ny"), "splitlines", {}, {{"keepends", Value::boolean(true)}})) == "['x\\n', 'y']");
    CHECK(show(method(s("-"), "join", {list({s("a"), s("b"), s("c")})})) == "'a-b-c'");
    CHECK(show(method(s("-"), "join", {tuple({s("x")})})) == "'x'");
    CHECK(show(method(s("-"), "join", {list({i(1)})})) == "TypeError: sequence item 0: expected str instance, int found");
    CHECK(show(method(s("-"), "join", {i(5)})) == "TypeError: can only join an iterable");
    CHECK(show(method(s("  hi  "), "strip")) == "'hi'");
    CHECK(show(method(s("xxhixx"), "strip", {s("x")})) == "'hi'");
    CHECK(show(method(s("xxhi"), "lstrip", {s("x")})) == "'hi'");
    CHECK(show(method(s("hi  "), "rstrip")) == "'hi'");
    CHECK(show(method(s("a"), "strip", {i(1)})) == "TypeError: strip arg must be None or str");
    CHECK(show(method(s("aaa"), "replace", {s("a"), s("b"), i(2)})) == "'bba'");
    CHECK(show(method(s("abc"), "replace", {s(""), s("-")})) == "'-a-b-c-'");
    CHECK(show(method(s("ab"), "removeprefix", {s("a")})) == "'b'");
    CHECK(show(method(s("ab"), "removesuffix", {s("b")})) == "'a'");
}

TEST_CASE_FIXTURE(LibFixture, "lib.str searching") {
    CHECK(show(method(s("hello"), "find", {s("l")})) == "2");
    CHECK(show(method(s("hello"), "rfind", {s("l")})) == "3");
    CHECK(show(method(s("hello"), "find", {s("l"), i(-2)})) == "3");
    CHECK(show(method(s("hello"), "find", {i(1)})) == "TypeError: must be str, not int");
    CHECK(show(method(s("hello"), "index", {s("z")})) == "ValueError: substring not found");
    CHECK(show(method(s("hello"), "rindex", {s("l")})) == "3");
    CHECK(show(method(s("hello"), "count", {s("l")})) == "2");
    CHECK(show(method(s("hello"), "count", {s("l"), i(0), i(3)})) == "1");
    CHECK(show(method(s("hello"), "startswith", {s("he")})) == "True");
    CHECK(show(method(s("hello"), "startswith", {tuple({s("x"), s("he")})})) == "True");
    CHECK(show(method(s("hello"), "endswith", {s("lo"), i(0), i(4)})) == "False");
    CHECK(show(method(s("hello"), "startswith", {i(1)})) ==
          "TypeError: startswith first arg must be str or a tuple of str, not int");
    CHECK(show(method(s("a=b=c"), "partition", {s("=")})) == "('a', '=', 'b=c')");
    CHECK(show(method(s("a=b=c"), "rpartition", {s("=")})) == "('a=b', '=', 'c')");
    CHECK(show(method(s("abc"), "partition", {s("")})) == "ValueError: empty separator");
}

TEST_CASE_FIXTURE(LibFixture, "lib.str case, predicates, padding") {
    CHECK(show(method(s("Hello World"), "upper")) == "'HELLO WORLD'");
    CHECK(show(method(s("Hello World"), "lower")) == "'hello world'");
    CHECK(show(method(s("hello world"), "title")) == "'Hello World'");
    CHECK(show(method(s("hello world"), "capitalize")) == "'Hello world'");
    CHECK(show(method(s("Hello"), "swapcase")) == "'hELLO'");
    CHECK(show(method(s("123"), "isdigit")) == "True");
    CHECK(show(method(s("abc"), "isalpha")) == "True");
    CHECK(show(method(s("a1"), "isalnum")) == "True");
    CHECK(show(method(s("  "), "isspace")) == "True");
    CHECK(show(method(s("ABC"), "isupper")) == "True");
    CHECK(show(method(s("abc"), "islower")) == "True");
    CHECK(show(method(s("Hello World"), "istitle")) == "True");
    CHECK(show(method(s("x_1"), "isidentifier")) == "True");
    CHECK(show(method(s("ab"), "center", {i(6), s("*")})) == "'**ab**'");
    CHECK(show(method(s("ab"), "ljust", {i(5)})) == "'ab   '");
    CHECK(show(method(s("ab"), "rjust", {i(5), s("0")})) == "'000ab'");
    CHECK(show(method(s("-42"), "zfill", {i(6)})) == "'-00042'");
    CHECK(show(method(s("ab"), "center", {i(5), s("xy")})) ==
          "TypeError: The fill character must be exactly one character long");
    CHECK(show(method(s("a\tb"), "expandtabs", {i(4)})) == "'a   b'");
}

TEST_CASE_FIXTURE(LibFixture, "lib.str format and format_map") {
    CHECK(show(method(s("{} and {}"), "format", {i(1), s("x")})) == "'1 and x'");
    CHECK(show(method(s("{0} {1} {0}"), "format", {s("a"), s("b")})) == "'a b a'");
    CHECK(show(method(s("{name}!"), "format", {}, {{"name", s("bob")}})) == "'bob!'");
    CHECK(show(method(s("{:>6}|{:<6}|{:^6}"), "format", {s("a"), s("b"), s("c")})) == "'     a|b     |  c   '");
    CHECK(show(method(s("{:.2f} {:5d} {:,}"), "format", {fl(3.14159), i(42), i(1234567)})) == "'3.14    42 1,234,567'");
    CHECK(show(method(s("{!r}"), "format", {s("x")})) == "\"'x'\"");
    CHECK(show(method(s("{0[1]}"), "format", {list({i(5), i(6)})})) == "'6'");
    CHECK(show(method(s("{:{}}"), "format", {s("a"), i(4)})) == "'a   '");
    CHECK(show(method(s("{}"), "format")) == "IndexError: Replacement index 0 out of range for positional args tuple");
    CHECK(show(method(s("{x}"), "format")) == "KeyError: 'x'");
    CHECK(show(method(s("{"), "format")) == "ValueError: Single '{' encountered in format string");
    CHECK(show(method(s("{0:d}"), "format", {s("x")})) == "ValueError: Unknown format code 'd' for object of type 'str'");
}

TEST_CASE_FIXTURE(LibFixture, "lib.str percent formatting") {
    CHECK(show(method(s("%d %s %r %5.2f %x %%"), "__mod__", {tuple({i(3), s("a"), s("b"), fl(3.14159), i(255)})})) ==
          "\"3 a 'b'  3.14 ff %\"");
    CHECK(show(method(s("%s"), "__mod__", {s("x")})) == "'x'");
    CHECK(show(method(s("%s"), "__mod__", {tuple({i(1), i(2)})})) ==
          "TypeError: not all arguments converted during string formatting");
    CHECK(show(method(s("%s %s"), "__mod__", {tuple({i(1)})})) == "TypeError: not enough arguments for format string");
    CHECK(show(method(s("%d"), "__mod__", {s("x")})) == "TypeError: %d format: a real number is required, not str");
    CHECK(show(method(s("%5.1f%%"), "__mod__", {fl(12.345)})) == "' 12.3%'");
    CHECK(show(method(s("%c%c"), "__mod__", {tuple({i(65), s("b")})})) == "'Ab'");
    CHECK(show(method(s("%-6s|"), "__mod__", {s("ab")})) == "'ab    |'");
    CHECK(show(method(s("%08.3f"), "__mod__", {fl(-3.14159)})) == "'-003.142'");
    Value d = Value::object(ctx.newDict());
    REQUIRE(il::vm::as<il::vm::DictObject>(d)->set(ctx, s("a"), s("x")));
    REQUIRE(il::vm::as<il::vm::DictObject>(d)->set(ctx, s("b"), i(2)));
    CHECK(show(method(s("%(a)s-%(b)d"), "__mod__", {d})) == "'x-2'");
}

TEST_CASE_FIXTURE(LibFixture, "lib.format builtin") {
    CHECK(show(builtin("format", {fl(3.14159), s(".2f")})) == "'3.14'");
    CHECK(show(builtin("format", {i(255), s("#x")})) == "'0xff'");
    CHECK(show(builtin("format", {s("ab"), s(">5")})) == "'   ab'");
    CHECK(show(builtin("format", {Value::boolean(true)})) == "'True'");
    CHECK(show(builtin("format", {Value::boolean(true), s("d")})) == "'1'");
    CHECK(show(builtin("format", {list({i(1)}), s("x")})) == "TypeError: unsupported format string passed to list.__format__");
    CHECK(show(builtin("format", {fl(1234.5), s(",.1f")})) == "'1,234.5'");
}
