// Symbol-table construction and name resolution (see scopes.hpp).

#include "engine/script/compiler/scopes.hpp"

namespace il::compiler {

bool NameList::add(const std::string& n) {
    if (m_index.count(n)) return false;
    m_index[n] = int(m_names.size());
    m_names.push_back(n);
    return true;
}

int NameList::indexOf(const std::string& n) const {
    auto it = m_index.find(n);
    return it == m_index.end() ? -1 : it->second;
}

NameAccess Scope::access(const std::string& n) const {
    if (kind == ScopeKind::Module) return NameAccess::Name;
    if (kind == ScopeKind::Class) {
        if (globals.has(n)) return NameAccess::Global;
        if (freevars.has(n) && !assigned.has(n)) return NameAccess::ClassDeref;
        return NameAccess::Name;
    }
    if (cellvars.has(n) || freevars.has(n)) return NameAccess::Deref;
    if (varnames.has(n)) return NameAccess::Fast;
    return NameAccess::Global;
}

class ScopeBuilder {
public:
    explicit ScopeBuilder(SymbolTable& t) : m_t(t) {}

    void module(const ast::Module& m) {
        m_t.m_root = std::make_unique<Scope>();
        m_t.m_root->kind = ScopeKind::Module;
        m_t.m_root->name = "<module>";
        m_t.m_map[&m] = m_t.m_root.get();
        m_cur = m_t.m_root.get();
        stmts(m.body);
    }

    Scope* push(ScopeKind k, const std::string& name, const void* node) {
        auto s = std::make_unique<Scope>();
        s->kind = k;
        s->name = name;
        s->parent = m_cur;
        Scope* raw = s.get();
        m_cur->children.push_back(std::move(s));
        m_t.m_map[node] = raw;
        m_cur = raw;
        return raw;
    }
    void pop() { m_cur = m_cur->parent; }

    void bind(const std::string& n) { m_cur->assigned.add(n); }
    void use(const std::string& n) { m_cur->used.add(n); }

    void stmts(const ast::StmtList& l) {
        for (auto& s : l) stmt(*s);
    }

    void arguments(const ast::Arguments& a) {
        for (auto& x : a.args) m_cur->params.add(x.name);
        for (auto& x : a.kwonlyargs) m_cur->params.add(x.name);
        if (a.vararg) m_cur->params.add(a.vararg->name);
        if (a.kwarg) m_cur->params.add(a.kwarg->name);
        // ast order: positional, kwonly, then *args / **kwargs (CPython order: pos, kwonly, *, **)
    }

    void defaults(const ast::Arguments& a) {
        for (auto& d : a.defaults) expr(d.get());
        for (auto& d : a.kwDefaults) expr(d.get());
    }

    void stmt(const ast::Stmt& s) {
        using K = ast::StmtKind;
        switch (s.kind) {
        case K::Expr: expr(s.value.get()); break;
        case K::Assign:
            expr(s.value.get());
            for (auto& t : s.targets) target(t.get());
            break;
        case K::AugAssign:
            expr(s.value.get());
            target(s.target.get());
            if (s.target->kind == ast::ExprKind::Name) use(s.target->strValue);
            break;
        case K::AnnAssign:
            if (s.value) expr(s.value.get());
            target(s.target.get());
            break;
        case K::Delete:
            for (auto& t : s.targets) target(t.get());
            break;
        case K::Return: expr(s.value.get()); break;
        case K::Global:
            for (auto& n : s.names) m_cur->globals.add(n);
            break;
        case K::Nonlocal:
            for (auto& n : s.names) m_cur->nonlocals.add(n);
            break;
        case K::Assert:
            expr(s.test.get());
            expr(s.msg.get());
            break;
        case K::Raise:
            expr(s.value.get());
            expr(s.cause.get());
            break;
        case K::If:
        case K::While:
            expr(s.test.get());
            stmts(s.body);
            stmts(s.orelse);
            break;
        case K::For:
            expr(s.iter.get());
            target(s.target.get());
            stmts(s.body);
            stmts(s.orelse);
            break;
        case K::With:
            for (auto& w : s.withItems) {
                expr(w.contextExpr.get());
                if (w.target) target(w.target.get());
            }
            stmts(s.body);
            break;
        case K::Try:
            stmts(s.body);
            for (auto& h : s.handlers) {
                expr(h.type.get());
                if (!h.name.empty()) bind(h.name);
                stmts(h.body);
            }
            stmts(s.orelse);
            stmts(s.finalbody);
            break;
        case K::FunctionDef: {
            for (auto& d : s.decorators) expr(d.get());
            defaults(*s.arguments);
            bind(s.name);
            Scope* f = push(ScopeKind::Function, s.name, &s);
            arguments(*s.arguments);
            stmts(s.body);
            (void)f;
            pop();
            break;
        }
        case K::ClassDef: {
            for (auto& d : s.decorators) expr(d.get());
            for (auto& b : s.bases) expr(b.get());
            for (auto& k : s.classKeywords) expr(k.value.get());
            bind(s.name);
            push(ScopeKind::Class, s.name, &s);
            stmts(s.body);
            pop();
            break;
        }
        case K::Import:
            for (auto& a : s.aliases) {
                std::string n = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
                bind(n);
            }
            break;
        case K::ImportFrom:
            for (auto& a : s.aliases) bind(a.asname.empty() ? a.name : a.asname);
            break;
        default: break;
        }
    }

