#include "app/cli/limit_options.hpp"

#include <string>

namespace il::cli {

void addLimitOptions(CLI::App& cmd, DeclaredLimits& given, uint64_t defaultInstructions) {
    const rt::Settings defaults;
    const std::string group = "Limits (a run that reaches one stops with exit code 4; recursion raises RecursionError)";
    cmd.add_option_function<uint64_t>("--max-instructions", [&given](uint64_t n) { given.maxInstructions = n; },
        "stop after N bytecode instructions (default " + std::to_string(defaultInstructions) + "; 0: no limit)")
        ->group(group);
    cmd.add_option_function<uint64_t>("--max-heap-mb", [&given](uint64_t n) { given.maxHeapMb = n; },
        "live heap limit per process in MB (default " + std::to_string(defaults.limits.maxHeapBytes >> 20) + ")")
        ->check(CLI::Range(uint64_t(1), uint64_t(1) << 30))
        ->group(group);
    cmd.add_option_function<int>("--max-recursion", [&given](int n) { given.maxRecursion = n; },
        "Python frames per thread, as sys.setrecursionlimit (default " +
            std::to_string(defaults.limits.maxRecursion) + ")")
        ->check(CLI::Range(1, 1'000'000))
        ->group(group);
    cmd.add_option_function<uint32_t>("--max-tasks", [&given](uint32_t n) { given.maxTasks = n; },
        "threads and processes a run may start (default " + std::to_string(defaults.maxTasks) + ")")
        ->check(CLI::Range(1u, 10'000'000u))
        ->group(group);
    cmd.add_option_function<uint64_t>("--max-output-mb", [&given](uint64_t n) { given.maxOutputMb = n; },
        "what the script may print, in MB (default " + std::to_string(defaults.maxOutputBytes >> 20) +
            "; 0: no limit)")
        ->check(CLI::Range(uint64_t(0), uint64_t(1) << 30))
        ->group(group);
    cmd.add_option_function<uint64_t>("--max-trace-events", [&given](uint64_t n) { given.maxTraceEvents = n; },
        "events the trace may hold, 32 bytes each (default " + std::to_string(defaults.maxTraceEvents) +
            "; 0: no limit)")
        ->group(group);
    cmd.add_option_function<double>("--until", [&given](double s) { given.untilSeconds = s; },
        "stop after this many seconds of virtual time (default: run to the end)")
        ->check(CLI::PositiveNumber)
        ->group(group);
}

rt::Settings resolveLimits(rt::Settings settings, uint64_t defaultInstructions, const DeclaredLimits& declared,
                           const DeclaredLimits& given) {
    settings.limits.maxInstructions = defaultInstructions;
    applyLimits(declared, settings);
    applyLimits(given, settings);
    return settings;
}

}  // namespace il::cli
