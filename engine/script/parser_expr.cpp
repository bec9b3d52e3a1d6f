// Expressions from the loosest binding to the tightest, following CPython's grammar:
// star_expressions > expression (lambda, if-else) > or > and > not > comparison > | > ^ > & >
// << >> > + - > * / // % @ > unary > ** > await > primary (attribute, call, subscript) > atom.

#include "engine/script/parser_impl.hpp"

namespace il::script::detail {

namespace {

// A left-associative chain longer than this builds a tree too deep for the passes that walk it.
constexpr int kMaxChain = 1000;

struct BinLevel {
    TokenKind token;
    ast::BinOpKind op;
};

const std::vector<std::vector<BinLevel>>& binaryLevels() {
    using B = ast::BinOpKind;
    using T = TokenKind;
    static const std::vector<std::vector<BinLevel>> levels{
        {{T::VBar, B::BitOr}},
        {{T::Circumflex, B::BitXor}},
        {{T::Amper, B::BitAnd}},
        {{T::LeftShift, B::LShift}, {T::RightShift, B::RShift}},
        {{T::Plus, B::Add}, {T::Minus, B::Sub}},
        {{T::Star, B::Mult}, {T::Slash, B::Div}, {T::DoubleSlash, B::FloorDiv}, {T::Percent, B::Mod},
         {T::At, B::MatMult}},
    };
    return levels;
}

constexpr uint64_t kInt64Limit = 9223372036854775808ULL;

}  // namespace

bool Parser::startsExpression(const Token& t) const {
    switch (t.kind) {
        case TokenKind::Name: case TokenKind::Int: case TokenKind::Float: case TokenKind::String:
        case TokenKind::FString: case TokenKind::LParen: case TokenKind::LBracket: case TokenKind::LBrace:
        case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde: case TokenKind::KwNot:
        case TokenKind::KwLambda: case TokenKind::KwAwait: case TokenKind::KwNone: case TokenKind::KwTrue:
        case TokenKind::KwFalse: case TokenKind::Ellipsis: case TokenKind::Star: case TokenKind::Error:
            return true;
        default:
            return false;
    }
}

// Two expressions side by side inside brackets: CPython 3.11 suggests the missing comma.
void Parser::checkMissingComma(const Expr& previous) {
    const Token& next = cur();
    if (next.depth == 0 || next.kind == TokenKind::Star || !startsExpression(next)) return;
    if (previous.kind == ExprKind::Name && (next.kind == TokenKind::String || next.kind == TokenKind::FString)) return;
    failAt(previous.span, "invalid syntax. Perhaps you forgot a comma?", "separate the items with commas");
}

ExprPtr Parser::parseStarExpressions(bool allowYield) {
    if (allowYield && at(TokenKind::KwYield)) return parseYield();
    Span start = cur().span;
    ExprPtr first = parseStarExpression();
    if (!at(TokenKind::Comma)) return first;
    auto tuple = make(ExprKind::Tuple, start);
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!startsExpression(cur())) break;
        tuple->elts.push_back(parseStarExpression());
    }
    tuple->span = spanFrom(start);
    return tuple;
}

ExprPtr Parser::parseStarExpression() {
    if (at(TokenKind::Star)) {
        Span start = advance().span;
        auto e = make(ExprKind::Starred, start);
        e->value = parseBinary(0);
        e->span = spanFrom(start);
        return e;
    }
    return parseNamedExpression();
}

ExprPtr Parser::parseNamedExpression() {
    if (at(TokenKind::Name) && tok(1).kind == TokenKind::ColonEqual) {
        fail(tok(1), "unsupported: assignment expressions ':=' (Interleave runs a subset of Python)",
             "assign the value on its own line first, then use the name");
    }
    ExprPtr e = parseExpression();
    if (at(TokenKind::ColonEqual)) {
        fail(cur(), "unsupported: assignment expressions ':=' (Interleave runs a subset of Python)",
             "assign the value on its own line first, then use the name");
    }
    return e;
}

ExprPtr Parser::parseExpression() {
    DepthGuard guard(*this, cur());
    if (at(TokenKind::KwLambda)) return parseLambda();
    ExprPtr body = parseDisjunction();
    if (!at(TokenKind::KwIf)) return body;
    advance();
    ExprPtr test = parseDisjunction();
    if (!at(TokenKind::KwElse)) {
        failAt(join(body->span, test->span), "expected 'else' after 'if' expression",
               "a conditional expression reads: A if CONDITION else B");
    }
    advance();
    ExprPtr orelse = parseExpression();
    auto e = make(ExprKind::IfExp, join(body->span, orelse->span));
    e->value = std::move(body);
    e->test = std::move(test);
    e->orelse = std::move(orelse);
    return e;
}

