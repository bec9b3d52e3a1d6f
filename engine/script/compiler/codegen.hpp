#pragma once
// Internal: the code generator's state, shared by compiler.cpp, compiler_expr.cpp and
// compiler_stmt.cpp.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/script/compiler/compiler.hpp"
#include "engine/script/compiler/scopes.hpp"

namespace il::compiler {

using vm::Op;

struct Label {
    int id = -1;
};

// Why a block is on the fblock stack (what return / break / continue must undo).
enum class FBlockKind : uint8_t {
    WhileLoop,
    ForLoop,        // the iterator is on the stack
    TryFinally,     // inside the try body of a try/finally: run the finally body
    FinallyEnd,     // inside the exceptional copy of a finally body: [prev, exc] on the stack
    ExceptHandler,  // inside an except body: [prev] on the stack (+ the name to clear)
    TryExcept,      // inside the try body of try/except (region only)
    With,           // inside a with body: the __exit__ is on the stack
    AsyncWith,      // inside an async with body: the __aexit__ is on the stack (awaited)
};

struct FBlock {
    FBlock(FBlockKind k, Label c = {}, Label b = {}, int r = -1, const ast::StmtList* fb = nullptr,
           std::string n = {}, int r2 = -1)
        : kind(k), continueTarget(c), breakTarget(b), region(r), finalbody(fb), name(std::move(n)), region2(r2) {}
    FBlockKind kind;
    Label continueTarget;
    Label breakTarget;
    int region = -1;                       // exception region to pause while unwinding
    const ast::StmtList* finalbody = nullptr;
    std::string name;                      // ExceptHandler: `as` name
    int region2 = -1;                      // ExceptHandler with a name: the outer cleanup
};

struct Region {
    uint32_t start = 0;
    Label handler;
    uint32_t depth = 0;
    int seq = 0;
    bool active = false;
};

struct Unit {
    Scope* scope = nullptr;
    vm::CodeObject* code = nullptr;
    std::vector<int> labelOffsets;   // -1 until bound
    std::vector<int> labelDepths;    // stack depth at the label (-1 unknown)
    std::vector<std::pair<size_t, int>> jumps;  // (instruction index, label id)
    std::vector<FBlock> fblocks;
    std::vector<Region> regions;
    struct Pending {
        uint32_t start, end, depth;
        int handler, seq;
    };
    std::vector<Pending> entries;
    int depth = 0;
    int maxDepth = 0;
    uint32_t line = 0;
    bool unreachable = false;
    std::map<std::string, uint32_t> strConsts;
    std::map<std::pair<int, uint64_t>, uint32_t> numConsts;
    std::map<std::string, uint32_t> nameIndex;
};

class Codegen {
public:
    Codegen(vm::Program& program, const SymbolTable& symbols, script::SourcePtr source);
    vm::CodeObject* compileModule(const ast::Module& m);

    // --- units (compiler.cpp) ---
    vm::CodeObject* newUnit(Scope* scope, const std::string& name, const std::string& qualname,
                            uint32_t firstLine);
    vm::CodeObject* finishUnit();
    void emit(Op op, uint32_t arg = 0);
    void emitJump(Op op, Label l);
    Label newLabel();
    void bind(Label l);
    uint32_t here() const { return uint32_t(u->code->code.size()); }
    uint32_t constIndex(vm::Value v);
    uint32_t constInt(int64_t i);
    uint32_t constFloat(double d);
    uint32_t constStr(const std::string& s);
    uint32_t constNone();
    uint32_t constCode(vm::CodeObject* c);
    uint32_t nameIdx(const std::string& n);
    vm::StrObject* intern(const std::string& s);
    int openRegion(Label handler, int depth);
    void pauseRegion(int id);
    void resumeRegion(int id);
    void closeRegion(int id);
    void setLine(uint32_t line) {
        if (line) u->line = line;
    }

    // --- names ---
    void loadName(const std::string& n);
    void storeName(const std::string& n);
    void deleteName(const std::string& n);

    // --- expressions (compiler_expr.cpp) ---
    void expr(const ast::Expr* e);
    void exprs(const ast::ExprList& l);
    void call(const ast::Expr& e);
    void compare(const ast::Expr& e);
    void boolOp(const ast::Expr& e);
    void collection(const ast::Expr& e);
    void dictDisplay(const ast::Expr& e);
    void joinedStr(const ast::Expr& e);
    void lambda(const ast::Expr& e);
    void comprehension(const ast::Expr& e);
    void comprehensionLoop(const ast::Expr& e, size_t gen, int depth);
    void makeFunction(vm::CodeObject* code, Scope* scope, const ast::Arguments* args);
    bool constantTuple(const ast::Expr& e, uint32_t& out);
    void condJump(const ast::Expr* e, bool jumpIf, Label target);

    // --- statements (compiler_stmt.cpp) ---
    void stmts(const ast::StmtList& l);
    void stmt(const ast::Stmt& s);
    void assignTarget(const ast::Expr* t);
    void augAssign(const ast::Stmt& s);
    void deleteTarget(const ast::Expr* t);
    void functionDef(const ast::Stmt& s);
    void classDef(const ast::Stmt& s);
    void whileStmt(const ast::Stmt& s);
    void forStmt(const ast::Stmt& s);
    void tryStmt(const ast::Stmt& s);
    void tryExcept(const ast::Stmt& s);
    void withStmt(const ast::Stmt& s, size_t item);
    // emitAwait(): awaits the value on top of the stack (GET_AWAITABLE, None, YIELD_FROM).
    void emitAwait();
    void importStmt(const ast::Stmt& s);
    void importFrom(const ast::Stmt& s);
    void returnStmt(const ast::Stmt& s);
    void breakContinue(bool isBreak);
    void resumePaused();
    void unwind(const FBlock& b, bool preserveTop);
    void raiseStmt(const ast::Stmt& s);
    void assertStmt(const ast::Stmt& s);
    std::string qualnameFor(const std::string& name) const;

    void own(vm::Object* o) { m_prog.owned.emplace_back(o); }

    std::vector<script::Diagnostic> diagnostics;

private:
    vm::Program& m_prog;
    const SymbolTable& m_symbols;
    script::SourcePtr m_source;
    std::vector<std::unique_ptr<Unit>> m_units;
    std::vector<std::string> m_qualStack;
    int m_regionSeq = 0;
    std::map<std::string, vm::StrObject*> m_interned;

public:
    Unit* u = nullptr;
};

// stackEffect() is the change in stack depth of one instruction (jump: when it jumps).
int stackEffect(Op op, uint32_t arg, bool jump);

}  // namespace il::compiler
