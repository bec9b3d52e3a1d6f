// `interleave run FILE`: runs a single-threaded script; stdout carries exactly what it prints.
// Exit codes: 0 ok, 1 script error (diagnostic or uncaught exception), 4 limit reached.

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/cli/commands.hpp"
#include "app/cli/compile_file.hpp"
#include "engine/vm/interpreter.hpp"

namespace il::cli {

namespace {

struct RunOptions {
    std::string file;
    // About 15 s of CPU on the test machine: a forgotten `while True` ends with a clear
    // message instead of hanging a classroom terminal. 0 lifts the limit.
    uint64_t maxInstructions = 5'000'000'000;
    uint64_t maxHeapMb = 1024;
    int maxRecursion = 1000;
    bool instructionsGiven = false;
    bool heapGiven = false;
    bool recursionGiven = false;
};

// Scripts may declare their own limits in a leading comment line:
//   # interleave: max-instructions=1000000 max-heap-mb=64 max-recursion=200
// Options given on the command line win.
void applyScriptLimits(const script::SourceFile& src, RunOptions& opt) {
    for (uint32_t n = 1; n <= src.lineCount() && n <= 20; ++n) {
        std::string_view line = src.line(n);
        const std::string_view tag = "# interleave:";
        if (line.substr(0, tag.size()) != tag) continue;
        std::string rest(line.substr(tag.size()));
        size_t pos = 0;
        while (pos < rest.size()) {
            size_t end = rest.find(' ', pos);
            if (end == std::string::npos) end = rest.size();
            std::string item = rest.substr(pos, end - pos);
            pos = end + 1;
            size_t eq = item.find('=');
            if (eq == std::string::npos) continue;
            std::string key = item.substr(0, eq);
            uint64_t value = std::strtoull(item.c_str() + eq + 1, nullptr, 10);
            if (key == "max-instructions" && !opt.instructionsGiven) opt.maxInstructions = value;
            if (key == "max-heap-mb" && !opt.heapGiven) opt.maxHeapMb = value;
            if (key == "max-recursion" && !opt.recursionGiven && value > 0) opt.maxRecursion = int(value);
        }
    }
}

// Buffered stdout: flushed at exit and before anything is written to stderr.
class StdoutBuffer {
public:
    void write(std::string_view s) {
        m_buf.append(s);
        if (m_buf.size() > (1u << 16)) flush();
    }
    void flush() {
        if (!m_buf.empty()) std::fwrite(m_buf.data(), 1, m_buf.size(), stdout);
        m_buf.clear();
        std::fflush(stdout);
    }
    ~StdoutBuffer() { flush(); }

private:
    std::string m_buf;
};

int runScript(RunOptions opt) {
    StdoutBuffer out;
    CompiledFile compiled =
        compileFile(opt.file, [&opt](const script::SourceFile& src) { applyScriptLimits(src, opt); });
    if (!compiled.program) return 1;
    vm::Limits limits;
    limits.maxInstructions = opt.maxInstructions;
    limits.maxHeapBytes = size_t(opt.maxHeapMb) << 20;
    limits.maxRecursion = opt.maxRecursion;
    vm::Vm machine(limits, [&out](vm::Task&, std::string_view text) { out.write(text); });
    machine.loadProgram(compiled.program);
    vm::Task main(machine, "MainThread");
    vm::startModule(machine, main);
    vm::RunResult r = vm::runToCompletion(machine, main);
    switch (r.reason) {
    case vm::StopReason::Finished: return 0;
    case vm::StopReason::Exception: {
        vm::CallContext ctx(machine, main);
        vm::Value exc = main.pending;
        main.pending = vm::Value();
        std::string text = vm::formatTraceback(ctx, exc);
        out.flush();
        if (vm::isKind(exc, vm::ObjKind::Exception) &&
            ctx.isInstance(exc, machine.types().SystemExit)) {
            auto* e = vm::as<vm::ExceptionObject>(exc);
            if (!e->args || e->args->items.empty() || e->args->items[0].isNone()) return 0;
            vm::Value code = e->args->items[0];
            if (code.isInt()) return int(code.asInt() & 0xff);
            std::string msg;
            (void)ctx.strInto(code, msg);
            std::fprintf(stderr, "%s\n", msg.c_str());
            return 1;
        }
        std::fputs(text.c_str(), stderr);
        return 1;
    }
    case vm::StopReason::Limit:
        out.flush();
        std::fprintf(stderr, "interleave: %s\n", machine.limitMessage.c_str());
        return 4;
    case vm::StopReason::Suspended:
        out.flush();
        std::fprintf(stderr, "interleave: the main thread blocked and nothing can wake it (deadlock)\n");
        return 3;
    case vm::StopReason::Budget: return 0;
    }
    return 0;
}

}  // namespace

void addRunCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("run", "run a scenario script");
    auto opt = std::make_shared<RunOptions>();
    cmd->add_option("file", opt->file, "the script")->required();
    auto* i = cmd->add_option("--max-instructions", opt->maxInstructions, "stop after N instructions (default 5000000000; 0: no limit)");
    auto* h = cmd->add_option("--max-heap-mb", opt->maxHeapMb, "live heap limit in MB (default 1024)");
    auto* r = cmd->add_option("--max-recursion", opt->maxRecursion, "Python frames per thread (default 1000)");
    cmd->callback([opt, i, h, r, &exitCode] {
        opt->instructionsGiven = i->count() > 0;
        opt->heapGiven = h->count() > 0;
        opt->recursionGiven = r->count() > 0;
        exitCode = runScript(*opt);
    });
}

}  // namespace il::cli
