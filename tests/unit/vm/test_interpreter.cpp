// Interpreter results for snippets: arithmetic, control flow, classes, exceptions, generators.

#include <doctest/doctest.h>

#include "tests/unit/vm/vm_test_util.hpp"

using il::vm::test::run;

TEST_CASE("interpreter: arithmetic and printing match Python") {
    CHECK(run("print(7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4, 0.1 + 0.2)") == "3 -4 -2 1024 0.25 0.30000000000000004\n");
    CHECK(run("print(15.0, 1e-05, 1e16, -0.0, 3 == 3.0, True + 1)") == "15.0 1e-05 1e+16 -0.0 True 2\n");
}

TEST_CASE("interpreter: int overflow raises OverflowError instead of wrapping") {
    CHECK(run("try:\n    x = 2 ** 62 * 4\nexcept OverflowError:\n    print('overflow')\n") == "overflow\n");
    CHECK(run("x = 9223372036854775807\ntry:\n    x += 1\nexcept OverflowError:\n    print('ok')\n") == "ok\n");
}

TEST_CASE("interpreter: containers, truthiness and reprs") {
    CHECK(run("print([1, 'a'], (1,), {'k': [2]}, {3, 1, 2}, set(), not [], bool({0}))") ==
          "[1, 'a'] (1,) {'k': [2]} {1, 2, 3} set() True True\n");
    CHECK(run("l = [1]\nl.append(l)\nprint(l)") == "[1, [...]]\n");
    CHECK(run("d = {}\nd['b'] = 1\nd['a'] = 2\nprint(list(d), d.get('z'))") == "['b', 'a'] None\n");
}

TEST_CASE("interpreter: closures, defaults, keyword and star arguments") {
    CHECK(run("def mk(n):\n    def add(x, k=1):\n        return x + n * k\n    return add\nf = mk(10)\nprint(f(1), f(1, k=2))") ==
          "11 21\n");
    CHECK(run("def f(*a, **kw):\n    return a, sorted(kw.items())\nprint(f(1, 2, x=3))") == "((1, 2), [('x', 3)])\n");
    CHECK(run("def f(a, b):\n    pass\ntry:\n    f(1)\nexcept TypeError as e:\n    print(e)") ==
          "f() missing 1 required positional argument: 'b'\n");
}

TEST_CASE("interpreter: classes, inheritance, super and dunders") {
    const char* src =
        "class A:\n"
        "    def __init__(self, v):\n        self.v = v\n"
        "    def __repr__(self):\n        return f'A({self.v})'\n"
        "    def __eq__(self, o):\n        return self.v == o.v\n"
        "    def __lt__(self, o):\n        return self.v < o.v\n"
        "class B(A):\n"
        "    def __init__(self, v):\n        super().__init__(v * 2)\n"
        "print(B(2), A(1) == A(1), sorted([A(3), A(1)]), isinstance(B(1), A))\n";
    CHECK(run(src) == "A(4) True [A(1), A(3)] True\n");
}

TEST_CASE("interpreter: try/except/else/finally with return and break through finally") {
    const char* src =
        "def f():\n"
        "    try:\n        return 'body'\n"
        "    finally:\n        print('finally')\n"
        "print(f())\n"
        "for i in range(3):\n"
        "    try:\n        if i == 1:\n            break\n"
        "    finally:\n        print('f', i)\n"
        "try:\n    pass\nexcept Exception:\n    print('no')\nelse:\n    print('else')\n";
    CHECK(run(src) == "finally\nbody\nf 0\nf 1\nelse\n");
}

TEST_CASE("interpreter: exception names are cleared after the handler and context is chained") {
    CHECK(run("try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\nprint('e' in globals())") == "False\n");
    const char* src =
        "try:\n    try:\n        {}['k']\n    except KeyError:\n        raise ValueError('v')\n"
        "except ValueError as e:\n    print(repr(e.__context__))\n";
    CHECK(run(src) == "KeyError('k')\n");
}

TEST_CASE("interpreter: generators: next, send, return value, yield from, generator expressions") {
    const char* src =
        "def g():\n    x = yield 1\n    print('got', x)\n    yield 2\n    return 'done'\n"
        "it = g()\nprint(next(it))\nprint(it.send('hi'))\n"
        "try:\n    next(it)\nexcept StopIteration as e:\n    print('stop', e.value)\n"
        "def outer():\n    r = yield from g()\n    yield r\n"
        "print(list(outer()))\n"
        "print(sum(x * x for x in range(4)))\n";
    CHECK(run(src) == "1\ngot hi\n2\nstop done\ngot None\n[1, 2, 'done']\n14\n");
}

TEST_CASE("interpreter: with statement calls __enter__ and __exit__ and can suppress") {
    const char* src =
        "class C:\n"
        "    def __enter__(self):\n        print('enter')\n        return self\n"
        "    def __exit__(self, t, v, tb):\n        print('exit', t.__name__ if t else None)\n        return True\n"
        "with C():\n    raise ValueError('x')\n"
        "print('after')\n";
    CHECK(run(src) == "enter\nexit ValueError\nafter\n");
}

TEST_CASE("interpreter: imports of built-in modules and unknown modules") {
    CHECK(run("import math\nfrom math import sqrt\nprint(math.floor(2.5), sqrt(16.0))") == "2 4.0\n");
    il::vm::test::Session s("pass\n");
    il::vm::CallContext ctx(s.vm, s.task);
    CHECK(s.vm.importModule(ctx, "numpy").isError());
    CHECK(ctx.pendingIs(s.vm.types().ModuleNotFoundError));
    CHECK(s.traceback() == "ModuleNotFoundError: No module named 'numpy'\n");
    CHECK(run("print(__name__)") == "__main__\n");
}

TEST_CASE("interpreter: generator throw() and close() run the generator's handlers") {
    const char* src =
        "def g():\n    try:\n        yield 1\n    except ValueError as e:\n        print('caught', e)\n        yield 2\n"
        "    finally:\n        print('finally')\n"
        "it = g()\nprint(next(it))\nprint(it.throw(ValueError('boom')))\nit.close()\nprint('done')\n";
    CHECK(run(src) == "1\ncaught boom\n2\nfinally\ndone\n");
}
