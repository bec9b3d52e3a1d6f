// Atoms and everything in brackets: parenthesised expressions, tuples, lists, dicts, sets,
// comprehensions, generator expressions, call arguments and subscripts.

#include "engine/script/parser_impl.hpp"

namespace il::script::detail {

namespace {

constexpr uint64_t kInt64Limit = 9223372036854775808ULL;

bool atFor(Parser& p) {
    return p.at(TokenKind::KwFor) || (p.at(TokenKind::KwAsync) && p.tok(1).kind == TokenKind::KwFor);
}

// `*x` or a named expression: an element of a display.
ExprPtr parseElement(Parser& p) {
    if (p.at(TokenKind::Star)) return p.parseStarExpression();
    return p.parseNamedExpression();
}

// After an element of a display: either the closer, or an error that says what is wrong.
void expectCloser(Parser& p, TokenKind closer, const Expr& last) {
    if (p.at(closer)) return;
    p.checkMissingComma(last);
    p.fail(p.cur(), "invalid syntax");
}

void rejectStarredElement(Parser& p, const Expr& elt) {
    if (elt.kind == ExprKind::Starred) {
        p.failAt(elt.span, "iterable unpacking cannot be used in comprehension",
                 "unpack the items in a loop, or use a display like [*a, *b]");
    }
}

}  // namespace

ExprPtr Parser::parseAtom() {
    const Token& t = cur();
    switch (t.kind) {
        case TokenKind::Name: {
            auto e = make(ExprKind::Name, t.span);
            e->strValue = t.text;
            advance();
            return e;
        }
        case TokenKind::KwNone:
        case TokenKind::KwTrue:
        case TokenKind::KwFalse:
        case TokenKind::Ellipsis: {
            auto e = make(ExprKind::Constant, t.span);
            e->constKind = t.kind == TokenKind::KwNone   ? ast::ConstantKind::None
                           : t.kind == TokenKind::KwTrue  ? ast::ConstantKind::True
                           : t.kind == TokenKind::KwFalse ? ast::ConstantKind::False
                                                          : ast::ConstantKind::Ellipsis;
            advance();
            return e;
        }
        case TokenKind::Int: {
            if (t.intMagnitude >= kInt64Limit) {
                fail(t, "integer literal too large (Interleave ints are 64-bit)", "the largest int is 9223372036854775807");
            }
            auto e = make(ExprKind::Constant, t.span);
            e->constKind = ast::ConstantKind::Int;
            e->intValue = static_cast<int64_t>(t.intMagnitude);
            advance();
            return e;
        }
        case TokenKind::Float: {
            auto e = make(ExprKind::Constant, t.span);
            e->constKind = ast::ConstantKind::Float;
            e->floatValue = t.floatValue;
            advance();
            return e;
        }
        case TokenKind::String:
        case TokenKind::FString:
            return parseStrings();
        case TokenKind::LParen: return parseParenthesized();
        case TokenKind::LBracket: return parseListDisplay();
        case TokenKind::LBrace: return parseBraceDisplay();
        default:
            fail(t, "invalid syntax");
    }
}

ExprPtr Parser::parseParenthesized() {
    Span start = advance().span;
    if (at(TokenKind::RParen)) {
        auto e = make(ExprKind::Tuple, join(start, advance().span));
        return e;
    }
    if (at(TokenKind::KwYield)) {
        ExprPtr y = parseYield();
        expect(TokenKind::RParen, "invalid syntax");
        return y;
    }
    ExprPtr first = parseElement(*this);
    if (atFor(*this)) {
        rejectStarredElement(*this, *first);
        auto g = make(ExprKind::GeneratorExp, start);
        g->value = std::move(first);
        parseComprehensionClauses(g->generators);
        expectCloser(*this, TokenKind::RParen, *g->value);
        g->span = join(start, advance().span);
        return g;
    }
    if (at(TokenKind::RParen)) {
        if (first->kind == ExprKind::Starred) {
            failAt(first->span, "cannot use starred expression here", "a starred item needs a tuple: (*a,)");
        }
        advance();
        return first;  // a parenthesised expression keeps its own span, as in CPython
    }
    auto tuple = make(ExprKind::Tuple, start);
    tuple->elts.push_back(std::move(first));
    while (true) {
        if (!at(TokenKind::Comma)) {
            expectCloser(*this, TokenKind::RParen, *tuple->elts.back());
            break;
        }
        advance();
        if (at(TokenKind::RParen)) break;
        tuple->elts.push_back(parseElement(*this));
    }
    tuple->span = join(start, advance().span);
    return tuple;
}

ExprPtr Parser::parseListDisplay() {
    Span start = advance().span;
    if (at(TokenKind::RBracket)) return make(ExprKind::List, join(start, advance().span));
    ExprPtr first = parseElement(*this);
    if (atFor(*this)) {
        rejectStarredElement(*this, *first);
        auto c = make(ExprKind::ListComp, start);
        c->value = std::move(first);
        parseComprehensionClauses(c->generators);
        expectCloser(*this, TokenKind::RBracket, *c->value);
        c->span = join(start, advance().span);
        return c;
    }
    auto list = make(ExprKind::List, start);
    list->elts.push_back(std::move(first));
    while (true) {
        if (!at(TokenKind::Comma)) {
            expectCloser(*this, TokenKind::RBracket, *list->elts.back());
            break;
        }
        advance();
        if (at(TokenKind::RBracket)) break;
        list->elts.push_back(parseElement(*this));
    }
    list->span = join(start, advance().span);
    return list;
}

ExprPtr Parser::parseBraceDisplay() {
    Span start = advance().span;
    if (at(TokenKind::RBrace)) return make(ExprKind::Dict, join(start, advance().span));

    // The first item decides: `k: v` or `**m` makes a dict, anything else a set.
    bool isDict = at(TokenKind::DoubleStar);
    ExprPtr firstKey;
    ExprPtr firstValue;
    if (isDict) {
        advance();
        firstValue = parseBinary(0);
    } else {
        firstKey = parseElement(*this);
        if (firstKey->kind != ExprKind::Starred && accept(TokenKind::Colon)) {
            isDict = true;
            firstValue = parseExpression();
        }
    }
    if (!isDict) {
        if (atFor(*this)) {
            rejectStarredElement(*this, *firstKey);
            auto c = make(ExprKind::SetComp, start);
            c->value = std::move(firstKey);
            parseComprehensionClauses(c->generators);
            expectCloser(*this, TokenKind::RBrace, *c->value);
            c->span = join(start, advance().span);
            return c;
        }
        auto set = make(ExprKind::Set, start);
        set->elts.push_back(std::move(firstKey));
        while (true) {
            if (!at(TokenKind::Comma)) {
                expectCloser(*this, TokenKind::RBrace, *set->elts.back());
                break;
            }
            advance();
            if (at(TokenKind::RBrace)) break;
            set->elts.push_back(parseElement(*this));
        }
        set->span = join(start, advance().span);
        return set;
    }
    if (firstKey && atFor(*this)) {
        auto c = make(ExprKind::DictComp, start);
        c->left = std::move(firstKey);
        c->value = std::move(firstValue);
        parseComprehensionClauses(c->generators);
        expectCloser(*this, TokenKind::RBrace, *c->value);
        c->span = join(start, advance().span);
        return c;
    }
    if (!firstKey && atFor(*this)) {
        fail(cur(), "dict unpacking cannot be used in dict comprehension", "use {k: v for k, v in m.items()}");
    }
    auto dict = make(ExprKind::Dict, start);
    dict->keys.push_back(std::move(firstKey));
    dict->elts.push_back(std::move(firstValue));
    while (true) {
        if (!at(TokenKind::Comma)) {
            expectCloser(*this, TokenKind::RBrace, *dict->elts.back());
            break;
        }
        advance();
        if (at(TokenKind::RBrace)) break;
        if (accept(TokenKind::DoubleStar)) {
            dict->keys.push_back(nullptr);
            dict->elts.push_back(parseBinary(0));
            continue;
        }
        ExprPtr key = parseExpression();
        if (!at(TokenKind::Colon)) fail(cur(), "':' expected after dictionary key", "a dict item reads KEY: VALUE");
        advance();
        dict->keys.push_back(std::move(key));
        dict->elts.push_back(parseExpression());
    }
    dict->span = join(start, advance().span);
    return dict;
}

void Parser::parseComprehensionClauses(std::vector<ast::Comprehension>& out) {
    while (atFor(*this)) {
        ast::Comprehension c;
        c.isAsync = accept(TokenKind::KwAsync);
        advance();  // 'for'
        c.target = parseTargetList(TargetContext::Comprehension);
        expect(TokenKind::KwIn, "invalid syntax", "a comprehension reads: [EXPR for NAME in ITERABLE]");
        c.iter = parseDisjunction();
        while (accept(TokenKind::KwIf)) c.ifs.push_back(parseDisjunction());
        out.push_back(std::move(c));
    }
}

void Parser::parseCallArguments(Expr& call) {
    bool seenKeyword = false;
    bool seenDoubleStar = false;
    const Expr* last = nullptr;
    while (!at(TokenKind::RParen)) {
        Span start = cur().span;
        if (accept(TokenKind::Star)) {
            auto s = make(ExprKind::Starred, start);
            s->value = parseExpression();
            s->span = join(start, s->value->span);
            if (seenDoubleStar) {
                failAt(s->span, "iterable argument unpacking follows keyword argument unpacking",
                       "put *args before **kwargs");
            }
            call.elts.push_back(std::move(s));
            last = call.elts.back().get();
        } else if (accept(TokenKind::DoubleStar)) {
            ast::Keyword k;
            k.value = parseExpression();
            k.span = join(start, k.value->span);
            call.keywords.push_back(std::move(k));
            seenDoubleStar = true;
            last = call.keywords.back().value.get();
        } else if (at(TokenKind::Name) && tok(1).kind == TokenKind::Equal) {
            ast::Keyword k;
            k.name = advance().text;
            advance();
            k.value = parseExpression();
            k.span = join(start, k.value->span);
            for (const auto& other : call.keywords) {
                if (other.name == k.name) failAt(k.span, "keyword argument repeated: " + k.name);
            }
            call.keywords.push_back(std::move(k));
            seenKeyword = true;
            last = call.keywords.back().value.get();
        } else {
            ExprPtr arg = parseNamedExpression();
            if (at(TokenKind::Equal)) {
                failAt(arg->span, "expression cannot contain assignment, perhaps you meant \"==\"?",
                       "a keyword argument must be a plain name: f(name=value)");
            }
            if (atFor(*this)) {
                auto g = make(ExprKind::GeneratorExp, arg->span);
                g->value = std::move(arg);
                parseComprehensionClauses(g->generators);
                g->span = spanFrom(g->span);
                bool alone = call.elts.empty() && call.keywords.empty() &&
                             (at(TokenKind::RParen) || (at(TokenKind::Comma) && tok(1).kind == TokenKind::RParen));
                if (!alone) {
                    failAt(g->span, "Generator expression must be parenthesized",
                           "put the generator expression in its own parentheses");
                }
                arg = std::move(g);
            }
            if (seenDoubleStar || seenKeyword) {
                failAt(arg->span, seenDoubleStar ? "positional argument follows keyword argument unpacking"
                                                 : "positional argument follows keyword argument",
                       "put positional arguments before keyword arguments");
            }
            call.elts.push_back(std::move(arg));
            last = call.elts.back().get();
        }
        if (!accept(TokenKind::Comma)) break;
    }
    if (last) expectCloser(*this, TokenKind::RParen, *last);
    expect(TokenKind::RParen, "invalid syntax");
}

ExprPtr Parser::parseSubscriptIndex() {
    Span start = cur().span;
    ExprPtr first = parseSliceItem();
    if (!at(TokenKind::Comma)) return first;
    auto tuple = make(ExprKind::Tuple, start);
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBracket)) break;
        tuple->elts.push_back(parseSliceItem());
    }
    tuple->span = spanFrom(start);
    return tuple;
}

ExprPtr Parser::parseSliceItem() {
    if (at(TokenKind::Star)) return parseStarExpression();
    Span start = cur().span;
    ExprPtr lower;
    if (!at(TokenKind::Colon)) {
        lower = parseNamedExpression();
        if (!at(TokenKind::Colon)) return lower;
    }
    advance();  // ':'
    auto s = make(ExprKind::Slice, start);
    s->lower = std::move(lower);
    auto ends = [this]() { return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RBracket); };
    if (!ends()) s->upper = parseExpression();
    if (accept(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RBracket)) s->step = parseExpression();
    s->span = spanFrom(start);
    return s;
}

}  // namespace il::script::detail
