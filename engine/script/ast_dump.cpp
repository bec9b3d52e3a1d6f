#include "engine/script/ast_dump.hpp"

#include <charconv>
#include <cstdio>

namespace il::script {

namespace {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

const char* binOpText(ast::BinOpKind op) {
    static const char* const names[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@"};
    return names[static_cast<int>(op)];
}

const char* cmpOpText(ast::CmpOpKind op) {
    static const char* const names[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is-not", "in", "not-in"};
    return names[static_cast<int>(op)];
}

std::string quote(const std::string& s) {
    std::string out = "'";
    for (unsigned char c : s) {
        switch (c) {
            case '\'': out += "\\'"; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "'";
}

std::string floatText(double v) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, res.ptr);
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";  // keep 1.0 apart from 1
    return s;
}

class Dumper {
public:
    std::string out;

    void expr(const Expr* e) {
        if (!e) {
            out += "_";
            return;
        }
        switch (e->kind) {
            case ExprKind::Constant: constant(*e); return;
            case ExprKind::Name: out += e->strValue; return;
            case ExprKind::JoinedStr: open("f"); list(e->elts); close(); return;
            case ExprKind::FormattedValue:
                open("fv");
                sp(), expr(e->value.get());
                if (e->conversion) out += std::string(" !") + e->conversion;
                if (e->formatSpec) sp(), expr(e->formatSpec.get());
                close();
                return;
            case ExprKind::Attribute: open("."), sp(), expr(e->value.get()), out += " " + e->strValue, close(); return;
            case ExprKind::Subscript: open("[]"), sp(), expr(e->value.get()), sp(), expr(e->index.get()), close(); return;
            case ExprKind::Slice:
                open(":"), sp(), expr(e->lower.get()), sp(), expr(e->upper.get()), sp(), expr(e->step.get()), close();
                return;
            case ExprKind::Starred: open("*"), sp(), expr(e->value.get()), close(); return;
            case ExprKind::Call:
                open("call"), sp(), expr(e->value.get()), list(e->elts);
                for (const auto& k : e->keywords) keyword(k);
                close();
                return;
            case ExprKind::BinOp: open(binOpText(e->binOp)), sp(), expr(e->left.get()), sp(), expr(e->right.get()), close(); return;
            case ExprKind::UnaryOp: {
                static const char* const names[] = {"not", "neg", "pos", "~"};
                open(names[static_cast<int>(e->unaryOp)]), sp(), expr(e->value.get()), close();
                return;
            }
            case ExprKind::BoolOp: open(e->boolOp == ast::BoolOpKind::And ? "and" : "or"), list(e->elts), close(); return;
            case ExprKind::Compare:
                open("cmp"), sp(), expr(e->left.get());
                for (size_t i = 0; i < e->cmpOps.size(); ++i) {
                    out += std::string(" ") + cmpOpText(e->cmpOps[i]) + " ";
                    expr(i < e->elts.size() ? e->elts[i].get() : nullptr);
                }
                close();
                return;
            case ExprKind::IfExp:
                open("ifexp"), sp(), expr(e->test.get()), sp(), expr(e->value.get()), sp(), expr(e->orelse.get()), close();
                return;
            case ExprKind::Lambda: open("lambda"), sp(), arguments(e->arguments.get()), sp(), expr(e->value.get()), close(); return;
            case ExprKind::List: open("list"), list(e->elts), close(); return;
            case ExprKind::Tuple: open("tuple"), list(e->elts), close(); return;
            case ExprKind::Set: open("set"), list(e->elts), close(); return;
            case ExprKind::Dict:
                open("dict");
                for (size_t i = 0; i < e->keys.size(); ++i) {
                    sp();
                    if (e->keys[i]) {
                        out += "(", expr(e->keys[i].get()), sp(), expr(e->elts[i].get()), out += ")";
                    } else {
                        out += "(** ", expr(e->elts[i].get()), out += ")";
                    }
                }
                close();
                return;
            case ExprKind::ListComp: comp("listcomp", *e); return;
            case ExprKind::SetComp: comp("setcomp", *e); return;
            case ExprKind::GeneratorExp: comp("genexp", *e); return;
            case ExprKind::DictComp: comp("dictcomp", *e); return;
            case ExprKind::Yield:
                open("yield");
                if (e->value) sp(), expr(e->value.get());
                close();
                return;
            case ExprKind::YieldFrom: open("yield-from"), sp(), expr(e->value.get()), close(); return;
            case ExprKind::Await: open("await"), sp(), expr(e->value.get()), close(); return;
        }
    }

    void stmt(const Stmt& s) {
        switch (s.kind) {
            case StmtKind::Expr: open("expr"), sp(), expr(s.value.get()), close(); return;
            case StmtKind::Assign: open("="), list(s.targets), sp(), expr(s.value.get()), close(); return;
            case StmtKind::AugAssign:
                open(std::string(binOpText(s.op)) + "="), sp(), expr(s.target.get()), sp(), expr(s.value.get()), close();
                return;
            case StmtKind::AnnAssign:
                open("ann"), sp(), expr(s.target.get()), sp(), expr(s.annotation.get());
                if (s.value) sp(), expr(s.value.get());
                close();
                return;
            case StmtKind::Delete: open("del"), list(s.targets), close(); return;
            case StmtKind::Pass: out += "(pass)"; return;
            case StmtKind::Break: out += "(break)"; return;
            case StmtKind::Continue: out += "(continue)"; return;
            case StmtKind::Return:
                open("return");
                if (s.value) sp(), expr(s.value.get());
                close();
                return;
            case StmtKind::Global:
            case StmtKind::Nonlocal:
                open(s.kind == StmtKind::Global ? "global" : "nonlocal");
                for (const auto& n : s.names) out += " " + n;
                close();
                return;
            case StmtKind::Assert:
                open("assert"), sp(), expr(s.test.get());
                if (s.msg) sp(), expr(s.msg.get());
                close();
                return;
            case StmtKind::Raise:
                open("raise");
                if (s.value) sp(), expr(s.value.get());
                if (s.cause) out += " (from ", expr(s.cause.get()), out += ")";
                close();
                return;
            case StmtKind::If: open("if"), sp(), expr(s.test.get()), block("body", s.body), block("else", s.orelse), close(); return;
            case StmtKind::While:
                open("while"), sp(), expr(s.test.get()), block("body", s.body), block("else", s.orelse), close();
                return;
            case StmtKind::For:
                open(s.isAsync ? "async-for" : "for"), sp(), expr(s.target.get()), sp(), expr(s.iter.get());
                block("body", s.body), block("else", s.orelse), close();
                return;
            case StmtKind::With:
                open(s.isAsync ? "async-with" : "with");
                for (const auto& item : s.withItems) {
                    out += " (item ", expr(item.contextExpr.get());
                    if (item.target) sp(), expr(item.target.get());
                    out += ")";
                }
                block("body", s.body), close();
                return;
            case StmtKind::Try:
                open("try"), block("body", s.body);
                for (const auto& h : s.handlers) {
                    out += " (except";
                    if (h.type) sp(), expr(h.type.get());
                    if (!h.name.empty()) out += " as " + h.name;
                    block("body", h.body);
                    out += ")";
                }
                block("else", s.orelse), block("finally", s.finalbody), close();
                return;
            case StmtKind::FunctionDef:
                open(s.isAsync ? "async-def" : "def"), out += " " + s.name, sp(), arguments(s.arguments.get());
                if (!s.decorators.empty()) out += " (decorators", list(s.decorators), out += ")";
                if (s.returns) out += " (returns ", expr(s.returns.get()), out += ")";
                block("body", s.body), close();
                return;
            case StmtKind::ClassDef:
                open("class"), out += " " + s.name;
                if (!s.bases.empty()) out += " (bases", list(s.bases), out += ")";
                if (!s.classKeywords.empty()) {
                    out += " (keywords";
                    for (const auto& k : s.classKeywords) keyword(k);
                    out += ")";
                }
                if (!s.decorators.empty()) out += " (decorators", list(s.decorators), out += ")";
                block("body", s.body), close();
                return;
            case StmtKind::Import:
                open("import"), aliases(s.aliases), close();
                return;
            case StmtKind::ImportFrom:
                open("from"), out += " " + std::string(static_cast<size_t>(s.level), '.') + s.module, aliases(s.aliases);
                close();
                return;
        }
    }

private:
    void open(const std::string& head) { out += "(" + head; }
    void close() { out += ")"; }
    void sp() { out += " "; }
    void list(const ast::ExprList& items) {
        for (const auto& e : items) sp(), expr(e.get());
    }
    void block(const char* name, const ast::StmtList& body) {
        if (body.empty()) return;
        out += std::string(" (") + name;
        for (const auto& s : body) sp(), stmt(*s);
        out += ")";
    }
    void keyword(const ast::Keyword& k) {
        if (k.name.empty()) {
            out += " (** ", expr(k.value.get()), out += ")";
        } else {
            out += " (kw " + k.name + " ", expr(k.value.get()), out += ")";
        }
    }
    void aliases(const std::vector<ast::Alias>& as) {
        for (const auto& a : as) out += " " + a.name + (a.asname.empty() ? "" : "=" + a.asname);
    }
    void arguments(const ast::Arguments* a) {
        out += "(args";
        if (a) {
            size_t firstDefault = a->args.size() - a->defaults.size();
            for (size_t i = 0; i < a->args.size(); ++i) {
                out += " " + a->args[i].name;
                if (i >= firstDefault) out += "=", expr(a->defaults[i - firstDefault].get());
            }
            if (a->vararg) out += " *" + a->vararg->name;
            else if (!a->kwonlyargs.empty()) out += " *";
            for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
                out += " " + a->kwonlyargs[i].name;
                if (i < a->kwDefaults.size() && a->kwDefaults[i]) out += "=", expr(a->kwDefaults[i].get());
            }
            if (a->kwarg) out += " **" + a->kwarg->name;
        }
        out += ")";
    }
    void constant(const Expr& e) {
        switch (e.constKind) {
            case ast::ConstantKind::None: out += "None"; return;
            case ast::ConstantKind::True: out += "True"; return;
            case ast::ConstantKind::False: out += "False"; return;
            case ast::ConstantKind::Ellipsis: out += "..."; return;
            case ast::ConstantKind::Int: out += std::to_string(e.intValue); return;
            case ast::ConstantKind::Float: out += floatText(e.floatValue); return;
            case ast::ConstantKind::Str: out += quote(e.strValue); return;
        }
    }
    void comp(const char* head, const Expr& e) {
        open(head);
        if (e.kind == ExprKind::DictComp) sp(), expr(e.left.get());
        sp(), expr(e.value.get());
        for (const auto& g : e.generators) {
            out += g.isAsync ? " (async-for " : " (for ";
            expr(g.target.get()), sp(), expr(g.iter.get());
            for (const auto& c : g.ifs) out += " (if ", expr(c.get()), out += ")";
            out += ")";
        }
        close();
    }
};

}  // namespace

std::string dumpAst(const ast::Module& module) {
    Dumper d;
    for (size_t i = 0; i < module.body.size(); ++i) {
        if (i) d.out += "\n";
        d.stmt(*module.body[i]);
    }
    return d.out;
}

std::string dumpExpr(const ast::Expr& expr) {
    Dumper d;
    d.expr(&expr);
    return d.out;
}

std::string dumpStmt(const ast::Stmt& stmt) {
    Dumper d;
    d.stmt(stmt);
    return d.out;
}

}  // namespace il::script
