#include "engine/script/token.hpp"

#include <array>
#include <utility>

namespace il::script {

namespace {

struct KeywordEntry {
    std::string_view word;
    TokenKind kind;
};

constexpr std::array<KeywordEntry, 35> kKeywords{{
    {"False", TokenKind::KwFalse},     {"None", TokenKind::KwNone},
    {"True", TokenKind::KwTrue},       {"and", TokenKind::KwAnd},
    {"as", TokenKind::KwAs},           {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync},     {"await", TokenKind::KwAwait},
    {"break", TokenKind::KwBreak},     {"class", TokenKind::KwClass},
    {"continue", TokenKind::KwContinue}, {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel},         {"elif", TokenKind::KwElif},
    {"else", TokenKind::KwElse},       {"except", TokenKind::KwExcept},
    {"finally", TokenKind::KwFinally}, {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom},       {"global", TokenKind::KwGlobal},
    {"if", TokenKind::KwIf},           {"import", TokenKind::KwImport},
    {"in", TokenKind::KwIn},           {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda},   {"nonlocal", TokenKind::KwNonlocal},
    {"not", TokenKind::KwNot},         {"or", TokenKind::KwOr},
    {"pass", TokenKind::KwPass},       {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn},   {"try", TokenKind::KwTry},
    {"while", TokenKind::KwWhile},     {"with", TokenKind::KwWith},
    {"yield", TokenKind::KwYield},
}};

struct OpName {
    TokenKind kind;
    std::string_view name;
};

constexpr std::array<OpName, 58> kOpNames{{
    {TokenKind::LParen, "'('"}, {TokenKind::RParen, "')'"}, {TokenKind::LBracket, "'['"},
    {TokenKind::RBracket, "']'"}, {TokenKind::LBrace, "'{'"}, {TokenKind::RBrace, "'}'"},
    {TokenKind::Colon, "':'"}, {TokenKind::Comma, "','"}, {TokenKind::Semi, "';'"},
    {TokenKind::Dot, "'.'"}, {TokenKind::Ellipsis, "'...'"}, {TokenKind::Arrow, "'->'"},
    {TokenKind::ColonEqual, "':='"}, {TokenKind::Equal, "'='"}, {TokenKind::Plus, "'+'"},
    {TokenKind::Minus, "'-'"}, {TokenKind::Star, "'*'"}, {TokenKind::Slash, "'/'"},
    {TokenKind::DoubleSlash, "'//'"}, {TokenKind::Percent, "'%'"},
    {TokenKind::DoubleStar, "'**'"}, {TokenKind::At, "'@'"}, {TokenKind::LeftShift, "'<<'"},
    {TokenKind::RightShift, "'>>'"}, {TokenKind::Amper, "'&'"}, {TokenKind::VBar, "'|'"},
    {TokenKind::Circumflex, "'^'"}, {TokenKind::Tilde, "'~'"}, {TokenKind::Less, "'<'"},
    {TokenKind::Greater, "'>'"}, {TokenKind::EqEqual, "'=='"}, {TokenKind::NotEqual, "'!='"},
    {TokenKind::LessEqual, "'<='"}, {TokenKind::GreaterEqual, "'>='"},
    {TokenKind::PlusEqual, "'+='"}, {TokenKind::MinusEqual, "'-='"},
    {TokenKind::StarEqual, "'*='"}, {TokenKind::SlashEqual, "'/='"},
    {TokenKind::DoubleSlashEqual, "'//='"}, {TokenKind::PercentEqual, "'%='"},
    {TokenKind::DoubleStarEqual, "'**='"}, {TokenKind::AtEqual, "'@='"},
    {TokenKind::LeftShiftEqual, "'<<='"}, {TokenKind::RightShiftEqual, "'>>='"},
    {TokenKind::AmperEqual, "'&='"}, {TokenKind::VBarEqual, "'|='"},
    {TokenKind::CircumflexEqual, "'^='"}, {TokenKind::EndOfFile, "end of file"},
    {TokenKind::Newline, "end of line"}, {TokenKind::Indent, "indent"},
    {TokenKind::Dedent, "dedent"}, {TokenKind::Name, "name"}, {TokenKind::Int, "number"},
    {TokenKind::Float, "number"}, {TokenKind::String, "string"}, {TokenKind::FString, "f-string"},
    {TokenKind::Error, "error"}, {TokenKind::Ellipsis, "'...'"},
}};

constexpr std::array<std::pair<TokenKind, ast::BinOpKind>, 13> kAugOps{{
    {TokenKind::PlusEqual, ast::BinOpKind::Add},
    {TokenKind::MinusEqual, ast::BinOpKind::Sub},
    {TokenKind::StarEqual, ast::BinOpKind::Mult},
    {TokenKind::SlashEqual, ast::BinOpKind::Div},
    {TokenKind::DoubleSlashEqual, ast::BinOpKind::FloorDiv},
    {TokenKind::PercentEqual, ast::BinOpKind::Mod},
    {TokenKind::DoubleStarEqual, ast::BinOpKind::Pow},
    {TokenKind::AtEqual, ast::BinOpKind::MatMult},
    {TokenKind::LeftShiftEqual, ast::BinOpKind::LShift},
    {TokenKind::RightShiftEqual, ast::BinOpKind::RShift},
    {TokenKind::AmperEqual, ast::BinOpKind::BitAnd},
    {TokenKind::VBarEqual, ast::BinOpKind::BitOr},
    {TokenKind::CircumflexEqual, ast::BinOpKind::BitXor},
}};

}  // namespace

std::string_view tokenKindName(TokenKind kind) {
    for (const auto& e : kOpNames) {
        if (e.kind == kind) return e.name;
    }
    for (const auto& e : kKeywords) {
        if (e.kind == kind) return e.word;
    }
    return "token";
}

TokenKind keywordKind(std::string_view word) {
    // Cheap filter first: most names are not keywords, and every keyword is 2-8 letters that
    // start with a lowercase letter or F/N/T.
    if (word.size() < 2 || word.size() > 8) return TokenKind::Name;
    char c = word[0];
    if (!((c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T')) return TokenKind::Name;
    for (const auto& e : kKeywords) {
        if (e.word == word) return e.kind;
    }
    return TokenKind::Name;
}

bool isAugAssign(TokenKind kind, ast::BinOpKind* op) {
    for (const auto& [k, o] : kAugOps) {
        if (k == kind) {
            if (op) *op = o;
            return true;
        }
    }
    return false;
}

}  // namespace il::script
