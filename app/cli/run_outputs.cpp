#include "app/cli/run_outputs.hpp"

#include <cstdio>
#include <fstream>

#include "app/cli/ascii_timeline.hpp"
#include "app/cli/run_summary.hpp"
#include "engine/trace/chrome_export.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::cli {

namespace {

// writeFile() writes `fill`'s output to `path`; false (with a message on stderr) if it cannot.
template <class Fill>
bool writeFile(const std::string& path, Fill fill) {
    std::ofstream file(path, std::ios::binary);
    if (file) fill(file);
    if (file) file.flush();
    if (!file) {
        std::fprintf(stderr, "interleave: cannot write %s\n", path.c_str());
        return false;
    }
    return true;
}

}  // namespace

void addOutputOptions(CLI::App& cmd, RunOutputs& outputs) {
    cmd.add_flag("--timeline", outputs.timeline, "draw an ASCII Gantt chart of every task on stderr");
    cmd.add_option("--summary", outputs.summaryPath, "write the JSON summary to FILE (- for stdout, after the script's output)");
    cmd.add_option("--trace", outputs.tracePath, "write the trace as Chrome Trace Event JSON (opens in Perfetto)");
}

int writeRunOutputs(const rt::Runtime& runtime, const RunOutputs& outputs) {
    int status = 0;
    // One model serves the timeline and the trace: it is a pass over the whole log.
    trace::TraceModel model;
    if (outputs.timeline || !outputs.tracePath.empty()) model.update(runtime.log());
    if (outputs.timeline) {
        std::string chart = drawAsciiTimeline(model, 72, runtime.isNative());
        std::fwrite(chart.data(), 1, chart.size(), stderr);
        std::fflush(stderr);
    }
    if (!outputs.tracePath.empty() &&
        !writeFile(outputs.tracePath, [&](std::ostream& f) { trace::writeChromeTrace(f, runtime.log(), model); }))
        status = 1;
    if (!outputs.summaryPath.empty()) {
        std::string text = runSummaryText(runtime);
        if (outputs.summaryPath == "-") {
            std::fwrite(text.data(), 1, text.size(), stdout);
            std::fflush(stdout);
        } else if (!writeFile(outputs.summaryPath, [&](std::ostream& f) { f << text; })) {
            status = 1;
        }
    }
    return status;
}

std::string describeDeadlock(rt::Runtime& runtime) {
    const rt::DeadlockInfo& d = runtime.deadlock();
    std::string out = "interleave: deadlock: ";
    out += d.cycle ? "a wait-for cycle\n" : "every live task is blocked and no timer is pending\n";
    // A thread of another process than the first is named with its process: each has a MainThread.
    auto who = [](const rt::SimTask& t) {
        return t.kind == trace::TaskKind::Thread && t.proc->index != 0 ? t.name + " (" + t.proc->name + ")" : t.name;
    };
    for (size_t i = 0; i < d.tasks.size(); ++i) {
        rt::SimTask& t = runtime.task(d.tasks[i]);
        out += "  " + who(t);
        // What it waited on at the verdict: a thread of a process the teardown killed has since ended.
        if (d.waits[i] != rt::kNoId) {
            const rt::Resource& r = runtime.resource(d.waits[i]);
            out += std::string(" waits for ") + trace::nameOf(r.kind) + " " + r.name;
            if (!r.holders.empty()) out += " held by " + who(runtime.task(r.holders.front()));
        }
        uint32_t line = runtime.lineOf(t);
        if (line) out += " at line " + std::to_string(line);
        out += "\n";
    }
    return out;
}

}  // namespace il::cli
