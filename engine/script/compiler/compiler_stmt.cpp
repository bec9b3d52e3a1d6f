// Code generation for statements: assignment, control flow, exceptions, with, def, class, import.

#include "engine/script/compiler/codegen.hpp"
#include "engine/vm/vm.hpp"

namespace il::compiler {

using namespace il::vm;
using ast::ExprKind;
using ast::StmtKind;

uint32_t binaryOpArg(ast::BinOpKind k);

void Codegen::stmts(const ast::StmtList& l) {
    for (auto& s : l) stmt(*s);
}

void Codegen::stmt(const ast::Stmt& s) {
    u->line = s.span.line;
    switch (s.kind) {
    case StmtKind::Expr:
        expr(s.value.get());
        emit(Op::POP_TOP);
        break;
    case StmtKind::Assign:
        expr(s.value.get());
        for (size_t i = 0; i < s.targets.size(); ++i) {
            if (i + 1 < s.targets.size()) emit(Op::DUP_TOP);
            assignTarget(s.targets[i].get());
        }
        break;
    case StmtKind::AugAssign: augAssign(s); break;
    case StmtKind::AnnAssign:
        if (s.value) {
            expr(s.value.get());
            assignTarget(s.target.get());
        }
        break;
    case StmtKind::Delete:
        for (auto& t : s.targets) deleteTarget(t.get());
        break;
    case StmtKind::Pass: break;
    case StmtKind::Break: breakContinue(true); break;
    case StmtKind::Continue: breakContinue(false); break;
    case StmtKind::Return: returnStmt(s); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal: break;
    case StmtKind::Assert: assertStmt(s); break;
    case StmtKind::Raise: raiseStmt(s); break;
    case StmtKind::If: {
        Label orelse = newLabel(), end = newLabel();
        condJump(s.test.get(), false, orelse);
        stmts(s.body);
        if (!s.orelse.empty()) {
            emitJump(Op::JUMP, end);
            bind(orelse);
            stmts(s.orelse);
        } else {
            bind(orelse);
        }
        bind(end);
        break;
    }
    case StmtKind::While: whileStmt(s); break;
    case StmtKind::For: forStmt(s); break;
    case StmtKind::With: withStmt(s, 0); break;
    case StmtKind::Try: tryStmt(s); break;
    case StmtKind::FunctionDef: functionDef(s); break;
    case StmtKind::ClassDef: classDef(s); break;
    case StmtKind::Import: importStmt(s); break;
    case StmtKind::ImportFrom: importFrom(s); break;
    }
}

void Codegen::assignTarget(const ast::Expr* t) {
    switch (t->kind) {
    case ExprKind::Name: storeName(t->strValue); break;
    case ExprKind::Attribute:
        expr(t->value.get());
        emit(Op::STORE_ATTR, nameIdx(t->strValue));
        break;
    case ExprKind::Subscript:
        expr(t->value.get());
        expr(t->index.get());
        emit(Op::STORE_SUBSCR);
        break;
    case ExprKind::Tuple:
    case ExprKind::List: {
        size_t star = t->elts.size();
        for (size_t i = 0; i < t->elts.size(); ++i)
            if (t->elts[i]->kind == ExprKind::Starred) star = i;
        if (star == t->elts.size()) {
            emit(Op::UNPACK_SEQUENCE, uint32_t(t->elts.size()));
        } else {
            uint32_t after = uint32_t(t->elts.size() - star - 1);
            emit(Op::UNPACK_EX, uint32_t(star) | (after << 8));
        }
        for (auto& x : t->elts) assignTarget(x->kind == ExprKind::Starred ? x->value.get() : x.get());
        break;
    }
    case ExprKind::Starred: assignTarget(t->value.get()); break;
    default: emit(Op::POP_TOP); break;
    }
}

void Codegen::augAssign(const ast::Stmt& s) {
    const ast::Expr* t = s.target.get();
    uint32_t op = binaryOpArg(s.op);
    switch (t->kind) {
    case ExprKind::Name:
        loadName(t->strValue);
        expr(s.value.get());
        emit(Op::INPLACE_OP, op);
        storeName(t->strValue);
        break;
    case ExprKind::Attribute:
        expr(t->value.get());
        emit(Op::DUP_TOP);
        emit(Op::LOAD_ATTR, nameIdx(t->strValue));
        expr(s.value.get());
        emit(Op::INPLACE_OP, op);
        emit(Op::ROT_TWO);
        emit(Op::STORE_ATTR, nameIdx(t->strValue));
        break;
    case ExprKind::Subscript:
        expr(t->value.get());
        expr(t->index.get());
        emit(Op::DUP_TOP_TWO);
        emit(Op::BINARY_SUBSCR);
        expr(s.value.get());
        emit(Op::INPLACE_OP, op);
        emit(Op::ROT_THREE);
        emit(Op::STORE_SUBSCR);
        break;
    default: break;
    }
}

void Codegen::deleteTarget(const ast::Expr* t) {
    switch (t->kind) {
    case ExprKind::Name: deleteName(t->strValue); break;
    case ExprKind::Attribute:
        expr(t->value.get());
        emit(Op::DELETE_ATTR, nameIdx(t->strValue));
        break;
    case ExprKind::Subscript:
        expr(t->value.get());
        expr(t->index.get());
        emit(Op::DELETE_SUBSCR);
        break;
    case ExprKind::Tuple:
    case ExprKind::List:
        for (auto& x : t->elts) deleteTarget(x.get());
        break;
    default: break;
    }
}

void Codegen::whileStmt(const ast::Stmt& s) {
    Label head = newLabel(), orelse = newLabel(), end = newLabel();
    bind(head);
    condJump(s.test.get(), false, orelse);
    u->fblocks.push_back(FBlock{FBlockKind::WhileLoop, head, end});
    stmts(s.body);
    u->fblocks.pop_back();
    u->line = s.span.line;
    emitJump(Op::JUMP, head);
    bind(orelse);
    stmts(s.orelse);
    bind(end);
}

void Codegen::forStmt(const ast::Stmt& s) {
    Label head = newLabel(), orelse = newLabel(), end = newLabel();
    expr(s.iter.get());
    emit(Op::GET_ITER);
    bind(head);
    emitJump(Op::FOR_ITER, orelse);
    assignTarget(s.target.get());
    u->fblocks.push_back(FBlock{FBlockKind::ForLoop, head, end});
    stmts(s.body);
    u->fblocks.pop_back();
    u->line = s.span.line;
    emitJump(Op::JUMP, head);
    bind(orelse);
    stmts(s.orelse);
    bind(end);
}

// unwind() emits what leaving block `b` early needs (return / break / continue).
void Codegen::unwind(const FBlock& b, bool preserveTop) {
    switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::TryExcept: break;
    case FBlockKind::ForLoop:
        if (preserveTop) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        break;
    case FBlockKind::TryFinally: {
        pauseRegion(b.region);
        stmts(*b.finalbody);
        break;
    }
    case FBlockKind::FinallyEnd:
        if (preserveTop) {
            emit(Op::ROT_THREE);
            emit(Op::POP_TOP);
        } else {
            emit(Op::POP_TOP);
        }
        emit(Op::POP_EXCEPT);
        pauseRegion(b.region);
        break;
    case FBlockKind::ExceptHandler:
        if (preserveTop) emit(Op::ROT_TWO);
        emit(Op::POP_EXCEPT);
        pauseRegion(b.region);
        if (b.region2 >= 0) pauseRegion(b.region2);
        if (!b.name.empty()) {
            emit(Op::LOAD_CONST, constNone());
            storeName(b.name);
            deleteName(b.name);
        }
        break;
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
        pauseRegion(b.region);
        if (preserveTop) emit(Op::ROT_TWO);
        emit(Op::LOAD_CONST, constNone());
        emit(Op::DUP_TOP);
        emit(Op::DUP_TOP);
        emit(Op::CALL, 3);
        if (b.kind == FBlockKind::AsyncWith) emitAwait();
        emit(Op::POP_TOP);
        break;
    }
}