ExprPtr Parser::parseDisjunction() {
    ExprPtr first = parseConjunction();
    if (!at(TokenKind::KwOr)) return first;
    auto e = make(ExprKind::BoolOp, first->span);
    e->boolOp = ast::BoolOpKind::Or;
    e->elts.push_back(std::move(first));
    while (accept(TokenKind::KwOr)) e->elts.push_back(parseConjunction());
    e->span = join(e->span, e->elts.back()->span);
    return e;
}

ExprPtr Parser::parseConjunction() {
    ExprPtr first = parseInversion();
    if (!at(TokenKind::KwAnd)) return first;
    auto e = make(ExprKind::BoolOp, first->span);
    e->boolOp = ast::BoolOpKind::And;
    e->elts.push_back(std::move(first));
    while (accept(TokenKind::KwAnd)) e->elts.push_back(parseInversion());
    e->span = join(e->span, e->elts.back()->span);
    return e;
}

ExprPtr Parser::parseInversion() {
    if (!at(TokenKind::KwNot)) return parseComparison();
    DepthGuard guard(*this, cur());
    Span start = advance().span;
    auto e = make(ExprKind::UnaryOp, start);
    e->unaryOp = ast::UnaryOpKind::Not;
    e->value = parseInversion();
    e->span = join(start, e->value->span);
    return e;
}

ExprPtr Parser::parseComparison() {
    // `result` is the left operand until the first comparison operator, then the Compare node
    // that takes it as its `left` (one owner throughout, so nothing is used after a move).
    ExprPtr result = parseBinary(0);
    bool chained = false;
    while (true) {
        ast::CmpOpKind op;
        switch (cur().kind) {
            case TokenKind::Less: op = ast::CmpOpKind::Lt; break;
            case TokenKind::Greater: op = ast::CmpOpKind::Gt; break;
            case TokenKind::EqEqual: op = ast::CmpOpKind::Eq; break;
            case TokenKind::NotEqual: op = ast::CmpOpKind::NotEq; break;
            case TokenKind::LessEqual: op = ast::CmpOpKind::LtE; break;
            case TokenKind::GreaterEqual: op = ast::CmpOpKind::GtE; break;
            case TokenKind::KwIn: op = ast::CmpOpKind::In; break;
            case TokenKind::KwIs: op = ast::CmpOpKind::Is; break;
            case TokenKind::KwNot:
                if (tok(1).kind != TokenKind::KwIn) return result;
                op = ast::CmpOpKind::NotIn;
                advance();
                break;
            default:
                return result;
        }
        advance();
        if (op == ast::CmpOpKind::Is && accept(TokenKind::KwNot)) op = ast::CmpOpKind::IsNot;
        if (!chained) {
            ExprPtr cmp = make(ExprKind::Compare, result->span);
            cmp->left = std::move(result);
            result = std::move(cmp);
            chained = true;
        }
        result->cmpOps.push_back(op);
        result->elts.push_back(parseBinary(0));
        result->span = join(result->span, result->elts.back()->span);
        if (result->elts.size() > kMaxChain) fail(cur(), "too deeply nested", "split the comparison into steps");
    }
}

ExprPtr Parser::parseBinary(int level) {
    const auto& levels = binaryLevels();
    if (level >= static_cast<int>(levels.size())) return parseFactor();
    ExprPtr left = parseBinary(level + 1);
    int count = 0;
    while (true) {
        const BinLevel* match = nullptr;
        for (const auto& entry : levels[static_cast<size_t>(level)]) {
            if (cur().kind == entry.token) match = &entry;
        }
        if (!match) return left;
        advance();
        ExprPtr right = parseBinary(level + 1);
        auto e = make(ExprKind::BinOp, join(left->span, right->span));
        e->binOp = match->op;
        e->left = std::move(left);
        e->right = std::move(right);
        left = std::move(e);
        if (++count > kMaxChain) fail(cur(), "too deeply nested", "split the expression into smaller steps");
    }
}

