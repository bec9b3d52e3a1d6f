#pragma once
// The front end's public API: source text in, AST (or diagnostics) out. Parsing is followed by
// the validation pass (validate.hpp), so a module that comes back is ready for the compiler.

#include <memory>
#include <vector>

#include "engine/script/ast.hpp"
#include "engine/script/diagnostic.hpp"
#include "engine/script/source.hpp"

namespace il::script {

struct ParseResult {
    std::unique_ptr<ast::Module> module;  // null when there is any error
    std::vector<Diagnostic> diagnostics;  // in source order of discovery; at most 20 errors

    // ok() is true when the module parsed and validated without errors.
    [[nodiscard]] bool ok() const { return module != nullptr; }
};

// parseModule() lexes, parses and validates `source`. It never throws and never crashes on bad
// input; errors come back as diagnostics (several independent ones per file when possible).
[[nodiscard]] ParseResult parseModule(const SourceFile& source);

}  // namespace il::script
