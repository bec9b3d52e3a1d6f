#pragma once
// Helpers for the sim executor's tests: compile an embedded script, run it on a fresh
// rt::Runtime with the given settings, and look tasks and resources up by name.

#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "engine/runtime/runtime.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/parser.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::rt::test {

inline constexpr int64_t kMs = 1'000'000;

// sourceText() is a file of the project (a scenario, a test script), read whole.
inline std::string sourceText(const std::string& relativePath) {
    std::ifstream in(std::string(INTERLEAVE_SOURCE_DIR) + "/" + relativePath);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}
inline constexpr int64_t kChunkSlack = 20'000;  // Settings::chunkNs

// near() says `ns` is `ms` milliseconds give or take the few instructions around the work.
inline bool near(int64_t ns, int64_t ms) { return ns >= ms * kMs && ns < (ms + 2) * kMs; }

// compile() parses and compiles `text`; fails the test on diagnostics.
inline std::shared_ptr<const vm::Program> compile(const std::string& text) {
    auto source = std::make_shared<script::SourceFile>("sim.py", text);
    script::ParseResult parsed = script::parseModule(*source);
    for (auto& d : parsed.diagnostics) INFO(d.message);
    REQUIRE(parsed.ok());
    compiler::CompileResult r = compiler::compileModule(*parsed.module, source);
    REQUIRE(r.program);
    return r.program;
}

// settings() is the default Settings with the given cores and GIL mode.
inline Settings settings(int cores = 4, GilMode gil = GilMode::New) {
    Settings s;
    s.cores = cores;
    s.gil = gil;
    return s;
}

// A native run as the native tests make one: a shorter deadlock grace period than the
// default 200 ms keeps them quick; at 50 ms two tests were reported deadlocked once, under
// AddressSanitizer with the whole suite running beside them.
inline Settings nativeSettings(GilMode gil = GilMode::New) {
    Settings s = settings(4, gil);
    s.executor = Executor::Native;
    s.deadlockGraceNs = 120 * kMs;
    return s;
}

// One run of a script: what it printed, its runtime (kept for inspection) and its trace model.
struct Sim {
    std::string out, err;
    std::unique_ptr<Runtime> rt;
    trace::TraceModel model;

    explicit Sim(const std::string& text, const Settings& s = settings()) {
        rt = std::make_unique<Runtime>(
            s, compile(text), [this](std::string_view t) { out.append(t); },
            [this](std::string_view t) { err.append(t); });
    }
    // run() runs to the verdict and folds the trace into `model`.
    Verdict run() {
        Verdict v = rt->run();
        model.update(rt->log());
        return v;
    }
    // task() is the id of the first task named `name` (kNoId if none).
    [[nodiscard]] TaskId task(const std::string& name) const {
        for (const auto& t : rt->tasks())
            if (t->name == name) return t->id;
        return kNoId;
    }
    // process() is the record of the first process named `name` (null if none).
    [[nodiscard]] const SimProcess* process(const std::string& name) const {
        for (const auto& p : rt->processes())
            if (p->name == name) return p.get();
        return nullptr;
    }
    // resource() is the id of the first resource of `kind` named `name` (any name if empty).
    [[nodiscard]] ResourceId resource(trace::ResourceKind kind, const std::string& name = "") const {
        for (const Resource& r : rt->resources())
            if (r.kind == kind && (name.empty() || r.name == name)) return r.id;
        return kNoId;
    }
    [[nodiscard]] const Gil& gil() const { return rt->processes()[0]->gil; }
};

}  // namespace il::rt::test
