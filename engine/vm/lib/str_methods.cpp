// str methods: splitting, joining, stripping, replacing and searching (engine/text does the
// work; this file converts arguments and results).
#include "engine/text/str_methods.hpp"

#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {
namespace {

using text::StripSide;

#define IL_SELF_STR(name)                                                   \
    if (!selfIs(ctx, args, ObjKind::Str, "str", name)) return Value::error(); \
    const std::string_view self = sv(args[0])

// sep and maxsplit for split/rsplit, by position or keyword.
bool splitArgs(CallContext& ctx, ArgView args, const char* name, Value& sep, int64_t& maxsplit) {
    if (!checkKeywords(ctx, args, name, {"sep", "maxsplit"})) return false;
    if (!arity(ctx, args, name, 0, 2)) return false;
    const Value* s = kwOrPos(args, 1, "sep");
    sep = s ? *s : Value::none();
    if (!sep.isNone() && !isStr(sep)) {
        ctx.typeError("must be str or None, not " + std::string(ctx.typeName(sep)));
        return false;
    }
    maxsplit = -1;
    if (const Value* m = kwOrPos(args, 2, "maxsplit")) return ctx.index(*m, maxsplit);
    return true;
}

Value strSplit(CallContext& ctx, ArgView args) {
    IL_SELF_STR("split");
    Value sep;
    int64_t maxsplit;
    if (!splitArgs(ctx, args, "split", sep, maxsplit)) return Value::error();
    if (sep.isNone()) return strList(ctx, text::splitWhitespace(self, maxsplit));
    auto r = text::split(self, sv(sep), maxsplit);
    if (!r) return ctx.raiseText(r.error());
    return strList(ctx, *r);
}

Value strRsplit(CallContext& ctx, ArgView args) {
    IL_SELF_STR("rsplit");
    Value sep;
    int64_t maxsplit;
    if (!splitArgs(ctx, args, "rsplit", sep, maxsplit)) return Value::error();
    if (sep.isNone()) return strList(ctx, text::rsplitWhitespace(self, maxsplit));
    auto r = text::rsplit(self, sv(sep), maxsplit);
    if (!r) return ctx.raiseText(r.error());
    return strList(ctx, *r);
}

Value strSplitlines(CallContext& ctx, ArgView args) {
    IL_SELF_STR("splitlines");
    if (!checkKeywords(ctx, args, "splitlines", {"keepends"}) || !arity(ctx, args, "splitlines", 0, 1)) {
        return Value::error();
    }
    bool keep = false;
    if (const Value* k = kwOrPos(args, 1, "keepends")) {
        int t = ctx.truthy(*k);
        if (t < 0) return Value::error();
        keep = t == 1;
    }
    return strList(ctx, text::splitlines(self, keep));
}

Value strJoin(CallContext& ctx, ArgView args) {
    IL_SELF_STR("join");
    if (!noKwargs(ctx, args, "str.join") || !arity(ctx, args, "str.join", 1, 1)) return Value::error();
    std::vector<Value> items;
    if (isKind(args[1], ObjKind::List)) {
        items = as<ListObject>(args[1])->items;
    } else if (isKind(args[1], ObjKind::Tuple)) {
        items = as<TupleObject>(args[1])->items;
    } else {
        Value it = ctx.iter(args[1]);
        if (it.isError()) {
            if (ctx.pendingIs(ctx.types().TypeError)) {
                ctx.clearPending();
                return ctx.typeError("can only join an iterable");
            }
            return Value::error();
        }
        if (!ctx.collect(it, items)) return Value::error();
    }
    std::vector<std::string_view> parts;
    parts.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        if (!isStr(items[i])) {
            return ctx.typeError("sequence item " + std::to_string(i) + ": expected str instance, " +
                                 std::string(ctx.typeName(items[i])) + " found");
        }
        parts.push_back(sv(items[i]));
    }
    return ctx.makeStr(text::join(self, parts));
}

Value stripImpl(CallContext& ctx, ArgView args, const char* name, StripSide side) {
    IL_SELF_STR(name);
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 0, 1)) return Value::error();
    if (args.size() < 2 || args[1].isNone()) return ctx.makeStr(text::strip(self, side));
    if (!isStr(args[1])) return ctx.typeError(std::string(name) + " arg must be None or str");
    return ctx.makeStr(text::stripChars(self, sv(args[1]), side));
}
Value strStrip(CallContext& ctx, ArgView args) { return stripImpl(ctx, args, "strip", StripSide::Both); }
Value strLstrip(CallContext& ctx, ArgView args) { return stripImpl(ctx, args, "lstrip", StripSide::Left); }
Value strRstrip(CallContext& ctx, ArgView args) { return stripImpl(ctx, args, "rstrip", StripSide::Right); }

Value strReplace(CallContext& ctx, ArgView args) {
    IL_SELF_STR("replace");
    if (!noKwargs(ctx, args, "replace") || !arity(ctx, args, "replace", 2, 3)) return Value::error();
    std::string_view old, with;
    if (!strArg(ctx, args[1], "replace() argument 1 must be str", old)) return Value::error();
    if (!strArg(ctx, args[2], "replace() argument 2 must be str", with)) return Value::error();
    int64_t count = -1;
    if (args.size() > 3 && !ctx.index(args[3], count)) return Value::error();
    return ctx.makeStr(text::replace(self, old, with, count));
}

