// The validation pass. Pass 1 walks the tree with a context (current scope, inside a loop?)
// and records every scope's parameters and bindings; pass 2 resolves `nonlocal` names against
// the enclosing function scopes, which needs the bindings of the whole file (a nested function
// may declare `nonlocal x` before the enclosing function assigns x).

#include "engine/script/validate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "engine/script/supported_modules.hpp"

namespace il::script {

namespace {

using ast::Expr;
using ast::ExprKind;
using ast::Span;
using ast::Stmt;
using ast::StmtKind;

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    bool isAsync = false;
    const char* comprehensionName = "";  // "list comprehension", ... for Comprehension scopes
    Scope* parent = nullptr;
    std::set<std::string> params, bound, globals, nonlocals;
    std::map<std::string, bool> seen;  // first mention before any declaration: true = assigned
    std::vector<std::pair<std::string, Span>> nonlocalDecls;
    std::vector<std::unique_ptr<Scope>> children;
};

class Validator {
public:
    explicit Validator(std::vector<Diagnostic>* out) : m_out(out) {}

    void run(const ast::Module& module) {
        Scope root;
        visitBody(module.body, &root, false);
        resolveNonlocals(root);
        std::stable_sort(m_found.begin(), m_found.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.line != b.line ? a.line < b.line : a.col < b.col;
        });
        uint32_t lastLine = 0;
        for (auto& d : m_found) {
            if (d.line == lastLine || m_out->size() >= 20) continue;
            lastLine = d.line;
            m_out->push_back(std::move(d));
        }
    }

private:
    void error(const Span& at, std::string message, std::string hint = {}) {
        m_found.push_back({Severity::Error, at.line, at.col, std::move(message), std::move(hint)});
    }

    Scope* child(Scope* parent, ScopeKind kind, bool isAsync) {
        auto s = std::make_unique<Scope>();
        s->kind = kind;
        s->isAsync = isAsync;
        s->parent = parent;
        parent->children.push_back(std::move(s));
        return parent->children.back().get();
    }

    // The nearest scope that is not a comprehension: where 'await' and 'yield' are judged.
    static const Scope* functionLike(const Scope* s) {
        while (s->kind == ScopeKind::Comprehension && s->parent) s = s->parent;
        return s;
    }

    static void bind(Scope* scope, const std::string& name) {
        scope->bound.insert(name);
        scope->seen.emplace(name, true);
    }

    void params(const ast::Arguments& args, Scope* fn, Scope* outer) {
        for (const auto& d : args.defaults) visitExpr(d.get(), outer);
        for (const auto& d : args.kwDefaults) visitExpr(d.get(), outer);
        auto add = [&](const ast::Arg& a) {
            if (!fn->params.insert(a.name).second) {
                error(a.span, "duplicate argument '" + a.name + "' in function definition",
                      "give each parameter its own name");
            }
            fn->seen.emplace(a.name, true);
        };
        for (const auto& a : args.args) add(a);
        if (args.vararg) add(*args.vararg);
        for (const auto& a : args.kwonlyargs) add(a);
        if (args.kwarg) add(*args.kwarg);
    }

    void visitBody(const ast::StmtList& body, Scope* scope, bool inLoop) {
        for (const auto& s : body) visitStmt(*s, scope, inLoop);
    }

    void checkImport(const std::string& module, const Span& at) {
        if (!isSupportedModule(module)) {
            error(at, "unsupported module '" + module + "'", "Interleave supports: " + supportedModulesText());
        }
    }

    void declare(const Stmt& s, Scope* scope) {
        bool global = s.kind == StmtKind::Global;
        const char* what = global ? "global" : "nonlocal";
        if (!global && scope->kind == ScopeKind::Module) {
            error(s.span, "nonlocal declaration not allowed at module level",
                  "nonlocal names a variable of an enclosing function; at module level use global");
            return;
        }
        for (const auto& name : s.names) {
            if (scope->params.count(name)) {
                error(s.span, "name '" + name + "' is parameter and " + what);
            } else if ((global && scope->nonlocals.count(name)) || (!global && scope->globals.count(name))) {
                error(s.span, "name '" + name + "' is nonlocal and global");
            } else if (auto it = scope->seen.find(name); it != scope->seen.end()) {
                error(s.span, "name '" + name + "' is " + (it->second ? "assigned to before " : "used prior to ") +
                                  what + " declaration",
                      std::string("put the ") + what + " statement at the top of the function");
            }
            (global ? scope->globals : scope->nonlocals).insert(name);
            if (!global) scope->nonlocalDecls.emplace_back(name, s.span);
        }
    }

