// printf-style formatting and str.format() template parsing; expected strings from CPython 3.11.
#include <doctest/doctest.h>

#include <string>
#include <variant>
#include <cmath>
#include <vector>

#include "engine/text/format_template.hpp"
#include "engine/text/percent_format.hpp"
#include "engine/text/str_repr.hpp"

using namespace il::text;

namespace {

using Arg = std::variant<int64_t, double, std::string>;

// A miniature of the VM glue: tuple arguments of int / float / str only.
std::string percent(std::string_view fmt, const std::vector<Arg>& args) {
    size_t next = 0;
    std::string out;
    for (const PercentPiece& p : parsePercentFormat(fmt)) {
        if (p.literal) {
            out += p.text;
            continue;
        }
        PercentSpec s = p.spec;
        if (s.widthStar) {
            s.width = std::get<int64_t>(args.at(next++));
            if (s.width < 0) {
                s.left = true;
                s.width = -s.width;
            }
        }
        if (s.precisionStar) s.precision = std::get<int64_t>(args.at(next++));
        if (s.incomplete) return "ERR " + s.incomplete->message;
        if (next >= args.size()) return "ERR not enough arguments for format string";
        const Arg& a = args[next++];
        if (!s.supported()) return "ERR " + s.unsupportedError().message;
        switch (s.type) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            out += percentInt(std::holds_alternative<double>(a) ? static_cast<int64_t>(std::get<double>(a)) : std::get<int64_t>(a), s);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            out += percentFloat(std::holds_alternative<int64_t>(a) ? static_cast<double>(std::get<int64_t>(a)) : std::get<double>(a), s);
            break;
        case 'r': out += percentStr(reprStr(std::get<std::string>(a)), s); break;
        default:
            out += percentStr(std::holds_alternative<std::string>(a) ? std::get<std::string>(a) : std::to_string(std::get<int64_t>(a)), s);
            break;
        }
    }
    if (next < args.size()) return "ERR not all arguments converted during string formatting";
    return out;
}

}  // namespace

TEST_CASE("text.percent formats like CPython") {
    CHECK(percent("%d %s %r %5.2f %x %%", {int64_t{3}, std::string("a"), std::string("b"), 3.14159, int64_t{255}}) ==
          "3 a 'b'  3.14 ff %");
    CHECK(percent("%*d", {int64_t{5}, int64_t{1}}) == "    1");
    CHECK(percent("%-*d|", {int64_t{5}, int64_t{1}}) == "1    |");
    CHECK(percent("%.*f", {int64_t{2}, 1.5}) == "1.50");
    CHECK(percent("%05s", {std::string("ab")}) == "   ab");
    CHECK(percent("%010f", {INFINITY}) == "0000000inf");
    CHECK(percent("%+.3d", {int64_t{5}}) == "+005");
    CHECK(percent("%#o %#x %#X", {int64_t{8}, int64_t{255}, int64_t{255}}) == "0o10 0xff 0XFF");
    CHECK(percent("%.2s", {std::string("hello")}) == "he");
    CHECK(percent("%e", {12345.678}) == "1.234568e+04");
    CHECK(percent("%g", {1e-5}) == "1e-05");
    CHECK(percent("%#.3g", {1.0}) == "1.00");
    CHECK(percent("%i %u", {int64_t{3}, int64_t{4}}) == "3 4");
    CHECK(percent("% d", {int64_t{5}}) == " 5");
    CHECK(percent("%-5d|", {int64_t{-3}}) == "-3   |");
    CHECK(percent("%05d", {int64_t{-3}}) == "-0003");
    CHECK(percent("%x", {int64_t{-255}}) == "-ff");
    CHECK(percent("%d", {1.9}) == "1");
    CHECK(percent("%.0f %.0f", {0.5, 1.5}) == "0 2");
    CHECK(percent("%5.1f|%-8.3e|%+g", {3.14159, 0.00123, 2.0}) == "  3.1|1.230e-03|+2");
    CHECK(percent("%s", {std::string("中文")}) == "中文");
    CHECK(percent("%-4s|", {std::string("é")}) == "é   |");
    CHECK(percent("%d %y", {int64_t{1}}) == "ERR not enough arguments for format string");
    CHECK(percent("%d %y", {int64_t{1}, int64_t{2}}) == "ERR unsupported format character 'y' (0x79) at index 4");
    CHECK(percent("%", {}) == "ERR incomplete format");
    CHECK(percent("%5", {}) == "ERR incomplete format");
    CHECK(percent("%(a", {}) == "ERR incomplete format key");
    CHECK(percent("%s %s", {int64_t{1}}) == "ERR not enough arguments for format string");
    CHECK(percent("%s", {int64_t{1}, int64_t{2}}) == "ERR not all arguments converted during string formatting");
    CHECK(percent("100%% sure", {}) == "100% sure");
}

