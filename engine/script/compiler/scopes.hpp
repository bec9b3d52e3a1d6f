#pragma once
// Symbol tables: which names of each scope are fast locals, cells, free variables, globals or
// namespace (dict) names. Built by one walk over the AST before code generation.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/script/ast.hpp"

namespace il::compiler {

enum class ScopeKind : uint8_t { Module, Function, Lambda, Comprehension, Class };

// How a name is accessed in one scope.
enum class NameAccess : uint8_t {
    Fast,       // LOAD_FAST / STORE_FAST (function local)
    Deref,      // LOAD_DEREF / STORE_DEREF (cell or free variable)
    Global,     // LOAD_GLOBAL / STORE_GLOBAL
    Name,       // LOAD_NAME / STORE_NAME (module and class bodies)
    ClassDeref, // class body reading a free variable of an enclosing function
};

// An ordered set of names.
class NameList {
public:
    bool add(const std::string& n);
    [[nodiscard]] bool has(const std::string& n) const { return m_index.count(n) != 0; }
    [[nodiscard]] int indexOf(const std::string& n) const;
    [[nodiscard]] const std::vector<std::string>& names() const { return m_names; }
    [[nodiscard]] size_t size() const { return m_names.size(); }

private:
    std::vector<std::string> m_names;
    std::map<std::string, int> m_index;
};

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string name;
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;
    NameList params;      // parameter names in order
    NameList assigned;    // bound in this scope (assignment, def, import, for, except as...)
    NameList used;        // read in this scope
    NameList globals;     // `global x`
    NameList nonlocals;   // `nonlocal x`
    bool isGenerator = false;
    bool usesClassCell = false;  // function uses super() / __class__
    bool needsClassCell = false; // class body: a method uses __class__
    // Results
    NameList varnames;    // fast locals (functions): params first
    NameList cellvars;
    NameList freevars;

    [[nodiscard]] bool isFunctionLike() const {
        return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
               kind == ScopeKind::Comprehension;
    }
    // access() says how `name` is loaded/stored in this scope.
    [[nodiscard]] NameAccess access(const std::string& name) const;
};

// SymbolTable: the scope tree plus a map from AST nodes (FunctionDef / ClassDef / Lambda /
// comprehension Expr / Module) to their scope.
class SymbolTable {
public:
    // build() analyses the whole module.
    void build(const ast::Module& m);
    [[nodiscard]] Scope* scopeOf(const void* node) const;
    [[nodiscard]] Scope* moduleScope() const { return m_root.get(); }

private:
    std::unique_ptr<Scope> m_root;
    std::map<const void*, Scope*> m_map;
    friend class ScopeBuilder;
};

}  // namespace il::compiler