void Codegen::returnStmt(const ast::Stmt& s) {
    expr(s.value.get());
    std::vector<FBlock> saved = u->fblocks;
    while (!u->fblocks.empty()) {
        FBlock b = u->fblocks.back();
        u->fblocks.pop_back();
        unwind(b, true);
    }
    u->line = s.span.line;
    emit(Op::RETURN_VALUE);
    u->fblocks = saved;
    resumePaused();
}

void Codegen::breakContinue(bool isBreak) {
    std::vector<FBlock> saved = u->fblocks;
    while (!u->fblocks.empty()) {
        FBlock b = u->fblocks.back();
        if (b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop) {
            if (isBreak) {
                if (b.kind == FBlockKind::ForLoop) emit(Op::POP_TOP);
                emitJump(Op::JUMP, b.breakTarget);
            } else {
                emitJump(Op::JUMP, b.continueTarget);
            }
            break;
        }
        u->fblocks.pop_back();
        unwind(b, false);
    }
    u->fblocks = saved;
    resumePaused();
}

void Codegen::resumePaused() {
    for (auto& b : u->fblocks) {
        if (b.region >= 0 && !u->regions[size_t(b.region)].active) resumeRegion(b.region);
        if (b.region2 >= 0 && !u->regions[size_t(b.region2)].active) resumeRegion(b.region2);
    }
}

void Codegen::raiseStmt(const ast::Stmt& s) {
    uint32_t n = 0;
    if (s.value) {
        expr(s.value.get());
        ++n;
        if (s.cause) {
            expr(s.cause.get());
            ++n;
        }
    }
    emit(Op::RAISE_VARARGS, n);
}

