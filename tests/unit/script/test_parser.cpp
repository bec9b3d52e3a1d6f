// Parser: the AST of every construct in DESIGN §2, spans, and syntax errors with CPython's
// wording and positions.

#include <doctest/doctest.h>

#include "tests/unit/script/script_test_util.hpp"

using il::script::SourceFile;
using il::script::parseModule;
using il::script::test::dump;
using il::script::test::errors;
using il::script::test::firstError;

TEST_CASE("parser.arithmetic precedence follows Python") {
    CHECK(dump("x = a + b * c ** d\n") == "(= x (+ a (* b (** c d))))");
    CHECK(dump("x = -a ** 2\n") == "(= x (neg (** a 2)))");
    CHECK(dump("x = 2 ** -1\n") == "(= x (** 2 (neg 1)))");
    CHECK(dump("x = a ** b ** c\n") == "(= x (** a (** b c)))");
    CHECK(dump("x = a - b - c\n") == "(= x (- (- a b) c))");
    CHECK(dump("x = a | b ^ c & d << e + f // g % h @ i\n") ==
          "(= x (| a (^ b (& c (<< d (+ e (@ (% (// f g) h) i)))))))");
    CHECK(dump("async def f():\n    x = ~a + await b\n") == "(async-def f (args) (body (= x (+ (~ a) (await b)))))");
}

TEST_CASE("parser.boolean operators and not have Python's precedence") {
    CHECK(dump("x = a or b and not c\n") == "(= x (or a (and b (not c))))");
    CHECK(dump("x = not a == b\n") == "(= x (not (cmp a == b)))");
    CHECK(dump("x = a and b and c or d\n") == "(= x (or (and a b c) d))");
}

TEST_CASE("parser.chained comparison keeps every operator") {
    CHECK(dump("x = a < b <= c == d != e > f >= g\n") == "(= x (cmp a < b <= c == d != e > f >= g))");
    CHECK(dump("x = a in b not in c is d is not e\n") == "(= x (cmp a in b not-in c is d is-not e))");
}

TEST_CASE("parser.conditional expressions and lambdas") {
    CHECK(dump("x = a if b else c if d else e\n") == "(= x (ifexp b a (ifexp d c e)))");
    CHECK(dump("f = lambda: 0\n") == "(= f (lambda (args) 0))");
    CHECK(dump("f = lambda a, b=1, *c, d, e=2, **f: a\n") == "(= f (lambda (args a b=1 *c d e=2 **f) a))");
    CHECK(dump("f = lambda *, k: k\n") == "(= f (lambda (args * k) k))");
}

TEST_CASE("parser.literals and displays") {
    CHECK(dump("x = None, True, False, ..., 1, 1.5, 'a' 'b'\n") ==
          "(= x (tuple None True False ... 1 1.5 'ab'))");
    CHECK(dump("x = [], (), {}, [1,], (1,), {1}, {1: 2, **m}\n") ==
          "(= x (tuple (list) (tuple) (dict) (list 1) (tuple 1) (set 1) (dict (1 2) (** m))))");
    CHECK(dump("x = [*a, *b], {*a}, (*a, b)\n") == "(= x (tuple (list (* a) (* b)) (set (* a)) (tuple (* a) b)))");
    CHECK(dump("x = -9223372036854775808\n") == "(= x -9223372036854775808)");
    CHECK(firstError("x = 9223372036854775808\n") == "1:5: integer literal too large (Interleave ints are 64-bit)");
}

TEST_CASE("parser.unpacking targets in assignments and for loops") {
    CHECK(dump("a, *b = c = d\n") == "(= (tuple a (* b)) c d)");
    CHECK(dump("[a, (b, c)] = x\n") == "(= (list a (tuple b c)) x)");
    CHECK(dump("for i, (j, *k) in x: pass\n") == "(for (tuple i (tuple j (* k))) x (body (pass)))");
    CHECK(dump("for x, in y: pass\n") == "(for (tuple x) y (body (pass)))");
    CHECK(dump("a.b[c], d = e\n") == "(= (tuple ([] (. a b) c) d) e)");
    CHECK(dump("def g():\n    sent = yield\n") == "(def g (args) (body (= sent (yield))))");
}

