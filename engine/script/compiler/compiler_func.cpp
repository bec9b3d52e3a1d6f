// Code generation for function objects: MAKE_FUNCTION with defaults and closures, lambdas,
// comprehensions and generator expressions (each its own code object, called at once).

#include "engine/script/compiler/codegen.hpp"
#include "engine/vm/vm.hpp"

namespace il::compiler {

using namespace il::vm;
using ast::ExprKind;

void Codegen::makeFunction(CodeObject* code, Scope* scope, const ast::Arguments* args) {
    uint32_t flags = 0;
    if (args && !args->defaults.empty()) {
        exprs(args->defaults);
        emit(Op::BUILD_TUPLE, uint32_t(args->defaults.size()));
        flags |= kMfDefaults;
    }
    if (args) {
        size_t n = 0;
        for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
            if (i < args->kwDefaults.size() && args->kwDefaults[i]) {
                emit(Op::LOAD_CONST, constStr(args->kwonlyargs[i].name));
                expr(args->kwDefaults[i].get());
                ++n;
            }
        }
        if (n) {
            emit(Op::BUILD_MAP, uint32_t(n));
            flags |= kMfKwDefaults;
        }
    }
    if (!scope->freevars.names().empty()) {
        Scope* s = u->scope;
        for (auto& n : scope->freevars.names()) {
            int i = s->cellvars.indexOf(n);
            if (i < 0) i = int(s->cellvars.size()) + s->freevars.indexOf(n);
            emit(Op::LOAD_CLOSURE, uint32_t(i));
        }
        emit(Op::BUILD_TUPLE, uint32_t(scope->freevars.size()));
        flags |= kMfClosure;
    }
    emit(Op::LOAD_CONST, constCode(code));
    emit(Op::MAKE_FUNCTION, flags);
}

static void setArgCounts(CodeObject* code, const ast::Arguments& a) {
    code->argcount = uint32_t(a.args.size());
    code->kwonlyargcount = uint32_t(a.kwonlyargs.size());
    if (a.vararg) code->flags |= kCoVarargs;
    if (a.kwarg) code->flags |= kCoVarkeywords;
}

void Codegen::lambda(const ast::Expr& e) {
    Scope* scope = m_symbols.scopeOf(&e);
    Unit* outer = u;
    CodeObject* code = newUnit(scope, "<lambda>", qualnameFor("<lambda>"), e.span.line);
    setArgCounts(code, *e.arguments);
    expr(e.value.get());
    emit(Op::RETURN_VALUE);
    finishUnit();
    u = outer;
    makeFunction(code, scope, e.arguments.get());
}

void Codegen::comprehension(const ast::Expr& e) {
    Scope* scope = m_symbols.scopeOf(&e);
    const char* name = e.kind == ExprKind::ListComp  ? "<listcomp>"
                       : e.kind == ExprKind::SetComp ? "<setcomp>"
                       : e.kind == ExprKind::DictComp ? "<dictcomp>" : "<genexpr>";
    Unit* outer = u;
    CodeObject* code = newUnit(scope, name, qualnameFor(name), e.span.line);
    code->argcount = 1;
    if (e.kind == ExprKind::ListComp) emit(Op::BUILD_LIST, 0);
    else if (e.kind == ExprKind::SetComp) emit(Op::BUILD_SET, 0);
    else if (e.kind == ExprKind::DictComp) emit(Op::BUILD_MAP, 0);
    comprehensionLoop(e, 0, 1);
    if (e.kind == ExprKind::GeneratorExp) emit(Op::LOAD_CONST, constNone());
    emit(Op::RETURN_VALUE);
    finishUnit();
    u = outer;
    makeFunction(code, scope, nullptr);
    expr(e.generators[0].iter.get());
    emit(Op::GET_ITER);
    setLine(e.span.line);
    emit(Op::CALL, 1);
}

void Codegen::comprehensionLoop(const ast::Expr& e, size_t gi, int depth) {
    const ast::Comprehension& g = e.generators[gi];
    Label head = newLabel(), end = newLabel();
    if (gi == 0) {
        emit(Op::LOAD_FAST, 0);  // .0
    } else {
        expr(g.iter.get());
        emit(Op::GET_ITER);
    }
    bind(head);
    emitJump(Op::FOR_ITER, end);
    assignTarget(g.target.get());
    for (auto& cond : g.ifs) condJump(cond.get(), false, head);
    if (gi + 1 < e.generators.size()) {
        comprehensionLoop(e, gi + 1, depth + 1);
    } else {
        switch (e.kind) {
        case ExprKind::ListComp:
            expr(e.value.get());
            emit(Op::LIST_APPEND, uint32_t(depth + 1));
            break;
        case ExprKind::SetComp:
            expr(e.value.get());
            emit(Op::SET_ADD, uint32_t(depth + 1));
            break;
        case ExprKind::DictComp:
            expr(e.left.get());
            expr(e.value.get());
            emit(Op::MAP_ADD, uint32_t(depth + 1));
            break;
        default:
            expr(e.value.get());
            emit(Op::YIELD_VALUE);
            emit(Op::POP_TOP);
            break;
        }
    }
    emitJump(Op::JUMP, head);
    bind(end);
}

}  // namespace il::compiler
