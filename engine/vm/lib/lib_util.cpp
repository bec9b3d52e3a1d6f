// Helpers shared by the builtin library (see lib_util.hpp).
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {

bool noKwargs(CallContext& ctx, ArgView args, const char* name) {
    if (args.kwCount == 0) return true;
    ctx.typeError(std::string(name) + "() takes no keyword arguments");
    return false;
}

bool arity(CallContext& ctx, ArgView args, const char* name, size_t min, size_t max, size_t self) {
    const size_t n = args.size() >= self ? args.size() - self : 0;
    if (n >= min && n <= max) return true;
    auto plural = [](size_t k) { return k == 1 ? " argument" : " arguments"; };
    std::string msg;
    if (max == 0) {
        msg = std::string(name) + "() takes no arguments (" + std::to_string(n) + " given)";
    } else if (min == 1 && max == 1) {
        msg = std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)";
    } else if (n > max) {
        msg = std::string(name) + " expected at most " + std::to_string(max) + plural(max) + ", got " + std::to_string(n);
    } else {
        msg = std::string(name) + " expected at least " + std::to_string(min) + plural(min) + ", got " + std::to_string(n);
    }
    ctx.typeError(msg);
    return false;
}

bool arityOld(CallContext& ctx, ArgView args, const char* name, size_t min, size_t max, size_t self) {
    const size_t n = args.size() >= self ? args.size() - self : 0;
    if (n >= min && n <= max) return true;
    const size_t bound = n > max ? max : min;
    ctx.typeError(std::string(name) + "() takes " + (n > max ? "at most " : "at least ") + std::to_string(bound) +
                  (bound == 1 ? " argument (" : " arguments (") + std::to_string(n) + " given)");
    return false;
}

bool selfIs(CallContext& ctx, ArgView args, ObjKind kind, const char* typeName, const char* name) {
    if (args.size() >= 1 && isKind(args[0], kind)) return true;
    if (args.size() == 0) {
        ctx.typeError(std::string("unbound method ") + typeName + "." + name + "() needs an argument");
        return false;
    }
    ctx.typeError(std::string("descriptor '") + name + "' for '" + typeName + "' objects doesn't apply to a '" +
                  std::string(ctx.typeName(args[0])) + "' object");
    return false;
}

bool optIndex(CallContext& ctx, ArgView args, size_t i, int64_t def, int64_t& out) {
    if (i >= args.size() || args[i].isNone()) {
        out = def;
        return true;
    }
    Value v = args[i];
    if (v.isInt()) {
        out = v.asInt();
        return true;
    }
    if (v.isBool()) {
        out = v.asBool() ? 1 : 0;
        return true;
    }
    if (v.isObj() && !isKind(v, ObjKind::Instance)) {
        ctx.typeError("slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return ctx.index(v, out);
}

bool strArg(CallContext& ctx, Value v, std::string_view prefix, std::string_view& out) {
    if (isStr(v)) {
        out = sv(v);
        return true;
    }
    ctx.typeError(std::string(prefix) + ", not " + std::string(ctx.typeName(v)));
    return false;
}

Value strResult(CallContext& ctx, const text::Result<std::string>& r) {
    if (!r.ok()) return ctx.raiseText(r.error());
    return ctx.makeStr(r.value());
}

Value intResult(CallContext& ctx, const text::Result<int64_t>& r) {
    if (!r.ok()) return ctx.raiseText(r.error());
    return Value::integer(r.value());
}

Value strList(CallContext& ctx, const std::vector<std::string>& items) {
    std::vector<Value> values;
    values.reserve(items.size());
    for (const auto& s : items) values.push_back(ctx.makeStr(s));
    return Value::object(ctx.newList(std::move(values)));
}

const Value* kwOrPos(ArgView args, size_t i, std::string_view name) {
    // cppcheck-suppress returnDanglingLifetime ; `pos` points into the caller's stack, not into `args`
    if (i < args.size()) return &args.pos[i];
    return args.kwarg(name);
}

bool checkKeywords(CallContext& ctx, ArgView args, const char* name, std::initializer_list<std::string_view> allowed) {
    for (size_t k = 0; k < args.kwCount; ++k) {
        std::string_view key = args.kw[k].name->view();
        bool ok = false;
        for (auto a : allowed) ok = ok || a == key;
        if (!ok) {
            ctx.typeError(std::string(name) + "() got an unexpected keyword argument '" + std::string(key) + "'");
            return false;
        }
    }
    return true;
}

}  // namespace il::vm::lib
