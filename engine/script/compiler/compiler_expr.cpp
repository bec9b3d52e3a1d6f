// Code generation for expressions.

#include "engine/script/compiler/codegen.hpp"
#include "engine/vm/vm.hpp"

namespace il::compiler {

using namespace il::vm;
using ast::ExprKind;

namespace {

BinaryOp toBinaryOp(ast::BinOpKind k) {
    switch (k) {
    case ast::BinOpKind::Add: return BinaryOp::Add;
    case ast::BinOpKind::Sub: return BinaryOp::Sub;
    case ast::BinOpKind::Mult: return BinaryOp::Mul;
    case ast::BinOpKind::Div: return BinaryOp::TrueDiv;
    case ast::BinOpKind::FloorDiv: return BinaryOp::FloorDiv;
    case ast::BinOpKind::Mod: return BinaryOp::Mod;
    case ast::BinOpKind::Pow: return BinaryOp::Pow;
    case ast::BinOpKind::LShift: return BinaryOp::LShift;
    case ast::BinOpKind::RShift: return BinaryOp::RShift;
    case ast::BinOpKind::BitOr: return BinaryOp::Or;
    case ast::BinOpKind::BitXor: return BinaryOp::Xor;
    case ast::BinOpKind::BitAnd: return BinaryOp::And;
    case ast::BinOpKind::MatMult: return BinaryOp::MatMul;
    }
    return BinaryOp::Add;
}

bool hasStarred(const ast::ExprList& l) {
    for (auto& e : l)
        if (e->kind == ExprKind::Starred) return true;
    return false;
}

}  // namespace

uint32_t binaryOpArg(ast::BinOpKind k) { return uint32_t(toBinaryOp(k)); }

void Codegen::exprs(const ast::ExprList& l) {
    for (auto& e : l) expr(e.get());
}

bool Codegen::constantTuple(const ast::Expr& e, uint32_t& out) {
    std::vector<Value> items;
    for (auto& x : e.elts) {
        if (x->kind != ExprKind::Constant) return false;
        switch (x->constKind) {
        case ast::ConstantKind::None: items.push_back(Value::none()); break;
        case ast::ConstantKind::True: items.push_back(Value::boolean(true)); break;
        case ast::ConstantKind::False: items.push_back(Value::boolean(false)); break;
        case ast::ConstantKind::Int: items.push_back(Value::integer(x->intValue)); break;
        case ast::ConstantKind::Float: items.push_back(Value::real(x->floatValue)); break;
        case ast::ConstantKind::Str: items.push_back(Value::object(intern(x->strValue))); break;
        default: return false;
        }
    }
    auto* t = new TupleObject();
    t->cls = builtinTypes().tupleType;
    t->immortal = true;
    t->items = std::move(items);
    own(t);
    out = constIndex(Value::object(t));
    return true;
}

void Codegen::expr(const ast::Expr* e) {
    if (!e) {
        emit(Op::LOAD_CONST, constNone());
        return;
    }
    uint32_t savedLine = u->line;
    setLine(e->span.line);
    switch (e->kind) {
    case ExprKind::Constant:
        switch (e->constKind) {
        case ast::ConstantKind::None: emit(Op::LOAD_CONST, constNone()); break;
        case ast::ConstantKind::True: emit(Op::LOAD_CONST, constIndex(Value::boolean(true))); break;
        case ast::ConstantKind::False: emit(Op::LOAD_CONST, constIndex(Value::boolean(false))); break;
        case ast::ConstantKind::Int: emit(Op::LOAD_CONST, constInt(e->intValue)); break;
        case ast::ConstantKind::Float: emit(Op::LOAD_CONST, constFloat(e->floatValue)); break;
        case ast::ConstantKind::Str: emit(Op::LOAD_CONST, constStr(e->strValue)); break;
        case ast::ConstantKind::Ellipsis: emit(Op::LOAD_CONST, constIndex(builtinTypes().ellipsis)); break;
        }
        break;
    case ExprKind::JoinedStr: joinedStr(*e); break;
    case ExprKind::FormattedValue: {
        expr(e->value.get());
        uint32_t flags = 0;
        if (e->conversion == 's') flags = 1;
        else if (e->conversion == 'r') flags = 2;
        else if (e->conversion == 'a') flags = 3;
        if (e->formatSpec) {
            expr(e->formatSpec.get());
            flags |= kFvHasSpec;
        }
        emit(Op::FORMAT_VALUE, flags);
        break;
    }
    case ExprKind::Name: loadName(e->strValue); break;
    case ExprKind::Attribute:
        expr(e->value.get());
        setLine(e->span.line);
        emit(Op::LOAD_ATTR, nameIdx(e->strValue));
        break;
    case ExprKind::Subscript:
        expr(e->value.get());
        expr(e->index.get());
        setLine(e->span.line);
        emit(Op::BINARY_SUBSCR);
        break;
    case ExprKind::Slice: {
        expr(e->lower.get());
        expr(e->upper.get());
        if (e->step) {
            expr(e->step.get());
            emit(Op::BUILD_SLICE, 3);
        } else {
            emit(Op::BUILD_SLICE, 2);
        }
        break;
    }
    case ExprKind::Starred: expr(e->value.get()); break;  // only reached in invalid trees
    case ExprKind::Call: call(*e); break;
    case ExprKind::BinOp:
        expr(e->left.get());
        expr(e->right.get());
        setLine(e->span.line);
        emit(Op::BINARY_OP, uint32_t(toBinaryOp(e->binOp)));
        break;
    case ExprKind::UnaryOp:
        expr(e->value.get());
        switch (e->unaryOp) {
        case ast::UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
        case ast::UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
        case ast::UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
        case ast::UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        }
        break;
    case ExprKind::BoolOp: boolOp(*e); break;
    case ExprKind::Compare: compare(*e); break;
    case ExprKind::IfExp: {
        Label orelse = newLabel(), end = newLabel();
        condJump(e->test.get(), false, orelse);
        expr(e->value.get());
        emitJump(Op::JUMP, end);
        bind(orelse);
        expr(e->orelse.get());
        bind(end);
        break;
    }
    case ExprKind::Lambda: lambda(*e); break;
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Set: collection(*e); break;
    case ExprKind::Dict: dictDisplay(*e); break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: comprehension(*e); break;
    case ExprKind::Yield:
        expr(e->value.get());
        emit(Op::YIELD_VALUE);
        break;
    case ExprKind::YieldFrom:
        expr(e->value.get());
        emit(Op::GET_YIELD_FROM_ITER);
        emit(Op::LOAD_CONST, constNone());
        emit(Op::YIELD_FROM);
        break;
    case ExprKind::Await:
        expr(e->value.get());
        emit(Op::GET_AWAITABLE);
        emit(Op::LOAD_CONST, constNone());
        emit(Op::YIELD_FROM);
        break;
    }
    u->line = savedLine;
}

void Codegen::condJump(const ast::Expr* e, bool jumpIf, Label target) {
    if (e->kind == ExprKind::UnaryOp && e->unaryOp == ast::UnaryOpKind::Not) {
        condJump(e->value.get(), !jumpIf, target);
        return;
    }
    if (e->kind == ExprKind::BoolOp) {
        bool isAnd = e->boolOp == ast::BoolOpKind::And;
        if (isAnd != jumpIf) {
            // and + jump-if-false / or + jump-if-true: any operand decides.
            for (auto& v : e->elts) condJump(v.get(), jumpIf, target);
        } else {
            Label skip = newLabel();
            for (size_t i = 0; i + 1 < e->elts.size(); ++i) condJump(e->elts[i].get(), !jumpIf, skip);
            condJump(e->elts.back().get(), jumpIf, target);
            bind(skip);
        }
        return;
    }
    expr(e);
    emitJump(jumpIf ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

void Codegen::boolOp(const ast::Expr& e) {
    Label end = newLabel();
    Op jump = e.boolOp == ast::BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i < e.elts.size(); ++i) {
        expr(e.elts[i].get());
        if (i + 1 < e.elts.size()) emitJump(jump, end);
    }
    bind(end);
}

static void emitCompare(Codegen& g, ast::CmpOpKind k) {
    switch (k) {
    case ast::CmpOpKind::Eq: g.emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq)); break;
    case ast::CmpOpKind::NotEq: g.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ne)); break;
    case ast::CmpOpKind::Lt: g.emit(Op::COMPARE_OP, uint32_t(CmpOp::Lt)); break;
    case ast::CmpOpKind::LtE: g.emit(Op::COMPARE_OP, uint32_t(CmpOp::Le)); break;
    case ast::CmpOpKind::Gt: g.emit(Op::COMPARE_OP, uint32_t(CmpOp::Gt)); break;
    case ast::CmpOpKind::GtE: g.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge)); break;
    case ast::CmpOpKind::Is: g.emit(Op::IS_OP, 0); break;
    case ast::CmpOpKind::IsNot: g.emit(Op::IS_OP, 1); break;
    case ast::CmpOpKind::In: g.emit(Op::CONTAINS_OP, 0); break;
    case ast::CmpOpKind::NotIn: g.emit(Op::CONTAINS_OP, 1); break;
    }
}

