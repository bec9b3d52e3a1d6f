// f-strings: literal text, replacement fields, conversions, nested format specs, the `=`
// debugging specifier, concatenation with plain strings, and positions of errors inside them.

#include <doctest/doctest.h>

#include "tests/unit/script/script_test_util.hpp"

using il::script::SourceFile;
using il::script::parseModule;
using il::script::test::dump;
using il::script::test::firstError;

TEST_CASE("fstring.literal text and fields become JoinedStr parts") {
    CHECK(dump("f'a{b}c'\n") == "(expr (f 'a' (fv b) 'c'))");
    CHECK(dump("f'{a}{b}'\n") == "(expr (f (fv a) (fv b)))");
    CHECK(dump("f'plain'\n") == "(expr (f 'plain'))");
    CHECK(dump("f''\n") == "(expr (f))");
}

TEST_CASE("fstring.doubled braces are literal braces") {
    CHECK(dump("f'{{x}} {{{y}}}'\n") == "(expr (f '{x} {' (fv y) '}'))");
}

TEST_CASE("fstring.conversions and format specs") {
    CHECK(dump("f'{x!r} {y!s} {z!a}'\n") == "(expr (f (fv x !r) ' ' (fv y !s) ' ' (fv z !a)))");
    CHECK(dump("f'{x:>10}'\n") == "(expr (f (fv x (f '>10'))))");
    CHECK(dump("f'{x!r:^{w}.{p}f}'\n") == "(expr (f (fv x !r (f '^' (fv w) '.' (fv p) 'f'))))");
    CHECK(dump("f'{x:}'\n") == "(expr (f (fv x (f))))");
}

TEST_CASE("fstring.expressions inside fields are full expressions") {
    CHECK(dump("f'{a + b * 2}'\n") == "(expr (f (fv (+ a (* b 2)))))");
    CHECK(dump("f'{d[\"k\"]!r}'\n") == "(expr (f (fv ([] d 'k') !r)))");
    CHECK(dump("f'{x if y else z}'\n") == "(expr (f (fv (ifexp y x z))))");
    CHECK(dump("f'{a != b}'\n") == "(expr (f (fv (cmp a != b))))");
    CHECK(dump("f'{ {1: 2}[1] }'\n") == "(expr (f (fv ([] (dict (1 2)) 1))))");
    CHECK(dump("f'{1, 2}'\n") == "(expr (f (fv (tuple 1 2))))");
    CHECK(dump("f'{f\"{x}\"}'\n") == "(expr (f (fv (f (fv x)))))");
}

TEST_CASE("fstring.the = specifier shows the expression text and its repr") {
    CHECK(dump("f'{x=}'\n") == "(expr (f 'x=' (fv x !r)))");
    CHECK(dump("f'{x + 1 = }'\n") == "(expr (f 'x + 1 = ' (fv (+ x 1) !r)))");
    CHECK(dump("f'{x=!s}'\n") == "(expr (f 'x=' (fv x !s)))");
    CHECK(dump("f'{x=:>5}'\n") == "(expr (f 'x=' (fv x (f '>5'))))");
    CHECK(dump("f'a {x=} b'\n") == "(expr (f 'a x=' (fv x !r) ' b'))");
}

TEST_CASE("fstring.escapes are decoded in the literal parts only") {
    CHECK(dump("f'\\t{x}\\n'\n") == "(expr (f '\\t' (fv x) '\\n'))");
    CHECK(dump("rf'\\t{x}'\n") == "(expr (f '\\\\t' (fv x)))");
    CHECK(dump("f'\\{x}'\n") == "(expr (f '\\\\' (fv x)))");
}

TEST_CASE("fstring.adjacent strings merge into one JoinedStr") {
    CHECK(dump("x = 'a' f'b{c}d' 'e'\n") == "(= x (f 'ab' (fv c) 'de'))");
    CHECK(dump("x = 'a' 'b'\n") == "(= x 'ab')");
}

TEST_CASE("fstring.triple-quoted f-strings may span lines") {
    CHECK(dump("f'''a\n{b}\nc'''\n") == "(expr (f 'a\\n' (fv b) '\\nc'))");
}

TEST_CASE("fstring.expressions get their real line and column") {
    SourceFile src("t.py", "x = 1\ns = f'ab{ value + 1 }' f\"{w}\"\n");
    auto r = parseModule(src);
    REQUIRE(r.ok());
    const auto& joined = *r.module->body[1]->value;
    REQUIRE(joined.elts.size() == 3);
    const auto& fv = *joined.elts[1];
    CHECK(fv.span.line == 2);
    CHECK(fv.span.col == 9);  // the '{'
    CHECK(fv.value->span.col == 11);
    CHECK(fv.value->left->span.col == 11);
    CHECK(fv.value->right->span.col == 19);
    CHECK(joined.elts[2]->value->span.col == 27);
}

TEST_CASE("fstring.positions after non-ASCII text count code points") {
    SourceFile src("t.py", "s = f'héé {x}'\n");
    auto r = parseModule(src);
    REQUIRE(r.ok());
    CHECK(r.module->body[0]->value->elts[1]->value->span.col == 12);
}

TEST_CASE("fstring.errors point inside the f-string") {
    CHECK(firstError("f'{1 +}'\n") == "1:7: f-string: invalid syntax");
    CHECK(firstError("x = 1\ny = f'ab {a b}'\n") == "2:13: f-string: invalid syntax");
    CHECK(firstError("f'{x'\n") == "1:5: f-string: expecting '}'");
    CHECK(firstError("f'{}'\n") == "1:3: f-string: empty expression not allowed");
    CHECK(firstError("f'{x!z}'\n") == "1:6: f-string: invalid conversion character: expected 's', 'r', or 'a'");
    CHECK(firstError("f'}'\n") == "1:3: f-string: single '}' is not allowed");
    CHECK(firstError("f'{x:{y:{z}}}'\n") == "1:9: f-string: expressions nested too deeply");
    CHECK(firstError("f'{a)}'\n") == "1:5: f-string: unmatched ')'");
    CHECK(firstError("f'{a[}'\n") == "1:6: f-string: closing parenthesis '}' does not match opening parenthesis '['");
    CHECK(firstError("f\"{a[\"x\"]}\"\n") == "1:5: f-string: unmatched '['");
    CHECK(firstError("f'{x # no}'\n") == "1:6: f-string expression part cannot include '#'");
    CHECK(firstError("f'{\"\\n\".join(x)}'\n") == "1:5: f-string expression part cannot include a backslash");
    CHECK(firstError("f'{*x}'\n") == "1:4: f-string: can't use starred expression here");
    CHECK(firstError("f'{x := 1}'\n").find("f-string: expecting '}'") == std::string::npos);
}
