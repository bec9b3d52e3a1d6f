#pragma once
// Internal to the lexer (lexer.cpp: layout, names, operators, brackets; lexer_literals.cpp:
// numbers and strings). Not part of the public API.

#include <string>
#include <string_view>
#include <vector>

#include "engine/script/token.hpp"

namespace il::script::detail {

class LexerImpl {
public:
    LexerImpl(std::string_view text, uint32_t line, uint32_t col, uint32_t offset, bool fstringExpr);
    std::vector<Token> run();

private:
    struct Bracket {
        char ch;
        uint32_t line, col, offset;
    };
    // One indentation level: `col` counts tabs to the next multiple of 8, `alt` counts them as 1;
    // CPython reports a TabError when the two orders disagree. A phantom level was pushed to
    // recover from a bad unindent and closes without a DEDENT.
    struct Level {
        uint32_t col, alt;
        bool phantom;
    };
    struct Mark {
        size_t pos;
        uint32_t line, col;
    };

    // Character access and movement.
    [[nodiscard]] char peekc(size_t k = 0) const {
        return m_pos + k < m_text.size() ? m_text[m_pos + k] : '\0';
    }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] bool atNewline() const { return peekc() == '\n' || (peekc() == '\r' && peekc(1) == '\n'); }
    [[nodiscard]] Mark mark() const { return {m_pos, m_line, m_col}; }
    void bump();

    // Token output.
    Token& push(TokenKind kind, const Mark& start);
    void error(const Mark& at, std::string message, std::string hint = {});

    // Scanners.
    void lexLineStart();
    void lexNewline();
    void lexBackslash();
    void lexNameOrString();
    void lexOperator();
    void lexNumber();
    void lexString(const Mark& start, std::string_view prefix);
    void finishAtEof();

    // Helpers for lexNumber.
    bool scanDigits(bool (*isDigit)(char), const char* kindName);
    void checkNumberEnd(const Mark& start, const char* kindName);

    std::string_view m_text;
    size_t m_pos = 0;
    uint32_t m_line = 1;
    uint32_t m_col = 1;
    uint32_t m_baseOffset = 0;
    bool m_fstringExpr = false;
    bool m_atLineStart = true;
    bool m_lineHasTokens = false;
    std::vector<Token> m_tokens;
    std::vector<Bracket> m_brackets;
    std::vector<Level> m_levels;
};

}  // namespace il::script::detail
