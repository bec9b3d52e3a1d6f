#pragma once
// Helpers for the VM tests: compile a snippet, run it on a fresh Vm, capture what it printed.

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "engine/script/compiler/compiler.hpp"
#include "engine/script/parser.hpp"
#include "engine/vm/interpreter.hpp"

namespace il::vm::test {

// compile() parses and compiles `text`; fails the test on diagnostics.
inline std::shared_ptr<const Program> compile(const std::string& text, const std::string& name = "t.py") {
    auto source = std::make_shared<script::SourceFile>(name, text);
    script::ParseResult parsed = script::parseModule(*source);
    for (auto& d : parsed.diagnostics) INFO(d.message);
    REQUIRE(parsed.ok());
    compiler::CompileResult r = compiler::compileModule(*parsed.module, source);
    REQUIRE(r.program);
    return r.program;
}

// A Vm with the program loaded and a main task at the module's first instruction.
struct Session {
    std::string out, err;  // what the script wrote to sys.stdout (print) and sys.stderr
    Vm vm;
    Task task;
    explicit Session(const std::string& text, Limits limits = {})
        : vm(
              limits, [this](Task&, std::string_view s) { out.append(s); },
              [this](Task&, std::string_view s) { err.append(s); }),
          task(vm, "MainThread") {
        vm.loadProgram(compile(text));
        startModule(vm, task);
    }
    RunResult runAll() { return runToCompletion(vm, task); }
    // traceback() formats the pending exception.
    std::string traceback() {
        CallContext ctx(vm, task);
        return formatTraceback(ctx, task.pending);
    }
    Value global(const char* name) {
        Value* v = vm.mainModule()->dict->findStr(name);
        REQUIRE(v);
        return *v;
    }
};

// run() runs `text` to completion and returns its output; the run must finish normally.
inline std::string run(const std::string& text) {
    Session s(text);
    RunResult r = s.runAll();
    if (r.reason == StopReason::Exception) FAIL_CHECK(s.traceback());
    CHECK(r.reason == StopReason::Finished);
    return s.out;
}

}  // namespace il::vm::test
