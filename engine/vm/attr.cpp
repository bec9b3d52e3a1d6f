// Attribute access: instance dicts, class MRO lookup, descriptors (property, staticmethod,
// classmethod, functions → bound methods), module attributes, special attributes, __getattr__.

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

Value bindBuiltin(CallContext& ctx, BuiltinObject* b, Value self) {
    auto* r = ctx.vm().make<BuiltinObject>(ctx.types().builtinFunctionType, b->name, b->fn);
    r->bound = self;
    r->hasBound = true;
    return Value::object(r);
}

Value bindFunction(CallContext& ctx, Value fn, Value self) {
    auto* bm = ctx.vm().make<BoundMethodObject>(ctx.types().methodType);
    bm->self = self;
    bm->function = fn;
    return Value::object(bm);
}

// Applies the descriptor protocol to a class attribute found for instance `obj` (or for class
// `cls` itself when obj is None and onClass).
int bindClassAttr(CallContext& ctx, Value attr, Value obj, ClassObject* cls, bool onClass, Value& out) {
    if (attr.isObj()) {
        Object* a = attr.asObj();
        switch (a->kind) {
        case ObjKind::Function:
            out = onClass ? attr : bindFunction(ctx, attr, obj);
            return 1;
        case ObjKind::Builtin: {
            auto* b = static_cast<BuiltinObject*>(a);
            out = (b->isMethod && !onClass) ? bindBuiltin(ctx, b, obj) : attr;
            return 1;
        }
        case ObjKind::StaticMethod: out = static_cast<WrapperObject*>(a)->fget; return 1;
        case ObjKind::ClassMethod: {
            Value f = static_cast<WrapperObject*>(a)->fget;
            if (isKind(f, ObjKind::Builtin)) out = bindBuiltin(ctx, as<BuiltinObject>(f), Value::object(cls));
            else out = bindFunction(ctx, f, Value::object(cls));
            return 1;
        }
        case ObjKind::Property: {
            if (onClass) {
                out = attr;
                return 1;
            }
            Value args[1] = {obj};
            out = callValue(ctx, static_cast<WrapperObject*>(a)->fget, ArgView{args, 1, nullptr, 0});
            return out.isSignal() ? -1 : 1;
        }
        default: break;
        }
    }
    out = attr;
    return 1;
}