void Codegen::compare(const ast::Expr& e) {
    expr(e.left.get());
    size_t n = e.cmpOps.size();
    if (n == 1) {
        expr(e.elts[0].get());
        setLine(e.span.line);
        emitCompare(*this, e.cmpOps[0]);
        return;
    }
    Label cleanup = newLabel(), end = newLabel();
    for (size_t i = 0; i < n; ++i) {
        expr(e.elts[i].get());
        if (i + 1 < n) {
            emit(Op::DUP_TOP);
            emit(Op::ROT_THREE);
            emitCompare(*this, e.cmpOps[i]);
            emitJump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
        } else {
            emitCompare(*this, e.cmpOps[i]);
        }
    }
    emitJump(Op::JUMP, end);
    bind(cleanup);
    emit(Op::ROT_TWO);
    emit(Op::POP_TOP);
    bind(end);
}

void Codegen::call(const ast::Expr& e) {
    bool starred = hasStarred(e.elts);
    bool doubleStar = false;
    for (auto& k : e.keywords) doubleStar |= k.name.empty();
    const ast::Expr* f = e.value ? e.value.get() : e.left.get();
    if (!f) f = e.test.get();
    if (!starred && !doubleStar && e.keywords.empty() && f->kind == ExprKind::Attribute) {
        expr(f->value.get());
        setLine(f->span.endLine ? f->span.line : e.span.line);
        emit(Op::LOAD_METHOD, nameIdx(f->strValue));
        exprs(e.elts);
        setLine(e.span.line);
        emit(Op::CALL_METHOD, uint32_t(e.elts.size()));
        return;
    }
    expr(f);
    if (!starred && !doubleStar) {
        exprs(e.elts);
        setLine(e.span.line);
        if (e.keywords.empty()) {
            emit(Op::CALL, uint32_t(e.elts.size()));
            return;
        }
        std::vector<Value> names;
        for (auto& k : e.keywords) {
            expr(k.value.get());
            names.push_back(Value::object(intern(k.name)));
        }
        auto* t = new TupleObject();
        t->cls = builtinTypes().tupleType;
        t->immortal = true;
        t->items = std::move(names);
        own(t);
        emit(Op::LOAD_CONST, constIndex(Value::object(t)));
        setLine(e.span.line);
        emit(Op::CALL_KW, uint32_t(e.elts.size() + e.keywords.size()));
        return;
    }
    emit(Op::BUILD_LIST, 0);
    for (auto& a : e.elts) {
        if (a->kind == ExprKind::Starred) {
            expr(a->value.get());
            emit(Op::LIST_EXTEND, 1);
        } else {
            expr(a.get());
            emit(Op::LIST_APPEND, 1);
        }
    }
    emit(Op::LIST_TO_TUPLE);
    uint32_t flags = 0;
    if (!e.keywords.empty()) {
        flags = 1;
        emit(Op::BUILD_MAP, 0);
        for (auto& k : e.keywords) {
            if (k.name.empty()) {
                expr(k.value.get());
                emit(Op::DICT_MERGE, 1);
            } else {
                emit(Op::LOAD_CONST, constStr(k.name));
                expr(k.value.get());
                emit(Op::MAP_ADD, 1);
            }
        }
    }
    setLine(e.span.line);
    emit(Op::CALL_EX, flags);
}

