// The parser's driver: token access, error reporting, recovery and the public entry point.

#include "engine/script/parser.hpp"

#include <algorithm>

#include "engine/script/lexer.hpp"
#include "engine/script/parser_impl.hpp"
#include "engine/script/validate.hpp"

namespace il::script {

namespace detail {

namespace {

constexpr int kMaxDepth = 200;
constexpr size_t kMaxErrors = 20;

}  // namespace

Parser::Parser(const SourceFile& source, std::vector<Token> tokens, std::vector<Diagnostic>* diags)
    : m_source(source), m_tokens(std::move(tokens)), m_diags(diags) {
    if (m_tokens.empty() || m_tokens.back().kind != TokenKind::EndOfFile) m_tokens.emplace_back();
}

Parser::DepthGuard::DepthGuard(Parser& p, const Token& at) : m_parser(p) {
    if (++m_parser.m_depth > kMaxDepth) {
        // Unwinding runs the destructors of the guards below, which restore the counter.
        --m_parser.m_depth;
        m_parser.fail(at, "too deeply nested", "split the expression into smaller steps with variables");
    }
}

const Token& Parser::tok(size_t k) const {
    size_t i = m_pos + k;
    return i < m_tokens.size() ? m_tokens[i] : m_tokens.back();
}

const Token& Parser::cur() {
    const Token& t = tok();
    if (t.kind == TokenKind::Error) {
        ParseError e;
        e.diag.line = t.span.line;
        e.diag.col = t.span.col;
        e.diag.message = t.text;
        e.diag.hint = t.hint;
        e.fromLexer = true;
        throw e;
    }
    return t;
}

bool Parser::accept(TokenKind kind) {
    if (cur().kind != kind) return false;
    advance();
    return true;
}

const Token& Parser::advance() {
    const Token& t = tok();
    if (m_pos < m_tokens.size() - 1) ++m_pos;
    return t;
}

const Token& Parser::expect(TokenKind kind, const std::string& message, const std::string& hint) {
    if (cur().kind != kind) fail(cur(), message, hint);
    return advance();
}

void Parser::fail(const Token& at, std::string message, std::string hint) {
    Span s = at.span;
    // A missing token is reported where it should have been: right after the previous token
    // when the parser stopped at the end of the line.
    if ((at.kind == TokenKind::Newline || at.kind == TokenKind::EndOfFile) && m_pos > 0 &&
        &at == &tok() && prev().kind != TokenKind::Newline && prev().kind != TokenKind::Dedent &&
        prev().kind != TokenKind::Indent) {
        s = {prev().span.endLine, prev().span.endCol, prev().span.endLine, prev().span.endCol};
    }
    failAt(s, std::move(message), std::move(hint));
}

void Parser::failAt(Span span, std::string message, std::string hint, bool keepPosition) {
    ParseError e;
    e.diag.line = span.line;
    e.diag.col = span.col;
    if (m_fstringDepth > 0 && message.rfind("f-string", 0) != 0) message = "f-string: " + message;
    e.diag.message = std::move(message);
    e.diag.hint = std::move(hint);
    e.keepPosition = keepPosition;
    throw e;
}

Span Parser::spanFrom(const Span& start) const {
    const Token& last = prev();
    return {start.line, start.col, last.span.endLine, last.span.endCol};
}

// ---------------------------------------------------------------------------------------------
// Module and error recovery
// ---------------------------------------------------------------------------------------------

std::unique_ptr<ast::Module> Parser::parseFile() {
    auto module = std::make_unique<ast::Module>();
    module->fileName = m_source.name();
    parseStatements(module->body, true);
    return module;
}

namespace {

// Skips an INDENT ... DEDENT block (the body of a statement whose header was broken).
void skipBlock(Parser& p) {
    int level = 0;
    while (p.tok().kind != TokenKind::EndOfFile) {
        TokenKind k = p.advance().kind;
        if (k == TokenKind::Indent) ++level;
        if (k == TokenKind::Dedent && --level == 0) return;
    }
}

// CPython prefers an error found by the tokenizer later on the same logical line (an
// unterminated string, an invalid character...) to the parser's guess; do the same.
void preferLexerError(Parser& p, ParseError& e) {
    // The parser may report an error at an earlier expression than the token it stopped at
    // ("Perhaps you forgot a comma?"); the line it stopped on decides, as in CPython.
    uint32_t stoppedLine = std::max(e.diag.line, p.tok().span.line);
    for (size_t k = 0;; ++k) {
        const Token& t = p.tok(k);
        if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndOfFile) return;
        if (t.kind != TokenKind::Error) continue;
        // "'(' was never closed" wins only when the parser failed on a later line, as CPython.
        if (t.unclosedBracket && stoppedLine <= t.span.line) return;
        e.diag = {Severity::Error, t.span.line, t.span.col, t.text, t.hint};
        e.fromLexer = true;
        return;
    }
}

}  // namespace

void Parser::parseStatements(ast::StmtList& out, bool topLevel) {
    while (!m_stopped) {
        TokenKind k = tok().kind;
        if (k == TokenKind::EndOfFile) return;
        if (k == TokenKind::Dedent) {
            if (!topLevel) return;
            advance();
            continue;
        }
        size_t start = m_pos;
        try {
            parseStatement(out);
        } catch (ParseError& e) {
            if (!e.fromLexer && !e.keepPosition) preferLexerError(*this, e);
            if (e.diag.line != m_lastErrorLine || m_diags->empty()) {
                m_diags->push_back(e.diag);
                m_lastErrorLine = e.diag.line;
            }
            if (m_diags->size() >= kMaxErrors) {
                m_stopped = true;
                return;
            }
            if (e.keepPosition && m_pos != start) continue;
            // Skip the rest of the logical line, then the block it opens, if any.
            if (tok().kind == TokenKind::Indent) {
                skipBlock(*this);
                continue;
            }
            while (tok().kind != TokenKind::Newline && tok().kind != TokenKind::EndOfFile &&
                   tok().kind != TokenKind::Dedent) {
                advance();
            }
            if (tok().kind == TokenKind::Newline) advance();
            if (tok().kind == TokenKind::Indent) skipBlock(*this);
            if (m_pos == start) advance();  // always make progress
        }
    }
}

}  // namespace detail

ParseResult parseModule(const SourceFile& source) {
    ParseResult result;
    detail::Parser parser(source, tokenize(source), &result.diagnostics);
    auto module = parser.parseFile();
    if (!result.diagnostics.empty()) return result;
    validateModule(*module, &result.diagnostics);
    if (!result.diagnostics.empty()) return result;
    if (!module->body.empty()) {
        const ast::Stmt& first = *module->body.front();
        if (first.kind == ast::StmtKind::Expr && first.value->kind == ast::ExprKind::Constant &&
            first.value->constKind == ast::ConstantKind::Str) {
            module->docstring = first.value->strValue;
        }
    }
    result.module = std::move(module);
    return result;
}

}  // namespace il::script
