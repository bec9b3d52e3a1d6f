// Fuzz target: the VM and the sim runtime on generated *valid* programs (program_generator.cpp)
// under settings also chosen by the input (policy, seed, cores, GIL model). Every run is
// bounded by small limits (instructions, heap, tasks, recursion, virtual time) so one input
// costs milliseconds; the trace it records is folded into a TraceModel as the window would.
//
// A generated script that does not compile is a generator bug: it aborts, with the script and
// the diagnostics printed, so the fuzzer reports it like any crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "engine/runtime/runtime.hpp"
#include "engine/script/compiler/compiler.hpp"
#include "engine/script/diagnostic.hpp"
#include "engine/script/parser.hpp"
#include "engine/trace/trace_model.hpp"
#include "engine/trace/wait_graph.hpp"
#include "tests/fuzz/byte_source.hpp"
#include "tests/fuzz/program_generator.hpp"

namespace {

volatile size_t g_sink;  // output sizes land here so the run's output is not optimised away

il::rt::Settings settingsFrom(il::fuzz::ByteSource& in) {
    static const char* const policies[] = {"fifo", "random", "pct"};
    static const il::rt::GilMode gils[] = {il::rt::GilMode::New, il::rt::GilMode::Old, il::rt::GilMode::Off};
    il::rt::Settings s;
    s.policy = policies[in.below(3)];
    s.seed = in.byte();
    s.cores = 1 + int(in.below(4));
    s.gil = gils[in.below(3)];
    s.switchIntervalNs = in.below(2) ? 5'000'000 : 50'000;
    // Bounds: a generated script may loop, sleep or spawn as much as it likes within these.
    s.untilNs = 2'000'000'000;
    s.maxTasks = 24;
    s.limits.maxInstructions = 60'000;
    s.limits.maxHeapBytes = size_t(16) << 20;
    s.limits.maxRecursion = 60;
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace il;
    fuzz::ByteSource in(data, size);
    rt::Settings settings = settingsFrom(in);
    const std::string text = fuzz::generateProgram(in);

    auto source = std::make_shared<script::SourceFile>("generated.py", text);
    script::ParseResult parsed = script::parseModule(*source);
    std::shared_ptr<vm::Program> program;
    std::vector<script::Diagnostic> diagnostics = parsed.diagnostics;
    if (parsed.ok()) {
        compiler::CompileResult compiled = compiler::compileModule(*parsed.module, source);
        program = std::move(compiled.program);
        diagnostics = std::move(compiled.diagnostics);
    }
    if (!program) {
        std::fprintf(stderr, "generator bug: the generated script does not compile\n%s\n", text.c_str());
        for (const auto& d : diagnostics) std::fputs(script::formatDiagnostic(*source, d).c_str(), stderr);
        std::abort();
    }

    size_t printed = 0;
    auto sink = [&printed](std::string_view t) { printed += t.size(); };
    rt::Runtime runtime(settings, std::move(program), sink, sink);
    (void)runtime.run();
    trace::TraceModel model;
    model.update(runtime.log());
    auto cycle = trace::WaitGraph::fromModel(model).findCycle();
    g_sink = printed + model.tasks().size() + (cycle ? cycle->tasks.size() : 0);
    return 0;
}
