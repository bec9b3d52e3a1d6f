// str methods: case conversion, is* predicates, padding and expandtabs.
#include "engine/text/str_methods.hpp"
#include "engine/text/utf8.hpp"
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {
namespace {

// A method name usable as a template argument ("upper").
template <size_t N>
struct Name {
    char text[N];
    constexpr Name(const char (&s)[N]) {
        for (size_t i = 0; i < N; ++i) text[i] = s[i];
    }
};

// Checks a no-argument str method call: "str.upper() takes no arguments (1 given)".
template <Name M>
bool noArgs(CallContext& ctx, ArgView args) {
    static const std::string qualified = std::string("str.") + M.text;
    return selfIs(ctx, args, ObjKind::Str, "str", M.text) && noKwargs(ctx, args, qualified.c_str()) &&
           arity(ctx, args, qualified.c_str(), 0, 0);
}

template <Name M, std::string (*Fn)(std::string_view)>
Value caseMethod(CallContext& ctx, ArgView args) {
    if (!noArgs<M>(ctx, args)) return Value::error();
    return ctx.makeStr(Fn(sv(args[0])));
}

template <Name M, bool (*Fn)(std::string_view)>
Value predicate(CallContext& ctx, ArgView args) {
    if (!noArgs<M>(ctx, args)) return Value::error();
    return Value::boolean(Fn(sv(args[0])));
}

// width and fill for center/ljust/rjust.
enum class Pad : uint8_t { Center, Left, Right };

template <Pad P>
Value padMethod(CallContext& ctx, ArgView args) {
    const char* name = P == Pad::Center ? "center" : P == Pad::Left ? "ljust" : "rjust";
    if (!selfIs(ctx, args, ObjKind::Str, "str", name)) return Value::error();
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 1, 2)) return Value::error();
    int64_t width;
    if (!ctx.index(args[1], width)) return Value::error();
    char32_t fill = ' ';
    if (args.size() > 2) {
        if (!isStr(args[2])) {
            return ctx.typeError("The fill character must be a unicode character, not " + std::string(ctx.typeName(args[2])));
        }
        if (as<StrObject>(args[2])->length != 1) return ctx.typeError(text::kFillCharError);
        fill = text::codePointAt(sv(args[2]), 0);
    }
    const std::string_view self = sv(args[0]);
    if (P == Pad::Center) return ctx.makeStr(text::center(self, width, fill));
    if (P == Pad::Left) return ctx.makeStr(text::ljust(self, width, fill));
    return ctx.makeStr(text::rjust(self, width, fill));
}

Value strZfill(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Str, "str", "zfill")) return Value::error();
    if (!noKwargs(ctx, args, "str.zfill") || !arity(ctx, args, "str.zfill", 1, 1)) return Value::error();
    int64_t width;
    if (!ctx.index(args[1], width)) return Value::error();
    return ctx.makeStr(text::zfill(sv(args[0]), width));
}

Value strExpandtabs(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Str, "str", "expandtabs")) return Value::error();
    if (!checkKeywords(ctx, args, "expandtabs", {"tabsize"}) || !arity(ctx, args, "expandtabs", 0, 1)) {
        return Value::error();
    }
    int64_t tabsize = 8;
    if (const Value* t = kwOrPos(args, 1, "tabsize")) {
        if (!ctx.index(*t, tabsize)) return Value::error();
    }
    return ctx.makeStr(text::expandtabs(sv(args[0]), tabsize));
}

}  // namespace

void installStrCaseMethods(BuiltinTypes& t) {
    ClassObject* s = t.strType;
    addNative(s, "upper", caseMethod<"upper", text::upper>);
    addNative(s, "lower", caseMethod<"lower", text::lower>);
    addNative(s, "title", caseMethod<"title", text::title>);
    addNative(s, "capitalize", caseMethod<"capitalize", text::capitalize>);
    addNative(s, "swapcase", caseMethod<"swapcase", text::swapcase>);
    addNative(s, "casefold", caseMethod<"casefold", text::casefold>);
    addNative(s, "isdigit", predicate<"isdigit", text::isDigitStr>);
    addNative(s, "isdecimal", predicate<"isdecimal", text::isDecimalStr>);
    addNative(s, "isnumeric", predicate<"isnumeric", text::isNumericStr>);
    addNative(s, "isalpha", predicate<"isalpha", text::isAlphaStr>);
    addNative(s, "isalnum", predicate<"isalnum", text::isAlnumStr>);
    addNative(s, "isspace", predicate<"isspace", text::isSpaceStr>);
    addNative(s, "isupper", predicate<"isupper", text::isUpperStr>);
    addNative(s, "islower", predicate<"islower", text::isLowerStr>);
    addNative(s, "istitle", predicate<"istitle", text::isTitleStr>);
    addNative(s, "isidentifier", predicate<"isidentifier", text::isIdentifierStr>);
    addNative(s, "isascii", predicate<"isascii", text::isAsciiStr>);
    addNative(s, "isprintable", predicate<"isprintable", text::isPrintableStr>);
    addNative(s, "center", padMethod<Pad::Center>);
    addNative(s, "ljust", padMethod<Pad::Left>);
    addNative(s, "rjust", padMethod<Pad::Right>);
    addNative(s, "zfill", strZfill);
    addNative(s, "expandtabs", strExpandtabs);
}

}  // namespace il::vm::lib
