// Validation pass: the rules CPython enforces after parsing, and the supported-module list.

#include <doctest/doctest.h>

#include "engine/script/supported_modules.hpp"
#include "tests/unit/script/script_test_util.hpp"

using il::script::isSupportedModule;
using il::script::supportedModulesText;
using il::script::test::errors;
using il::script::test::firstError;

TEST_CASE("validate.return and yield only inside functions") {
    CHECK(firstError("return 1\n") == "1:1: 'return' outside function");
    CHECK(firstError("class A:\n    return 1\n") == "2:5: 'return' outside function");
    CHECK(firstError("yield 1\n") == "1:1: 'yield' outside function");
    CHECK(firstError("x = [(yield) for i in y]\n") == "1:7: 'yield' inside list comprehension");
    CHECK(firstError("def g():\n    return {(yield x) for x in y}\n") == "2:14: 'yield' inside set comprehension");
    CHECK(firstError("f = lambda: (yield)\n").empty());
    CHECK(firstError("def g():\n    yield 1\n    return 2\n").empty());
}

TEST_CASE("validate.await only inside async functions") {
    CHECK(firstError("await x\n") == "1:1: 'await' outside function");
    CHECK(firstError("def f():\n    await x\n") == "2:5: 'await' outside async function");
    CHECK(firstError("async def f():\n    g = lambda: await x\n") == "2:17: 'await' outside async function");
    CHECK(firstError("async def f():\n    return [await x for x in y]\n").empty());
    CHECK(firstError("async def f():\n    yield from x\n") == "2:5: 'yield from' inside async function");
    CHECK(firstError("def f():\n    async with a:\n        pass\n") == "2:5: 'async with' outside async function");
    CHECK(firstError("def f():\n    async for a in b:\n        pass\n") == "2:5: 'async for' outside async function");
}

TEST_CASE("validate.break and continue only inside loops") {
    CHECK(firstError("break\n") == "1:1: 'break' outside loop");
    CHECK(firstError("continue\n") == "1:1: 'continue' not properly in loop");
    CHECK(firstError("while x:\n    def f():\n        break\n") == "3:9: 'break' outside loop");
    CHECK(firstError("while x:\n    pass\nelse:\n    break\n") == "4:5: 'break' outside loop");
    CHECK(firstError("for x in y:\n    if x:\n        try:\n            continue\n        finally:\n            break\n").empty());
}

TEST_CASE("validate.nonlocal needs a binding in an enclosing function") {
    CHECK(firstError("nonlocal x\n") == "1:1: nonlocal declaration not allowed at module level");
    CHECK(firstError("def f():\n    nonlocal x\n") == "2:5: no binding for nonlocal 'x' found");
    CHECK(firstError("x = 1\ndef f():\n    nonlocal x\n") == "3:5: no binding for nonlocal 'x' found");
    CHECK(firstError("def f():\n    class C:\n        x = 1\n        def m(self):\n            nonlocal x\n") ==
          "5:13: no binding for nonlocal 'x' found");
    // The enclosing function may bind the name after the nested def.
    CHECK(firstError("def f():\n    def g():\n        nonlocal x\n        x = 2\n    x = 1\n").empty());
    CHECK(firstError("def f(x):\n    def g():\n        def h():\n            nonlocal x\n").empty());
}

TEST_CASE("validate.global and nonlocal conflicts") {
    CHECK(firstError("def f(x):\n    global x\n") == "2:5: name 'x' is parameter and global");
    CHECK(firstError("def f(x):\n    nonlocal x\n") == "2:5: name 'x' is parameter and nonlocal");
    CHECK(firstError("def f():\n    x = 1\n    global x\n") == "3:5: name 'x' is assigned to before global declaration");
    CHECK(firstError("def f():\n    print(x)\n    global x\n") == "3:5: name 'x' is used prior to global declaration");
    CHECK(firstError("def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n") ==
          "5:9: name 'x' is nonlocal and global");
    CHECK(firstError("global x\nx = 1\n").empty());
}

TEST_CASE("validate.duplicate parameters") {
    CHECK(firstError("def f(a, a): pass\n") == "1:10: duplicate argument 'a' in function definition");
    CHECK(firstError("def f(a, *a): pass\n") == "1:11: duplicate argument 'a' in function definition");
    CHECK(firstError("g = lambda a, **a: 0\n") == "1:17: duplicate argument 'a' in function definition");
}

TEST_CASE("validate.only supported modules can be imported") {
    CHECK(firstError("import numpy\n") == "1:8: unsupported module 'numpy'");
    CHECK(firstError("import os.path\n") == "1:8: unsupported module 'os.path'");
    CHECK(firstError("from collections import deque\n") == "1:1: unsupported module 'collections'");
    CHECK(firstError("from . import x\n") == "1:1: unsupported: relative imports (Interleave runs a subset of Python)");
    CHECK(firstError("import threading, multiprocessing as mp, queue, asyncio, time, os, random, sys, math\n"
                     "import concurrent.futures\nfrom concurrent.futures import ThreadPoolExecutor\n"
                     "from gevent import monkey\nimport gevent.queue\nimport greenlet, subprocess\n"
                     "from interleave import work, note\n")
              .empty());
}

TEST_CASE("validate.the supported module list matches DESIGN") {
    for (const char* name : {"multiprocessing", "threading", "queue", "concurrent.futures", "asyncio", "greenlet",
                             "gevent", "gevent.monkey", "time", "os", "random", "subprocess", "interleave", "sys",
                             "math"}) {
        CHECK_MESSAGE(isSupportedModule(name), name);
    }
    for (const char* name : {"itertools", "functools", "collections", "dataclasses", "numpy", "os.path", ""}) {
        CHECK_FALSE_MESSAGE(isSupportedModule(name), name);
    }
    CHECK(supportedModulesText() ==
          "asyncio, concurrent.futures, gevent, greenlet, interleave, math, multiprocessing, os, queue, random, "
          "subprocess, sys, threading, time");
}

TEST_CASE("validate.reports every independent problem in source order") {
    auto all = errors("import numpy\ndef f():\n    nonlocal q\nbreak\nreturn\n");
    REQUIRE(all.size() == 4);
    CHECK(all[0] == "1:8: unsupported module 'numpy'");
    CHECK(all[1] == "3:5: no binding for nonlocal 'q' found");
    CHECK(all[2] == "4:1: 'break' outside loop");
    CHECK(all[3] == "5:1: 'return' outside function");
}