TEST_CASE("parser.augmented and annotated assignment") {
    CHECK(dump("x += 1\nx //= 2\nx **= 3\nx >>= 4\nx @= y\n") ==
          "(+= x 1)\n(//= x 2)\n(**= x 3)\n(>>= x 4)\n(@= x y)");
    CHECK(dump("x: int\ny: list[int] = []\n") == "(ann x int)\n(ann y ([] list int) (list))");
}

TEST_CASE("parser.calls with every kind of argument") {
    CHECK(dump("f(a, *b, c=1, **d)\n") == "(expr (call f a (* b) (kw c 1) (** d)))");
    CHECK(dump("f(a,)\n") == "(expr (call f a))");
    CHECK(dump("sum(x for x in y)\n") == "(expr (call sum (genexp x (for x y))))");
    CHECK(dump("a.b(c)[d].e\n") == "(expr (. ([] (call (. a b) c) d) e))");
}

TEST_CASE("parser.slices and subscripts") {
    CHECK(dump("a[1:2], a[::2], a[:], a[1:], a[:-1:]\n") ==
          "(expr (tuple ([] a (: 1 2 _)) ([] a (: _ _ 2)) ([] a (: _ _ _)) ([] a (: 1 _ _)) ([] a (: _ (neg 1) _))))");
    CHECK(dump("a[1:2, 3]\n") == "(expr ([] a (tuple (: 1 2 _) 3)))");
    CHECK(dump("a[i, j]\n") == "(expr ([] a (tuple i j)))");
}

TEST_CASE("parser.comprehensions with several clauses") {
    CHECK(dump("[x * y for x in a if x for y in b if y if z]\n") ==
          "(expr (listcomp (* x y) (for x a (if x)) (for y b (if y) (if z))))");
    CHECK(dump("{k: v for k, v in d}\n") == "(expr (dictcomp k v (for (tuple k v) d)))");
    CHECK(dump("{x for x in s}\n") == "(expr (setcomp x (for x s)))");
    CHECK(dump("(x for x in s)\n") == "(expr (genexp x (for x s)))");
    CHECK(dump("[a if b else c for x in y]\n") == "(expr (listcomp (ifexp b a c) (for x y)))");
    CHECK(dump("[x for x in lambda: y]\n").rfind("ERROR", 0) == 0);
}

TEST_CASE("parser.yield forms") {
    CHECK(dump("def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield from y\n    z = (yield)\n") ==
          "(def g (args) (body (expr (yield)) (expr (yield 1)) (expr (yield (tuple 1 2))) "
          "(= x (yield-from y)) (= z (yield))))");
}

TEST_CASE("parser.simple statements") {
    CHECK(dump("pass; x = 1; del a, b[0]\n") == "(pass)\n(= x 1)\n(del a ([] b 0))");
    CHECK(dump("assert x, 'msg'\nraise\nraise E\nraise E from c\n") ==
          "(assert x 'msg')\n(raise)\n(raise E)\n(raise E (from c))");
    CHECK(dump("global a, b\n") == "(global a b)");
    CHECK(dump("def f():\n    x = 1\n    def g():\n        nonlocal x\n        return\n") ==
          "(def f (args) (body (= x 1) (def g (args) (body (nonlocal x) (return)))))");
}

TEST_CASE("parser.imports") {
    CHECK(dump("import threading, concurrent.futures as cf\n") == "(import threading concurrent.futures=cf)");
    CHECK(dump("from queue import Queue, Empty as E\n") == "(from queue Queue Empty=E)");
    CHECK(dump("from multiprocessing import (\n    Process,\n    Queue,\n)\n") ==
          "(from multiprocessing Process Queue)");
}

TEST_CASE("parser.if elif else and one-line bodies") {
    CHECK(dump("if a: b\nelif c: d\nelse: e; f\n") ==
          "(if a (body (expr b)) (else (if c (body (expr d)) (else (expr e) (expr f)))))");
}

TEST_CASE("parser.loops with else") {
    CHECK(dump("while x:\n    break\nelse:\n    pass\n") == "(while x (body (break)) (else (pass)))");
    CHECK(dump("for i in range(3):\n    continue\nelse:\n    pass\n") ==
          "(for i (call range 3) (body (continue)) (else (pass)))");
}

TEST_CASE("parser.function definitions with decorators and annotations") {
    CHECK(dump("@dec\n@mod.dec(1)\ndef f(a, b: int = 2, *args, c, d=4, **kw) -> str:\n    return a\n") ==
          "(def f (args a b=2 *args c d=4 **kw) (decorators dec (call (. mod dec) 1)) (returns str) "
          "(body (return a)))");
    CHECK(dump("def f(*, k=1): pass\n") == "(def f (args * k=1) (body (pass)))");
}

