// Parameters of def and lambda, and the two import statements.

#include "engine/script/parser_impl.hpp"

namespace il::script::detail {

std::unique_ptr<ast::Arguments> Parser::parseParameters(TokenKind closer, bool allowAnnotations) {
    auto args = std::make_unique<ast::Arguments>();
    bool seenDefault = false;
    bool seenStar = false;
    bool seenKwarg = false;
    auto parseArg = [&]() {
        const Token& name = expect(TokenKind::Name, "invalid syntax", "a parameter must be a name");
        ast::Arg arg{name.text, name.span};
        // Annotations are parsed and dropped: Interleave, like CPython, does not check them.
        if (allowAnnotations && accept(TokenKind::Colon)) (void)parseExpression();
        return arg;
    };
    while (!at(closer)) {
        const Token& t = cur();
        if (seenKwarg) fail(t, "arguments cannot follow var-keyword argument", "put **kwargs last");
        if (t.kind == TokenKind::Slash) {
            fail(t, "unsupported: positional-only parameters '/' (Interleave runs a subset of Python)",
                 "remove the '/'; the parameters before it can then also be passed by keyword");
        }
        if (accept(TokenKind::DoubleStar)) {
            args->kwarg = parseArg();
            seenKwarg = true;
            if (at(TokenKind::Equal)) fail(cur(), "var-keyword argument cannot have default value");
        } else if (at(TokenKind::Star)) {
            const Token& star = advance();
            if (seenStar) fail(star, "* argument may appear only once");
            seenStar = true;
            if (at(TokenKind::Name)) {
                args->vararg = parseArg();
                if (at(TokenKind::Equal)) fail(cur(), "var-positional argument cannot have default value");
            } else if (!(at(TokenKind::Comma) && tok(1).kind == TokenKind::Name)) {
                fail(star, "named arguments must follow bare *", "name at least one parameter after the '*'");
            }
        } else if (t.kind == TokenKind::Name) {
            ast::Arg arg = parseArg();
            ExprPtr def;
            if (accept(TokenKind::Equal)) def = parseExpression();
            if (seenStar) {
                args->kwonlyargs.push_back(std::move(arg));
                args->kwDefaults.push_back(std::move(def));
            } else {
                if (def) {
                    seenDefault = true;
                    args->defaults.push_back(std::move(def));
                } else if (seenDefault) {
                    failAt(arg.span, "non-default argument follows default argument",
                           "put the parameters that have a default value after those that do not");
                }
                args->args.push_back(std::move(arg));
            }
        } else {
            fail(t, "invalid syntax");
        }
        if (!accept(TokenKind::Comma)) break;
    }
    return args;
}

std::string Parser::parseDottedName() {
    std::string name = expect(TokenKind::Name, "invalid syntax", "name the module to import").text;
    while (accept(TokenKind::Dot)) {
        name += '.';
        name += expect(TokenKind::Name, "invalid syntax", "a module path is names separated by dots").text;
    }
    return name;
}

StmtPtr Parser::parseImport() {
    Span start = advance().span;
    auto s = std::make_unique<Stmt>(StmtKind::Import, start);
    do {
        Span aliasStart = cur().span;
        ast::Alias alias;
        alias.name = parseDottedName();
        if (accept(TokenKind::KwAs)) alias.asname = expect(TokenKind::Name, "invalid syntax").text;
        alias.span = spanFrom(aliasStart);
        s->aliases.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    s->span = spanFrom(start);
    return s;
}

StmtPtr Parser::parseFromImport() {
    Span start = advance().span;
    auto s = std::make_unique<Stmt>(StmtKind::ImportFrom, start);
    while (at(TokenKind::Dot) || at(TokenKind::Ellipsis)) s->level += advance().kind == TokenKind::Dot ? 1 : 3;
    if (at(TokenKind::Name) || s->level == 0) s->module = parseDottedName();
    expect(TokenKind::KwImport, "invalid syntax", "write: from MODULE import NAME");
    if (at(TokenKind::Star)) {
        fail(cur(), "unsupported: 'from " + std::string(static_cast<size_t>(s->level), '.') + s->module +
                        " import *' (Interleave runs a subset of Python)",
             "import the names you use, e.g. from threading import Thread, Lock");
    }
    bool parenthesized = accept(TokenKind::LParen);
    do {
        if (parenthesized && at(TokenKind::RParen)) break;
        if (!parenthesized && !s->aliases.empty() && (at(TokenKind::Newline) || at(TokenKind::Semi))) {
            fail(prev(), "trailing comma not allowed without surrounding parentheses");
        }
        const Token& name = expect(TokenKind::Name, "invalid syntax", "name what to import");
        ast::Alias alias;
        alias.name = name.text;
        if (accept(TokenKind::KwAs)) alias.asname = expect(TokenKind::Name, "invalid syntax").text;
        alias.span = spanFrom(name.span);
        s->aliases.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    if (parenthesized) {
        if (s->aliases.empty()) fail(cur(), "invalid syntax", "name what to import");
        expect(TokenKind::RParen, "invalid syntax");
    }
    s->span = spanFrom(start);
    return s;
}

}  // namespace il::script::detail