    void visitStmt(const Stmt& s, Scope* scope, bool inLoop) {
        for (const auto& d : s.decorators) visitExpr(d.get(), scope);
        switch (s.kind) {
            case StmtKind::FunctionDef: {
                if (s.returns) visitExpr(s.returns.get(), scope);
                bind(scope, s.name);
                Scope* fn = child(scope, ScopeKind::Function, s.isAsync);
                params(*s.arguments, fn, scope);
                visitBody(s.body, fn, false);
                return;
            }
            case StmtKind::ClassDef: {
                for (const auto& b : s.bases) visitExpr(b.get(), scope);
                for (const auto& k : s.classKeywords) visitExpr(k.value.get(), scope);
                bind(scope, s.name);
                visitBody(s.body, child(scope, ScopeKind::Class, false), false);
                return;
            }
            case StmtKind::Return:
                if (scope->kind != ScopeKind::Function) error(s.span, "'return' outside function");
                break;
            case StmtKind::Break:
                if (!inLoop) error(s.span, "'break' outside loop", "break can only be used inside a for or while loop");
                break;
            case StmtKind::Continue:
                if (!inLoop) {
                    error(s.span, "'continue' not properly in loop", "continue can only be used inside a for or while loop");
                }
                break;
            case StmtKind::Global:
            case StmtKind::Nonlocal:
                declare(s, scope);
                break;
            case StmtKind::Import:
                for (const auto& a : s.aliases) {
                    checkImport(a.name, a.span);
                    bind(scope, a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname);
                }
                break;
            case StmtKind::ImportFrom:
                if (s.level > 0) {
                    error(s.span, "unsupported: relative imports (Interleave runs a subset of Python)",
                          "a scenario is a single file; import only the supported modules");
                } else {
                    checkImport(s.module, s.span);
                }
                for (const auto& a : s.aliases) bind(scope, a.asname.empty() ? a.name : a.asname);
                break;
            case StmtKind::For:
            case StmtKind::With:
                if (s.isAsync && !functionLike(scope)->isAsync) {
                    error(s.span, std::string(s.kind == StmtKind::For ? "'async for'" : "'async with'") +
                                      " outside async function");
                }
                break;
            default:
                break;
        }
        visitExpr(s.value.get(), scope);
        visitExpr(s.annotation.get(), scope);
        visitExpr(s.test.get(), scope);
        visitExpr(s.msg.get(), scope);
        visitExpr(s.cause.get(), scope);
        visitExpr(s.iter.get(), scope);
        for (const auto& item : s.withItems) {
            visitExpr(item.contextExpr.get(), scope);
            if (item.target) visitTarget(*item.target, scope);
        }
        if (s.target) visitTarget(*s.target, scope);
        for (const auto& t : s.targets) {
            if (s.kind == StmtKind::Delete) {
                visitExpr(t.get(), scope);
            } else {
                visitTarget(*t, scope);
            }
        }
        bool loop = s.kind == StmtKind::For || s.kind == StmtKind::While;
        visitBody(s.body, scope, loop || inLoop);
        for (const auto& h : s.handlers) {
            visitExpr(h.type.get(), scope);
            if (!h.name.empty()) bind(scope, h.name);
            visitBody(h.body, scope, inLoop);
        }
        visitBody(s.orelse, scope, inLoop);
        visitBody(s.finalbody, scope, inLoop);
    }

    void visitTarget(const Expr& e, Scope* scope) {
        switch (e.kind) {
            case ExprKind::Name: bind(scope, e.strValue); return;
            case ExprKind::Starred: visitTarget(*e.value, scope); return;
            case ExprKind::Tuple:
            case ExprKind::List:
                for (const auto& elt : e.elts) visitTarget(*elt, scope);
                return;
            default: visitExpr(&e, scope); return;
        }
    }

