// The compiler's output: opcode sequences, scopes, line table and the dis listing.

#include <doctest/doctest.h>

#include <vector>

#include "tests/unit/vm/vm_test_util.hpp"

using namespace il::vm;
using il::vm::test::compile;

namespace {

std::vector<Op> opsOf(const CodeObject& c) {
    std::vector<Op> ops;
    for (uint32_t w : c.code) ops.push_back(opOf(w));
    return ops;
}

const CodeObject* codeNamed(const Program& p, const std::string& name) {
    for (const CodeObject* c : p.codeOrder)
        if (c->name->data == name) return c;
    FAIL("no code object " << name);
    return nullptr;
}

}  // namespace

TEST_CASE("compiler: counter += 1 on a global is a load, an add and a store") {
    auto p = compile("counter = 0\ndef inc():\n    global counter\n    counter += 1\n");
    const CodeObject* inc = codeNamed(*p, "inc");
    std::vector<Op> expected = {Op::LOAD_GLOBAL, Op::LOAD_CONST, Op::INPLACE_OP, Op::STORE_GLOBAL,
                                Op::LOAD_CONST, Op::RETURN_VALUE};
    CHECK(opsOf(*inc) == expected);
    CHECK(inc->names[0]->data == "counter");
}

TEST_CASE("compiler: function locals are fast slots, parameters first") {
    auto p = compile("def f(a, b):\n    c = a + b\n    return c\n");
    const CodeObject* f = codeNamed(*p, "f");
    REQUIRE(f->varnames.size() == 3);
    CHECK(f->varnames[0]->data == "a");
    CHECK(f->varnames[2]->data == "c");
    std::vector<Op> expected = {Op::LOAD_FAST, Op::LOAD_FAST, Op::BINARY_OP, Op::STORE_FAST,
                                Op::LOAD_FAST, Op::RETURN_VALUE};
    CHECK(opsOf(*f) == expected);
    CHECK(f->simpleArgs);
}

TEST_CASE("compiler: closures use cells in the outer function and free variables inside") {
    auto p = compile("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
    const CodeObject* outer = codeNamed(*p, "outer");
    const CodeObject* inner = codeNamed(*p, "inner");
    REQUIRE(outer->cellvars.size() == 1);
    CHECK(outer->cellvars[0]->data == "x");
    REQUIRE(inner->freevars.size() == 1);
    CHECK(opsOf(*inner).front() == Op::LOAD_DEREF);
    CHECK(inner->qualname->data == "outer.<locals>.inner");
}

TEST_CASE("compiler: try/except records an exception table entry") {
    auto p = compile("try:\n    x = 1\nexcept ValueError as e:\n    pass\n");
    const CodeObject* m = p->module;
    REQUIRE_FALSE(m->exceptionTable.empty());
    std::vector<Op> ops = opsOf(*m);
    CHECK(std::find(ops.begin(), ops.end(), Op::PUSH_EXC_INFO) != ops.end());
    CHECK(std::find(ops.begin(), ops.end(), Op::CHECK_EXC_MATCH) != ops.end());
}

TEST_CASE("compiler: the line table maps instructions to source lines") {
    auto p = compile("a = 1\n\nb = 2\n");
    const CodeObject* m = p->module;
    CHECK(m->lineFor(0) == 1);
    CHECK(m->lineFor(2) == 3);
}

TEST_CASE("compiler: dis prints one header per code object and dis-like rows") {
    auto p = compile("counter = 0\ndef inc():\n    global counter\n    counter += 1\n");
    std::string text = il::compiler::disassemble(*p);
    CHECK(text.find("Disassembly of <code object <module> at line 1>:") != std::string::npos);
    CHECK(text.find("Disassembly of <code object inc at line 2>:") != std::string::npos);
    CHECK(text.find("  4           0 LOAD_GLOBAL              0 (counter)") != std::string::npos);
    CHECK(text.find("INPLACE_OP               0 (+=)") != std::string::npos);
}

TEST_CASE("compiler: comprehensions and generators get their own code objects") {
    auto p = compile("xs = [i * 2 for i in range(3)]\ng = (i for i in xs)\ndef gen():\n    yield 1\n");
    CHECK(codeNamed(*p, "<listcomp>")->argcount == 1);
    CHECK((codeNamed(*p, "<genexpr>")->flags & kCoGenerator) != 0);
    CHECK((codeNamed(*p, "gen")->flags & kCoGenerator) != 0);
}
