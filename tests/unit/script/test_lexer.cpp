// Lexer: logical lines and indentation, numbers, strings, positions, and its error tokens.

#include <doctest/doctest.h>

#include "tests/unit/script/script_test_util.hpp"

using il::script::SourceFile;
using il::script::Token;
using il::script::TokenKind;
using il::script::tokenize;
using il::script::test::tokens;

TEST_CASE("lexer.indentation produces one INDENT and matching DEDENTs") {
    CHECK(tokens("if a:\n    b\n    if c:\n        d\ne\n") ==
          "if a : NL IN b NL if c : NL IN d NL DE DE e NL EOF");
}

TEST_CASE("lexer.blank lines and comment lines take no part in indentation") {
    CHECK(tokens("if a:\n\n  # comment at any column\n        # another\n  b  # trailing\n\n") ==
          "if a : NL IN b NL DE EOF");
}

TEST_CASE("lexer.dedents are emitted at end of file without a final newline") {
    CHECK(tokens("def f():\n  if x:\n    return 1") == "def f ( ) : NL IN if x : NL IN return INT:1 NL DE DE EOF");
}

TEST_CASE("lexer.a tab advances to the next multiple of 8") {
    // Tabs alone are consistent; a tab and eight spaces reach the same column, but only
    // by counting tabs as 8, so CPython calls that ambiguous.
    CHECK(tokens("if a:\n\tb\n\tc\n") == "if a : NL IN b NL c NL DE EOF");
    CHECK(tokens("if a:\n        b\n\tc\n") == "if a : NL IN b NL ERR(3:1 inconsistent use of tabs and spaces in indentation) c NL DE EOF");
}

TEST_CASE("lexer.ambiguous mixing of tabs and spaces is a TabError") {
    CHECK(tokens("if a:\n  \tb\n\tc\n") == "if a : NL IN b NL ERR(3:1 inconsistent use of tabs and spaces in indentation) c NL DE EOF");
    CHECK(tokens("if a:\n\tb\n        c\n") ==
          "if a : NL IN b NL ERR(3:1 inconsistent use of tabs and spaces in indentation) c NL DE EOF");
}

TEST_CASE("lexer.an unindent to an unknown level is reported once") {
    CHECK(tokens("if a:\n        b\n    c\n    d\n") ==
          "if a : NL IN b NL DE ERR(3:5 unindent does not match any outer indentation level) c NL d NL EOF");
}

TEST_CASE("lexer.newlines inside brackets are not NEWLINE tokens") {
    CHECK(tokens("x = (1,\n     2)\ny = [\n  3,\n]\n") == "x = ( INT:1 , INT:2 ) NL y = [ INT:3 , ] NL EOF");
}

TEST_CASE("lexer.backslash continues a line") {
    CHECK(tokens("x = 1 + \\\n    2\n") == "x = INT:1 + INT:2 NL EOF");
    CHECK(tokens("x = \\ 1\n") == "x = ERR(1:5 unexpected character after line continuation character) NL EOF");
}

TEST_CASE("lexer.operators take the longest spelling") {
    CHECK(tokens("a **= b // c ->d := e ... f != g <<= h >> i @= j\n") ==
          "a **= b // c -> d := e ... f != g <<= h >> i @= j NL EOF");
    CHECK(tokens("a<>b\n") == "a ERR(1:2 invalid syntax) b NL EOF");
}

TEST_CASE("lexer.keywords are their own kinds and soft keywords stay names") {
    SourceFile src("t.py", "if match case _ await async\n");
    auto toks = tokenize(src);
    REQUIRE(toks.size() == 8);
    CHECK(toks[0].kind == TokenKind::KwIf);
    CHECK(toks[1].kind == TokenKind::Name);
    CHECK(toks[2].kind == TokenKind::Name);
    CHECK(toks[3].kind == TokenKind::Name);
    CHECK(toks[4].kind == TokenKind::KwAwait);
    CHECK(toks[5].kind == TokenKind::KwAsync);
}

TEST_CASE("lexer.integers in every base with underscores") {
    CHECK(tokens("0 7 1_000 0x_Ff 0o17 0B1010 00 9223372036854775807\n") ==
          "INT:0 INT:7 INT:1000 INT:255 INT:15 INT:10 INT:0 INT:9223372036854775807 NL EOF");
}

TEST_CASE("lexer.floats in every spelling") {
    CHECK(tokens("1.5 .5 5. 1e10 1E-2 1_000.5 2.5e+3\n") ==
          "FLOAT:1.5 FLOAT:0.5 FLOAT:5 FLOAT:1e+10 FLOAT:0.01 FLOAT:1000.5 FLOAT:2500 NL EOF");
}

TEST_CASE("lexer.bad numbers are errors with CPython's wording") {
    CHECK(tokens("1__0\n") == "ERR(1:2 invalid decimal literal) NL EOF");
    CHECK(tokens("1_\n") == "ERR(1:2 invalid decimal literal) NL EOF");
    CHECK(tokens("0x\n") == "ERR(1:2 invalid hexadecimal literal) NL EOF");
    CHECK(tokens("0b102\n") == "ERR(1:5 invalid digit '2' in binary literal) NL EOF");
    CHECK(tokens("0o8\n") == "ERR(1:3 invalid digit '8' in octal literal) NL EOF");
    CHECK(tokens("012\n") ==
          "ERR(1:1 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers) NL EOF");
    CHECK(tokens("1abc\n") == "ERR(1:1 invalid decimal literal) NL EOF");
    CHECK(tokens("1e\n") == "ERR(1:1 invalid decimal literal) NL EOF");
}

