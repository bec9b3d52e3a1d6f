// Assignment targets: which expressions can be assigned to or deleted, and CPython's wording
// when one cannot ("cannot assign to function call", "cannot delete literal", ...).

#include "engine/script/parser_impl.hpp"

namespace il::script::detail {

std::string exprDescription(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp:
        case ExprKind::BinOp:
        case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield:
        case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr:
        case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::Slice: return "slice";
        case ExprKind::Constant:
            switch (e.constKind) {
                case ast::ConstantKind::None: return "None";
                case ast::ConstantKind::True: return "True";
                case ast::ConstantKind::False: return "False";
                case ast::ConstantKind::Ellipsis: return "ellipsis";
                default: return "literal";
            }
    }
    return "expression";
}

namespace {

const Expr* findInvalid(const Expr& e, TargetContext ctx) {
    switch (e.kind) {
        case ExprKind::Name:
        case ExprKind::Attribute:
        case ExprKind::Subscript:
            return nullptr;
        case ExprKind::Starred:
            return ctx == TargetContext::Delete ? &e : findInvalid(*e.value, ctx);
        case ExprKind::Tuple:
        case ExprKind::List:
            for (const auto& elt : e.elts) {
                if (const Expr* bad = findInvalid(*elt, ctx)) return bad;
            }
            return nullptr;
        default:
            return &e;
    }
}

// At most one starred name per tuple/list pattern, at every level.
const Expr* findDoubleStar(const Expr& e) {
    if (e.kind == ExprKind::Starred) return findDoubleStar(*e.value);
    if (e.kind != ExprKind::Tuple && e.kind != ExprKind::List) return nullptr;
    int stars = 0;
    for (const auto& elt : e.elts) {
        if (elt->kind == ExprKind::Starred) ++stars;
        if (const Expr* bad = findDoubleStar(*elt)) return bad;
    }
    return stars > 1 ? &e : nullptr;
}

const char* kTargetHint = "only a name, an attribute (a.b), a subscript (a[i]) or a tuple or list of them can be assigned to";

}  // namespace

void Parser::checkTarget(const Expr& target, TargetContext ctx) {
    if (ctx == TargetContext::AugAssign) {
        if (target.kind != ExprKind::Name && target.kind != ExprKind::Attribute && target.kind != ExprKind::Subscript) {
            failAt(target.span, "'" + exprDescription(target) + "' is an illegal expression for augmented assignment",
                   "augmented assignment (+= and friends) needs a single name, attribute or subscript");
        }
        return;
    }
    if (const Expr* bad = findInvalid(target, ctx)) {
        bool assign = ctx == TargetContext::Assign || ctx == TargetContext::AssignSingle;
        if (assign && (bad->kind == ExprKind::Yield || bad->kind == ExprKind::YieldFrom)) {
            failAt(bad->span, "assignment to yield expression not possible", kTargetHint);
        }
        std::string message =
            (ctx == TargetContext::Delete ? "cannot delete " : "cannot assign to ") + exprDescription(*bad);
        bool keywordConstant = bad->kind == ExprKind::Constant && bad->constKind != ast::ConstantKind::Int &&
                               bad->constKind != ast::ConstantKind::Float && bad->constKind != ast::ConstantKind::Str;
        if (ctx == TargetContext::AssignSingle && bad == &target && !keywordConstant) {
            message += " here. Maybe you meant '==' instead of '='?";
        }
        failAt(bad->span, message,
               ctx == TargetContext::Delete ? "only names, attributes, subscripts and slices can be deleted"
                                            : kTargetHint);
    }
    if (ctx == TargetContext::Delete) return;
    if (target.kind == ExprKind::Starred) {
        failAt(target.span, "starred assignment target must be in a list or tuple", "write it as: *rest, = items");
    }
    if (const Expr* bad = findDoubleStar(target)) {
        failAt(bad->span, "multiple starred expressions in assignment", "only one name in a pattern can take the rest");
    }
}

void Parser::checkNoStarredValue(const Expr& value) {
    if (value.kind == ExprKind::Starred) {
        failAt(value.span, "can't use starred expression here", "a starred value must be part of a tuple: *a, b");
    }
}

}  // namespace il::script::detail
