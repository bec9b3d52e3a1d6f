// Formatting on Values: format(), __format__ of builtin types, str.format / format_map and
// printf-style str % args. engine/text parses and lays out; this file resolves arguments.
//
// [SECTION] format() and __format__
// [SECTION] str.format / format_map
// [SECTION] str % args
#include <cmath>

#include "engine/text/format_spec.hpp"
#include "engine/text/format_template.hpp"
#include "engine/text/percent_format.hpp"
#include "engine/text/str_repr.hpp"
#include "engine/text/utf8.hpp"
#include "engine/vm/lib/lib.hpp"
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {

// ---------------------------------------------------------------------------------------------
// [SECTION] format() and __format__
// ---------------------------------------------------------------------------------------------

bool formatBuiltinValue(CallContext& ctx, Value v, std::string_view spec, Value& out) {
    text::Result<std::string> r = std::string();
    if (v.isBool()) {
        if (spec.empty()) r = std::string(v.asBool() ? "True" : "False");
        else r = text::formatInt(v.asBool() ? 1 : 0, spec, "bool");
    } else if (v.isInt()) {
        r = text::formatInt(v.asInt(), spec);
    } else if (v.isFloat()) {
        r = text::formatFloat(v.asFloat(), spec);
    } else if (isStr(v) && ctx.typeOf(v) == ctx.types().strType) {
        r = text::formatStr(sv(v), spec);
    } else {
        return false;
    }
    out = strResult(ctx, r);
    return true;
}

Value formatWithSpec(CallContext& ctx, Value v, std::string_view spec) {
    Value out;
    if (formatBuiltinValue(ctx, v, spec, out)) return out;
    Value specValue = ctx.makeStr(spec);
    Value r = ctx.callMethod(v, "__format__", {specValue});
    if (r.isSignal()) return r;
    if (!isStr(r)) return ctx.typeError("__format__ must return a str, not " + std::string(ctx.typeName(r)));
    return r;
}

namespace {

Value builtinFormat(CallContext& ctx, ArgView args) {
    if (!noKwargs(ctx, args, "format") || !arity(ctx, args, "format", 1, 2, 0)) return Value::error();
    std::string_view spec;
    if (args.size() > 1 && !strArg(ctx, args[1], "format() argument 2 must be str", spec)) return Value::error();
    return formatWithSpec(ctx, args[0], spec);
}

// int.__format__ / float.__format__ / str.__format__ / bool.__format__.
Value builtinDunderFormat(CallContext& ctx, ArgView args) {
    if (!arity(ctx, args, "__format__", 1, 1)) return Value::error();
    std::string_view spec;
    if (!strArg(ctx, args[1], "__format__() argument must be str", spec)) return Value::error();
    Value out;
    if (formatBuiltinValue(ctx, args[0], spec, out)) return out;
    return ctx.str(args[0]);
}

// object.__format__: only the empty spec (str(self)).
Value objectDunderFormat(CallContext& ctx, ArgView args) {
    if (!arity(ctx, args, "__format__", 1, 1)) return Value::error();
    std::string_view spec;
    if (!strArg(ctx, args[1], "__format__() argument must be str", spec)) return Value::error();
    if (!spec.empty()) {
        return ctx.typeError("unsupported format string passed to " + std::string(ctx.typeName(args[0])) + ".__format__");
    }
    return ctx.str(args[0]);
}

// ascii(): repr with every non-ASCII character escaped.
std::string asciiOf(std::string_view repr) {
    std::string out;
    size_t pos = 0;
    while (pos < repr.size()) {
        const size_t start = pos;
        const char32_t c = text::decodeAt(repr, pos);
        if (c < 0x80) {
            out.append(repr.substr(start, pos - start));
        } else {
            std::string esc = text::asciiRepr(text::encodeUtf8(c));  // "'\xe9'"
            out.append(esc, 1, esc.size() - 2);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] str.format / format_map
// ---------------------------------------------------------------------------------------------

struct FormatArgs {
    const Value* pos = nullptr;  // positional arguments (after self)
    size_t count = 0;
    ArgView kwargs;              // keywords (format)
    Value mapping;               // format_map's mapping (None for format)
};

Value lookupField(CallContext& ctx, const text::TemplatePiece& p, const FormatArgs& fa) {
    Value obj;
    if (p.argIndex >= 0) {
        if (!fa.mapping.isNone()) return ctx.valueError("Format string contains positional fields");
        if (static_cast<size_t>(p.argIndex) >= fa.count) return ctx.indexError(text::replacementIndexError(p.argIndex));
        obj = fa.pos[p.argIndex];
    } else if (!fa.mapping.isNone()) {
        obj = ctx.getItem(fa.mapping, ctx.makeStr(p.argName));
        if (obj.isSignal()) return obj;
    } else {
        const Value* v = fa.kwargs.kwarg(p.argName);
        if (!v) return ctx.raiseKeyError(ctx.makeStr(p.argName));
        obj = *v;
    }
    for (const text::FieldAccessor& a : p.accessors) {
        if (a.isAttribute) obj = ctx.getAttr(obj, std::string_view(a.name));
        else obj = ctx.getItem(obj, a.index >= 0 ? Value::integer(a.index) : ctx.makeStr(a.name));
        if (obj.isSignal()) return obj;
    }
    return obj;
}

bool render(CallContext& ctx, const std::vector<text::TemplatePiece>& pieces, const FormatArgs& fa, std::string& out) {
    for (const text::TemplatePiece& p : pieces) {
        if (p.literal) {
            out += p.text;
            continue;
        }
        Value obj = lookupField(ctx, p, fa);
        if (obj.isSignal()) return false;
        if (auto err = text::conversionError(p.conversion)) {
            ctx.raiseText(*err);
            return false;
        }
        if (p.conversion == 'r' || p.conversion == 'a' || p.conversion == 's') {
            std::string conv;
            if (p.conversion == 's' ? !ctx.strInto(obj, conv) : !ctx.reprInto(obj, conv)) return false;
            obj = ctx.makeStr(p.conversion == 'a' ? asciiOf(conv) : conv);
        }
        std::string spec = p.spec;
        if (p.specNested) {
            spec.clear();
            if (!render(ctx, p.specPieces, fa, spec)) return false;
        }
        Value formatted = formatWithSpec(ctx, obj, spec);
        if (formatted.isSignal()) return false;
        out += sv(formatted);
    }
    return true;
}

Value renderTemplate(CallContext& ctx, std::string_view fmt, const FormatArgs& fa) {
    text::FormatTemplate t = text::parseFormatTemplate(fmt);
    std::string out;
    if (!render(ctx, t.pieces, fa, out)) return Value::error();
    if (t.error) return ctx.raiseText(*t.error);
    return ctx.makeStr(out);
}

Value strFormat(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Str, "str", "format")) return Value::error();
    FormatArgs fa{args.pos + 1, args.size() - 1, args, Value::none()};
    return renderTemplate(ctx, sv(args[0]), fa);
}

Value strFormatMap(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Str, "str", "format_map")) return Value::error();
    if (!noKwargs(ctx, args, "format_map") || !arity(ctx, args, "str.format_map", 1, 1)) return Value::error();
    FormatArgs fa{nullptr, 0, ArgView{}, args[1]};
    return renderTemplate(ctx, sv(args[0]), fa);
}