    void target(const ast::Expr* e) {
        if (!e) return;
        using K = ast::ExprKind;
        switch (e->kind) {
        case K::Name: bind(e->strValue); break;
        case K::Tuple:
        case K::List:
            for (auto& x : e->elts) target(x.get());
            break;
        case K::Starred: target(e->value.get()); break;
        default: expr(e); break;  // attribute / subscript targets evaluate their parts
        }
    }

    void comprehension(const ast::Expr& e, const char* name) {
        // The first iterable is evaluated in the enclosing scope.
        expr(e.generators[0].iter.get());
        Scope* c = push(ScopeKind::Comprehension, name, &e);
        c->params.add(".0");
        for (size_t i = 0; i < e.generators.size(); ++i) {
            auto& g = e.generators[i];
            if (i > 0) expr(g.iter.get());
            target(g.target.get());
            for (auto& cond : g.ifs) expr(cond.get());
        }
        if (e.kind == ast::ExprKind::DictComp) {
            expr(e.left.get());
            expr(e.value.get());
        } else {
            expr(e.value.get());
        }
        if (e.kind == ast::ExprKind::GeneratorExp) c->isGenerator = true;
        pop();
    }

    void expr(const ast::Expr* e) {
        if (!e) return;
        using K = ast::ExprKind;
        switch (e->kind) {
        case K::Name:
            use(e->strValue);
            if (e->strValue == "super" || e->strValue == "__class__") m_cur->usesClassCell = true;
            break;
        case K::Lambda:
            defaults(*e->arguments);
            push(ScopeKind::Lambda, "<lambda>", e);
            arguments(*e->arguments);
            expr(e->value.get());
            pop();
            break;
        case K::ListComp: comprehension(*e, "<listcomp>"); break;
        case K::SetComp: comprehension(*e, "<setcomp>"); break;
        case K::DictComp: comprehension(*e, "<dictcomp>"); break;
        case K::GeneratorExp: comprehension(*e, "<genexpr>"); break;
        case K::Yield:
        case K::YieldFrom:
        case K::Await:
            m_cur->isGenerator = e->kind != K::Await || m_cur->isGenerator;
            expr(e->value.get());
            break;
        default:
            expr(e->value.get());
            expr(e->left.get());
            expr(e->right.get());
            expr(e->index.get());
            expr(e->lower.get());
            expr(e->upper.get());
            expr(e->step.get());
            expr(e->test.get());
            expr(e->orelse.get());
            expr(e->formatSpec.get());
            for (auto& x : e->elts) expr(x.get());
            for (auto& x : e->keys) expr(x.get());
            for (auto& k : e->keywords) expr(k.value.get());
            break;
        }
    }

private:
    SymbolTable& m_t;
    Scope* m_cur = nullptr;
};

namespace {

// findOwner(): the nearest enclosing function scope that binds `n` locally, or null.
Scope* findOwner(Scope* s, const std::string& n) {
    for (Scope* p = s->parent; p; p = p->parent) {
        if (p->kind == ScopeKind::Class) continue;
        if (p->kind == ScopeKind::Module) return nullptr;
        if (p->globals.has(n)) return nullptr;
        if (p->nonlocals.has(n)) continue;
        if (p->params.has(n) || p->assigned.has(n)) return p;
    }
    return nullptr;
}

// addFree(): makes `n` a free variable of s and of every scope between s and owner.
void addFree(Scope* s, Scope* owner, const std::string& n) {
    for (Scope* p = s; p && p != owner; p = p->parent) p->freevars.add(n);
    owner->cellvars.add(n);
}

void resolve(Scope* s) {
    if (s->isFunctionLike()) {
        for (auto& n : s->params.names()) s->varnames.add(n);
        for (auto& n : s->assigned.names())
            if (!s->globals.has(n) && !s->nonlocals.has(n)) s->varnames.add(n);
        // Free variables: names read or nonlocal and not bound here.
        std::vector<std::string> candidates = s->used.names();
        for (auto& n : s->nonlocals.names()) candidates.push_back(n);
        for (auto& n : candidates) {
            if (s->globals.has(n)) continue;
            if (s->varnames.has(n) && !s->nonlocals.has(n)) continue;
            if (Scope* owner = findOwner(s, n)) addFree(s, owner, n);
        }
        if (s->usesClassCell) {
            for (Scope* p = s->parent; p; p = p->parent) {
                if (p->kind == ScopeKind::Class) {
                    p->needsClassCell = true;
                    addFree(s, p, "__class__");
                    break;
                }
            }
        }
    } else if (s->kind == ScopeKind::Class) {
        for (auto& n : s->used.names())
            if (!s->assigned.has(n) && !s->globals.has(n))
                if (Scope* owner = findOwner(s, n)) addFree(s, owner, n);
    }
    for (auto& c : s->children) resolve(c.get());
    // A cell that is also a parameter keeps its fast slot for argument binding.
}

}  // namespace

void SymbolTable::build(const ast::Module& m) {
    ScopeBuilder b(*this);
    b.module(m);
    resolve(m_root.get());
}

Scope* SymbolTable::scopeOf(const void* node) const {
    auto it = m_map.find(node);
    return it == m_map.end() ? nullptr : it->second;
}

}  // namespace il::compiler
