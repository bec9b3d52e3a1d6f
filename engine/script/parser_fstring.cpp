// String literals: implicit concatenation ("a" "b" f"{c}") and f-strings. The lexer hands over an
// f-string's raw body; here it is split into literal text and replacement fields
// `{expr!conv:spec}`. Each field's expression is lexed and parsed on its own, starting at its
// real line and column, so diagnostics inside an f-string point at the right character.

#include <cctype>

#include "engine/script/lexer.hpp"
#include "engine/script/parser_impl.hpp"
#include "engine/script/string_escapes.hpp"
#include "engine/script/utf8_scan.hpp"

namespace il::script::detail {

namespace {

constexpr int kMaxFieldBrackets = 200;

// Appends literal text, merging it into a preceding Constant so that "a" f"b{x}c" "d" gives
// JoinedStr[Constant("ab"), FormattedValue(x), Constant("cd")], as in CPython.
void addLiteral(ast::ExprList& parts, std::string text, Span span) {
    if (text.empty()) return;
    if (!parts.empty() && parts.back()->kind == ExprKind::Constant) {
        parts.back()->strValue += text;
        parts.back()->span = Parser::join(parts.back()->span, span);
        return;
    }
    auto c = Parser::make(ExprKind::Constant, span);
    c->constKind = ast::ConstantKind::Str;
    c->strValue = std::move(text);
    parts.push_back(std::move(c));
}

class FStringScanner {
public:
    FStringScanner(Parser& parser, const Token& tok)
        : m_parser(parser), m_tok(tok), m_body(tok.text), m_cachePos{tok.bodyLine, tok.bodyCol} {}

    // Parses body[begin, end) into literal parts and fields; `nest` is 1 inside a format spec.
    void parseParts(size_t begin, size_t end, ast::ExprList& parts, int nest) {
        size_t seg = begin;
        size_t i = begin;
        while (i < end) {
            char c = m_body[i];
            if (c == '\\' && !m_tok.isRaw) {
                // "\{" keeps its backslash and still opens a field, as in CPython 3.11.
                bool brace = i + 1 < end && (m_body[i + 1] == '{' || m_body[i + 1] == '}');
                i += brace ? 1 : 2;
                continue;
            }
            if (c == '{' || c == '}') {
                bool doubled = i + 1 < end && m_body[i + 1] == c;
                if (doubled) {
                    flush(seg, i + 1, parts);
                    i += 2;
                    seg = i;
                    continue;
                }
                if (c == '}') fail(i, "f-string: single '}' is not allowed", "write '}}' for a literal brace");
                flush(seg, i, parts);
                i = parseField(i, end, parts, nest);
                seg = i;
                continue;
            }
            ++i;
        }
        flush(seg, std::min(i, end), parts);
    }

private:
    utf8::Position posAt(size_t i) {
        if (i < m_cacheIdx) {
            m_cacheIdx = 0;
            m_cachePos = {m_tok.bodyLine, m_tok.bodyCol};
        }
        m_cachePos = utf8::advance(m_body.substr(m_cacheIdx, i - m_cacheIdx), m_cachePos);
        m_cacheIdx = i;
        return m_cachePos;
    }
    Span spanOf(size_t a, size_t b) {
        utf8::Position pa = posAt(a);
        utf8::Position pb = posAt(b);
        return {pa.line, pa.col, pb.line, pb.col};
    }
    [[noreturn]] void fail(size_t i, std::string message, std::string hint = {}) {
        i = std::min(i, m_body.size());
        m_parser.failAt(spanOf(i, i), std::move(message), std::move(hint));
    }

    void flush(size_t a, size_t b, ast::ExprList& parts) {
        if (a >= b) return;
        std::string text;
        if (auto err = decodeBody(m_body.substr(a, b - a), m_tok.isRaw, text)) {
            fail(a + err->offset, err->message, err->hint);
        }
        addLiteral(parts, std::move(text), spanOf(a, b));
    }

    // Finds where the expression of the field opened at `open` ends: at '}', '!', ':' or a
    // debugging '=' outside any bracket or string.
    size_t scanExpression(size_t open, size_t end) {
        std::string stack;
        std::vector<size_t> stackPos;
        size_t j = open + 1;
        while (true) {
            if (j >= end && !stack.empty()) {
                // Usually a string inside the field used the f-string's own quote and ended it.
                fail(stackPos.back(), std::string("f-string: unmatched '") + stack.back() + "'",
                     "inside an f-string, write strings with the other kind of quote: f\"{d['key']}\"");
            }
            if (j >= end) fail(j, "f-string: expecting '}'", "close the replacement field with '}'");
            char c = m_body[j];
            char next = j + 1 < end ? m_body[j + 1] : '\0';
            if (c == '\\') {
                fail(j, "f-string expression part cannot include a backslash",
                     "compute the value in a variable before the f-string");
            }
            if (c == '#') fail(j, "f-string expression part cannot include '#'");
            if (c == '\'' || c == '"') {
                bool triple = next == c && j + 2 < end && m_body[j + 2] == c;
                size_t q = triple ? 3 : 1;
                size_t k = m_body.find(std::string(q, c), j + q);
                if (k == std::string_view::npos || k + q > end) fail(j, "f-string: unterminated string");
                size_t slash = m_body.find('\\', j);
                if (slash < k) {
                    fail(slash, "f-string expression part cannot include a backslash",
                         "compute the value in a variable before the f-string");
                }
                j = k + q;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                stack.push_back(c);
                stackPos.push_back(j);
                if (static_cast<int>(stack.size()) > kMaxFieldBrackets) fail(j, "f-string: too many nested parentheses");
            } else if (c == ')' || c == ']' || c == '}') {
                if (stack.empty()) {
                    if (c == '}') return j;
                    fail(j, std::string("f-string: unmatched '") + c + "'");
                }
                char open2 = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (stack.back() != open2) {
                    fail(j, std::string("f-string: closing parenthesis '") + c + "' does not match opening parenthesis '" +
                                stack.back() + "'");
                }
                stack.pop_back();
                stackPos.pop_back();
            } else if (stack.empty()) {
                char before = j > open + 1 ? m_body[j - 1] : '\0';
                if (c == '!' && next != '=') return j;
                if (c == ':') return j;
                if (c == '=' && next != '=' && before != '=' && before != '!' && before != '<' && before != '>') return j;
            }
            ++j;
        }
    }