TEST_CASE("lexer.a number may touch a keyword as CPython allows") {
    CHECK(tokens("1if x else 2\n") == "INT:1 if x else INT:2 NL EOF");
}

TEST_CASE("lexer.ints beyond 64 bits are rejected") {
    CHECK(tokens("9223372036854775809\n") ==
          "ERR(1:1 integer literal too large (Interleave ints are 64-bit)) NL EOF");
    CHECK(tokens("0x1_0000_0000_0000_0000\n") ==
          "ERR(1:1 integer literal too large (Interleave ints are 64-bit)) NL EOF");
    // 2^63 itself lexes; only the parser knows whether a minus sign makes it fit.
    CHECK(tokens("9223372036854775808\n") == "INT:9223372036854775808 NL EOF");
}

TEST_CASE("lexer.imaginary literals are unsupported") {
    CHECK(tokens("3j\n") == "ERR(1:1 unsupported: complex numbers (Interleave runs a subset of Python)) NL EOF");
}

TEST_CASE("lexer.string quotes and prefixes") {
    CHECK(tokens("'a' \"b\" '''c\nd''' \"\"\"e\"\"\" u'f' R'\\d'\n") ==
          "STR:'a' STR:'b' STR:'c\nd' STR:'e' STR:'f' STR:'\\d' NL EOF");
    CHECK(tokens("f'{x}' rf'\\{y}' Fr\"z\"\n") == "FSTR:{x} FSTR:\\{y} FSTR:z NL EOF");
    CHECK(tokens("b'x' rb'y'\n") ==
          "ERR(1:1 unsupported: bytes literals (Interleave runs a subset of Python)) "
          "ERR(1:6 unsupported: bytes literals (Interleave runs a subset of Python)) NL EOF");
}

TEST_CASE("lexer.escapes are decoded and unknown ones kept verbatim") {
    CHECK(tokens(R"('\n\t\\\'\"\a\b\f\v\r\0' '\101\x41\u00e9\U0001F600' '\d\q')" "\n") ==
          "STR:'\n\t\\'\"\a\b\f\v\r" + std::string(1, '\0') + "' STR:'AAé😀' STR:'\\d\\q' NL EOF");
    CHECK(tokens("'a\\\nb'\n") == "STR:'ab' NL EOF");
    CHECK(tokens(R"('\x4')" "\n") == "ERR(1:2 truncated \\xXX escape) NL EOF");
    CHECK(tokens(R"('\N{DASH}')" "\n") ==
          "ERR(1:2 unsupported: \\N{...} escapes (Interleave runs a subset of Python)) NL EOF");
}

TEST_CASE("lexer.unterminated strings use CPython's messages") {
    CHECK(tokens("x = 'abc\ny = 1\n") ==
          "x = ERR(1:5 unterminated string literal (detected at line 1)) NL y = INT:1 NL EOF");
    CHECK(tokens("x = '''abc\n\n") ==
          "x = ERR(1:5 unterminated triple-quoted string literal (detected at line 2)) NL EOF");
}

TEST_CASE("lexer.brackets that do not match are errors") {
    CHECK(tokens("a)\n") == "a ERR(1:2 unmatched ')') NL EOF");
    CHECK(tokens("(a]\n") ==
          "( a ERR(1:3 closing parenthesis ']' does not match opening parenthesis '(') NL EOF");
    CHECK(tokens("(a,\nb]\n") ==
          "( a , b ERR(2:2 closing parenthesis ']' does not match opening parenthesis '(' on line 1) NL EOF");
    CHECK(tokens("f(a, [b\n") == "f ( a , [ b ERR(1:6 '[' was never closed) NL EOF");
}

TEST_CASE("lexer.columns count code points and tokens carry spans") {
    SourceFile src("t.py", "été = 'ü' + x\n");
    auto toks = tokenize(src);
    REQUIRE(toks.size() >= 5);
    CHECK(toks[0].text == "été");
    CHECK(toks[0].span.col == 1);
    CHECK(toks[0].span.endCol == 4);
    CHECK(toks[1].span.col == 5);
    CHECK(toks[2].span.col == 7);
    CHECK(toks[2].span.endCol == 10);
    CHECK(toks[3].span.col == 11);
    CHECK(toks[4].span.col == 13);
}

TEST_CASE("lexer.invalid characters are named with their code point") {
    CHECK(tokens("x = €\n") == "x = ERR(1:5 invalid character '€' (U+20AC)) NL EOF");
    CHECK(tokens("x =\xC2\xA0" "1\n") == "x = ERR(1:4 invalid non-printable character U+00A0) INT:1 NL EOF");
    CHECK(tokens("x = $\n") == "x = ERR(1:5 invalid syntax) NL EOF");
}

TEST_CASE("lexer.a byte order mark is skipped and CRLF is a newline") {
    CHECK(tokens("\xEF\xBB\xBFx = 1\r\nif x:\r\n    y = '''a\r\nb'''\r\n") ==
          "x = INT:1 NL if x : NL IN y = STR:'a\nb' NL DE EOF");
}

TEST_CASE("lexer.deep bracket nesting is capped") {
    std::string deep(250, '(');
    std::string toks = tokens(deep + "\n");
    CHECK(toks.find("ERR(1:201 too many nested parentheses)") != std::string::npos);
}

TEST_CASE("lexer.f-string bodies are handed over raw with their position") {
    SourceFile src("t.py", "x = f'a{b}\\n'\n");
    auto toks = tokenize(src);
    REQUIRE(toks[2].kind == TokenKind::FString);
    CHECK(toks[2].text == "a{b}\\n");
    CHECK(toks[2].bodyLine == 1);
    CHECK(toks[2].bodyCol == 7);
    CHECK(toks[2].bodyOffset == 6);
}