int specialAttr(CallContext& ctx, Value obj, StrObject* name, Value& out) {
    const BuiltinTypes& T = ctx.types();
    const std::string& n = name->data;
    Object* o = obj.isObj() ? obj.asObj() : nullptr;
    if (name == T.names.class_ || n == "__class__") {
        out = Value::object(ctx.typeOf(obj));
        return 1;
    }
    if (!o) return 0;
    switch (o->kind) {
    case ObjKind::Class: {
        auto* c = static_cast<ClassObject*>(o);
        if (n == "__name__") out = Value::object(c->name);
        else if (n == "__qualname__") out = ctx.makeStr(c->qualname);
        else if (n == "__module__") {
            if (Value* m = c->dict->findStr(name)) out = *m;
            else out = ctx.makeStr(c->module);
        } else if (n == "__mro__") {
            std::vector<Value> items;
            for (ClassObject* m : c->mro) items.push_back(Value::object(m));
            out = Value::object(ctx.newTuple(std::move(items)));
        } else if (n == "__bases__") {
            std::vector<Value> items;
            for (ClassObject* m : c->bases) items.push_back(Value::object(m));
            out = Value::object(ctx.newTuple(std::move(items)));
        } else if (n == "__dict__") out = Value::object(c->dict);
        else if (n == "__doc__") {
            Value* d = c->dict->findStr(name);
            out = d ? *d : Value();
        } else return 0;
        return 1;
    }
    case ObjKind::Exception: {
        auto* e = static_cast<ExceptionObject*>(o);
        if (n == "args") out = Value::object(e->args);
        else if (n == "__cause__") out = e->cause;
        else if (n == "__context__") out = e->context;
        else if (n == "__suppress_context__") out = Value::boolean(e->suppressContext);
        else if (n == "__traceback__") out = Value();
        else if (n == "value" && o->cls->isSubclassOf(T.StopIteration)) out = e->stopValue;
        else if ((n == "errno" || n == "strerror") && o->cls->isSubclassOf(T.OSError) &&
                 !(e->dict && e->dict->findStr(name))) {
            // OSError(errno, strerror[, ...]): as CPython, None unless given 2 to 5 arguments.
            const size_t count = e->args ? e->args->items.size() : 0;
            out = count >= 2 && count <= 5 ? e->args->items[n == "errno" ? 0 : 1] : Value();
        } else if ((n == "filename" || n == "filename2") && o->cls->isSubclassOf(T.OSError) &&
                   !(e->dict && e->dict->findStr(name))) {
            out = Value();  // none given (set from the third and fifth arguments when they are)
        }
        else if (n == "__dict__") {
            if (!e->dict) e->dict = ctx.newDict();
            out = Value::object(e->dict);
        } else return 0;
        return 1;
    }
    case ObjKind::Instance:
        if (n == "__dict__") {
            auto* inst = static_cast<InstanceObject*>(o);
            if (!inst->dict) inst->dict = ctx.newDict();
            out = Value::object(inst->dict);
            return 1;
        }
        return 0;
    case ObjKind::Function: {
        auto* f = static_cast<FunctionObject*>(o);
        if (n == "__name__") out = Value::object(f->code->name);
        else if (n == "__qualname__") out = Value::object(f->code->qualname);
        else if (n == "__module__") out = f->module;
        else if (n == "__doc__") out = Value();
        else if (n == "__defaults__")
            out = f->defaults.empty() ? Value() : Value::object(ctx.newTuple(f->defaults));
        else if (n == "__dict__") {
            if (!f->dict) f->dict = ctx.newDict();
            out = Value::object(f->dict);
        } else return 0;
        return 1;
    }
    case ObjKind::BoundMethod: {
        auto* bm = static_cast<BoundMethodObject*>(o);
        if (n == "__self__") out = bm->self;
        else if (n == "__func__") out = bm->function;
        else return lookupAttribute(ctx, bm->function, name, out);
        return 1;
    }
    case ObjKind::Builtin: {
        auto* b = static_cast<BuiltinObject*>(o);
        if (n == "__name__" || n == "__qualname__") out = ctx.makeStr(b->name);
        else if (n == "__self__") out = b->hasBound ? b->bound : Value();
        else return 0;
        return 1;
    }
    case ObjKind::Generator: {
        auto* g = static_cast<GeneratorObject*>(o);
        if (n == "__name__" || n == "__qualname__") out = Value::object(g->name);
        else if (n == "gi_running") out = Value::boolean(g->running);
        else return 0;
        return 1;
    }
    case ObjKind::Range: {
        auto* r = static_cast<RangeObject*>(o);
        if (n == "start") out = Value::integer(r->start);
        else if (n == "stop") out = Value::integer(r->stop);
        else if (n == "step") out = Value::integer(r->step);
        else return 0;
        return 1;
    }
    case ObjKind::Slice: {
        auto* s = static_cast<SliceObject*>(o);
        if (n == "start") out = s->start;
        else if (n == "stop") out = s->stop;
        else if (n == "step") out = s->step;
        else return 0;
        return 1;
    }
    case ObjKind::Property: {
        auto* w = static_cast<WrapperObject*>(o);
        if (n == "fget") out = w->fget;
        else if (n == "fset") out = w->fset;
        else if (n == "__func__") out = w->fget;
        else return 0;
        return 1;
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
        if (n == "__func__") {
            out = static_cast<WrapperObject*>(o)->fget;
            return 1;
        }
        return 0;
    case ObjKind::Module:
        if (n == "__name__") {
            out = Value::object(static_cast<ModuleObject*>(o)->name);
            return 1;
        }
        return 0;
    default: return 0;
    }
}

}  // namespace

