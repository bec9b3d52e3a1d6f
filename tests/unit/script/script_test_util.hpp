#pragma once
// Helpers shared by the front-end tests: render tokens, ASTs and diagnostics as short strings
// so a test reads as "this source gives that result".

#include <string>
#include <vector>

#include "engine/script/ast_dump.hpp"
#include "engine/script/lexer.hpp"
#include "engine/script/parser.hpp"
#include "engine/script/source.hpp"

namespace il::script::test {

// Tokens as a space-separated list: names and keywords as written, operators as written,
// INT:5, FLOAT:1.5, STR:'text', FSTR:body, NL, IN, DE, EOF, ERR(line:col message).
inline std::string tokens(const std::string& text) {
    SourceFile src("t.py", text);
    std::string out;
    for (const Token& t : tokenize(src)) {
        if (!out.empty()) out += ' ';
        switch (t.kind) {
            case TokenKind::EndOfFile: out += "EOF"; break;
            case TokenKind::Newline: out += "NL"; break;
            case TokenKind::Indent: out += "IN"; break;
            case TokenKind::Dedent: out += "DE"; break;
            case TokenKind::Int: out += "INT:" + std::to_string(t.intMagnitude); break;
            case TokenKind::Float: {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%g", t.floatValue);
                out += std::string("FLOAT:") + buf;
                break;
            }
            case TokenKind::String: out += "STR:'" + t.text + "'"; break;
            case TokenKind::FString: out += "FSTR:" + t.text; break;
            case TokenKind::Error:
                out += "ERR(" + std::to_string(t.span.line) + ":" + std::to_string(t.span.col) + " " + t.text + ")";
                break;
            default: out += t.text; break;
        }
    }
    return out;
}

// The AST dump of a good program, or "ERROR line:col: message" for the first diagnostic.
inline std::string dump(const std::string& text) {
    SourceFile src("t.py", text);
    ParseResult r = parseModule(src);
    if (!r.ok()) {
        if (r.diagnostics.empty()) return "ERROR without diagnostic";
        const Diagnostic& d = r.diagnostics.front();
        return "ERROR " + std::to_string(d.line) + ":" + std::to_string(d.col) + ": " + d.message;
    }
    return dumpAst(*r.module);
}

// Every diagnostic as "line:col: message".
inline std::vector<std::string> errors(const std::string& text) {
    SourceFile src("t.py", text);
    ParseResult r = parseModule(src);
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) {
        out.push_back(std::to_string(d.line) + ":" + std::to_string(d.col) + ": " + d.message);
    }
    return out;
}

// The first diagnostic as "line:col: message", or "" when the program is fine.
inline std::string firstError(const std::string& text) {
    auto all = errors(text);
    return all.empty() ? std::string() : all.front();
}

}  // namespace il::script::test
