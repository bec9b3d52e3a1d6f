#pragma once
// The first steps shared by `run` and `dis`: load a script, parse it, compile it.

#include <functional>
#include <memory>
#include <string>

#include "engine/script/source.hpp"

namespace il::vm {
struct Program;
}

namespace il::cli {

struct CompiledFile {
    script::SourcePtr source;              // null when the file could not be loaded
    std::shared_ptr<vm::Program> program;  // null when loading, parsing or compiling failed
};

// compileFile() loads, parses and compiles `path`. On failure it has already printed the
// reason to stderr (`interleave: …` for a load error, diagnostics otherwise) and returns a
// result whose program is null. `beforeParse` sees the loaded source first (run reads the
// script's declared limits there); it may be empty.
[[nodiscard]] CompiledFile compileFile(const std::string& path,
                                       const std::function<void(const script::SourceFile&)>& beforeParse = {});

}  // namespace il::cli