TEST_CASE("parser.class definitions") {
    CHECK(dump("class Worker(Process):\n    def run(self):\n        super().__init__()\n") ==
          "(class Worker (bases Process) (body (def run (args self) (body (expr (call (. (call super) __init__)))))))");
    CHECK(dump("@dataclass\nclass P(A, B, metaclass=M): pass\n") ==
          "(class P (bases A B) (keywords (kw metaclass M)) (decorators dataclass) (body (pass)))");
    CHECK(dump("class E: pass\n") == "(class E (body (pass)))");
}

TEST_CASE("parser.try with every clause") {
    CHECK(dump("try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\n"
               "finally:\n    f\n") ==
          "(try (body (expr a)) (except (tuple A B) as e (body (expr b))) (except C (body (expr c))) "
          "(except (body (expr d))) (else (expr e)) (finally (expr f)))");
    CHECK(dump("try:\n    a\nfinally:\n    b\n") == "(try (body (expr a)) (finally (expr b)))");
}

TEST_CASE("parser.with statements in every form") {
    CHECK(dump("with a as b, c:\n    pass\n") == "(with (item a b) (item c) (body (pass)))");
    CHECK(dump("with (a as b, c as d,):\n    pass\n") == "(with (item a b) (item c d) (body (pass)))");
    CHECK(dump("with (a, b) as (c, d):\n    pass\n") == "(with (item (tuple a b) (tuple c d)) (body (pass)))");
    CHECK(dump("with (yield_lock()):\n    pass\n") == "(with (item (call yield_lock)) (body (pass)))");
}

TEST_CASE("parser.async forms") {
    CHECK(dump("async def main():\n    async with lock:\n        await asyncio.sleep(1)\n"
               "    async for x in it:\n        pass\n    return [y async for y in z]\n") ==
          "(async-def main (args) (body (async-with (item lock) (body (expr (await (call (. asyncio sleep) 1))))) "
          "(async-for x it (body (pass))) (return (listcomp y (async-for y z)))))");
}

TEST_CASE("parser.module docstring is recorded and stays in the body") {
    SourceFile src("t.py", "\"\"\"Producer and consumer.\"\"\"\nx = 1\n");
    auto r = parseModule(src);
    REQUIRE(r.ok());
    REQUIRE(r.module->docstring.has_value());
    CHECK(*r.module->docstring == "Producer and consumer.");
    CHECK(r.module->body.size() == 2);
    SourceFile none("t.py", "x = 1\n'not a docstring'\n");
    CHECK_FALSE(parseModule(none).module->docstring.has_value());
}

TEST_CASE("parser.nodes carry line and column spans") {
    SourceFile src("t.py", "x = 1\nif a:\n    y = f(b,\n          c)\n");
    auto r = parseModule(src);
    REQUIRE(r.ok());
    const auto& assign = *r.module->body[0];
    CHECK(assign.span.line == 1);
    CHECK(assign.span.col == 1);
    CHECK(assign.span.endCol == 6);
    CHECK(assign.value->span.col == 5);
    const auto& ifs = *r.module->body[1];
    CHECK(ifs.span.line == 2);
    CHECK(ifs.span.endLine == 4);
    const auto& inner = *ifs.body[0];
    CHECK(inner.span.line == 3);
    CHECK(inner.span.col == 5);
    const auto& call = *inner.value;
    CHECK(call.span.line == 3);
    CHECK(call.span.col == 9);
    CHECK(call.span.endLine == 4);
    CHECK(call.span.endCol == 13);
    CHECK(call.elts[1]->span.line == 4);
    CHECK(call.elts[1]->span.col == 11);
}

TEST_CASE("parser.spans count code points, not bytes") {
    SourceFile src("t.py", "s = 'héllo' + ñ\n");
    auto r = parseModule(src);
    REQUIRE(r.ok());
    const auto& bin = *r.module->body[0]->value;
    CHECK(bin.left->span.col == 5);
    CHECK(bin.left->span.endCol == 12);
    CHECK(bin.right->span.col == 15);
}