void Codegen::assertStmt(const ast::Stmt& s) {
    Label end = newLabel();
    condJump(s.test.get(), true, end);
    emit(Op::LOAD_ASSERTION_ERROR);
    if (s.msg) {
        expr(s.msg.get());
        emit(Op::CALL, 1);
    }
    emit(Op::RAISE_VARARGS, 1);
    bind(end);
}

void Codegen::functionDef(const ast::Stmt& s) {
    Scope* scope = m_symbols.scopeOf(&s);
    for (auto& d : s.decorators) expr(d.get());
    u->line = s.span.line;
    Unit* outer = u;
    std::string qual = qualnameFor(s.name);
    CodeObject* code = newUnit(scope, s.name, qual, s.span.line);
    const ast::Arguments& a = *s.arguments;
    code->argcount = uint32_t(a.args.size());
    code->kwonlyargcount = uint32_t(a.kwonlyargs.size());
    if (a.vararg) code->flags |= kCoVarargs;
    if (a.kwarg) code->flags |= kCoVarkeywords;
    if (s.isAsync) code->flags |= kCoCoroutine;
    m_qualStack.push_back(s.name);
    m_qualStack.push_back("<locals>");
    stmts(s.body);
    m_qualStack.pop_back();
    m_qualStack.pop_back();
    emit(Op::LOAD_CONST, constNone());
    emit(Op::RETURN_VALUE);
    finishUnit();
    u = outer;
    u->line = s.span.line;
    makeFunction(code, scope, s.arguments.get());
    for (size_t i = 0; i < s.decorators.size(); ++i) emit(Op::CALL, 1);
    storeName(s.name);
}

void Codegen::classDef(const ast::Stmt& s) {
    Scope* scope = m_symbols.scopeOf(&s);
    for (auto& d : s.decorators) expr(d.get());
    u->line = s.span.line;
    emit(Op::LOAD_BUILD_CLASS);
    Unit* outer = u;
    std::string qual = qualnameFor(s.name);
    CodeObject* code = newUnit(scope, s.name, qual, s.span.line);
    emit(Op::LOAD_NAME, nameIdx("__name__"));
    emit(Op::STORE_NAME, nameIdx("__module__"));
    emit(Op::LOAD_CONST, constStr(qual));
    emit(Op::STORE_NAME, nameIdx("__qualname__"));
    m_qualStack.push_back(s.name);
    stmts(s.body);
    m_qualStack.pop_back();
    if (scope->needsClassCell) {
        emit(Op::LOAD_CLOSURE, uint32_t(scope->cellvars.indexOf("__class__")));
        emit(Op::STORE_NAME, nameIdx("__classcell__"));
    }
    emit(Op::LOAD_CONST, constNone());
    emit(Op::RETURN_VALUE);
    finishUnit();
    u = outer;
    u->line = s.span.line;
    makeFunction(code, scope, nullptr);
    emit(Op::LOAD_CONST, constStr(s.name));
    exprs(s.bases);
    if (s.classKeywords.empty()) {
        emit(Op::CALL, uint32_t(2 + s.bases.size()));
    } else {
        std::vector<Value> names;
        for (auto& k : s.classKeywords) {
            expr(k.value.get());
            names.push_back(Value::object(intern(k.name)));
        }
        auto* t = new TupleObject();
        t->cls = builtinTypes().tupleType;
        t->immortal = true;
        t->items = std::move(names);
        own(t);
        emit(Op::LOAD_CONST, constIndex(Value::object(t)));
        emit(Op::CALL_KW, uint32_t(2 + s.bases.size() + s.classKeywords.size()));
    }
    for (size_t i = 0; i < s.decorators.size(); ++i) emit(Op::CALL, 1);
    storeName(s.name);
}

void Codegen::importStmt(const ast::Stmt& s) {
    for (auto& a : s.aliases) {
        emit(Op::IMPORT_NAME, nameIdx(a.name));
        size_t dot = a.name.find('.');
        if (!a.asname.empty()) {
            storeName(a.asname);
        } else if (dot == std::string::npos) {
            storeName(a.name);
        } else {
            // `import a.b` binds the top-level package `a` (whose attribute `b` is the module).
            emit(Op::POP_TOP);
            emit(Op::IMPORT_NAME, nameIdx(a.name.substr(0, dot)));
            storeName(a.name.substr(0, dot));
        }
    }
}

void Codegen::importFrom(const ast::Stmt& s) {
    emit(Op::IMPORT_NAME, nameIdx(s.module));
    for (auto& a : s.aliases) {
        if (a.name == "*") continue;
        emit(Op::IMPORT_FROM, nameIdx(a.name));
        storeName(a.asname.empty() ? a.name : a.asname);
    }
    emit(Op::POP_TOP);
}

}  // namespace il::compiler