Value strMod(CallContext& ctx, ArgView args) {
    if (!selfIs(ctx, args, ObjKind::Str, "str", "__mod__") || !arity(ctx, args, "__mod__", 1, 1)) return Value::error();
    return percentFormat(ctx, args[0], args[1]);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] str % args
// ---------------------------------------------------------------------------------------------

namespace {

// Converts one value for a numeric conversion; false with the error raised.
bool percentNumber(CallContext& ctx, Value v, const text::PercentSpec& s, std::string& out) {
    const char32_t t = s.type;
    const bool integral = t == 'd' || t == 'i' || t == 'u' || t == 'o' || t == 'x' || t == 'X';
    if (integral) {
        int64_t i;
        if (v.isInt() || v.isBool()) {
            i = v.isInt() ? v.asInt() : v.asBool();
        } else if (v.isFloat() && (t == 'd' || t == 'i' || t == 'u')) {
            double d = v.asFloat();
            if (std::isinf(d)) return ctx.overflowError("cannot convert float infinity to integer"), false;
            if (std::isnan(d)) return ctx.valueError("cannot convert float NaN to integer"), false;
            if (d >= 9.3e18 || d <= -9.3e18) return ctx.overflowError("int too large to convert"), false;
            i = static_cast<int64_t>(d);
        } else if (isKind(v, ObjKind::Instance)) {
            if (!ctx.index(v, i)) return false;
        } else {
            std::string what = (t == 'd' || t == 'i' || t == 'u') ? "a real number" : "an integer";
            char tc = static_cast<char>(t);
            ctx.typeError(std::string("%") + tc + " format: " + what + " is required, not " + std::string(ctx.typeName(v)));
            return false;
        }
        out += text::percentInt(i, s);
        return true;
    }
    double d;
    if (v.isFloat()) d = v.asFloat();
    else if (v.isInt()) d = static_cast<double>(v.asInt());
    else if (v.isBool()) d = v.asBool() ? 1.0 : 0.0;
    else return ctx.typeError("must be real number, not " + std::string(ctx.typeName(v))), false;
    out += text::percentFloat(d, s);
    return true;
}

}  // namespace

