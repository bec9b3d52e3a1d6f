#pragma once
// Internal to the parser. The parser is recursive descent over the token vector, one file per
// responsibility: parser.cpp (driver, errors, recovery), parser_stmt.cpp (dispatch, blocks,
// simple statements), parser_compound.cpp (compound statements), parser_params.cpp (def/lambda
// parameters, imports), parser_expr.cpp (expressions), parser_atom.cpp (atoms, displays,
// comprehensions, calls), parser_target.cpp (assignment targets), parser_fstring.cpp (string
// concatenation and f-strings).
//
// Errors are thrown as ParseError and caught once per statement by the block loop, which
// records the diagnostic and skips to the next line at the same or lower indentation.

#include <memory>
#include <string>
#include <vector>

#include "engine/script/ast.hpp"
#include "engine/script/diagnostic.hpp"
#include "engine/script/source.hpp"
#include "engine/script/token.hpp"

namespace il::script::detail {

using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;
using ast::Span;
using ast::Stmt;
using ast::StmtKind;
using ast::StmtPtr;

struct ParseError {
    Diagnostic diag;
    bool fromLexer = false;     // the message of an Error token
    bool keepPosition = false;  // the error was found at the start of a good line: don't skip it
};

// Where an assignment target appears; decides the wording of "cannot assign to ..." errors.
enum class TargetContext : uint8_t { Assign, AssignSingle, AugAssign, Delete, For, With, Comprehension };

class Parser {
public:
    Parser(const SourceFile& source, std::vector<Token> tokens, std::vector<Diagnostic>* diags);

    // parseFile() parses a whole module, recording every error it recovers from.
    std::unique_ptr<ast::Module> parseFile();
    // parseFStringExpr() parses the token stream of an f-string replacement field (throws).
    ExprPtr parseFStringExpr(int depth);

    // ---- token access (parser.cpp) ----
    [[nodiscard]] const Token& tok(size_t k = 0) const;
    const Token& cur();  // the current token; throws its message if it is an Error token
    [[nodiscard]] const Token& prev() const { return m_tokens[m_pos == 0 ? 0 : m_pos - 1]; }
    bool at(TokenKind kind) { return cur().kind == kind; }
    bool accept(TokenKind kind);
    const Token& advance();
    const Token& expect(TokenKind kind, const std::string& message, const std::string& hint = {});
    [[noreturn]] void fail(const Token& at, std::string message, std::string hint = {});
    [[noreturn]] void failAt(Span span, std::string message, std::string hint = {}, bool keepPosition = false);
    [[nodiscard]] Span spanFrom(const Span& start) const;
    static Span join(const Span& a, const Span& b) { return {a.line, a.col, b.endLine, b.endCol}; }
    static ExprPtr make(ExprKind kind, Span span) { return std::make_unique<Expr>(kind, span); }

    // RAII nesting counter: a clear error instead of a stack overflow on absurd nesting.
    struct DepthGuard {
        DepthGuard(Parser& p, const Token& at);
        ~DepthGuard() { --m_parser.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
        Parser& m_parser;
    };

    // ---- statements (parser_stmt.cpp, parser_compound.cpp) ----
    void parseStatements(ast::StmtList& out, bool topLevel);
    void parseStatement(ast::StmtList& out);
    ast::StmtList parseBlock(const std::string& what, uint32_t headerLine);
    void parseSimpleStatements(ast::StmtList& out);
    StmtPtr parseSimpleStatement();
    StmtPtr parseExprStatement();
    StmtPtr parseCompound(ast::ExprList decorators);
    StmtPtr parseIf(bool isElif);
    StmtPtr parseWhile();
    StmtPtr parseFor(bool isAsync, const Token& start);
    StmtPtr parseTry();
    StmtPtr parseWith(bool isAsync, const Token& start);
    StmtPtr parseFunctionDef(ast::ExprList decorators, bool isAsync, const Token& start);
    StmtPtr parseClassDef(ast::ExprList decorators, const Token& start);
    void expectColon(const char* hint = nullptr);
    [[nodiscard]] bool looksLikeMatchStatement() const;

    // ---- parameters and imports (parser_params.cpp) ----
    std::unique_ptr<ast::Arguments> parseParameters(TokenKind closer, bool allowAnnotations);
    StmtPtr parseImport();
    StmtPtr parseFromImport();
    std::string parseDottedName();

    // ---- expressions (parser_expr.cpp) ----
    ExprPtr parseStarExpressions(bool allowYield = false);  // a, *b, c  (a Tuple if there is a comma)
    ExprPtr parseStarExpression();
    ExprPtr parseNamedExpression();
    ExprPtr parseExpression();
    ExprPtr parseDisjunction();
    ExprPtr parseConjunction();
    ExprPtr parseInversion();
    ExprPtr parseComparison();
    ExprPtr parseBinary(int level);
    ExprPtr parseFactor();
    ExprPtr parsePower();
    ExprPtr parsePrimary();
    ExprPtr parseLambda();
    ExprPtr parseYield();
    ExprPtr parseTargetList(TargetContext ctx);  // for-loop and comprehension targets
    [[nodiscard]] bool startsExpression(const Token& t) const;
    void checkMissingComma(const Expr& previous);

    // ---- atoms, displays, calls (parser_atom.cpp) ----
    ExprPtr parseAtom();
    ExprPtr parseParenthesized();
    ExprPtr parseListDisplay();
    ExprPtr parseBraceDisplay();
    void parseComprehensionClauses(std::vector<ast::Comprehension>& out);
    void parseCallArguments(Expr& call);
    ExprPtr parseSubscriptIndex();
    ExprPtr parseSliceItem();

    // ---- targets (parser_target.cpp) ----
    void checkTarget(const Expr& target, TargetContext ctx);
    void checkNoStarredValue(const Expr& value);

    // ---- strings and f-strings (parser_fstring.cpp) ----
    ExprPtr parseStrings();

    const SourceFile& m_source;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    std::vector<Diagnostic>* m_diags;
    int m_depth = 0;
    int m_fstringDepth = 0;  // > 0 while parsing an f-string's replacement field
    uint32_t m_lastErrorLine = 0;
    bool m_stopped = false;
};

// Names used in messages: "literal", "function call", "comparison", ...
[[nodiscard]] std::string exprDescription(const Expr& e);

}  // namespace il::script::detail