int lookupAttribute(CallContext& ctx, Value obj, StrObject* name, Value& out) {
    const BuiltinTypes& T = ctx.types();
    if (obj.isObj() && obj.asObj()->cls == T.superType) {
        auto* s = static_cast<SuperObject*>(obj.asObj());
        ClassObject* start = isKind(s->self, ObjKind::Class) ? as<ClassObject>(s->self) : ctx.typeOf(s->self);
        bool after = false;
        for (ClassObject* c : start->mro) {
            if (after)
                if (Value* v = c->dict->findStr(name))
                    return bindClassAttr(ctx, *v, s->self, isKind(s->self, ObjKind::Class) ? as<ClassObject>(s->self) : start,
                                         isKind(s->self, ObjKind::Class) && !isKind(*v, ObjKind::ClassMethod), out);
            if (c == s->thisClass) after = true;
        }
        return 0;
    }
    if (isKind(obj, ObjKind::Module)) {
        if (Value* v = as<ModuleObject>(obj)->dict->findStr(name)) {
            out = *v;
            return 1;
        }
        return specialAttr(ctx, obj, name, out);
    }
    if (isKind(obj, ObjKind::Class)) {
        auto* c = as<ClassObject>(obj);
        int s = specialAttr(ctx, obj, name, out);
        if (s) return s;
        if (Value* v = c->lookup(name)) return bindClassAttr(ctx, *v, Value(), c, true, out);
        if (Value* v = T.type->lookup(name)) return bindClassAttr(ctx, *v, obj, T.type, false, out);
        return 0;
    }
    ClassObject* cls = ctx.typeOf(obj);
    Value* classAttr = cls->lookup(name);
    if (classAttr && isKind(*classAttr, ObjKind::Property))
        return bindClassAttr(ctx, *classAttr, obj, cls, false, out);
    if (obj.isObj()) {
        Object* o = obj.asObj();
        DictObject* d = nullptr;
        if (o->kind == ObjKind::Instance || o->kind == ObjKind::Exception) d = static_cast<InstanceObject*>(o)->dict;
        else if (o->kind == ObjKind::Function) d = static_cast<FunctionObject*>(o)->dict;
        if (d)
            if (Value* v = d->findStr(name)) {
                out = *v;
                return 1;
            }
    }
    int s = specialAttr(ctx, obj, name, out);
    if (s) return s;
    if (classAttr) return bindClassAttr(ctx, *classAttr, obj, cls, false, out);
    if (Value* ga = cls->lookup(T.names.getattr)) {
        Value args[2] = {obj, Value::object(name)};
        out = callValue(ctx, *ga, ArgView{args, 2, nullptr, 0});
        if (out.isSignal()) {
            if (ctx.pendingIs(T.AttributeError)) {
                ctx.clearPending();
                return 0;
            }
            return -1;
        }
        return 1;
    }
    return 0;
}

Value getAttribute(CallContext& ctx, Value obj, StrObject* name) {
    Value out;
    int r = lookupAttribute(ctx, obj, name, out);
    if (r < 0) return Value::error();
    if (r > 0) return out;
    const BuiltinTypes& T = ctx.types();
    if (isKind(obj, ObjKind::Module) || isKind(obj, ObjKind::Class)) {
        if (isKind(obj, ObjKind::Module))
            ctx.raise(T.AttributeError, "module '" + as<ModuleObject>(obj)->name->data + "' has no attribute '" +
                                            name->data + "'");
        else
            ctx.raise(T.AttributeError, "type object '" + as<ClassObject>(obj)->qualname + "' has no attribute '" +
                                            name->data + "'");
        as<ExceptionObject>(ctx.pending())->suggestion = suggestForAttributeError(ctx, obj, name->data);
        return Value::error();
    }
    ctx.raise(T.AttributeError, "'" + std::string(ctx.typeName(obj)) + "' object has no attribute '" +
                                    name->data + "'");
    as<ExceptionObject>(ctx.pending())->suggestion = suggestForAttributeError(ctx, obj, name->data);
    return Value::error();
}

Value loadMethod(CallContext& ctx, Value obj, StrObject* name, Value& selfOut) {
    if (obj.isObj()) {
        Object* o = obj.asObj();
        if (o->kind != ObjKind::Class && o->kind != ObjKind::Module && o->kind != ObjKind::Native) {
            ClassObject* cls = o->cls;
            Value* v = cls->lookup(name);
            if (v && v->isObj()) {
                ObjKind k = v->asObj()->kind;
                bool plain = k == ObjKind::Function || (k == ObjKind::Builtin && as<BuiltinObject>(*v)->isMethod);
                if (plain) {
                    DictObject* d = (o->kind == ObjKind::Instance || o->kind == ObjKind::Exception)
                                        ? static_cast<InstanceObject*>(o)->dict : nullptr;
                    if (!d || !d->findStr(name)) {
                        selfOut = obj;
                        return *v;
                    }
                }
            }
        }
    } else {
        ClassObject* cls = ctx.typeOf(obj);
        Value* v = cls->lookup(name);
        if (v && isKind(*v, ObjKind::Builtin) && as<BuiltinObject>(*v)->isMethod) {
            selfOut = obj;
            return *v;
        }
    }
    selfOut = Value::error();
    return getAttribute(ctx, obj, name);
}