Value percentFormat(CallContext& ctx, Value fmtValue, Value argsValue) {
    std::vector<Value> single;
    const std::vector<Value>* items;
    const bool isTuple = isKind(argsValue, ObjKind::Tuple);
    if (isTuple) {
        items = &as<TupleObject>(argsValue)->items;
    } else {
        single.push_back(argsValue);
        items = &single;
    }
    const bool isMapping = !isTuple && !isStr(argsValue) &&
                           (isKind(argsValue, ObjKind::Dict) || isKind(argsValue, ObjKind::List) ||
                            isKind(argsValue, ObjKind::Range) ||
                            (isKind(argsValue, ObjKind::Instance) && ctx.typeOf(argsValue)->lookup("__getitem__")));
    size_t next = 0;
    auto fetch = [&](Value& out) -> bool {
        if (next >= items->size()) {
            ctx.typeError("not enough arguments for format string");
            return false;
        }
        out = (*items)[next++];
        return true;
    };
    std::string out;
    for (const text::PercentPiece& piece : text::parsePercentFormat(sv(fmtValue))) {
        if (piece.literal) {
            out += piece.text;
            continue;
        }
        text::PercentSpec s = piece.spec;
        Value v;
        if (s.widthStar) {
            if (!fetch(v)) return Value::error();
            if (!v.isInt()) return ctx.typeError("* wants int");
            s.width = v.asInt();
            if (s.width < 0) {
                s.left = true;
                s.width = -s.width;
            }
        }
        if (s.precisionStar) {
            if (!fetch(v)) return Value::error();
            if (!v.isInt()) return ctx.typeError("* wants int");
            s.precision = v.asInt() < 0 ? 0 : v.asInt();
        }
        if (s.incomplete) return ctx.raiseText(*s.incomplete);
        if (s.hasKey) {
            if (!isMapping) return ctx.typeError("format requires a mapping");
            v = ctx.getItem(argsValue, ctx.makeStr(s.key));
            if (v.isSignal()) return v;
        } else if (!fetch(v)) {
            return Value::error();
        }
        if (!s.supported()) return ctx.raiseText(s.unsupportedError());
        std::string piece_;
        switch (s.type) {
        case 's':
            if (!ctx.strInto(v, piece_)) return Value::error();
            out += text::percentStr(piece_, s);
            break;
        case 'r':
        case 'a':
            if (!ctx.reprInto(v, piece_)) return Value::error();
            out += text::percentStr(s.type == 'a' ? asciiOf(piece_) : piece_, s);
            break;
        case 'c':
            if (v.isInt() || v.isBool()) {
                int64_t c = v.isInt() ? v.asInt() : v.asBool();
                if (c < 0 || c > 0x10FFFF) return ctx.overflowError("%c arg not in range(0x110000)");
                out += text::percentStr(text::encodeUtf8(static_cast<char32_t>(c)), s);
            } else if (isStr(v) && as<StrObject>(v)->length == 1) {
                out += text::percentStr(sv(v), s);
            } else {
                return ctx.typeError("%c requires int or char");
            }
            break;
        default:
            if (!percentNumber(ctx, v, s, out)) return Value::error();
            break;
        }
    }
    if (next < items->size() && !isMapping) {
        return ctx.typeError("not all arguments converted during string formatting");
    }
    return ctx.makeStr(out);
}

void installFormatMethods(BuiltinTypes& t) {
    addNative(t.strType, "format", strFormat);
    addNative(t.strType, "format_map", strFormatMap);
    addNative(t.strType, "__mod__", strMod);
    for (ClassObject* c : {t.intType, t.boolType, t.floatType, t.strType}) addNative(c, "__format__", builtinDunderFormat);
    addNative(t.object, "__format__", objectDunderFormat);
    addFunction(t.builtins, "format", builtinFormat);
}

}  // namespace il::vm::lib
