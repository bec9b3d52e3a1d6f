// Classes: __build_class__ (runs the class body, creates the class), C3 MRO, super().

#include <algorithm>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

bool computeMro(CallContext& ctx, ClassObject* cls) {
    if (cls->bases.size() == 1) {
        // C3 of a single base B merges L(B) with [B]: L(B) itself. Most classes have one base,
        // and the general merge below allocates a vector per base (class building in the
        // prelude's import was a sixth of an explore run).
        const std::vector<ClassObject*>& base = cls->bases.front()->mro;
        cls->mro.clear();
        cls->mro.reserve(base.size() + 1);
        cls->mro.push_back(cls);
        cls->mro.insert(cls->mro.end(), base.begin(), base.end());
        return true;
    }
    std::vector<std::vector<ClassObject*>> seqs;
    for (ClassObject* b : cls->bases) seqs.push_back(b->mro);
    seqs.push_back(cls->bases);
    std::vector<ClassObject*> result{cls};
    for (;;) {
        seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
        if (seqs.empty()) break;
        ClassObject* cand = nullptr;
        for (auto& s : seqs) {
            ClassObject* head = s.front();
            bool inTail = false;
            for (auto& t : seqs)
                if (std::find(t.begin() + 1, t.end(), head) != t.end()) inTail = true;
            if (!inTail) {
                cand = head;
                break;
            }
        }
        if (!cand) {
            std::string names;
            for (ClassObject* b : cls->bases) names += (names.empty() ? "" : ", ") + b->qualname;
            ctx.typeError("Cannot create a consistent method resolution order (MRO) for bases " + names);
            return false;
        }
        result.push_back(cand);
        for (auto& s : seqs)
            if (s.front() == cand) s.erase(s.begin());
    }
    cls->mro = std::move(result);
    return true;
}

// __build_class__(func, name, *bases, **kw)
Value buildClass(CallContext& ctx, ArgView args) {
    const BuiltinTypes& T = ctx.types();
    if (args.count < 2 || !isKind(args[0], ObjKind::Function) || !isKind(args[1], ObjKind::Str))
        return ctx.typeError("__build_class__: bad arguments");
    auto* body = as<FunctionObject>(args[0]);
    auto* name = as<StrObject>(args[1]);
    auto* cls = ctx.make<ClassObject>(T.type);
    cls->name = name;
    cls->qualname = body->code->qualname->data;
    for (size_t i = 2; i < args.count; ++i) {
        if (!isKind(args[i], ObjKind::Class)) return ctx.typeError("bases must be types");
        cls->bases.push_back(as<ClassObject>(args[i]));
    }
    if (cls->bases.empty()) cls->bases.push_back(T.object);
    for (ClassObject* b : cls->bases) {
        if (b->instanceKind == ObjKind::Exception) cls->instanceKind = ObjKind::Exception;
        // Subclasses of list / dict / str ... build their instances with the base's constructor
        // (the instance has the builtin layout and no attribute dict).
        if (b->construct && !cls->construct && b != T.type) cls->construct = b->construct;
    }
    if (!computeMro(ctx, cls)) return Value::error();
    DictObject* ns = ctx.newDict();
    cls->dict = ns;
    // Run the body with `ns` as its locals.
    Frame* f = newFunctionFrame(ctx, body, nullptr, nullptr, 0, nullptr, 0, false);
    if (!f) return Value::error();
    f->locals = ns;
    Value r = runFrame(ctx, f);
    if (r.isSignal()) return Value::error();
    if (Value* m = ns->findStr(T.names.module)) {
        if (isKind(*m, ObjKind::Str)) cls->module = as<StrObject>(*m)->data;
    }
    if (Value* cell = ns->findStr(T.names.classCell)) {
        auto* c = as<CellObject>(*cell);
        c->value = Value::object(cls);
        c->empty = false;
        ns->removeStr(T.names.classCell);
    }
    if (ns->findStr(T.names.eq) && !ns->findStr(T.names.hash)) ns->setStr(T.names.hash, Value());
    // __init_subclass__ is not supported; keyword arguments other than metaclass are ignored.
    return Value::object(cls);
}

}  // namespace il::vm