    void comprehension(const Expr& e, Scope* scope, const char* name) {
        // The first iterable is evaluated in the enclosing scope; the rest in the new one.
        visitExpr(e.generators.front().iter.get(), scope);
        Scope* comp = child(scope, ScopeKind::Comprehension, false);
        comp->comprehensionName = name;
        for (size_t i = 0; i < e.generators.size(); ++i) {
            const auto& g = e.generators[i];
            if (g.isAsync && !functionLike(scope)->isAsync) {
                error(e.span, "asynchronous comprehension outside of an asynchronous function");
            }
            if (i > 0) visitExpr(g.iter.get(), comp);
            visitTarget(*g.target, comp);
            for (const auto& cond : g.ifs) visitExpr(cond.get(), comp);
        }
        visitExpr(e.left.get(), comp);
        visitExpr(e.value.get(), comp);
    }

    void visitExpr(const Expr* e, Scope* scope) {
        if (!e) return;
        switch (e->kind) {
            case ExprKind::Name:
                scope->seen.emplace(e->strValue, false);
                return;
            case ExprKind::Lambda: {
                Scope* fn = child(scope, ScopeKind::Lambda, false);
                params(*e->arguments, fn, scope);
                visitExpr(e->value.get(), fn);
                return;
            }
            case ExprKind::ListComp: comprehension(*e, scope, "list comprehension"); return;
            case ExprKind::SetComp: comprehension(*e, scope, "set comprehension"); return;
            case ExprKind::DictComp: comprehension(*e, scope, "dict comprehension"); return;
            case ExprKind::GeneratorExp: comprehension(*e, scope, "generator expression"); return;
            case ExprKind::Yield:
            case ExprKind::YieldFrom: {
                const char* what = e->kind == ExprKind::Yield ? "'yield'" : "'yield from'";
                if (scope->kind == ScopeKind::Comprehension) {
                    error(e->span, std::string(what) + " inside " + scope->comprehensionName);
                } else if (scope->kind == ScopeKind::Module || scope->kind == ScopeKind::Class) {
                    error(e->span, std::string(what) + " outside function",
                          "yield makes a function a generator; it must be inside a def");
                } else if (e->kind == ExprKind::YieldFrom && scope->isAsync) {
                    error(e->span, "'yield from' inside async function");
                }
                break;
            }
            case ExprKind::Await: {
                const Scope* fn = functionLike(scope);
                if (fn->kind == ScopeKind::Module || fn->kind == ScopeKind::Class) {
                    error(e->span, "'await' outside function", "await can only be used inside an async def");
                } else if (!fn->isAsync) {
                    error(e->span, "'await' outside async function", "declare the function with 'async def'");
                }
                break;
            }
            default:
                break;
        }
        visitExpr(e->value.get(), scope);
        visitExpr(e->left.get(), scope);
        visitExpr(e->right.get(), scope);
        visitExpr(e->index.get(), scope);
        visitExpr(e->lower.get(), scope);
        visitExpr(e->upper.get(), scope);
        visitExpr(e->step.get(), scope);
        visitExpr(e->test.get(), scope);
        visitExpr(e->orelse.get(), scope);
        visitExpr(e->formatSpec.get(), scope);
        for (const auto& x : e->elts) visitExpr(x.get(), scope);
        for (const auto& x : e->keys) visitExpr(x.get(), scope);
        for (const auto& k : e->keywords) visitExpr(k.value.get(), scope);
    }

    // A nonlocal name must be a local of some enclosing function (class bodies don't count).
    void resolveNonlocals(const Scope& scope) {
        for (const auto& [name, span] : scope.nonlocalDecls) {
            bool found = false;
            for (const Scope* s = scope.parent; s && !found && s->kind != ScopeKind::Module; s = s->parent) {
                if (s->kind == ScopeKind::Class) continue;
                bool local = (s->params.count(name) || s->bound.count(name)) && !s->globals.count(name) &&
                             !s->nonlocals.count(name);
                found = local;
            }
            if (!found) {
                error(span, "no binding for nonlocal '" + name + "' found",
                      "nonlocal refers to a variable assigned in an enclosing function");
            }
        }
        for (const auto& c : scope.children) resolveNonlocals(*c);
    }

    std::vector<Diagnostic>* m_out;
    std::vector<Diagnostic> m_found;
};

}  // namespace

void validateModule(const ast::Module& module, std::vector<Diagnostic>* diags) { Validator(diags).run(module); }

}  // namespace il::script
