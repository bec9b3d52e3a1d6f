// `interleave run FILE`: runs a script on the sim executor; stdout carries exactly what it
// prints, everything else goes to stderr or to files.
// Exit codes: 0 ok, 1 script error (diagnostic or uncaught exception), 2 usage, 3 deadlock,
// 4 limit reached.
// `interleave replay FILE SCHEDULE`: the same run again from a schedule file (schedule_file.hpp);
// exit 2 if the script changed since it was recorded.

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "app/cli/commands.hpp"
#include "app/cli/compile_file.hpp"
#include "app/cli/limit_options.hpp"
#include "app/cli/run_outputs.hpp"
#include "app/cli/schedule_file.hpp"
#include "engine/runtime/runtime.hpp"
#include "engine/sched/recording_policy.hpp"

namespace il::cli {

namespace {

// About 15 s of CPU on the test machine: a forgotten `while True` ends with a clear message
// instead of hanging a classroom terminal. --max-instructions 0 lifts the limit.
constexpr uint64_t kDefaultMaxInstructions = 5'000'000'000;
// The last line of a traceback that the recursion limit caused (CPython's wording).
constexpr std::string_view kRecursionError = "RecursionError: maximum recursion depth exceeded";

struct RunOptions {
    std::string file;
    rt::Settings settings;
    RunOutputs outputs;
    DeclaredLimits limits;      // the limit options given on the command line
    std::string recordPath;     // --record: write the run's schedule here
    std::string schedulePath;   // replay: the schedule to replay (its settings win)
};

// Buffered stdout: flushed at exit and before anything is written to stderr. A native run's
// output goes out as it is printed (`immediate`): its time is real, so a learner sees each line
// when the script prints it, not all at the end (and an orphaned child's lines, its parent
// terminated, came before the run's earlier ones when an orphan wrote straight to the
// descriptor, as it still does if it cannot reach the run's process).
class StdoutBuffer {
public:
    explicit StdoutBuffer(bool immediate) : m_immediate(immediate) {}
    void write(std::string_view s) {
        m_buf.append(s);
        if (m_immediate || m_buf.size() > (1u << 16)) flush();
    }
    void flush() {
        if (!m_buf.empty()) std::fwrite(m_buf.data(), 1, m_buf.size(), stdout);
        m_buf.clear();
        std::fflush(stdout);
    }
    ~StdoutBuffer() { flush(); }

private:
    bool m_immediate;
    std::string m_buf;
};

int runScript(const RunOptions& opt) {
    if (opt.settings.executor == rt::Executor::Native && !opt.recordPath.empty()) {
        std::fprintf(stderr,
                     "interleave: --record needs the sim executor: a native run's interleaving is the OS's, not a "
                     "list of choices that could be replayed\n");
        return 2;
    }
    StdoutBuffer out(opt.settings.executor == rt::Executor::Native);
    CompiledFile compiled = compileFile(opt.file);
    if (!compiled.program) return 1;
    const std::string hash = scriptHash(compiled.source->text());
    Schedule schedule;
    if (!opt.schedulePath.empty()) {
        std::string error;
        auto loaded = readSchedule(opt.schedulePath, error);
        if (!loaded) {
            std::fprintf(stderr, "interleave: %s\n", error.c_str());
            return 2;
        }
        if (loaded->scriptHash != hash) {
            std::fprintf(stderr,
                         "interleave: the schedule was recorded for a different version of %s (hash %s, "
                         "the file now has %s); re-record it\n",
                         opt.file.c_str(), loaded->scriptHash.c_str(), hash.c_str());
            return 2;
        }
        schedule = std::move(*loaded);
    } else {
        schedule.settings = resolveLimits(opt.settings, kDefaultMaxInstructions, compiled.limits, opt.limits);
        schedule.policyOptions.seed = opt.settings.seed;
        schedule.scriptHash = hash;
    }
    const bool replaying = !opt.schedulePath.empty();
    // Both a recorded and a replayed run record their choices: a replay checks it took them again.
    std::unique_ptr<sched::Policy> inner = replaying ? replayPolicy(schedule) : nullptr;
    sched::RecordingPolicy* recorder = nullptr;
    std::unique_ptr<sched::Policy> policy;
    if (replaying || !opt.recordPath.empty()) {
        if (!inner) inner = makeRunPolicy(schedule.settings.policy, schedule.policyOptions);
        auto r = std::make_unique<sched::RecordingPolicy>(std::move(inner));
        recorder = r.get();
        policy = std::move(r);
    }
    bool recursionError = false;  // a traceback ended in the recursion limit: say how to raise it
    rt::Runtime runtime(
        schedule.settings, compiled.program, [&out](std::string_view text) { out.write(text); },
        [&out, &recursionError](std::string_view text) {
            out.flush();
            std::fwrite(text.data(), 1, text.size(), stderr);
            if (text.find(kRecursionError) != std::string_view::npos) recursionError = true;
        },
        std::move(policy));
    rt::Verdict verdict = runtime.run();
    out.flush();
    if (recursionError)
        std::fprintf(stderr,
                     "interleave: recursion limit reached: %d Python frames per thread (raise it with "
                     "--max-recursion N, or sys.setrecursionlimit(N) in the script)\n",
                     schedule.settings.limits.maxRecursion);
    int code = writeRunOutputs(runtime, opt.outputs);
    if (replaying && recorder->choices() != schedule.choices)
        std::fprintf(stderr, "interleave: warning: the replay diverged from the schedule's recorded choices\n");
    if (!opt.recordPath.empty()) {
        schedule.choices = recorder->choices();
        std::string error;
        if (!writeSchedule(opt.recordPath, schedule, error)) {
            std::fprintf(stderr, "interleave: %s\n", error.c_str());
            code = 1;
        }
    }
    switch (verdict) {
    case rt::Verdict::Ok: return code;
    case rt::Verdict::Running: return code;
    case rt::Verdict::Error: {
        int exitCode = runtime.process(0).exitCode;
        return exitCode != 0 ? exitCode : 1;
    }
    case rt::Verdict::Deadlock:
        std::fprintf(stderr, "%s", describeDeadlock(runtime).c_str());
        return 3;
    case rt::Verdict::Limit:
        std::fprintf(stderr, "interleave: %s\n", runtime.verdictMessage().c_str());
        return 4;
    }
    return code;
}

}  // namespace

void addRunCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("run", "run a scenario script");
    auto opt = std::make_shared<RunOptions>();
    cmd->add_option("file", opt->file, "the script")->required();
    cmd->add_option("--seed", opt->settings.seed, "seed of the random and pct policies and of `random` (default 0)");
    cmd->add_option("--policy", opt->settings.policy, "scheduling policy: fifo, random or pct (default fifo)")
        ->check(CLI::IsMember({"fifo", "random", "pct"}));
    cmd->add_option("--cores", opt->settings.cores, "virtual cores (default 4)")->check(CLI::Range(1, 256));
    std::map<std::string, rt::Executor> executors{{"sim", rt::Executor::Sim}, {"native", rt::Executor::Native}};
    cmd->add_option("--executor", opt->settings.executor,
                    "sim (virtual time, deterministic; default) or native (real OS threads, real time)")
        ->transform(CLI::CheckedTransformer(executors, CLI::ignore_case));
    cmd->add_flag("--systematic", opt->settings.systematic,
                  "run in steps as `explore` does: one task at a time, switching only where the policy picks");
    std::map<std::string, rt::GilMode> gilModes{{"new", rt::GilMode::New}, {"old", rt::GilMode::Old}, {"off", rt::GilMode::Off}};
    cmd->add_option("--gil", opt->settings.gil, "GIL model: new (CPython 3), old (CPython 2) or off (default new)")
        ->transform(CLI::CheckedTransformer(gilModes, CLI::ignore_case));
    cmd->add_option_function<double>(
           "--switch-interval", [opt](double ms) { opt->settings.switchIntervalNs = int64_t(ms * 1e6); },
           "new GIL switch interval in ms (default 5)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--record", opt->recordPath, "write the run's schedule to this file (replay it with `interleave replay`)");
    addLimitOptions(*cmd, opt->limits, kDefaultMaxInstructions);
    addOutputOptions(*cmd, opt->outputs);
    cmd->callback([opt, &exitCode] { exitCode = runScript(*opt); });
}

void addReplayCommand(CLI::App& app, int& exitCode) {
    auto* cmd = app.add_subcommand("replay", "replay a recorded schedule: the same output, trace and verdict");
    auto opt = std::make_shared<RunOptions>();
    cmd->add_option("file", opt->file, "the script")->required();
    cmd->add_option("schedule", opt->schedulePath, "the schedule file (from run --record or explore --out)")->required();
    addOutputOptions(*cmd, opt->outputs);
    cmd->callback([opt, &exitCode] { exitCode = runScript(*opt); });
}

}  // namespace il::cli
