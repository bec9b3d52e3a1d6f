#pragma once
// The compiler: AST (engine/script/ast.hpp) → code objects (engine/vm/code.hpp). Assumes a tree
// the front end validated (return/yield/break placement). `disassemble` renders a program like
// Python's `dis` for `interleave dis`.

#include <memory>
#include <string>
#include <vector>

#include "engine/script/ast.hpp"
#include "engine/script/diagnostic.hpp"
#include "engine/script/source.hpp"
#include "engine/vm/code.hpp"

namespace il::compiler {

struct CompileResult {
    std::shared_ptr<vm::Program> program;         // null if diagnostics has an error
    std::vector<script::Diagnostic> diagnostics;
};

// compileModule() compiles a parsed module. Never throws on user input.
[[nodiscard]] CompileResult compileModule(const ast::Module& module, const script::SourcePtr& source);

// disassemble() prints every code object in source order: a `Disassembly of <code object NAME
// at line N>:` header, then per instruction: source line (first instruction of a line only),
// offset, opcode name, argument and the argument's meaning in parentheses.
[[nodiscard]] std::string disassemble(const vm::Program& program);

// disassembleCode() prints one code object (no header).
[[nodiscard]] std::string disassembleCode(const vm::CodeObject& code);

}  // namespace il::compiler
