#pragma once
// What `interleave run` writes besides the script's own output: the ASCII timeline
// (--timeline, on stderr), the JSON summary (--summary FILE or -), the Chrome trace (--trace
// FILE), and the deadlock report.

#include <CLI/CLI.hpp>
#include <string>

#include "engine/runtime/runtime.hpp"

namespace il::cli {

struct RunOutputs {
    bool timeline = false;
    std::string summaryPath;  // "-": stdout, after everything the script printed
    std::string tracePath;
};

// addOutputOptions() declares --timeline, --summary and --trace on `cmd`.
void addOutputOptions(CLI::App& cmd, RunOutputs& outputs);
// writeRunOutputs() writes what was asked for after the run, once the script's stdout has been
// flushed. Returns 0, or 1 if a file could not be written (the message is on stderr).
int writeRunOutputs(const rt::Runtime& runtime, const RunOutputs& outputs);
// describeDeadlock() is the stderr report of a deadlock: the tasks and resources in the cycle
// (or every blocked task) with each task's source line.
std::string describeDeadlock(rt::Runtime& runtime);

}  // namespace il::cli