void Codegen::collection(const ast::Expr& e) {
    bool starred = hasStarred(e.elts);
    if (e.kind == ExprKind::Tuple && !starred && !e.elts.empty()) {
        uint32_t k;
        if (constantTuple(e, k)) {
            emit(Op::LOAD_CONST, k);
            return;
        }
    }
    if (!starred) {
        exprs(e.elts);
        Op op = e.kind == ExprKind::List ? Op::BUILD_LIST
                : e.kind == ExprKind::Tuple ? Op::BUILD_TUPLE : Op::BUILD_SET;
        emit(op, uint32_t(e.elts.size()));
        return;
    }
    bool isSet = e.kind == ExprKind::Set;
    emit(isSet ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (auto& x : e.elts) {
        if (x->kind == ExprKind::Starred) {
            expr(x->value.get());
            emit(isSet ? Op::SET_UPDATE : Op::LIST_EXTEND, 1);
        } else {
            expr(x.get());
            emit(isSet ? Op::SET_ADD : Op::LIST_APPEND, 1);
        }
    }
    if (e.kind == ExprKind::Tuple) emit(Op::LIST_TO_TUPLE);
}

void Codegen::dictDisplay(const ast::Expr& e) {
    bool doubleStar = false;
    for (auto& k : e.keys) doubleStar |= !k;
    if (!doubleStar) {
        for (size_t i = 0; i < e.keys.size(); ++i) {
            expr(e.keys[i].get());
            expr(e.elts[i].get());
        }
        emit(Op::BUILD_MAP, uint32_t(e.keys.size()));
        return;
    }
    emit(Op::BUILD_MAP, 0);
    for (size_t i = 0; i < e.keys.size(); ++i) {
        if (!e.keys[i]) {
            expr(e.elts[i].get());
            emit(Op::DICT_UPDATE, 1);
        } else {
            expr(e.keys[i].get());
            expr(e.elts[i].get());
            emit(Op::MAP_ADD, 1);
        }
    }
}

void Codegen::joinedStr(const ast::Expr& e) {
    if (e.elts.size() == 1 && e.elts[0]->kind == ExprKind::FormattedValue) {
        expr(e.elts[0].get());
        return;
    }
    if (e.elts.empty()) {
        emit(Op::LOAD_CONST, constStr(""));
        return;
    }
    exprs(e.elts);
    emit(Op::BUILD_STRING, uint32_t(e.elts.size()));
}

}  // namespace il::compiler
