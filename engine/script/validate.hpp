#pragma once
// The validation pass: the rules CPython checks after parsing (in its symbol table and
// compiler) that a learner can break — 'return' outside a function, 'break' outside a loop,
// nonlocal/global mistakes, duplicate parameters — plus Interleave's own rule that only the
// supported modules can be imported.

#include <vector>

#include "engine/script/ast.hpp"
#include "engine/script/diagnostic.hpp"

namespace il::script {

// validateModule() appends one diagnostic per problem (sorted by position, at most one per
// line, at most 20) to `diags`. Precondition: `module` came from a parse without errors.
void validateModule(const ast::Module& module, std::vector<Diagnostic>* diags);

}  // namespace il::script
