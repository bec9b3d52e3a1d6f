// Code generation for try/except/else/finally and with: exception-table regions, handler
// cleanup blocks and the normal/exceptional copies of finally bodies.

#include "engine/script/compiler/codegen.hpp"
#include "engine/vm/vm.hpp"

namespace il::compiler {

using namespace il::vm;

void Codegen::tryStmt(const ast::Stmt& s) {
    if (s.finalbody.empty()) {
        tryExcept(s);
        return;
    }
    Label excHandler = newLabel(), cleanup = newLabel(), end = newLabel();
    int d = u->depth;
    int region = openRegion(excHandler, d);
    u->fblocks.push_back(FBlock{FBlockKind::TryFinally, {}, {}, region, &s.finalbody});
    if (s.handlers.empty()) stmts(s.body);
    else tryExcept(s);
    u->fblocks.pop_back();
    closeRegion(region);
    stmts(s.finalbody);  // normal path
    emitJump(Op::JUMP, end);
    // Exceptional path: [exc] → PUSH_EXC_INFO → [prev, exc]
    bind(excHandler);
    int cleanupRegion = openRegion(cleanup, d + 1);
    emit(Op::PUSH_EXC_INFO);
    u->fblocks.push_back(FBlock{FBlockKind::FinallyEnd, {}, {}, cleanupRegion});
    stmts(s.finalbody);
    u->fblocks.pop_back();
    emit(Op::RERAISE);
    closeRegion(cleanupRegion);
    bind(cleanup);  // [prev, exc2]
    emit(Op::ROT_TWO);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

void Codegen::tryExcept(const ast::Stmt& s) {
    Label handler = newLabel(), cleanup = newLabel(), end = newLabel(), orelse = newLabel();
    int d = u->depth;
    int region = openRegion(handler, d);
    u->fblocks.push_back(FBlock{FBlockKind::TryExcept, {}, {}, region});
    stmts(s.body);
    u->fblocks.pop_back();
    closeRegion(region);
    bind(orelse);
    stmts(s.orelse);
    emitJump(Op::JUMP, end);

    bind(handler);  // [exc]
    int cleanupRegion = openRegion(cleanup, d + 1);
    emit(Op::PUSH_EXC_INFO);  // [prev, exc]
    for (auto& h : s.handlers) {
        u->line = h.span.line;
        Label next = newLabel();
        if (h.type) {
            expr(h.type.get());
            emit(Op::CHECK_EXC_MATCH);
            emitJump(Op::POP_JUMP_IF_FALSE, next);
        }
        if (!h.name.empty()) storeName(h.name);
        else emit(Op::POP_TOP);
        // [prev]
        if (!h.name.empty()) {
            // The handler body has its own cleanup that clears the name.
            Label nameCleanup = newLabel();
            int nameRegion = openRegion(nameCleanup, d + 1);
            u->fblocks.push_back(
                FBlock{FBlockKind::ExceptHandler, {}, {}, nameRegion, nullptr, h.name, cleanupRegion});
            stmts(h.body);
            u->fblocks.pop_back();
            closeRegion(nameRegion);
            pauseRegion(cleanupRegion);
            emit(Op::POP_EXCEPT);
            emit(Op::LOAD_CONST, constNone());
            storeName(h.name);
            deleteName(h.name);
            emitJump(Op::JUMP, end);
            bind(nameCleanup);  // [prev, exc2]
            resumeRegion(cleanupRegion);
            emit(Op::LOAD_CONST, constNone());
            storeName(h.name);
            deleteName(h.name);
            emit(Op::RERAISE);
        } else {
            u->fblocks.push_back(FBlock{FBlockKind::ExceptHandler, {}, {}, cleanupRegion});
            stmts(h.body);
            u->fblocks.pop_back();
            pauseRegion(cleanupRegion);
            emit(Op::POP_EXCEPT);
            emitJump(Op::JUMP, end);
            resumeRegion(cleanupRegion);
        }
        bind(next);
        if (!h.type) break;
    }
    emit(Op::RERAISE);  // no clause matched: [prev, exc] → cleanup
    closeRegion(cleanupRegion);
    bind(cleanup);  // [prev, exc2]
    emit(Op::ROT_TWO);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

void Codegen::emitAwait() {
    emit(Op::GET_AWAITABLE);
    emit(Op::LOAD_CONST, constNone());
    emit(Op::YIELD_FROM);
}

void Codegen::withStmt(const ast::Stmt& s, size_t item) {
    const ast::WithItem& w = s.withItems[item];
    Label excHandler = newLabel(), cleanup = newLabel(), suppress = newLabel(), end = newLabel();
    expr(w.contextExpr.get());
    emit(Op::BEFORE_WITH, s.isAsync ? 1 : 0);  // [exit, value] (async: [aexit, aenter()])
    if (s.isAsync) emitAwait();
    int d = u->depth - 1;   // [exit] stays when the body raises
    int region = openRegion(excHandler, d);
    if (w.target) assignTarget(w.target.get());
    else emit(Op::POP_TOP);
    u->fblocks.push_back(FBlock{s.isAsync ? FBlockKind::AsyncWith : FBlockKind::With, {}, {}, region});
    if (item + 1 < s.withItems.size()) withStmt(s, item + 1);
    else stmts(s.body);
    u->fblocks.pop_back();
    closeRegion(region);
    u->line = s.span.line;
    emit(Op::LOAD_CONST, constNone());
    emit(Op::DUP_TOP);
    emit(Op::DUP_TOP);
    emit(Op::CALL, 3);
    if (s.isAsync) emitAwait();
    emit(Op::POP_TOP);
    emitJump(Op::JUMP, end);

    bind(excHandler);  // [exit, exc]
    int cleanupRegion = openRegion(cleanup, d + 1);
    emit(Op::PUSH_EXC_INFO);       // [exit, prev, exc]
    emit(Op::WITH_EXCEPT_START);   // [exit, prev, exc, res]
    if (s.isAsync) emitAwait();
    emitJump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    bind(suppress);                // [exit, prev, exc]
    emit(Op::POP_TOP);
    closeRegion(cleanupRegion);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emitJump(Op::JUMP, end);
    bind(cleanup);  // [exit, prev, exc2]
    emit(Op::ROT_TWO);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

}  // namespace il::compiler