TEST_CASE("text.percent parses mapping keys") {
    auto pieces = parsePercentFormat("%(a)s and %(b(c))-5d!");
    REQUIRE(pieces.size() == 4);
    CHECK(pieces[0].spec.key == "a");
    CHECK(pieces[1].text == " and ");
    CHECK(pieces[2].spec.key == "b(c)");
    CHECK(pieces[2].spec.left);
    CHECK(pieces[2].spec.width == 5);
    CHECK(pieces[3].text == "!");
}

namespace {

// Renders a parsed template's structure: literals as is, fields as <index|name accessors !conv :spec>.
std::string shape(const std::vector<TemplatePiece>& pieces) {
    std::string out;
    for (const auto& p : pieces) {
        if (p.literal) {
            out += p.text;
            continue;
        }
        out += "<";
        out += p.argIndex >= 0 ? std::to_string(p.argIndex) : p.argName;
        for (const auto& a : p.accessors) out += (a.isAttribute ? "." : "[") + a.name + (a.isAttribute ? "" : "]");
        if (p.conversion) out += std::string("!") + static_cast<char>(p.conversion);
        if (p.specNested) out += ":{" + shape(p.specPieces) + "}";
        else if (!p.spec.empty()) out += ":" + p.spec;
        out += ">";
    }
    return out;
}

std::string parsed(std::string_view fmt) {
    FormatTemplate t = parseFormatTemplate(fmt);
    std::string out = shape(t.pieces);
    if (t.error) out += " ERR " + t.error->message;
    return out;
}

}  // namespace

TEST_CASE("text.template parses str.format fields") {
    CHECK(parsed("{} {} {}") == "<0> <1> <2>");
    CHECK(parsed("{0} {1} {0}") == "<0> <1> <0>");
    CHECK(parsed("{name} {0[1]} {x.attr}") == "<name> <0[1]> <x.attr>");
    CHECK(parsed("{:>8}|{!r:^10}|{{ }}") == "<0:>8>|<1!r:^10>|{ }");
    CHECK(parsed("{0[a]}{0.real}{0[1][2].x}") == "<0[a]><0.real><0[1][2].x>");
    CHECK(parsed("{:{}}") == "<0:{<1>}>");
    CHECK(parsed("{:{w}.{p}f}") == "<0:{<w>.<p>f}>");
    CHECK(parsed("{0]}") == "<0]>");
    CHECK(parsed("{!r}") == "<0!r>");
}

TEST_CASE("text.template errors match CPython") {
    CHECK(parsed("{") == " ERR Single '{' encountered in format string");
    CHECK(parsed("a}") == "a ERR Single '}' encountered in format string");
    CHECK(parsed("{0") == " ERR expected '}' before end of string");
    CHECK(parsed("{!}") == " ERR unmatched '{' in format spec");
    CHECK(parsed("{!rx}") == " ERR expected ':' after conversion specifier");
    CHECK(parsed("{0[}") == " ERR expected '}' before end of string");
    CHECK(parsed("{0.}") == " ERR Empty attribute in format string");
    CHECK(parsed("{0[0]x}") == " ERR Only '.' or '[' may follow ']' in format field specifier");
    CHECK(parsed("{}{0}") == "<0> ERR cannot switch from automatic field numbering to manual field specification");
    CHECK(parsed("{0}{}") == "<0> ERR cannot switch from manual field specification to automatic field numbering");
    CHECK(parsed("{:{:{}}}") == " ERR Max string recursion exceeded");
    CHECK(parsed("{a{}") == " ERR unexpected '{' in field name");
    CHECK(conversionError('x')->message == "Unknown conversion specifier x");
    CHECK(!conversionError('r'));
    CHECK(replacementIndexError(2) == "Replacement index 2 out of range for positional args tuple");
}