TEST_CASE("parser.syntax errors use CPython's words and positions") {
    CHECK(firstError("if x\n    y = 1\n") == "1:5: expected ':'");
    CHECK(firstError("x = 1 2\n") == "1:7: invalid syntax");
    CHECK(firstError("print(a b)\n") == "1:7: invalid syntax. Perhaps you forgot a comma?");
    CHECK(firstError("x = [1, 2 3]\n") == "1:9: invalid syntax. Perhaps you forgot a comma?");
    CHECK(firstError("x = 1 +\n") == "1:8: invalid syntax");
    CHECK(firstError("print 'hi'\n") == "1:1: Missing parentheses in call to 'print'. Did you mean print(...)?");
    CHECK(firstError("import sys\nprint >>sys.stderr, 'hi'\n") ==
          "2:1: Missing parentheses in call to 'print'. Did you mean print(..., file=...)?");
    CHECK(firstError("x = print >> 2\n").empty());
    CHECK(firstError("if x = 1:\n    pass\n") == "1:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    CHECK(firstError("x = a if b\n") == "1:5: expected 'else' after 'if' expression");
    CHECK(firstError("f(x for x in y, 1)\n") == "1:3: Generator expression must be parenthesized");
    CHECK(firstError("f(a=1, b)\n") == "1:8: positional argument follows keyword argument");
    CHECK(firstError("f(a.b=1)\n") == "1:3: expression cannot contain assignment, perhaps you meant \"==\"?");
    CHECK(firstError("f(x=1, x=2)\n") == "1:8: keyword argument repeated: x");
    CHECK(firstError("try:\n    pass\nx = 1\n") == "3:1: expected 'except' or 'finally' block");
    CHECK(firstError("try:\n    pass\nexcept A, B:\n    pass\n") == "3:8: multiple exception types must be parenthesized");
    CHECK(firstError("def f(a=1, b): pass\n") == "1:12: non-default argument follows default argument");
    CHECK(firstError("def f(*): pass\n") == "1:7: named arguments must follow bare *");
    CHECK(firstError("def f(**k, a): pass\n") == "1:12: arguments cannot follow var-keyword argument");
    CHECK(firstError("x = {a: b, c}\n") == "1:13: ':' expected after dictionary key");
    CHECK(firstError("else:\n    pass\n") == "1:1: invalid syntax");
}

TEST_CASE("parser.indentation errors") {
    CHECK(firstError("  x = 1\n") == "1:3: unexpected indent");
    CHECK(firstError("if x:\ny = 1\n") == "2:1: expected an indented block after 'if' statement on line 1");
    CHECK(firstError("def f():\n\nreturn\n") == "3:1: expected an indented block after function definition on line 1");
    CHECK(firstError("class A:\n") == "1:9: expected an indented block after class definition on line 1");
    CHECK(firstError("for x in y:\n    pass\nelse:\npass\n") ==
          "4:1: expected an indented block after 'else' statement on line 3");
    CHECK(firstError("if x:\n        a\n    b\n") == "3:5: unindent does not match any outer indentation level");
}

TEST_CASE("parser.invalid assignment targets") {
    CHECK(firstError("1 = x\n") == "1:1: cannot assign to literal here. Maybe you meant '==' instead of '='?");
    CHECK(firstError("f() = x\n") == "1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?");
    CHECK(firstError("a = 1 = x\n") == "1:5: cannot assign to literal");
    CHECK(firstError("(a, 1) = x\n") == "1:5: cannot assign to literal");
    CHECK(firstError("None = 1\n") == "1:1: cannot assign to None");
    CHECK(firstError("for f() in x: pass\n") == "1:5: cannot assign to function call");
    CHECK(firstError("with a as 1: pass\n") == "1:11: cannot assign to literal");
    CHECK(firstError("[x for 1 in y]\n") == "1:8: cannot assign to literal");
    CHECK(firstError("del f()\n") == "1:5: cannot delete function call");
    CHECK(firstError("a, b += 1\n") == "1:1: 'tuple' is an illegal expression for augmented assignment");
    CHECK(firstError("x = yield = 1\n") == "1:5: assignment to yield expression not possible");
    CHECK(firstError("*a = x\n") == "1:1: starred assignment target must be in a list or tuple");
    CHECK(firstError("a, *b, *c = x\n") == "1:1: multiple starred expressions in assignment");
    CHECK(firstError("a = *b\n") == "1:5: can't use starred expression here");
    CHECK(firstError("x: int, y = 1\n") == "1:7: invalid syntax");
    CHECK(firstError("a, b: int\n") == "1:1: only single target (not tuple) can be annotated");
}

TEST_CASE("parser.unsupported constructs get a clear diagnostic") {
    CHECK(firstError("if (n := 10) > 5: pass\n") ==
          "1:7: unsupported: assignment expressions ':=' (Interleave runs a subset of Python)");
    CHECK(firstError("match x:\n    case 1:\n        pass\n") ==
          "1:1: unsupported: match statements (Interleave runs a subset of Python)");
    CHECK(firstError("from threading import *\n") ==
          "1:23: unsupported: 'from threading import *' (Interleave runs a subset of Python)");
    CHECK(firstError("def f(a, /, b): pass\n") ==
          "1:10: unsupported: positional-only parameters '/' (Interleave runs a subset of Python)");
    CHECK(firstError("x = b'raw'\n") == "1:5: unsupported: bytes literals (Interleave runs a subset of Python)");
    CHECK(firstError("x = 1 + 2j\n") == "1:9: unsupported: complex numbers (Interleave runs a subset of Python)");
    // `match` is still an ordinary name everywhere else.
    CHECK(dump("match = 1\nmatch(x)\nmatch[1] = 2\n") == "(= match 1)\n(expr (call match x))\n(= ([] match 1) 2)");
}

TEST_CASE("parser.bracket errors take priority like CPython's tokenizer errors") {
    CHECK(firstError("x = (1,\ny = 2\n") == "1:5: '(' was never closed");
    CHECK(firstError("foo(1,\n") == "1:4: '(' was never closed");
    CHECK(firstError("x = (1]\n") == "1:7: closing parenthesis ']' does not match opening parenthesis '('");
    CHECK(firstError("x = 1)\n") == "1:6: unmatched ')'");
    // A lexer error later on the same logical line wins over the parser's guess.
    CHECK(firstError("x = 1 2 'abc\n") == "1:9: unterminated string literal (detected at line 1)");
}

TEST_CASE("parser.recovers and reports independent errors once each") {
    auto all = errors("def f(x)\n    return x\n\ny = = 2\nz = 3\nif z\n    pass\nprint('ok')\n");
    REQUIRE(all.size() == 3);
    CHECK(all[0] == "1:9: expected ':'");
    CHECK(all[1] == "4:5: invalid syntax");
    CHECK(all[2] == "6:5: expected ':'");
}

TEST_CASE("parser.errors inside nested blocks do not cascade") {
    auto all = errors("def f():\n    x = (\n    y = 1\n\ndef g():\n    return 1 +\n\nclass C:\n    def m(self)\n        pass\n"
                      "    def n(self):\n        pass\n");
    REQUIRE(all.size() == 1);
    CHECK(all[0] == "2:9: '(' was never closed");
    auto two = errors("def f():\n    return 1 +\n\nclass C:\n    def m(self)\n        pass\n    def n(self):\n        pass\n");
    REQUIRE(two.size() == 2);
    CHECK(two[0] == "2:15: invalid syntax");
    CHECK(two[1] == "5:16: expected ':'");
}

TEST_CASE("parser.stops after twenty errors") {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "x = = 1\n";
    CHECK(errors(text).size() == 20);
}

TEST_CASE("parser.deep nesting is an error, not a crash") {
    std::string parens = "x = " + std::string(150, '(') + "1" + std::string(150, ')') + "\n";
    CHECK(dump(parens) == "(= x 1)");
    std::string nots = "x = ";
    for (int i = 0; i < 5000; ++i) nots += "not ";
    CHECK(firstError(nots + "y\n").find("too deeply nested") != std::string::npos);
    std::string minus = "x = " + std::string(5000, '-') + "1\n";
    CHECK(firstError(minus).find("too deeply nested") != std::string::npos);
    std::string lambdas = "f = ";
    for (int i = 0; i < 1000; ++i) lambdas += "lambda: ";
    CHECK(firstError(lambdas + "0\n").find("too deeply nested") != std::string::npos);
    std::string brackets = "x = " + std::string(1000, '[') + std::string(1000, ']') + "\n";
    CHECK(firstError(brackets).find("too many nested parentheses") != std::string::npos);
    std::string chain = "x = 1";
    for (int i = 0; i < 5000; ++i) chain += " + 1";
    CHECK(firstError(chain + "\n").find("too deeply nested") != std::string::npos);
}
