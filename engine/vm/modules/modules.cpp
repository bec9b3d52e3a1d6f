// The module registry, import and from-import.

#include "engine/vm/modules/modules.hpp"

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {
struct ModuleEntry {
    const char* name;
    ModuleFill fill;
    bool cacheable;  // the namespace holds only immortal objects and constants (newFilledModule)
};
// sys and os hold per-process objects (sys.modules, sys.argv, strs on the process heap).
constexpr ModuleEntry kModules[] = {
    {"time", fillTimeModule, true}, {"random", fillRandomModule, true}, {"math", fillMathModule, true},
    {"sys", fillSysModule, false},  {"os", fillOsModule, false},         {"interleave", fillInterleaveModule, true},
};

// A filled namespace kept for the next module of the same fill on this OS thread. Its entries
// reference immortal objects only; the first one (__name__, see newModule) holds None.
struct ModuleTemplate {
    ModuleFill fill;
    decltype(DictObject::entries) entries;
    decltype(DictObject::index) index;
    size_t used;
    uint64_t version;
};

std::vector<ModuleTemplate>& moduleTemplates() {
    thread_local std::vector<ModuleTemplate> templates;
    return templates;
}

bool onlyImmortal(const DictObject& d) {
    for (size_t i = 1; i < d.entries.size(); ++i) {
        const DictObject::Entry& e = d.entries[i];
        if (!e.live || !e.key.asObj()->immortal) return false;
        if (e.value.isObj() && !e.value.asObj()->immortal) return false;
    }
    return true;
}
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

ModuleObject* newFilledModule(CallContext& ctx, std::string_view name, ModuleFill fill, bool cacheable) {
    ModuleObject* m = newModule(ctx, name);
    DictObject* d = m->dict;
    if (!cacheable) {
        fill(ctx, m);
        return m;
    }
    for (const ModuleTemplate& t : moduleTemplates()) {
        if (t.fill != fill) continue;
        // The same arrays, versions and order as filling would give; __name__ is this module's.
        d->entries = t.entries;
        d->index = t.index;
        d->used = t.used;
        d->version = t.version;
        d->entries[0].value = Value::object(m->name);
        return m;
    }
    fill(ctx, m);
    if (d->entries.size() == d->used && d->entries[0].key.asObj() == ctx.types().names.name && onlyImmortal(*d)) {
        ModuleTemplate t{fill, d->entries, d->index, d->used, d->version};
        t.entries[0].value = Value();
        moduleTemplates().push_back(std::move(t));
    }
    return m;
}

ModuleObject* createBuiltinModule(CallContext& ctx, std::string_view name) {
    for (const ModuleEntry& e : kModules)
        if (name == e.name) return newFilledModule(ctx, name, e.fill, e.cacheable);
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