    size_t parseField(size_t open, size_t end, ast::ExprList& parts, int nest) {
        if (nest >= 2) fail(open, "f-string: expressions nested too deeply", "compute the inner value in a variable first");
        size_t exprStart = open + 1;
        size_t j = scanExpression(open, end);
        std::string_view exprText = m_body.substr(exprStart, j - exprStart);
        bool blank = true;
        for (char ch : exprText) blank &= std::isspace(static_cast<unsigned char>(ch)) != 0;
        if (blank) {
            fail(open, "f-string: empty expression not allowed",
                 "put an expression between the braces, or write '{{' for a literal brace");
        }
        std::string debugText;
        if (m_body[j] == '=') {
            ++j;
            while (j < end && std::isspace(static_cast<unsigned char>(m_body[j]))) ++j;
            debugText = std::string(m_body.substr(exprStart, j - exprStart));
        }
        char conversion = 0;
        if (j < end && m_body[j] == '!') {
            ++j;
            char c = j < end ? m_body[j] : '\0';
            if (c != 's' && c != 'r' && c != 'a') {
                fail(j, "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                     "write !r for repr(), !s for str() or !a for ascii()");
            }
            conversion = c;
            ++j;
        }
        ExprPtr spec;
        if (j < end && m_body[j] == ':') {
            size_t specStart = ++j;
            int depth = 0;
            while (j < end && !(m_body[j] == '}' && depth == 0)) {
                if (m_body[j] == '{') ++depth;
                if (m_body[j] == '}') --depth;
                ++j;
            }
            if (j >= end) fail(j, "f-string: expecting '}'", "close the replacement field with '}'");
            spec = Parser::make(ExprKind::JoinedStr, spanOf(specStart, j));
            parseParts(specStart, j, spec->elts, nest + 1);
        }
        if (j >= end || m_body[j] != '}') fail(j, "f-string: expecting '}'", "close the replacement field with '}'");
        ++j;

        utf8::Position p = posAt(exprStart);
        Parser sub(m_parser.m_source,
                   tokenizeFStringExpr(exprText, p.line, p.col, m_tok.bodyOffset + static_cast<uint32_t>(exprStart)),
                   m_parser.m_diags);
        sub.m_fstringDepth = m_parser.m_fstringDepth + 1;
        sub.m_depth = m_parser.m_depth + 1;
        ExprPtr value = sub.parseFStringExpr(nest);

        if (!debugText.empty()) {
            addLiteral(parts, debugText, spanOf(exprStart, exprStart + debugText.size()));
            if (conversion == 0 && !spec) conversion = 'r';  // f"{x=}" shows repr(x)
        }
        auto fv = Parser::make(ExprKind::FormattedValue, spanOf(open, j));
        fv->value = std::move(value);
        fv->conversion = conversion;
        fv->formatSpec = std::move(spec);
        parts.push_back(std::move(fv));
        return j;
    }

    Parser& m_parser;
    const Token& m_tok;
    std::string_view m_body;
    size_t m_cacheIdx = 0;
    utf8::Position m_cachePos;
};

}  // namespace

ExprPtr Parser::parseStrings() {
    Span start = cur().span;
    std::vector<size_t> indices;
    bool anyF = false;
    while (cur().kind == TokenKind::String || cur().kind == TokenKind::FString) {
        anyF |= tok().kind == TokenKind::FString;
        indices.push_back(m_pos);
        advance();
    }
    Span span = spanFrom(start);
    if (!anyF) {
        auto c = make(ExprKind::Constant, span);
        c->constKind = ast::ConstantKind::Str;
        for (size_t i : indices) c->strValue += m_tokens[i].text;
        return c;
    }
    auto joined = make(ExprKind::JoinedStr, span);
    for (size_t i : indices) {
        const Token& t = m_tokens[i];
        if (t.kind == TokenKind::String) {
            addLiteral(joined->elts, t.text, t.span);
        } else {
            FStringScanner(*this, t).parseParts(0, t.text.size(), joined->elts, 0);
        }
    }
    return joined;
}

ExprPtr Parser::parseFStringExpr(int /*depth*/) {
    ExprPtr e = at(TokenKind::KwYield) ? parseYield() : parseStarExpressions();
    checkNoStarredValue(*e);
    if (!at(TokenKind::EndOfFile)) fail(cur(), "invalid syntax");
    return e;
}

}  // namespace il::script::detail
