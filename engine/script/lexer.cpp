// The lexer's layout part: indentation, logical lines, names, operators and brackets. Numbers
// and strings are in lexer_literals.cpp.
//
// [SECTION] Driver
// [SECTION] Indentation and logical lines
// [SECTION] Names and operators

#include "engine/script/lexer.hpp"

#include <array>

#include "engine/script/lexer_impl.hpp"
#include "engine/script/utf8_scan.hpp"

namespace il::script {

namespace detail {

namespace {

constexpr size_t kMaxBrackets = 200;  // CPython's MAXLEVEL
constexpr size_t kMaxIndent = 100;    // CPython's MAXINDENT

struct OpSpelling {
    std::string_view text;
    TokenKind kind;
};

// Longest spellings first so the first match is the maximal munch.
constexpr std::array<OpSpelling, 47> kOperators{{
    {"**=", TokenKind::DoubleStarEqual}, {"//=", TokenKind::DoubleSlashEqual},
    {">>=", TokenKind::RightShiftEqual}, {"<<=", TokenKind::LeftShiftEqual},
    {"...", TokenKind::Ellipsis},        {"!=", TokenKind::NotEqual},
    {"==", TokenKind::EqEqual},          {"<=", TokenKind::LessEqual},
    {">=", TokenKind::GreaterEqual},     {"->", TokenKind::Arrow},
    {":=", TokenKind::ColonEqual},       {"**", TokenKind::DoubleStar},
    {"//", TokenKind::DoubleSlash},      {"<<", TokenKind::LeftShift},
    {">>", TokenKind::RightShift},       {"+=", TokenKind::PlusEqual},
    {"-=", TokenKind::MinusEqual},       {"*=", TokenKind::StarEqual},
    {"/=", TokenKind::SlashEqual},       {"%=", TokenKind::PercentEqual},
    {"&=", TokenKind::AmperEqual},       {"|=", TokenKind::VBarEqual},
    {"^=", TokenKind::CircumflexEqual},  {"@=", TokenKind::AtEqual},
    {"(", TokenKind::LParen},            {")", TokenKind::RParen},
    {"[", TokenKind::LBracket},          {"]", TokenKind::RBracket},
    {"{", TokenKind::LBrace},            {"}", TokenKind::RBrace},
    {":", TokenKind::Colon},             {",", TokenKind::Comma},
    {";", TokenKind::Semi},              {"+", TokenKind::Plus},
    {"-", TokenKind::Minus},             {"*", TokenKind::Star},
    {"/", TokenKind::Slash},             {"|", TokenKind::VBar},
    {"&", TokenKind::Amper},             {"<", TokenKind::Less},
    {">", TokenKind::Greater},           {"=", TokenKind::Equal},
    {".", TokenKind::Dot},               {"%", TokenKind::Percent},
    {"~", TokenKind::Tilde},             {"^", TokenKind::Circumflex},
    {"@", TokenKind::At},
}};

bool isNonPrintable(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || (cp >= 0x2000 && cp <= 0x200F) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool isValidPrefix(std::string_view p) {
    std::string lower;
    for (char c : p) lower += static_cast<char>(c | 0x20);
    return lower == "r" || lower == "u" || lower == "f" || lower == "b" || lower == "br" || lower == "rb" ||
           lower == "fr" || lower == "rf";
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Driver
// ---------------------------------------------------------------------------------------------

LexerImpl::LexerImpl(std::string_view text, uint32_t line, uint32_t col, uint32_t offset, bool fstringExpr)
    : m_text(text), m_line(line), m_col(col), m_baseOffset(offset), m_fstringExpr(fstringExpr) {
    m_levels.push_back({0, 0, false});
    m_atLineStart = !fstringExpr;
    m_tokens.reserve(text.size() / 3 + 8);  // typical code has a token every 3-5 bytes
}

void LexerImpl::bump() {
    auto c = static_cast<unsigned char>(m_text[m_pos]);
    if (c == '\n') {
        ++m_line;
        m_col = 1;
    } else if (!utf8::isContinuation(c) && c != '\r') {
        ++m_col;
    }
    ++m_pos;
}

Token& LexerImpl::push(TokenKind kind, const Mark& start) {
    Token& t = m_tokens.emplace_back();
    t.kind = kind;
    t.span = {start.line, start.col, m_line, m_col};
    t.offset = m_baseOffset + static_cast<uint32_t>(start.pos);
    t.depth = static_cast<uint16_t>(m_brackets.size());
    if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent) {
        m_lineHasTokens = true;
    }
    return t;
}

void LexerImpl::error(const Mark& at, std::string message, std::string hint) {
    Token& t = m_tokens.emplace_back();
    t.kind = TokenKind::Error;
    t.span = {at.line, at.col, at.line, at.col + 1};
    t.offset = m_baseOffset + static_cast<uint32_t>(at.pos);
    t.depth = static_cast<uint16_t>(m_brackets.size());
    t.text = std::move(message);
    t.hint = std::move(hint);
    m_lineHasTokens = true;
}

std::vector<Token> LexerImpl::run() {
    // A UTF-8 byte order mark is not part of the program.
    if (m_pos == 0 && m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
    while (true) {
        if (m_atLineStart && m_brackets.empty()) lexLineStart();
        char c = peekc();
        if (atEnd()) break;
        if (c == ' ' || c == '\t' || c == '\f' || (c == '\r' && peekc(1) != '\n')) {
            bump();
        } else if (c == '#') {
            if (m_fstringExpr) {
                error(mark(), "f-string expression part cannot include '#'");
                while (!atEnd()) bump();
            } else {
                while (!atEnd() && !atNewline()) bump();
            }
        } else if (atNewline()) {
            lexNewline();
        } else if (c == '\\') {
            lexBackslash();
        } else if ((c >= '0' && c <= '9') || (c == '.' && peekc(1) >= '0' && peekc(1) <= '9')) {
            lexNumber();
        } else if (c == '\'' || c == '"') {
            lexString(mark(), {});
        } else if (static_cast<unsigned char>(c) >= 0x80 || c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            lexNameOrString();
        } else {
            lexOperator();
        }
    }
    finishAtEof();
    return std::move(m_tokens);
}

void LexerImpl::finishAtEof() {
    Mark end = mark();
    if (!m_brackets.empty() && !m_fstringExpr) {
        const Bracket& b = m_brackets.back();
        error({b.offset - m_baseOffset, b.line, b.col}, std::string("'") + b.ch + "' was never closed",
              std::string("add the matching '") + (b.ch == '(' ? ')' : b.ch == '[' ? ']' : '}') + "'");
        m_tokens.back().unclosedBracket = true;
        m_brackets.clear();
    }
    if (m_lineHasTokens && !m_fstringExpr) push(TokenKind::Newline, end);
    while (m_levels.size() > 1) {
        if (!m_levels.back().phantom) push(TokenKind::Dedent, end);
        m_levels.pop_back();
    }
    push(TokenKind::EndOfFile, end);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Indentation and logical lines
// ---------------------------------------------------------------------------------------------

// At the start of a logical line: measure the indentation and emit INDENT/DEDENT. Blank and
// comment-only lines take no part in indentation.
void LexerImpl::lexLineStart() {
    uint32_t col = 0;
    uint32_t alt = 0;
    while (!atEnd()) {
        char c = peekc();
        if (c == ' ') {
            ++col, ++alt;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            ++alt;
        } else if (c == '\f') {
            col = alt = 0;
        } else {
            break;
        }
        bump();
    }
    if (atEnd() || peekc() == '#' || atNewline() || (peekc() == '\\' && (peekc(1) == '\n' || peekc(1) == '\r'))) {
        return;  // blank line: stays "at line start" for the next physical line
    }
    m_atLineStart = false;
    Mark here = mark();
    const char* tabMessage = "inconsistent use of tabs and spaces in indentation";
    const char* tabHint = "indent every line of a block the same way, with spaces only";
    Level top = m_levels.back();
    if (col == top.col) {
        if (alt != top.alt) error({here.pos, here.line, 1}, tabMessage, tabHint);
    } else if (col > top.col) {
        if (m_levels.size() >= kMaxIndent) {
            error(here, "too many levels of indentation", "split the code into smaller functions");
            return;
        }
        if (alt <= top.alt) error({here.pos, here.line, 1}, tabMessage, tabHint);
        m_levels.push_back({col, alt, false});
        push(TokenKind::Indent, here);
    } else {
        while (m_levels.size() > 1 && col < m_levels.back().col) {
            if (!m_levels.back().phantom) push(TokenKind::Dedent, here);
            m_levels.pop_back();
        }
        if (col != m_levels.back().col) {
            error(here, "unindent does not match any outer indentation level",
                  "line this up with the start of an enclosing block");
            m_levels.push_back({col, alt, true});
        } else if (alt != m_levels.back().alt) {
            error({here.pos, here.line, 1}, tabMessage, tabHint);
        }
    }
}

void LexerImpl::lexNewline() {
    Mark at = mark();
    if (peekc() == '\r') bump();
    if (m_brackets.empty() && !m_fstringExpr) {
        if (m_lineHasTokens) {
            Token& t = push(TokenKind::Newline, at);
            t.span.endCol = at.col + 1;
            m_lineHasTokens = false;
        }
        m_atLineStart = true;
    }
    bump();
}

void LexerImpl::lexBackslash() {
    Mark at = mark();
    if (m_fstringExpr) {
        error(at, "f-string expression part cannot include a backslash",
              "compute the value in a variable before the f-string");
        bump();
        return;
    }
    bump();
    if (atNewline()) {
        if (peekc() == '\r') bump();
        bump();  // the next physical line continues this logical line
        if (atEnd()) error(at, "unexpected EOF while parsing", "a line ending with '\\' must be followed by another line");
        return;
    }
    if (atEnd()) {
        error(at, "unexpected EOF while parsing", "a line ending with '\\' must be followed by another line");
        return;
    }
    error(at, "unexpected character after line continuation character",
          "'\\' continues a line only when it is the last character on the line");
    while (!atEnd() && !atNewline()) bump();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Names and operators
// ---------------------------------------------------------------------------------------------

void LexerImpl::lexNameOrString() {
    Mark start = mark();
    size_t len = 0;
    char32_t cp = utf8::decode(m_text, m_pos, &len);
    if (!utf8::isIdentStart(cp)) {
        if (isNonPrintable(cp)) {
            error(start, "invalid non-printable character " + utf8::hexCodePoint(cp),
                  "delete it; it is an invisible character that was probably pasted in");
        } else {
            std::string ch(m_text.substr(m_pos, len));
            error(start, "invalid character '" + ch + "' (" + utf8::hexCodePoint(cp) + ")",
                  "only ASCII operators and punctuation are part of Python's syntax");
        }
        for (size_t i = 0; i < len; ++i) bump();
        return;
    }
    while (!atEnd()) {
        cp = utf8::decode(m_text, m_pos, &len);
        if (!utf8::isIdentContinue(cp)) break;
        for (size_t i = 0; i < len; ++i) bump();
    }
    std::string_view word = m_text.substr(start.pos, m_pos - start.pos);
    if ((peekc() == '\'' || peekc() == '"') && word.size() <= 2 && isValidPrefix(word)) {
        lexString(start, word);
        return;
    }
    TokenKind kind = keywordKind(word);
    Token& t = push(kind, start);
    t.text = std::string(word);
}

void LexerImpl::lexOperator() {
    Mark start = mark();
    std::string_view rest = m_text.substr(m_pos);
    if (rest.substr(0, 2) == "<>") {
        error(start, "invalid syntax", "use '!=' for 'not equal'");
        bump(), bump();
        return;
    }
    for (const auto& op : kOperators) {
        if (op.text[0] != rest[0] || rest.substr(0, op.text.size()) != op.text) continue;
        char ch = op.text[0];
        if (op.text.size() == 1 && (ch == ')' || ch == ']' || ch == '}')) {
            char open = ch == ')' ? '(' : ch == ']' ? '[' : '{';
            if (m_brackets.empty()) {
                error(start, std::string("unmatched '") + ch + "'", "delete it, or add the opening bracket it closes");
                bump();
                return;
            }
            if (m_brackets.back().ch != open) {
                const Bracket& b = m_brackets.back();
                std::string msg = std::string("closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                                  b.ch + "'";
                if (b.line != start.line) msg += " on line " + std::to_string(b.line);
                error(start, msg, "brackets must close in the reverse order they were opened");
                m_brackets.clear();  // the line is broken anyway; let NEWLINE end it
                bump();
                return;
            }
            m_brackets.pop_back();
        }
        Token& t = push(op.kind, start);
        for (size_t i = 0; i < op.text.size(); ++i) bump();
        t.span.endLine = m_line;
        t.span.endCol = m_col;
        t.text = std::string(op.text);
        if (op.text.size() == 1 && (ch == '(' || ch == '[' || ch == '{')) {
            if (m_brackets.size() >= kMaxBrackets) {
                error(start, "too many nested parentheses", "split the expression into smaller steps");
                m_brackets.clear();
            } else {
                m_brackets.push_back({ch, start.line, start.col, t.offset});
            }
        }
        return;
    }
    error(start, "invalid syntax");
    size_t len = 0;
    (void)utf8::decode(m_text, m_pos, &len);
    for (size_t i = 0; i < len; ++i) bump();
}

}  // namespace detail

std::vector<Token> tokenize(const SourceFile& source) {
    return detail::LexerImpl(source.text(), 1, 1, 0, false).run();
}

std::vector<Token> tokenizeFStringExpr(std::string_view text, uint32_t line, uint32_t col, uint32_t offset) {
    return detail::LexerImpl(text, line, col, offset, true).run();
}

}  // namespace il::script