bool setAttribute(CallContext& ctx, Value obj, StrObject* name, Value v) {
    const BuiltinTypes& T = ctx.types();
    if (!obj.isObj()) {
        ctx.raise(T.AttributeError, "'" + std::string(ctx.typeName(obj)) + "' object has no attribute '" + name->data + "'");
        return false;
    }
    Object* o = obj.asObj();
    switch (o->kind) {
    case ObjKind::Instance:
    case ObjKind::Exception: {
        if (Value* d = o->cls->lookup(name)) {
            if (isKind(*d, ObjKind::Property)) {
                auto* p = as<WrapperObject>(*d);
                if (p->fset.isNone()) {
                    ctx.raise(T.AttributeError, "property '" + name->data + "' of '" + o->cls->qualname +
                                                    "' object has no setter");
                    return false;
                }
                Value args[2] = {obj, v};
                return !callValue(ctx, p->fset, ArgView{args, 2, nullptr, 0}).isSignal();
            }
        }
        if (o->kind == ObjKind::Exception) {
            auto* e = static_cast<ExceptionObject*>(o);
            if (name->data == "__cause__") {
                e->cause = v;
                e->suppressContext = true;
                return true;
            }
            if (name->data == "__context__") {
                e->context = v;
                return true;
            }
            if (name->data == "args") {
                std::vector<Value> items;
                if (!ctx.collect(v, items)) return false;
                e->args = ctx.newTuple(std::move(items));
                return true;
            }
        }
        if (o->cls->isBuiltin && o->kind == ObjKind::Instance) break;
        auto* inst = static_cast<InstanceObject*>(o);
        if (!inst->dict) inst->dict = ctx.newDict();
        inst->dict->setStr(name, v);
        return true;
    }
    case ObjKind::Class: {
        auto* c = static_cast<ClassObject*>(o);
        if (c->isBuiltin) {
            ctx.typeError("cannot set '" + name->data + "' attribute of immutable type '" + c->qualname + "'");
            return false;
        }
        c->dict->setStr(name, v);
        return true;
    }
    case ObjKind::Module: static_cast<ModuleObject*>(o)->dict->setStr(name, v); return true;
    case ObjKind::Function: {
        auto* f = static_cast<FunctionObject*>(o);
        if (!f->dict) f->dict = ctx.newDict();
        f->dict->setStr(name, v);
        return true;
    }
    default: break;
    }
    ctx.raise(T.AttributeError, "'" + std::string(ctx.typeName(obj)) + "' object has no attribute '" + name->data + "'");
    return false;
}

bool delAttribute(CallContext& ctx, Value obj, StrObject* name) {
    const BuiltinTypes& T = ctx.types();
    DictObject* d = nullptr;
    if (isKind(obj, ObjKind::Instance) || isKind(obj, ObjKind::Exception)) d = as<InstanceObject>(obj)->dict;
    else if (isKind(obj, ObjKind::Class) && !as<ClassObject>(obj)->isBuiltin) d = as<ClassObject>(obj)->dict;
    else if (isKind(obj, ObjKind::Module)) d = as<ModuleObject>(obj)->dict;
    if (d && d->removeStr(name)) return true;
    ctx.raise(T.AttributeError, "'" + std::string(ctx.typeName(obj)) + "' object has no attribute '" + name->data + "'");
    return false;
}

int lookupSpecial(CallContext& ctx, Value obj, StrObject* name, Value& out) {
    ClassObject* cls = ctx.typeOf(obj);
    Value* v = cls->lookup(name);
    if (!v) return 0;
    return bindClassAttr(ctx, *v, obj, cls, false, out);
}

bool withMethods(CallContext& ctx, Value mgr, Value& enterOut, Value& exitOut, bool async) {
    const BuiltinTypes& T = ctx.types();
    static StrObject* const aenter = internName("__aenter__");
    static StrObject* const aexit = internName("__aexit__");
    int r1 = lookupSpecial(ctx, mgr, async ? aenter : T.names.enter, enterOut);
    if (r1 < 0) return false;
    int r2 = r1 ? lookupSpecial(ctx, mgr, async ? aexit : T.names.exit, exitOut) : 0;
    if (r2 < 0) return false;
    if (!r1 || !r2) {
        ctx.typeError("'" + std::string(ctx.typeName(mgr)) + "' object does not support the " +
                      (async ? "asynchronous " : "") + "context manager protocol");
        return false;
    }
    return true;
}

}  // namespace il::vm
