#pragma once
// The first steps shared by `run`, `dis` and the window: load a script, read the limits it
// declares, parse it, compile it.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "app/cli/declared_limits.hpp"
#include "engine/script/source.hpp"

namespace il::vm {
struct Program;
}

namespace il::cli {

struct CompiledFile {
    script::SourcePtr source;              // null when the file could not be loaded
    std::shared_ptr<vm::Program> program;  // null when loading, parsing or compiling failed
    DeclaredLimits limits;                 // what the script declares (empty if not loaded)
};

// compileFile() loads, parses and compiles `path`. On failure the result's program is null and
// the reason (`interleave: …` for a load error, diagnostics with file:line:col otherwise) has
// been printed to stderr, or appended to `*errors` when `errors` is given (the window shows it).
[[nodiscard]] CompiledFile compileFile(const std::string& path, std::string* errors = nullptr);
// compileText() does the same for `text` already in memory (an edited, unsaved script, or one
// with its @param values changed), named `name` in diagnostics.
[[nodiscard]] CompiledFile compileText(const std::string& name, std::string text, std::string* errors = nullptr);

}  // namespace il::cli
