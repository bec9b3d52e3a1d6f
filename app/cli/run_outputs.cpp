#include "app/cli/run_outputs.hpp"

#include <cstdio>
#include <fstream>

#include "engine/trace/chrome_export.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::cli {

void addOutputOptions(CLI::App& cmd, RunOutputs& outputs) {
    cmd.add_flag("--timeline", outputs.timeline, "draw an ASCII Gantt chart of every task on stderr");
    cmd.add_option("--summary", outputs.summaryPath, "write the JSON summary to FILE (- for stdout, after the script's output)");
    cmd.add_option("--trace", outputs.tracePath, "write the trace as Chrome Trace Event JSON (opens in Perfetto)");
}

int writeRunOutputs(const rt::Runtime& runtime, const RunOutputs& outputs) {
    int status = 0;
    if (!outputs.tracePath.empty()) {
        trace::TraceModel model;
        model.update(runtime.log());
        std::ofstream file(outputs.tracePath);
        if (!file) {
            std::fprintf(stderr, "interleave: cannot write %s\n", outputs.tracePath.c_str());
            status = 1;
        } else {
            trace::writeChromeTrace(file, runtime.log(), model);
        }
    }
    return status;
}

std::string describeDeadlock(rt::Runtime& runtime) {
    const rt::DeadlockInfo& d = runtime.deadlock();
    std::string out = "interleave: deadlock: ";
    out += d.cycle ? "a wait-for cycle\n" : "every live task is blocked and no timer is pending\n";
    for (size_t i = 0; i < d.tasks.size(); ++i) {
        rt::SimTask& t = runtime.task(d.tasks[i]);
        out += "  " + t.name;
        if (t.kind == trace::TaskKind::Thread && t.proc->index != 0) out += " (" + t.proc->name + ")";
        if (t.waitingOn != rt::kNoId) {
            const rt::Resource& r = runtime.resource(t.waitingOn);
            out += std::string(" waits for ") + trace::nameOf(r.kind) + " " + r.name;
            if (!r.holders.empty()) out += " held by " + runtime.task(r.holders.front()).name;
        }
        uint32_t line = runtime.lineOf(t);
        if (line) out += " at line " + std::to_string(line);
        out += "\n";
    }
    return out;
}

}  // namespace il::cli
