// Compound statements: if/elif/else, while, for, try, with, def and class. Each one's span runs
// from its first keyword to the end of its last body statement.

#include "engine/script/parser_impl.hpp"

namespace il::script::detail {

namespace {

StmtPtr makeStmt(StmtKind kind, Span span) { return std::make_unique<Stmt>(kind, span); }

// The end of a compound statement is the end of its last body statement.
Span endOfBody(const Span& start, const ast::StmtList& body) {
    if (body.empty()) return start;
    return Parser::join(start, body.back()->span);
}

}  // namespace

StmtPtr Parser::parseCompound(ast::ExprList decorators) {
    const Token& t = cur();
    switch (t.kind) {
        case TokenKind::KwIf: return parseIf(false);
        case TokenKind::KwWhile: return parseWhile();
        case TokenKind::KwFor: return parseFor(false, t);
        case TokenKind::KwTry: return parseTry();
        case TokenKind::KwWith: return parseWith(false, t);
        case TokenKind::KwDef: return parseFunctionDef(std::move(decorators), false, t);
        case TokenKind::KwClass: return parseClassDef(std::move(decorators), t);
        case TokenKind::KwAsync: {
            const Token& start = advance();
            if (at(TokenKind::KwDef)) return parseFunctionDef(std::move(decorators), true, start);
            if (!decorators.empty()) fail(cur(), "invalid syntax", "a decorator must be followed by a def or a class");
            if (at(TokenKind::KwFor)) return parseFor(true, start);
            if (at(TokenKind::KwWith)) return parseWith(true, start);
            fail(cur(), "invalid syntax", "'async' goes before def, for or with");
        }
        default:
            fail(t, "invalid syntax");
    }
}

namespace {

// `if x = 1:` is a common slip; CPython 3.11 explains it.
void checkNotAssignment(Parser& p, const Expr& test) {
    if (p.at(TokenKind::Equal)) {
        p.failAt(test.span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                 "'=' assigns; '==' compares");
    }
}

}  // namespace

StmtPtr Parser::parseIf(bool isElif) {
    const Token& kw = advance();
    Span start = kw.span;
    auto s = makeStmt(StmtKind::If, start);
    s->test = parseNamedExpression();
    checkNotAssignment(*this, *s->test);
    expectColon();
    s->body = parseBlock(isElif ? "'elif' statement" : "'if' statement", start.line);
    s->span = endOfBody(start, s->body);
    if (at(TokenKind::KwElif)) {
        s->orelse.push_back(parseIf(true));
    } else if (at(TokenKind::KwElse)) {
        uint32_t line = advance().span.line;
        expectColon();
        s->orelse = parseBlock("'else' statement", line);
    }
    s->span = endOfBody(s->span, s->orelse);
    return s;
}

StmtPtr Parser::parseWhile() {
    Span start = advance().span;
    auto s = makeStmt(StmtKind::While, start);
    s->test = parseNamedExpression();
    checkNotAssignment(*this, *s->test);
    expectColon();
    s->body = parseBlock("'while' statement", start.line);
    if (at(TokenKind::KwElse)) {
        uint32_t line = advance().span.line;
        expectColon();
        s->orelse = parseBlock("'else' statement", line);
    }
    s->span = endOfBody(endOfBody(start, s->body), s->orelse);
    return s;
}

StmtPtr Parser::parseFor(bool isAsync, const Token& startTok) {
    Span start = startTok.span;
    uint32_t line = cur().span.line;
    advance();  // 'for'
    auto s = makeStmt(StmtKind::For, start);
    s->isAsync = isAsync;
    s->target = parseTargetList(TargetContext::For);
    expect(TokenKind::KwIn, "invalid syntax", "a for loop reads: for NAME in ITERABLE:");
    s->iter = parseStarExpressions();
    expectColon();
    s->body = parseBlock("'for' statement", line);
    if (at(TokenKind::KwElse)) {
        uint32_t elseLine = advance().span.line;
        expectColon();
        s->orelse = parseBlock("'else' statement", elseLine);
    }
    s->span = endOfBody(endOfBody(start, s->body), s->orelse);
    return s;
}

StmtPtr Parser::parseTry() {
    Span start = advance().span;
    auto s = makeStmt(StmtKind::Try, start);
    expectColon();
    s->body = parseBlock("'try' statement", start.line);
    Span end = endOfBody(start, s->body);
    while (at(TokenKind::KwExcept)) {
        const Token& kw = advance();
        ast::ExceptHandler h;
        h.span = kw.span;
        if (at(TokenKind::Star)) {
            fail(cur(), "unsupported: except* (Interleave runs a subset of Python)",
                 "Interleave has no exception groups; use a plain except");
        }
        if (!s->handlers.empty() && !s->handlers.back().type) {
            failAt(s->handlers.back().span, "default 'except:' must be last",
                   "put the bare 'except:' after the clauses that name an exception type");
        }
        if (!at(TokenKind::Colon)) {
            h.type = parseExpression();
            if (at(TokenKind::Comma)) {
                failAt(h.type->span, "multiple exception types must be parenthesized",
                       "write except (TypeError, ValueError):");
            }
            if (accept(TokenKind::KwAs)) {
                h.name = expect(TokenKind::Name, "invalid syntax", "write: except TYPE as NAME:").text;
            }
        }
        expectColon();
        h.body = parseBlock("'except' statement", kw.span.line);
        end = endOfBody(h.span, h.body);
        h.span = end;
        s->handlers.push_back(std::move(h));
    }
    if (at(TokenKind::KwElse) && !s->handlers.empty()) {
        uint32_t line = advance().span.line;
        expectColon();
        s->orelse = parseBlock("'else' statement", line);
        end = endOfBody(end, s->orelse);
    }
    if (at(TokenKind::KwFinally)) {
        uint32_t line = advance().span.line;
        expectColon();
        s->finalbody = parseBlock("'finally' statement", line);
        end = endOfBody(end, s->finalbody);
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
        failAt(tok().span, "expected 'except' or 'finally' block",
               "a try block needs at least one except or finally clause at the same indentation", true);
    }
    s->span = join(start, end);
    return s;
}

StmtPtr Parser::parseWith(bool isAsync, const Token& startTok) {
    Span start = startTok.span;
    uint32_t line = cur().span.line;
    advance();  // 'with'
    auto s = makeStmt(StmtKind::With, start);
    s->isAsync = isAsync;
    auto parseItem = [this](std::vector<ast::WithItem>& items) {
        ast::WithItem item;
        item.contextExpr = parseExpression();
        if (accept(TokenKind::KwAs)) {
            item.target = parseBinary(0);
            checkTarget(*item.target, TargetContext::With);
        }
        items.push_back(std::move(item));
    };
    // `with (a as b, c as d):` is tried first; `with (a, b) as c:` falls back to the plain form.
    if (at(TokenKind::LParen)) {
        size_t save = m_pos;
        try {
            advance();
            std::vector<ast::WithItem> items;
            do {
                if (at(TokenKind::RParen)) break;
                parseItem(items);
            } while (accept(TokenKind::Comma));
            if (!items.empty() && accept(TokenKind::RParen) && at(TokenKind::Colon)) s->withItems = std::move(items);
        } catch (const ParseError&) {
        }
        if (s->withItems.empty()) m_pos = save;
    }
    if (s->withItems.empty()) {
        do {
            parseItem(s->withItems);
        } while (accept(TokenKind::Comma));
    }
    expectColon();
    s->body = parseBlock("'with' statement", line);
    s->span = endOfBody(start, s->body);
    return s;
}

StmtPtr Parser::parseFunctionDef(ast::ExprList decorators, bool isAsync, const Token& startTok) {
    Span start = startTok.span;
    uint32_t line = cur().span.line;
    advance();  // 'def'
    auto s = makeStmt(StmtKind::FunctionDef, start);
    s->isAsync = isAsync;
    s->decorators = std::move(decorators);
    s->name = expect(TokenKind::Name, "invalid syntax", "a function definition reads: def NAME(PARAMETERS):").text;
    expect(TokenKind::LParen, "expected '('", "a function definition reads: def NAME(PARAMETERS):");
    s->arguments = parseParameters(TokenKind::RParen, true);
    expect(TokenKind::RParen, "invalid syntax");
    if (accept(TokenKind::Arrow)) s->returns = parseExpression();
    expectColon();
    s->body = parseBlock("function definition", line);
    s->span = endOfBody(start, s->body);
    return s;
}

StmtPtr Parser::parseClassDef(ast::ExprList decorators, const Token& startTok) {
    Span start = startTok.span;
    advance();  // 'class'
    auto s = makeStmt(StmtKind::ClassDef, start);
    s->decorators = std::move(decorators);
    s->name = expect(TokenKind::Name, "invalid syntax", "a class definition reads: class NAME(BASES):").text;
    if (at(TokenKind::LParen)) {
        Expr call(ExprKind::Call, cur().span);
        advance();
        parseCallArguments(call);
        s->bases = std::move(call.elts);
        s->classKeywords = std::move(call.keywords);
    }
    expectColon();
    s->body = parseBlock("class definition", start.line);
    s->span = endOfBody(start, s->body);
    return s;
}

}  // namespace il::script::detail
