#pragma once
// Tokens produced by the lexer and consumed by the parser. Keywords and operators each get their
// own kind so the parser compares enums, never strings. Problems found while lexing become
// `Error` tokens carrying the message, so the parser reports them in source order together with
// its own errors (and can skip the rest of a broken line).

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/script/ast.hpp"

namespace il::script {

enum class TokenKind : uint8_t {
    EndOfFile,  // after the last NEWLINE and DEDENTs
    Newline,    // end of a logical line
    Indent,     // the logical line is indented deeper than the previous one
    Dedent,     // one per closed indentation level
    Name,       // identifier (including the soft keywords match, case, _)
    Int,        // integer literal; magnitude in Token::intMagnitude
    Float,      // float literal; value in Token::floatValue
    String,     // str literal; decoded value in Token::text
    FString,    // f-string; raw body (between the quotes) in Token::text
    Error,      // a lexing problem: message in Token::text, optional hint in Token::hint

    // Keywords (hard keywords of Python 3.11).
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass,
    KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal,
    KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn,
    KwTry, KwWhile, KwWith, KwYield,

    // Delimiters and operators.
    LParen, RParen, LBracket, RBracket, LBrace, RBrace, Colon, Comma, Semi, Dot, Ellipsis,
    Arrow, ColonEqual, Equal,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, At, LeftShift, RightShift,
    Amper, VBar, Circumflex, Tilde,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinusEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
    DoubleStarEqual, AtEqual, LeftShiftEqual, RightShiftEqual, AmperEqual, VBarEqual,
    CircumflexEqual,
};

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    ast::Span span;
    // Name: the identifier. String: the decoded value. FString: the raw body. Error: the message.
    // Operators and keywords: their spelling.
    std::string text;
    std::string hint;             // Error only: how to fix it (may be empty)
    uint64_t intMagnitude = 0;    // Int: value, at most 2^63 (2^63 is only valid after unary '-')
    double floatValue = 0.0;      // Float
    uint32_t offset = 0;          // byte offset of the token's first character
    uint32_t bodyOffset = 0;      // FString: byte offset of the body's first character
    uint32_t bodyLine = 0;        // FString: line/col of the body's first character
    uint32_t bodyCol = 0;
    uint16_t depth = 0;           // bracket nesting depth where the token starts
    bool isRaw = false;           // FString: r prefix (backslashes are literal)
    bool unclosedBracket = false; // Error: "'(' was never closed" reported at end of file
};

// tokenKindName() is the spelling used in messages: "'('", "NEWLINE", "name", ...
[[nodiscard]] std::string_view tokenKindName(TokenKind kind);

// keywordKind() returns the keyword kind for `word`, or TokenKind::Name if it is not a keyword.
[[nodiscard]] TokenKind keywordKind(std::string_view word);

// isAugAssign() is true for += -= ... and returns the operator in `op`.
[[nodiscard]] bool isAugAssign(TokenKind kind, ast::BinOpKind* op = nullptr);

}  // namespace il::script