ExprPtr Parser::parseFactor() {
    TokenKind k = cur().kind;
    if (k != TokenKind::Plus && k != TokenKind::Minus && k != TokenKind::Tilde) return parsePower();
    DepthGuard guard(*this, cur());
    Span start = advance().span;
    // -9223372036854775808 is the one int literal whose magnitude only fits when negated.
    if (k == TokenKind::Minus && tok().kind == TokenKind::Int && tok().intMagnitude == kInt64Limit) {
        TokenKind after = tok(1).kind;
        if (after != TokenKind::DoubleStar && after != TokenKind::Dot && after != TokenKind::LParen &&
            after != TokenKind::LBracket) {
            const Token& lit = advance();
            auto c = make(ExprKind::Constant, join(start, lit.span));
            c->constKind = ast::ConstantKind::Int;
            c->intValue = INT64_MIN;
            return c;
        }
    }
    auto e = make(ExprKind::UnaryOp, start);
    e->unaryOp = k == TokenKind::Plus ? ast::UnaryOpKind::UAdd
                 : k == TokenKind::Minus ? ast::UnaryOpKind::USub
                                         : ast::UnaryOpKind::Invert;
    e->value = parseFactor();
    e->span = join(start, e->value->span);
    return e;
}

ExprPtr Parser::parsePower() {
    ExprPtr base;
    if (at(TokenKind::KwAwait)) {
        DepthGuard guard(*this, cur());
        Span start = advance().span;
        base = make(ExprKind::Await, start);
        base->value = parsePrimary();
        base->span = join(start, base->value->span);
    } else {
        base = parsePrimary();
    }
    if (!at(TokenKind::DoubleStar)) return base;
    advance();
    ExprPtr exponent = parseFactor();
    auto e = make(ExprKind::BinOp, join(base->span, exponent->span));
    e->binOp = ast::BinOpKind::Pow;
    e->left = std::move(base);
    e->right = std::move(exponent);
    return e;
}

ExprPtr Parser::parsePrimary() {
    ExprPtr e = parseAtom();
    for (int count = 0;; ++count) {
        if (count > kMaxChain) fail(cur(), "too deeply nested", "split the expression into smaller steps");
        if (at(TokenKind::Dot)) {
            advance();
            const Token& name = expect(TokenKind::Name, "invalid syntax", "'.' must be followed by an attribute name");
            auto a = make(ExprKind::Attribute, join(e->span, name.span));
            a->value = std::move(e);
            a->strValue = name.text;
            e = std::move(a);
        } else if (at(TokenKind::LParen)) {
            DepthGuard guard(*this, cur());
            advance();
            auto c = make(ExprKind::Call, e->span);
            c->value = std::move(e);
            parseCallArguments(*c);
            c->span = join(c->span, prev().span);
            e = std::move(c);
        } else if (at(TokenKind::LBracket)) {
            DepthGuard guard(*this, cur());
            advance();
            auto s = make(ExprKind::Subscript, e->span);
            s->value = std::move(e);
            s->index = parseSubscriptIndex();
            if (!at(TokenKind::RBracket)) {
                checkMissingComma(*s->index);
                fail(cur(), "invalid syntax");
            }
            s->span = join(s->span, advance().span);
            e = std::move(s);
        } else {
            return e;
        }
    }
}

ExprPtr Parser::parseLambda() {
    Span start = advance().span;
    auto e = make(ExprKind::Lambda, start);
    e->arguments = parseParameters(TokenKind::Colon, false);
    expect(TokenKind::Colon, "expected ':'", "a lambda reads: lambda PARAMETERS: EXPRESSION");
    e->value = parseExpression();
    e->span = join(start, e->value->span);
    return e;
}

ExprPtr Parser::parseYield() {
    Span start = advance().span;
    if (accept(TokenKind::KwFrom)) {
        auto e = make(ExprKind::YieldFrom, start);
        e->value = parseExpression();
        e->span = join(start, e->value->span);
        return e;
    }
    auto e = make(ExprKind::Yield, start);
    if (startsExpression(cur())) {
        e->value = parseStarExpressions();
        checkNoStarredValue(*e->value);
    }
    e->span = spanFrom(start);
    return e;
}

ExprPtr Parser::parseTargetList(TargetContext ctx) {
    Span start = cur().span;
    auto one = [this]() -> ExprPtr {
        if (!at(TokenKind::Star)) return parseBinary(0);
        Span s = advance().span;
        auto e = make(ExprKind::Starred, s);
        e->value = parseBinary(0);
        e->span = join(s, e->value->span);
        return e;
    };
    ExprPtr first = one();
    ExprPtr target;
    if (!at(TokenKind::Comma)) {
        target = std::move(first);
    } else {
        target = make(ExprKind::Tuple, start);
        target->elts.push_back(std::move(first));
        while (accept(TokenKind::Comma)) {
            if (!startsExpression(cur())) break;
            target->elts.push_back(one());
        }
        target->span = spanFrom(start);
    }
    checkTarget(*target, ctx);
    return target;
}

}  // namespace il::script::detail
