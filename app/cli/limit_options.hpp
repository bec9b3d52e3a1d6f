#pragma once
// The limit options of `run` and `explore`: one list, so both spell, check and document every
// limit alike. What the command line gives wins over what the script declares (declared_limits.hpp),
// which wins over the defaults (rt::Settings, and the instruction default each command passes).

#include <CLI/CLI.hpp>
#include <cstdint>

#include "app/cli/declared_limits.hpp"

namespace il::cli {

// addLimitOptions() adds --max-instructions, --max-heap-mb, --max-recursion, --max-tasks,
// --max-output-mb, --max-trace-events and --until to `cmd`; each stores into `given` when used.
// Precondition: `given` outlives the parse.
void addLimitOptions(CLI::App& cmd, DeclaredLimits& given, uint64_t defaultInstructions);

// resolveLimits() is `settings` with the instruction default, then the declared limits, then the
// given ones applied.
[[nodiscard]] rt::Settings resolveLimits(rt::Settings settings, uint64_t defaultInstructions,
                                         const DeclaredLimits& declared, const DeclaredLimits& given);

}  // namespace il::cli
