// Statements: the statement dispatcher, blocks and simple statements. Compound statements
// (if, while, for, try, with, def, class) are in parser_compound.cpp.
//
// [SECTION] Dispatch and blocks
// [SECTION] Simple statements

#include "engine/script/parser_impl.hpp"

namespace il::script::detail {

namespace {

StmtPtr makeStmt(StmtKind kind, Span span) { return std::make_unique<Stmt>(kind, span); }

const char* kColonHint = "a compound statement's header ends with ':'";

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Dispatch and blocks
// ---------------------------------------------------------------------------------------------

void Parser::parseStatement(ast::StmtList& out) {
    const Token& t = cur();
    switch (t.kind) {
        case TokenKind::Indent:
            failAt(t.span, "unexpected indent",
                   "this line is indented more than the one before it, but does not start a block");
        case TokenKind::At: {
            ast::ExprList decorators;
            while (at(TokenKind::At)) {
                advance();
                decorators.push_back(parseNamedExpression());
                expect(TokenKind::Newline, "invalid syntax", "a decorator is '@' and an expression on its own line");
            }
            TokenKind k = cur().kind;
            if (k != TokenKind::KwDef && k != TokenKind::KwClass && k != TokenKind::KwAsync) {
                fail(cur(), "invalid syntax", "a decorator must be followed by a def or a class");
            }
            out.push_back(parseCompound(std::move(decorators)));
            return;
        }
        case TokenKind::KwIf:
        case TokenKind::KwWhile:
        case TokenKind::KwFor:
        case TokenKind::KwTry:
        case TokenKind::KwWith:
        case TokenKind::KwDef:
        case TokenKind::KwClass:
            out.push_back(parseCompound({}));
            return;
        case TokenKind::KwAsync:
            if (tok(1).kind == TokenKind::KwDef || tok(1).kind == TokenKind::KwFor ||
                tok(1).kind == TokenKind::KwWith) {
                out.push_back(parseCompound({}));
                return;
            }
            fail(t, "invalid syntax", "'async' goes before def, for or with");
        case TokenKind::KwElif:
        case TokenKind::KwElse:
        case TokenKind::KwExcept:
        case TokenKind::KwFinally:
            fail(t, "invalid syntax",
                 "'" + t.text + "' must line up with the 'if', 'for', 'while' or 'try' it belongs to");
        case TokenKind::Name:
            if (t.text == "match" && looksLikeMatchStatement()) {
                fail(t, "unsupported: match statements (Interleave runs a subset of Python)",
                     "use if/elif/else instead");
            }
            break;
        default:
            break;
    }
    parseSimpleStatements(out);
}

// `match` is a soft keyword: it starts a match statement only when followed by a subject and
// the logical line ends with ':'.
bool Parser::looksLikeMatchStatement() const {
    switch (tok(1).kind) {
        case TokenKind::Name: case TokenKind::Int: case TokenKind::Float: case TokenKind::String:
        case TokenKind::FString: case TokenKind::LParen: case TokenKind::LBracket: case TokenKind::LBrace:
        case TokenKind::Minus: case TokenKind::Star: case TokenKind::KwNone: case TokenKind::KwTrue:
        case TokenKind::KwFalse: case TokenKind::Tilde: case TokenKind::KwNot: case TokenKind::KwAwait:
            break;
        default:
            return false;
    }
    for (size_t k = 2;; ++k) {
        TokenKind kind = tok(k).kind;
        if (kind == TokenKind::Newline || kind == TokenKind::EndOfFile) return tok(k - 1).kind == TokenKind::Colon;
    }
}

ast::StmtList Parser::parseBlock(const std::string& what, uint32_t headerLine) {
    ast::StmtList body;
    if (!at(TokenKind::Newline)) {  // one-line body: `if x: y = 1`
        parseSimpleStatements(body);
        return body;
    }
    const Token& newline = advance();
    if (tok().kind != TokenKind::Indent) {
        // At the end of the file, point at the end of the header line, as CPython does.
        failAt(tok().kind == TokenKind::EndOfFile ? newline.span : tok().span, "expected an indented block after " + what + " on line " + std::to_string(headerLine),
               "indent the body of the block, e.g. with 4 spaces", true);
    }
    advance();
    parseStatements(body, false);
    if (tok().kind == TokenKind::Dedent) advance();
    return body;
}

void Parser::expectColon(const char* hint) {
    if (!at(TokenKind::Colon)) fail(cur(), "expected ':'", hint ? hint : kColonHint);
    advance();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Simple statements
// ---------------------------------------------------------------------------------------------

void Parser::parseSimpleStatements(ast::StmtList& out) {
    while (true) {
        out.push_back(parseSimpleStatement());
        if (accept(TokenKind::Semi)) {
            if (at(TokenKind::Newline)) break;
            continue;
        }
        if (!at(TokenKind::Newline)) fail(cur(), "invalid syntax");
        break;
    }
    advance();  // NEWLINE
}

StmtPtr Parser::parseSimpleStatement() {
    const Token& t = cur();
    Span start = t.span;
    switch (t.kind) {
        case TokenKind::KwPass:
        case TokenKind::KwBreak:
        case TokenKind::KwContinue: {
            StmtKind kind = t.kind == TokenKind::KwPass    ? StmtKind::Pass
                            : t.kind == TokenKind::KwBreak ? StmtKind::Break
                                                           : StmtKind::Continue;
            advance();
            return makeStmt(kind, start);
        }
        case TokenKind::KwReturn: {
            advance();
            auto s = makeStmt(StmtKind::Return, start);
            if (startsExpression(cur())) {
                s->value = parseStarExpressions();
                checkNoStarredValue(*s->value);
            }
            s->span = spanFrom(start);
            return s;
        }
        case TokenKind::KwRaise: {
            advance();
            auto s = makeStmt(StmtKind::Raise, start);
            if (startsExpression(cur())) {
                s->value = parseExpression();
                if (accept(TokenKind::KwFrom)) s->cause = parseExpression();
            }
            s->span = spanFrom(start);
            return s;
        }
        case TokenKind::KwGlobal:
        case TokenKind::KwNonlocal: {
            advance();
            auto s = makeStmt(t.kind == TokenKind::KwGlobal ? StmtKind::Global : StmtKind::Nonlocal, start);
            do {
                s->names.push_back(expect(TokenKind::Name, "invalid syntax", "list the names separated by commas").text);
            } while (accept(TokenKind::Comma));
            s->span = spanFrom(start);
            return s;
        }
        case TokenKind::KwDel: {
            advance();
            auto s = makeStmt(StmtKind::Delete, start);
            do {
                if (at(TokenKind::Newline) || at(TokenKind::Semi)) break;  // trailing comma
                ExprPtr target = parseBinary(0);
                checkTarget(*target, TargetContext::Delete);
                s->targets.push_back(std::move(target));
            } while (accept(TokenKind::Comma));
            if (s->targets.empty()) fail(cur(), "invalid syntax", "say what to delete: del NAME");
            s->span = spanFrom(start);
            return s;
        }
        case TokenKind::KwAssert: {
            advance();
            auto s = makeStmt(StmtKind::Assert, start);
            s->test = parseExpression();
            if (accept(TokenKind::Comma)) s->msg = parseExpression();
            s->span = spanFrom(start);
            return s;
        }
        case TokenKind::KwImport:
            return parseImport();
        case TokenKind::KwFrom:
            return parseFromImport();
        default:
            return parseExprStatement();
    }
}

// Expression statements and the three kinds of assignment.
StmtPtr Parser::parseExprStatement() {
    Span start = cur().span;
    ExprPtr first = parseStarExpressions(true);
    if (at(TokenKind::Colon)) {
        if (first->kind == ExprKind::Tuple || first->kind == ExprKind::List) {
            failAt(first->span, std::string("only single target (not ") +
                                    (first->kind == ExprKind::Tuple ? "tuple" : "list") + ") can be annotated");
        }
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript) {
            failAt(first->span, "illegal target for annotation");
        }
        advance();
        auto s = makeStmt(StmtKind::AnnAssign, start);
        s->target = std::move(first);
        s->annotation = parseExpression();
        if (accept(TokenKind::Equal)) {
            s->value = parseStarExpressions(true);
            checkNoStarredValue(*s->value);
        }
        s->span = spanFrom(start);
        return s;
    }
    ast::BinOpKind op{};
    if (isAugAssign(cur().kind, &op)) {
        checkTarget(*first, TargetContext::AugAssign);
        advance();
        auto s = makeStmt(StmtKind::AugAssign, start);
        s->target = std::move(first);
        s->op = op;
        s->value = parseStarExpressions(true);
        checkNoStarredValue(*s->value);
        s->span = spanFrom(start);
        return s;
    }
    if (at(TokenKind::Equal)) {
        ast::ExprList parts;
        parts.push_back(std::move(first));
        while (accept(TokenKind::Equal)) parts.push_back(parseStarExpressions(true));
        auto s = makeStmt(StmtKind::Assign, start);
        s->value = std::move(parts.back());
        parts.pop_back();
        TargetContext ctx = parts.size() == 1 ? TargetContext::AssignSingle : TargetContext::Assign;
        for (auto& target : parts) checkTarget(*target, ctx);
        checkNoStarredValue(*s->value);
        s->targets = std::move(parts);
        s->span = spanFrom(start);
        return s;
    }
    // `print "hi"`: the Python 2 statement a learner may have copied from an old tutorial.
    if (first->kind == ExprKind::Name && (first->strValue == "print" || first->strValue == "exec") &&
        startsExpression(cur())) {
        failAt(first->span,
               "Missing parentheses in call to '" + first->strValue + "'. Did you mean " + first->strValue + "(...)?",
               "in Python 3, " + first->strValue + " is a function: " + first->strValue + "(\"hello\")");
    }
    // `print >>f, "x"` parses in Python 3 but only fails when run; say what was meant now.
    const Expr* shifted = first->kind == ExprKind::Tuple && !first->elts.empty() ? first->elts[0].get() : first.get();
    if (shifted->kind == ExprKind::BinOp && shifted->binOp == ast::BinOpKind::RShift &&
        shifted->left->kind == ExprKind::Name && shifted->left->strValue == "print") {
        failAt(shifted->span, "Missing parentheses in call to 'print'. Did you mean print(..., file=...)?",
               "in Python 3, write print(\"text\", file=stream)");
    }
    checkNoStarredValue(*first);
    auto s = makeStmt(StmtKind::Expr, start);
    s->value = std::move(first);
    s->span = spanFrom(start);
    return s;
}

}  // namespace il::script::detail
