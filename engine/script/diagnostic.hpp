#pragma once
// A user-facing problem with a script: where it is, what is wrong, and how to fix it.
// Errors in scripts are values, never exceptions thrown across the engine's API.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/script/source.hpp"

namespace il::script {

enum class Severity : uint8_t {
    Error,    // the script cannot run
    Warning,  // the script runs, but probably not as meant
};

struct Diagnostic {
    Severity severity = Severity::Error;
    uint32_t line = 0;  // 1-based
    uint32_t col = 0;   // 1-based, in code points
    std::string message;
    std::string hint;   // optional: one sentence on how to fix it
};

// formatDiagnostic() renders `FILE:LINE:COL: error: MESSAGE`, the source line, a caret under the
// column, and `  hint: ...` when there is a hint. Ends with a newline.
[[nodiscard]] std::string formatDiagnostic(const SourceFile& source, const Diagnostic& d);

}  // namespace il::script
