// The module registry, import and from-import.

#include "engine/vm/modules/modules.hpp"

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {
struct ModuleEntry {
    const char* name;
    void (*fill)(CallContext&, ModuleObject*);
};
constexpr ModuleEntry kModules[] = {
    {"time", fillTimeModule}, {"random", fillRandomModule}, {"math", fillMathModule},
    {"sys", fillSysModule},   {"os", fillOsModule},         {"interleave", fillInterleaveModule},
};
}  // namespace

ModuleObject* newModule(CallContext& ctx, std::string_view name) {
    auto* m = ctx.make<ModuleObject>(ctx.types().moduleType);
    m->name = ctx.vm().intern(name);
    m->dict = ctx.newDict();
    m->dict->setStr(ctx.types().names.name, Value::object(m->name));
    return m;
}

// A native module's functions and names are immortal (moduleFunction, internName): they never
// change, and every process that imports the module shares them instead of allocating them.
void addModuleFunction(CallContext&, ModuleObject* m, const char* name, NativeFn fn) {
    m->dict->setStr(internName(name), Value::object(moduleFunction(name, fn)));
}

void addModuleValue(CallContext&, ModuleObject* m, const char* name, Value v) {
    m->dict->setStr(internName(name), v);
}

bool numberArg(CallContext& ctx, Value v, double& out, const char* fn) {
    if (v.isFloat()) out = v.asFloat();
    else if (v.isInt()) out = double(v.asInt());
    else if (v.isBool()) out = v.asBool() ? 1.0 : 0.0;
    else {
        ctx.typeError("must be real number, not " + std::string(ctx.typeName(v)));
        return false;
    }
    return true;
}

ModuleObject* createBuiltinModule(CallContext& ctx, std::string_view name) {
    for (const ModuleEntry& e : kModules) {
        if (name == e.name) {
            ModuleObject* m = newModule(ctx, name);
            e.fill(ctx, m);
            return m;
        }
    }
    return nullptr;
}

Value importName(CallContext& ctx, StrObject* name) { return ctx.vm().importModule(ctx, name->view()); }

Value importFrom(CallContext& ctx, Value module, StrObject* name) {
    Value out;
    int r = lookupAttribute(ctx, module, name, out);
    if (r < 0) return Value::error();
    if (r > 0) return out;
    std::string mod = isKind(module, ObjKind::Module) ? as<ModuleObject>(module)->name->data : "?";
    if (isKind(module, ObjKind::Module)) {
        // `from package import submodule` imports the submodule, as in Python.
        Value sub = ctx.vm().importModule(ctx, mod + "." + name->data);
        if (!sub.isError()) return sub;
        if (!ctx.pendingIs(ctx.types().ModuleNotFoundError)) return sub;
        ctx.clearPending();
    }
    return ctx.raise(ctx.types().ImportError,
                     "cannot import name '" + name->data + "' from '" + mod + "' (unknown location)");
}

}  // namespace il::vm
