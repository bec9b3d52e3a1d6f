#pragma once
// A compact, deterministic s-expression rendering of an AST, one top-level statement per line.
// Parser tests compare against it; it is also handy when debugging the compiler. Examples:
//   x = a + b * 2        ->  (= x (+ a (* b 2)))
//   for k, v in d: pass  ->  (for (tuple k v) d (body (pass)))
//   f(*a, k=1)           ->  (expr (call f (* a) (kw k 1)))
// Spans are not included; tests check them separately.

#include <string>

#include "engine/script/ast.hpp"

namespace il::script {

// dumpAst() renders every statement of `module` on its own line (no trailing newline).
[[nodiscard]] std::string dumpAst(const ast::Module& module);

// dumpExpr()/dumpStmt() render a single node.
[[nodiscard]] std::string dumpExpr(const ast::Expr& expr);
[[nodiscard]] std::string dumpStmt(const ast::Stmt& stmt);

}  // namespace il::script
