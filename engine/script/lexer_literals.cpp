// The lexer's literal part: numbers (ints of every base, floats, the 64-bit limit) and strings
// (prefixes, quotes, escapes, f-string bodies handed to the parser raw).

#include <charconv>
#include <cstring>

#include "engine/script/lexer_impl.hpp"
#include "engine/script/string_escapes.hpp"
#include "engine/script/utf8_scan.hpp"

namespace il::script::detail {

namespace {

bool isDec(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDec(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
bool isOct(char c) { return c >= '0' && c <= '7'; }
bool isBin(char c) { return c == '0' || c == '1'; }

constexpr uint64_t kInt64Limit = 9223372036854775808ULL;  // 2^63: only valid negated

const char* kComplexHint = "Interleave has no complex type; use two floats";

}  // namespace

// Consumes digits with single underscores between them. Returns false (after reporting) when an
// underscore is not followed by a digit.
bool LexerImpl::scanDigits(bool (*isDigit)(char), const char* kindName) {
    while (true) {
        if (isDigit(peekc())) {
            bump();
        } else if (peekc() == '_' && isDigit(peekc(1))) {
            bump();
        } else if (peekc() == '_') {
            Mark at = mark();
            bump();
            error(at, std::string("invalid ") + kindName + " literal",
                  "an underscore in a number must sit between two digits");
            while (utf8::isIdentContinue(static_cast<unsigned char>(peekc())) && !atEnd()) bump();
            return false;
        } else {
            return true;
        }
    }
}

// A number must not run into a name ("1abc"), except for the keywords CPython still accepts.
void LexerImpl::checkNumberEnd(const Mark& start, const char* kindName) {
    char c = peekc();
    if (!(utf8::isIdentContinue(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)) return;
    std::string_view rest = m_text.substr(m_pos);
    for (const char* kw : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
        if (rest.substr(0, std::strlen(kw)) == kw) return;
    }
    if (!m_tokens.empty() && (m_tokens.back().kind == TokenKind::Int || m_tokens.back().kind == TokenKind::Float)) {
        m_tokens.pop_back();  // the number is not usable; only the error remains
    }
    error(start, std::string("invalid ") + kindName + " literal",
          "a name cannot start with a digit, and a number cannot run into a name");
    while (!atEnd() && (utf8::isIdentContinue(static_cast<unsigned char>(peekc())) ||
                        static_cast<unsigned char>(peekc()) >= 0x80)) {
        bump();
    }
}

void LexerImpl::lexNumber() {
    Mark start = mark();
    char c1 = static_cast<char>(peekc(1) | 0x20);
    if (peekc() == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
        int base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
        const char* kindName = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        bool (*isDigit)(char) = base == 16 ? isHex : base == 8 ? isOct : isBin;
        bump(), bump();
        if (peekc() == '_') bump();  // 0x_ff is allowed
        Mark digitsAt = mark();
        if (!isDigit(peekc())) {
            if (isDec(peekc())) {
                error(mark(), std::string("invalid digit '") + peekc() + "' in " + kindName + " literal");
            } else {
                error({start.pos + 1, start.line, start.col + 1}, std::string("invalid ") + kindName + " literal");
            }
            while (!atEnd() && utf8::isIdentContinue(static_cast<unsigned char>(peekc()))) bump();
            return;
        }
        if (!scanDigits(isDigit, kindName)) return;
        if (isDec(peekc())) {
            error(mark(), std::string("invalid digit '") + peekc() + "' in " + kindName + " literal");
            while (!atEnd() && utf8::isIdentContinue(static_cast<unsigned char>(peekc()))) bump();
            return;
        }
        std::string_view digits = m_text.substr(digitsAt.pos, m_pos - digitsAt.pos);
        uint64_t value = 0;
        bool tooBig = false;
        for (char d : digits) {
            if (d == '_') continue;
            int v = isDec(d) ? d - '0' : (d | 0x20) - 'a' + 10;
            if (value > (kInt64Limit - static_cast<uint64_t>(v)) / static_cast<uint64_t>(base)) tooBig = true;
            value = value * static_cast<uint64_t>(base) + static_cast<uint64_t>(v);
        }
        Token& t = push(TokenKind::Int, start);
        t.text = std::string(m_text.substr(start.pos, m_pos - start.pos));
        t.intMagnitude = value;
        if (tooBig) {
            m_tokens.pop_back();
            error(start, "integer literal too large (Interleave ints are 64-bit)",
                  "the largest int is 9223372036854775807");
        }
        checkNumberEnd(start, kindName);
        return;
    }

    // Decimal int or float.
    bool isFloat = false;
    if (!scanDigits(isDec, "decimal")) return;
    size_t intEnd = m_pos;
    if (peekc() == '.') {
        isFloat = true;
        bump();
        if (peekc() == '_') {
            Mark at = mark();
            bump();
            error(at, "invalid decimal literal", "an underscore in a number must sit between two digits");
            return;
        }
        if (isDec(peekc()) && !scanDigits(isDec, "decimal")) return;
    }
    if ((peekc() | 0x20) == 'e') {
        char n = peekc(1);
        if (isDec(n) || ((n == '+' || n == '-') && isDec(peekc(2)))) {
            isFloat = true;
            bump();
            if (n == '+' || n == '-') bump();
            if (!scanDigits(isDec, "decimal")) return;
        } else {
            error(start, "invalid decimal literal", "an exponent needs digits, as in 1e10");
            bump();
            return;
        }
    }
    if ((peekc() | 0x20) == 'j') {
        bump();
        error(start, "unsupported: complex numbers (Interleave runs a subset of Python)", kComplexHint);
        return;
    }
    std::string text;
    for (char d : m_text.substr(start.pos, m_pos - start.pos)) {
        if (d != '_') text += d;
    }
    if (!isFloat) {
        std::string_view intPart = m_text.substr(start.pos, intEnd - start.pos);
        if (intPart.size() > 1 && intPart[0] == '0' && text.find_first_not_of('0') != std::string::npos) {
            error(start,
                  "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                  "write the number without its leading zeros");
            return;
        }
        uint64_t value = 0;
        bool tooBig = false;
        for (char d : text) {
            auto v = static_cast<uint64_t>(d - '0');
            if (value > (kInt64Limit - v) / 10) tooBig = true;
            value = value * 10 + v;
        }
        if (tooBig) {
            error(start, "integer literal too large (Interleave ints are 64-bit)",
                  "the largest int is 9223372036854775807");
        } else {
            Token& t = push(TokenKind::Int, start);
            t.intMagnitude = value;
            t.text = std::string(m_text.substr(start.pos, m_pos - start.pos));
        }
    } else {
        double value = 0.0;
        auto res = std::from_chars(text.data(), text.data() + text.size(), value);
        if (res.ec == std::errc::result_out_of_range) {
            // CPython reads 1e400 as inf and 1e-400 as 0.0.
            value = text.find("e-") != std::string::npos || text.find("E-") != std::string::npos
                        ? 0.0
                        : __builtin_huge_val();
        }
        Token& t = push(TokenKind::Float, start);
        t.floatValue = value;
        t.text = std::string(m_text.substr(start.pos, m_pos - start.pos));
    }
    checkNumberEnd(start, "decimal");
}

// Scans a string literal whose prefix (possibly empty) started at `start`; the current char
// is the opening quote.
void LexerImpl::lexString(const Mark& start, std::string_view prefix) {
    bool raw = false, isF = false, isBytes = false;
    for (char c : prefix) {
        char l = static_cast<char>(c | 0x20);
        raw |= l == 'r';
        isF |= l == 'f';
        isBytes |= l == 'b';
    }
    char quote = peekc();
    bool triple = peekc(1) == quote && peekc(2) == quote;
    for (int i = 0; i < (triple ? 3 : 1); ++i) bump();
    Mark body = mark();
    bool closed = false;
    size_t bodyEnd = m_pos;
    while (!atEnd()) {
        char c = peekc();
        if (c == '\\') {
            bump();
            if (!atEnd()) bump();  // an escaped quote or newline never ends the literal
            if (m_text[m_pos - 1] == '\r' && peekc() == '\n') bump();
            continue;
        }
        if (!triple && atNewline()) break;
        if (c == quote && (!triple || (peekc(1) == quote && peekc(2) == quote))) {
            bodyEnd = m_pos;
            for (int i = 0; i < (triple ? 3 : 1); ++i) bump();
            closed = true;
            break;
        }
        bump();
    }
    if (!closed) {
        uint32_t line = m_line;
        if (atEnd() && m_col == 1 && line > 1) --line;  // the file ended with a newline
        if (triple) {
            error(start, "unterminated triple-quoted string literal (detected at line " + std::to_string(line) + ")",
                  std::string("close it with ") + quote + quote + quote);
        } else {
            error(start, "unterminated string literal (detected at line " + std::to_string(line) + ")",
                  std::string("close it with ") + quote + " on the same line, or use " + quote + quote + quote +
                      " for text spanning lines");
        }
        return;
    }
    if (isBytes) {
        error(start, "unsupported: bytes literals (Interleave runs a subset of Python)",
              "Interleave has no bytes type; use a str literal");
        return;
    }
    std::string_view text = m_text.substr(body.pos, bodyEnd - body.pos);
    if (isF) {
        Token& t = push(TokenKind::FString, start);
        t.text = std::string(text);
        t.isRaw = raw;
        t.bodyOffset = m_baseOffset + static_cast<uint32_t>(body.pos);
        t.bodyLine = body.line;
        t.bodyCol = body.col;
        return;
    }
    std::string value;
    if (auto err = decodeBody(text, raw, value)) {
        utf8::Position p = utf8::advance(text.substr(0, err->offset), {body.line, body.col});
        error({body.pos + err->offset, p.line, p.col}, err->message, err->hint);
        return;
    }
    Token& t = push(TokenKind::String, start);
    t.text = std::move(value);
}

}  // namespace il::script::detail
