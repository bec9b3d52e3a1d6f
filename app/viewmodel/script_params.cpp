#include "app/viewmodel/script_params.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

#include "engine/script/lexer.hpp"

namespace il::viewmodel {
namespace {

using script::Token;
using script::TokenKind;

struct Bound {
    double value = 0;
    int decimals = 0;
    bool isFloat = false;
};

void skipSpaces(std::string_view s, size_t& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

// readNumber() reads -?digits(.digits)? at `i`. A '.' counts only when a digit follows it, so
// "1..8" reads 1, then "..".
std::optional<Bound> readNumber(std::string_view s, size_t& i) {
    const size_t start = i;
    if (i < s.size() && s[i] == '-') ++i;
    const size_t digits = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == digits) return std::nullopt;
    Bound b;
    if (i + 1 < s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        const size_t point = i++;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        b.isFloat = true;
        b.decimals = static_cast<int>(i - point - 1);
    }
    const std::string literal(s.substr(start, i - start));
    auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), b.value);
    if (ec != std::errc() || end != literal.data() + literal.size()) return std::nullopt;
    return b;
}

// parseRange() reads "# @param LO..HI" (the comment after the value), nothing else after it.
std::optional<std::pair<Bound, Bound>> parseRange(std::string_view comment) {
    size_t i = 0;
    skipSpaces(comment, i);
    if (i >= comment.size() || comment[i] != '#') return std::nullopt;
    ++i;
    skipSpaces(comment, i);
    constexpr std::string_view kTag = "@param";
    if (comment.substr(i, kTag.size()) != kTag) return std::nullopt;
    i += kTag.size();
    skipSpaces(comment, i);
    auto lo = readNumber(comment, i);
    if (!lo || comment.substr(i, 2) != "..") return std::nullopt;
    i += 2;
    auto hi = readNumber(comment, i);
    if (!hi) return std::nullopt;
    while (i < comment.size() && (comment[i] == ' ' || comment[i] == '\t' || comment[i] == '\r')) ++i;
    if (i != comment.size()) return std::nullopt;
    return std::pair{*lo, *hi};
}

// The literal's decimals as written ("0.25" → 2), for a float token.
int literalDecimals(std::string_view literal) {
    const size_t point = literal.find('.');
    if (point == std::string_view::npos) return 0;
    size_t n = 0;
    for (size_t i = point + 1; i < literal.size() && literal[i] >= '0' && literal[i] <= '9'; ++i) ++n;
    return static_cast<int>(n);
}

size_t lineEnd(std::string_view text, size_t from) {
    const size_t nl = text.find('\n', from);
    return nl == std::string_view::npos ? text.size() : nl;
}

}  // namespace

std::vector<ScriptParam> parseParams(std::string_view text) {
    std::vector<ScriptParam> params;
    const script::SourceFile source("<params>", std::string(text));
    const std::vector<Token> tokens = script::tokenize(source);
    bool lineStart = true;  // the next token starts a logical line
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const bool starts = lineStart;
        lineStart = t.kind == TokenKind::Newline || t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent;
        // NAME = [-]NUMBER NEWLINE, in column 1 (top level), all on one line.
        if (!starts || t.kind != TokenKind::Name || t.span.col != 1 || i + 3 >= tokens.size()) continue;
        if (tokens[i + 1].kind != TokenKind::Equal) continue;
        size_t k = i + 2;
        const bool negative = tokens[k].kind == TokenKind::Minus;
        if (negative) ++k;
        const Token& num = tokens[k];
        if (num.kind != TokenKind::Int && num.kind != TokenKind::Float) continue;
        if (k + 1 >= tokens.size() || tokens[k + 1].kind != TokenKind::Newline) continue;
        if (num.span.line != t.span.line || num.span.endLine != t.span.line) continue;
        const size_t numBegin = num.offset;
        const size_t numEnd = numBegin + (num.span.endCol - num.span.col);  // number literals are ASCII
        const auto range = parseRange(text.substr(numEnd, lineEnd(text, numEnd) - numEnd));
        if (!range) continue;
        const auto& [lo, hi] = *range;
        const bool floatValue = num.kind == TokenKind::Float;
        // An int used as range(N) must stay an int: int values need int bounds.
        if (!floatValue && (lo.isFloat || hi.isFloat)) continue;
        if (!(lo.value < hi.value)) continue;
        ScriptParam p;
        p.name = t.text;
        p.line = t.span.line;
        p.isFloat = floatValue;
        p.min = lo.value;
        p.max = hi.value;
        p.valueOffset = negative ? tokens[i + 2].offset : numBegin;
        p.valueLength = numEnd - p.valueOffset;
        if (floatValue) {
            const int written = literalDecimals(text.substr(numBegin, numEnd - numBegin));
            p.decimals = std::clamp(std::max({written, lo.decimals, hi.decimals}), 1, 6);
        }
        const double raw = floatValue ? num.floatValue : static_cast<double>(num.intMagnitude);
        p.value = clampParam(p, negative ? -raw : raw);
        params.push_back(std::move(p));
    }
    return params;
}

double clampParam(const ScriptParam& p, double v) {
    if (std::isnan(v)) v = p.min;
    v = std::clamp(v, p.min, p.max);
    if (!p.isFloat) return std::round(v);
    const double scale = std::pow(10.0, p.decimals);
    return std::clamp(std::round(v * scale) / scale, p.min, p.max);
}

std::string formatParamValue(const ScriptParam& p, double v) {
    v = clampParam(p, v);
    char buf[64];
    if (p.isFloat)
        std::snprintf(buf, sizeof buf, "%.*f", p.decimals, v);
    else
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    return buf;
}

std::string substituteParams(std::string_view text, const std::vector<ScriptParam>& params,
                             const std::map<std::string, double>& values) {
    std::string out;
    out.reserve(text.size() + 16);
    size_t copied = 0;
    for (const ScriptParam& p : params) {  // in text order, so one pass copies the rest
        const auto it = values.find(p.name);
        if (it == values.end() || p.valueOffset < copied || p.valueOffset + p.valueLength > text.size()) continue;
        out.append(text.substr(copied, p.valueOffset - copied));
        out += formatParamValue(p, it->second);
        copied = p.valueOffset + p.valueLength;
    }
    out.append(text.substr(copied));
    return out;
}

}  // namespace il::viewmodel
