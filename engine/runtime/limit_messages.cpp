#include "engine/runtime/limit_messages.hpp"

#include <cstdio>

namespace il::rt {

namespace {

// bytesText() is "64 MB" for whole megabytes (what --max-output-mb sets), else "1500 bytes".
std::string bytesText(uint64_t bytes) {
    constexpr uint64_t kMb = 1u << 20;
    if (bytes >= kMb && bytes % kMb == 0) return std::to_string(bytes / kMb) + " MB";
    return std::to_string(bytes) + " bytes";
}

}  // namespace

std::string taskLimitMessage(uint64_t started, uint64_t limit) {
    return "task limit reached: the script started " + std::to_string(started) +
           " threads and processes (the limit is " + std::to_string(limit) + "; raise it with --max-tasks)";
}

std::string realTimeLimitMessage(int64_t untilNs) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", double(untilNs) / 1e9);
    return std::string("time limit reached: the native run was stopped after --until ") + seconds +
           " s of real time (raise it with --until S, or leave it out to run to the end)";
}

std::string virtualTimeLimitMessage(int64_t untilNs) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", double(untilNs) / 1e9);
    return std::string("virtual time limit reached: stopped at --until ") + seconds +
           " s of virtual time (raise it with --until S, or leave it out to run to the end)";
}

std::string outputLimitMessage(uint64_t limitBytes) {
    return "output limit reached: the script printed more than " + bytesText(limitBytes) +
           ", the rest is not shown (raise it with --max-output-mb N, 0 for no limit)";
}

std::string traceLimitMessage(uint64_t limitEvents) {
    return "trace limit reached: the run recorded " + std::to_string(limitEvents) +
           " events (raise it with --max-trace-events N, 0 for no limit)";
}

}  // namespace il::rt