// sub, start, end for find-like methods.
bool searchArgs(CallContext& ctx, ArgView args, const char* name, std::string_view& sub, int64_t& start, int64_t& end) {
    if (!noKwargs(ctx, args, name) || !arityOld(ctx, args, name, 1, 3)) return false;
    if (!strArg(ctx, args[1], "must be str", sub)) return false;
    return optIndex(ctx, args, 2, 0, start) && optIndex(ctx, args, 3, text::kNoEnd, end);
}

enum class Search : uint8_t { Find, Rfind, Index, Rindex, Count };

template <Search S>
Value searchMethod(CallContext& ctx, ArgView args) {
    static const char* const kNames[] = {"find", "rfind", "index", "rindex", "count"};
    const char* name = kNames[static_cast<int>(S)];
    IL_SELF_STR(name);
    std::string_view sub;
    int64_t start, end;
    if (!searchArgs(ctx, args, name, sub, start, end)) return Value::error();
    switch (S) {
    case Search::Find: return Value::integer(text::find(self, sub, start, end));
    case Search::Rfind: return Value::integer(text::rfind(self, sub, start, end));
    case Search::Index: return intResult(ctx, text::index(self, sub, start, end));
    case Search::Rindex: return intResult(ctx, text::rindex(self, sub, start, end));
    default: return Value::integer(text::count(self, sub, start, end));
    }
}

template <bool End>
Value tailMethod(CallContext& ctx, ArgView args) {
    const char* name = End ? "endswith" : "startswith";
    IL_SELF_STR(name);
    if (!noKwargs(ctx, args, name) || !arityOld(ctx, args, name, 1, 3)) return Value::error();
    int64_t start, end;
    if (!optIndex(ctx, args, 2, 0, start) || !optIndex(ctx, args, 3, text::kNoEnd, end)) return Value::error();
    auto test = [&](std::string_view p) {
        return End ? text::endswith(self, p, start, end) : text::startswith(self, p, start, end);
    };
    if (isStr(args[1])) return Value::boolean(test(sv(args[1])));
    if (isKind(args[1], ObjKind::Tuple)) {
        for (Value p : as<TupleObject>(args[1])->items) {
            if (!isStr(p)) {
                return ctx.typeError(std::string("tuple for ") + name + " must only contain str, not " +
                                     std::string(ctx.typeName(p)));
            }
            if (test(sv(p))) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    return ctx.typeError(std::string(name) + " first arg must be str or a tuple of str, not " +
                         std::string(ctx.typeName(args[1])));
}

template <bool Reverse>
Value partitionMethod(CallContext& ctx, ArgView args) {
    const char* name = Reverse ? "rpartition" : "partition";
    IL_SELF_STR(name);
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 1, 1)) return Value::error();
    std::string_view sep;
    if (!strArg(ctx, args[1], "must be str", sep)) return Value::error();
    auto r = Reverse ? text::rpartition(self, sep) : text::partition(self, sep);
    if (!r) return ctx.raiseText(r.error());
    return Value::object(ctx.newTuple({ctx.makeStr((*r)[0]), ctx.makeStr((*r)[1]), ctx.makeStr((*r)[2])}));
}

template <bool Suffix>
Value removeAffix(CallContext& ctx, ArgView args) {
    const char* name = Suffix ? "removesuffix" : "removeprefix";
    IL_SELF_STR(name);
    if (!noKwargs(ctx, args, name) || !arity(ctx, args, name, 1, 1)) return Value::error();
    std::string_view a;
    if (!strArg(ctx, args[1], std::string(name) + "() argument must be str", a)) return Value::error();
    return ctx.makeStr(Suffix ? text::removeSuffix(self, a) : text::removePrefix(self, a));
}

}  // namespace

void installStrMethods(BuiltinTypes& t) {
    ClassObject* s = t.strType;
    addNative(s, "split", strSplit);
    addNative(s, "rsplit", strRsplit);
    addNative(s, "splitlines", strSplitlines);
    addNative(s, "join", strJoin);
    addNative(s, "strip", strStrip);
    addNative(s, "lstrip", strLstrip);
    addNative(s, "rstrip", strRstrip);
    addNative(s, "replace", strReplace);
    addNative(s, "find", searchMethod<Search::Find>);
    addNative(s, "rfind", searchMethod<Search::Rfind>);
    addNative(s, "index", searchMethod<Search::Index>);
    addNative(s, "rindex", searchMethod<Search::Rindex>);
    addNative(s, "count", searchMethod<Search::Count>);
    addNative(s, "startswith", tailMethod<false>);
    addNative(s, "endswith", tailMethod<true>);
    addNative(s, "partition", partitionMethod<false>);
    addNative(s, "rpartition", partitionMethod<true>);
    addNative(s, "removeprefix", removeAffix<false>);
    addNative(s, "removesuffix", removeAffix<true>);
}

}  // namespace il::vm::lib
