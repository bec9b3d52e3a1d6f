// Core builtins tied to the interpreter: print (modules/stdio_objects.cpp), len, repr, type, isinstance, issubclass, iter,
// next, id, getattr/setattr/hasattr/delattr, callable, super, property, staticmethod,
// classmethod, range, __build_class__, object and exception methods, generator methods.

#include "engine/vm/core_builtins.hpp"

#include "engine/vm/interp_internal.hpp"
#include "engine/vm/modules/stdio_objects.hpp"

namespace il::vm {

namespace {

Value argError(CallContext& ctx, const char* fn, size_t min, size_t max, size_t got) {
    if (min == max)
        return ctx.typeError(std::string(fn) + "() takes exactly " + std::to_string(min) + " argument" +
                             (min == 1 ? "" : "s") + " (" + std::to_string(got) + " given)");
    if (got < min)
        return ctx.typeError(std::string(fn) + " expected at least " + std::to_string(min) + " argument" +
                             (min == 1 ? "" : "s") + ", got " + std::to_string(got));
    return ctx.typeError(std::string(fn) + " expected at most " + std::to_string(max) + " arguments, got " +
                         std::to_string(got));
}

#define ARGS(name, min, max) \
    if (a.count < (min) || a.count > (max)) return argError(ctx, name, min, max, a.count)

Value bLen(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("len() takes exactly one argument (" + std::to_string(a.count) + " given)");
    int64_t n;
    if (!ctx.len(a[0], n)) return Value::error();
    return Value::integer(n);
}

Value bRepr(CallContext& ctx, ArgView a) {
    ARGS("repr", 1, 1);
    return ctx.repr(a[0]);
}

Value bType(CallContext& ctx, ArgView a) {
    if (a.count == 2) {  // called through the constructor hook: (type, x)
        return Value::object(ctx.typeOf(a[1]));
    }
    if (a.count == 4) {
        if (!isKind(a[1], ObjKind::Str) || !isKind(a[2], ObjKind::Tuple) || !isKind(a[3], ObjKind::Dict))
            return ctx.typeError("type.__new__() argument types");
        auto* cls = ctx.make<ClassObject>(ctx.types().type);
        cls->name = as<StrObject>(a[1]);
        cls->qualname = cls->name->data;
        cls->module = "__main__";
        for (Value b : as<TupleObject>(a[2])->items) {
            if (!isKind(b, ObjKind::Class)) return ctx.typeError("bases must be types");
            cls->bases.push_back(as<ClassObject>(b));
            if (as<ClassObject>(b)->instanceKind == ObjKind::Exception) cls->instanceKind = ObjKind::Exception;
        }
        if (cls->bases.empty()) cls->bases.push_back(ctx.types().object);
        if (!computeMro(ctx, cls)) return Value::error();
        cls->dict = ctx.newDict();
        as<DictObject>(a[3])->forEach([&](Value k, Value v) { (void)cls->dict->set(ctx, k, v); });
        return Value::object(cls);
    }
    return ctx.typeError("type() takes 1 or 3 arguments");
}

int isInstanceOf(CallContext& ctx, Value v, Value cls, bool sub) {
    if (isKind(cls, ObjKind::Tuple)) {
        for (Value c : as<TupleObject>(cls)->items) {
            int r = isInstanceOf(ctx, v, c, sub);
            if (r) return r;
        }
        return 0;
    }
    if (!isKind(cls, ObjKind::Class)) {
        ctx.typeError(sub ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                          : "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (sub) {
        if (!isKind(v, ObjKind::Class)) {
            ctx.typeError("issubclass() arg 1 must be a class");
            return -1;
        }
        return as<ClassObject>(v)->isSubclassOf(as<ClassObject>(cls));
    }
    return ctx.typeOf(v)->isSubclassOf(as<ClassObject>(cls));
}

Value bIsInstance(CallContext& ctx, ArgView a) {
    ARGS("isinstance", 2, 2);
    int r = isInstanceOf(ctx, a[0], a[1], false);
    return r < 0 ? Value::error() : Value::boolean(r);
}

Value bIsSubclass(CallContext& ctx, ArgView a) {
    ARGS("issubclass", 2, 2);
    int r = isInstanceOf(ctx, a[0], a[1], true);
    return r < 0 ? Value::error() : Value::boolean(r);
}

Value bIter(CallContext& ctx, ArgView a) {
    ARGS("iter", 1, 2);
    if (a.count == 2) {
        auto* it = ctx.newIterator(IteratorObject::Mode::CallableSentinel, a[0]);
        it->extra.push_back(a[1]);
        return Value::object(it);
    }
    return ctx.iter(a[0]);
}

Value bNext(CallContext& ctx, ArgView a) {
    ARGS("next", 1, 2);
    Value out;
    if (isKind(a[0], ObjKind::Generator)) {
        Next n = generatorSend(ctx, as<GeneratorObject>(a[0]), Value(), out);
        if (n == Next::Item) return out;
        if (n == Next::Error) return Value::error();
        if (a.count == 2) return a[1];
        if (out.isNone()) return ctx.raiseArgs(ctx.types().StopIteration, {});
        return ctx.raiseArgs(ctx.types().StopIteration, {out});
    }
    if (!isKind(a[0], ObjKind::Iterator) && !(a[0].isObj() && ctx.typeOf(a[0])->lookup(ctx.types().names.next)))
        return ctx.typeError("'" + std::string(ctx.typeName(a[0])) + "' object is not an iterator");
    Next n = ctx.next(a[0], out);
    if (n == Next::Item) return out;
    if (n == Next::Error) return Value::error();
    if (a.count == 2) return a[1];
    return ctx.raiseArgs(ctx.types().StopIteration, {});
}

Value bId(CallContext& ctx, ArgView a) {
    ARGS("id", 1, 1);
    if (a[0].isObj()) return Value::integer(int64_t(reinterpret_cast<uintptr_t>(a[0].asObj())));
    int64_t h;
    (void)ctx.hash(a[0], h);
    return Value::integer(h * 16 + int64_t(a[0].tag()));
}

StrObject* attrName(CallContext& ctx, Value v, const char* fn) {
    if (!isKind(v, ObjKind::Str)) {
        ctx.typeError(std::string(fn) + "(): attribute name must be string");
        return nullptr;
    }
    return ctx.vm().intern(as<StrObject>(v)->data);
}

Value bGetAttr(CallContext& ctx, ArgView a) {
    ARGS("getattr", 2, 3);
    StrObject* n = attrName(ctx, a[1], "getattr");
    if (!n) return Value::error();
    if (a.count == 3) {
        Value out;
        int r = ctx.findAttr(a[0], n, out);
        if (r < 0) {
            if (!ctx.pendingIs(ctx.types().AttributeError)) return Value::error();
            ctx.clearPending();
            return a[2];
        }
        return r ? out : a[2];
    }
    return ctx.getAttr(a[0], n);
}

Value bHasAttr(CallContext& ctx, ArgView a) {
    ARGS("hasattr", 2, 2);
    StrObject* n = attrName(ctx, a[1], "hasattr");
    if (!n) return Value::error();
    Value out;
    int r = ctx.findAttr(a[0], n, out);
    if (r < 0) {
        if (!ctx.pendingIs(ctx.types().AttributeError)) return Value::error();
        ctx.clearPending();
        return Value::boolean(false);
    }
    return Value::boolean(r);
}

Value bSetAttr(CallContext& ctx, ArgView a) {
    ARGS("setattr", 3, 3);
    StrObject* n = attrName(ctx, a[1], "setattr");
    if (!n) return Value::error();
    return ctx.setAttr(a[0], n, a[2]) ? Value() : Value::error();
}

Value bDelAttr(CallContext& ctx, ArgView a) {
    ARGS("delattr", 2, 2);
    StrObject* n = attrName(ctx, a[1], "delattr");
    if (!n) return Value::error();
    return delAttribute(ctx, a[0], n) ? Value() : Value::error();
}

Value bCallable(CallContext& ctx, ArgView a) {
    ARGS("callable", 1, 1);
    Value v = a[0];
    if (!v.isObj()) return Value::boolean(false);
    switch (v.asObj()->kind) {
    case ObjKind::Function:
    case ObjKind::Builtin:
    case ObjKind::BoundMethod:
    case ObjKind::Class: return Value::boolean(true);
    default: return Value::boolean(v.asObj()->cls->lookup(ctx.types().names.call) != nullptr);
    }
}

Value bSuper(CallContext& ctx, ArgView a) {
    const BuiltinTypes& T = ctx.types();
    ClassObject* thisClass = nullptr;
    Value self;
    if (a.count == 2) {
        if (!isKind(a[0], ObjKind::Class)) return ctx.typeError("super() argument 1 must be a type");
        thisClass = as<ClassObject>(a[0]);
        self = a[1];
    } else if (a.count == 0) {
        Frame* f = ctx.task().top;
        if (!f || !f->code || f->code->argcount == 0) return ctx.raise(T.RuntimeError, "super(): no arguments");
        const CodeObject* code = f->code;
        for (size_t i = 0; i < code->freevars.size(); ++i)
            if (code->freevars[i]->data == "__class__") {
                auto* cell = as<CellObject>(f->cells()[code->cellvars.size() + i]);
                if (!cell->empty && isKind(cell->value, ObjKind::Class)) thisClass = as<ClassObject>(cell->value);
            }
        if (!thisClass) return ctx.raise(T.RuntimeError, "super(): __class__ cell not found");
        self = f->slots()[0];
        for (size_t i = 0; i < code->cellParam.size(); ++i)
            if (code->cellParam[i] == 0) self = as<CellObject>(f->cells()[i])->value;
        if (self.isError()) return ctx.raise(T.RuntimeError, "super(): arg[0] deleted");
    } else {
        return ctx.typeError("super() takes 0 or 2 arguments");
    }
    auto* s = ctx.make<SuperObject>(T.superType);
    s->thisClass = thisClass;
    s->self = self;
    return Value::object(s);
}

Value bBuildClass(CallContext& ctx, ArgView a) { return buildClass(ctx, a); }

Value bGlobals(CallContext& ctx, ArgView a) {
    Frame* f = ctx.task().top;
    return f ? Value::object(f->globals) : Value();
}

// --- constructors of core classes ---

Value cObject(CallContext& ctx, ArgView a) {
    if (a.count > 1 || a.kwCount) return ctx.typeError("object() takes no arguments");
    return Value::object(ctx.newInstance(ctx.types().object));
}

Value cRange(CallContext& ctx, ArgView a) {
    size_t n = a.count - 1;
    if (n < 1 || n > 3) {
        if (n == 0) return ctx.typeError("range expected at least 1 argument, got 0");
        return ctx.typeError("range expected at most 3 arguments, got " + std::to_string(n));
    }
    int64_t v[3];
    for (size_t i = 0; i < n; ++i)
        if (!ctx.index(a[i + 1], v[i])) return Value::error();
    auto* r = ctx.make<RangeObject>(ctx.types().rangeType);
    if (n == 1) {
        r->stop = v[0];
    } else {
        r->start = v[0];
        r->stop = v[1];
        if (n == 3) {
            if (v[2] == 0) return ctx.valueError("range() arg 3 must not be zero");
            r->step = v[2];
        }
    }
    return Value::object(r);
}

Value cProperty(CallContext& ctx, ArgView a) {
    auto* w = ctx.make<WrapperObject>(ctx.types().propertyType, ObjKind::Property);
    if (a.count > 1) w->fget = a[1];
    if (a.count > 2) w->fset = a[2];
    if (a.count > 3) w->fdel = a[3];
    if (const Value* v = a.kwarg("fget")) w->fget = *v;
    if (const Value* v = a.kwarg("fset")) w->fset = *v;
    return Value::object(w);
}

Value mPropertySetter(CallContext& ctx, ArgView a) {
    ARGS("setter", 2, 2);
    auto* p = as<WrapperObject>(a[0]);
    auto* w = ctx.make<WrapperObject>(ctx.types().propertyType, ObjKind::Property);
    w->fget = p->fget;
    w->fset = a[1];
    w->fdel = p->fdel;
    return Value::object(w);
}

Value mPropertyGetter(CallContext& ctx, ArgView a) {
    ARGS("getter", 2, 2);
    auto* p = as<WrapperObject>(a[0]);
    auto* w = ctx.make<WrapperObject>(ctx.types().propertyType, ObjKind::Property);
    w->fget = a[1];
    w->fset = p->fset;
    w->fdel = p->fdel;
    return Value::object(w);
}

Value mPropertyDeleter(CallContext& ctx, ArgView a) {
    ARGS("deleter", 2, 2);
    auto* p = as<WrapperObject>(a[0]);
    auto* w = ctx.make<WrapperObject>(ctx.types().propertyType, ObjKind::Property);
    w->fget = p->fget;
    w->fset = p->fset;
    w->fdel = a[1];
    return Value::object(w);
}

Value cStaticMethod(CallContext& ctx, ArgView a) {
    if (a.count != 2) return ctx.typeError("staticmethod expected 1 argument");
    auto* w = ctx.make<WrapperObject>(ctx.types().staticmethodType, ObjKind::StaticMethod);
    w->fget = a[1];
    return Value::object(w);
}

Value cClassMethod(CallContext& ctx, ArgView a) {
    if (a.count != 2) return ctx.typeError("classmethod expected 1 argument");
    auto* w = ctx.make<WrapperObject>(ctx.types().classmethodType, ObjKind::ClassMethod);
    w->fget = a[1];
    return Value::object(w);
}

Value cSuper(CallContext& ctx, ArgView a) { return bSuper(ctx, ArgView{a.pos + 1, a.count - 1, a.kw, a.kwCount}); }

}  // namespace

void installCoreBuiltins(BuiltinTypes& t, DictObject* b) {
    installCoreMethods(t);
    addFunction(b, "print", builtinPrint);
    addFunction(b, "len", bLen);
    addFunction(b, "repr", bRepr);
    addFunction(b, "isinstance", bIsInstance);
    addFunction(b, "issubclass", bIsSubclass);
    addFunction(b, "iter", bIter);
    addFunction(b, "next", bNext);
    addFunction(b, "id", bId);
    addFunction(b, "getattr", bGetAttr);
    addFunction(b, "hasattr", bHasAttr);
    addFunction(b, "setattr", bSetAttr);
    addFunction(b, "delattr", bDelAttr);
    addFunction(b, "callable", bCallable);
    addFunction(b, "__build_class__", bBuildClass);
    addFunction(b, "globals", bGlobals);
    setConstructor(t.type, bType);
    setConstructor(t.object, nullptr);
    setConstructor(t.rangeType, cRange);
    setConstructor(t.propertyType, cProperty);
    setConstructor(t.staticmethodType, cStaticMethod);
    setConstructor(t.classmethodType, cClassMethod);
    setConstructor(t.superType, cSuper);
    (void)cObject;
    addNative(t.propertyType, "setter", mPropertySetter);
    addNative(t.propertyType, "getter", mPropertyGetter);
    addNative(t.propertyType, "deleter", mPropertyDeleter);
    ClassObject* classes[] = {
        t.object, t.type, t.boolType, t.intType, t.floatType, t.strType, t.listType, t.tupleType, t.dictType,
        t.setType, t.frozensetType, t.rangeType, t.sliceType, t.propertyType, t.staticmethodType,
        t.classmethodType, t.superType, t.enumerateType, t.zipType, t.mapType, t.filterType, t.reversedType,
        t.BaseException, t.Exception, t.ArithmeticError, t.LookupError, t.TypeError, t.ValueError, t.KeyError,
        t.IndexError, t.ZeroDivisionError, t.OverflowError, t.AttributeError, t.NameError, t.UnboundLocalError,
        t.AssertionError, t.RuntimeError, t.RecursionError, t.NotImplementedError, t.StopIteration,
        t.GeneratorExit, t.ImportError, t.ModuleNotFoundError, t.EOFError, t.TimeoutError, t.OSError,
        t.KeyboardInterrupt, t.SystemExit, t.UnicodeError, t.UnicodeDecodeError, t.UnicodeEncodeError,
        t.MemoryError, t.FloatingPointError, t.BufferError, t.ConnectionError, t.BrokenPipeError,
        t.FileNotFoundError, t.PermissionError, t.ProcessLookupError, t.ChildProcessError, t.InterruptedError,
        t.StopAsyncIteration, t.SyntaxError, t.Warning, t.UserWarning, t.DeprecationWarning, t.RuntimeWarning,
        t.BlockingIOError, t.ConnectionAbortedError, t.ConnectionRefusedError, t.ConnectionResetError,
        t.FileExistsError, t.IsADirectoryError, t.NotADirectoryError};
    for (ClassObject* c : classes) b->setStr(c->name, Value::object(c));
    b->setStr(internName("None"), Value());
    b->setStr(internName("NotImplemented"), t.notImplemented);
    b->setStr(internName("Ellipsis"), t.ellipsis);
    b->setStr(internName("EnvironmentError"), Value::object(t.OSError));
    b->setStr(internName("IOError"), Value::object(t.OSError));
}

}  // namespace il::vm
