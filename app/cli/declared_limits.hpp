#pragma once
// Limits a script declares in a leading comment line (within its first 20 lines), named like the
// command-line options:
//   # interleave: max-instructions=1000000 max-heap-mb=64 max-recursion=200
//   # interleave: max-tasks=50 max-output-mb=1 max-trace-events=100000 until=2.5
// They apply over the defaults; options given on the command line win over them.

#include <cstdint>
#include <optional>

#include "engine/runtime/settings.hpp"
#include "engine/script/source.hpp"

namespace il::cli {

struct DeclaredLimits {
    std::optional<uint64_t> maxInstructions;
    std::optional<uint64_t> maxHeapMb;
    std::optional<int> maxRecursion;
    std::optional<uint32_t> maxTasks;
    std::optional<uint64_t> maxOutputMb;
    std::optional<uint64_t> maxTraceEvents;
    std::optional<double> untilSeconds;
};

// readDeclaredLimits() reads the `# interleave:` lines of `source`; unknown keys and malformed
// values are ignored (the comment is not Python the learner must get right).
[[nodiscard]] DeclaredLimits readDeclaredLimits(const script::SourceFile& source);
// applyLimits() sets each limit `limits` has into `settings`, leaving the others as they are.
void applyLimits(const DeclaredLimits& limits, rt::Settings& settings);

}  // namespace il::cli
