// The immortal builtin classes and the builtins namespace, created once per OS process.

#include "engine/vm/builtin_types.hpp"

#include <pthread.h>

#include <mutex>
#include <string>
#include <unordered_map>

#include "engine/text/utf8.hpp"
#include "engine/vm/core_builtins.hpp"
#include "engine/vm/lib/lib.hpp"

namespace il::vm {

namespace {

// Lookups by string_view without building a std::string (a malloc for names over 15 bytes).
struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The intern table and the types under construction. The types are filled only while
// builtinTypes() runs its one-time initialisation (serialised by the static-local guard) and are
// read-only afterwards; the name table and the native modules' functions take a lock, since late
// internName() and moduleFunction() calls add to them. Never destroyed (immortal objects stay
// reachable until the process exits).
struct ImmortalState {
    std::mutex lock;
    std::unordered_map<std::string, StrObject*, NameHash, std::equal_to<>> names;
    std::unordered_multimap<NativeFn, BuiltinObject*> moduleFunctions;
    BuiltinTypes types{};
};

ImmortalState& immortalState() {
    // fork() (a native run's processes) must not copy the lock while another thread holds it.
    static ImmortalState* s = [] {
        auto* made = new ImmortalState();
        ::pthread_atfork([] { immortalState().lock.lock(); }, [] { immortalState().lock.unlock(); },
                         [] { immortalState().lock.unlock(); });
        return made;
    }();
    return *s;
}

StrObject* makeImmortalStr(std::string_view text, ClassObject* strType) {
    auto* s = makeImmortal<StrObject>(strType);
    s->data = std::string(text);
    s->length = text::codePointCount(text);
    s->ascii = text::isAscii(text);
    (void)s->strHash();
    return s;
}

DictObject* makeImmortalDict() { return makeImmortal<DictObject>(immortalState().types.dictType); }

ClassObject* makeClass(BuiltinTypes& t, const char* name, ClassObject* base,
                       ObjKind instanceKind = ObjKind::Instance) {
    auto* c = makeImmortal<ClassObject>(t.type);
    c->name = internName(name);
    c->qualname = name;
    c->isBuiltin = true;
    c->dict = makeImmortalDict();
    c->instanceKind = instanceKind;
    c->mro.push_back(c);
    if (base) {
        c->bases.push_back(base);
        for (ClassObject* m : base->mro) c->mro.push_back(m);
    }
    return c;
}

void fixupClass(ClassObject* c, BuiltinTypes& t) {
    c->cls = t.type;
    c->name->cls = t.strType;
    c->dict->cls = t.dictType;
}

const BuiltinTypes* createTypes() {
    ImmortalState& st = immortalState();
    BuiltinTypes& t = st.types;
    // Bootstrap: object, type, str and dict exist before anything can have a class.
    t.object = makeClass(t, "object", nullptr);
    t.type = makeClass(t, "type", t.object);
    t.strType = makeClass(t, "str", t.object);
    t.dictType = makeClass(t, "dict", t.object);
    for (auto& [k, s] : st.names) s->cls = t.strType;
    for (ClassObject* c : {t.object, t.type, t.strType, t.dictType}) fixupClass(c, t);

    ClassObject* o = t.object;
    t.noneType = makeClass(t, "NoneType", o);
    t.notImplementedType = makeClass(t, "NotImplementedType", o);
    t.ellipsisType = makeClass(t, "ellipsis", o);
    t.intType = makeClass(t, "int", o);
    t.boolType = makeClass(t, "bool", t.intType);
    t.floatType = makeClass(t, "float", o);
    t.listType = makeClass(t, "list", o);
    t.tupleType = makeClass(t, "tuple", o);
    t.setType = makeClass(t, "set", o);
    t.frozensetType = makeClass(t, "frozenset", o);
    t.rangeType = makeClass(t, "range", o);
    t.sliceType = makeClass(t, "slice", o);
    t.functionType = makeClass(t, "function", o);
    t.builtinFunctionType = makeClass(t, "builtin_function_or_method", o);
    t.methodType = makeClass(t, "method", o);
    t.moduleType = makeClass(t, "module", o);
    t.generatorType = makeClass(t, "generator", o);
    t.coroutineType = makeClass(t, "coroutine", o);
    t.cellType = makeClass(t, "cell", o);
    t.codeType = makeClass(t, "code", o);
    t.propertyType = makeClass(t, "property", o);
    t.staticmethodType = makeClass(t, "staticmethod", o);
    t.classmethodType = makeClass(t, "classmethod", o);
    t.dictKeysType = makeClass(t, "dict_keys", o);
    t.dictValuesType = makeClass(t, "dict_values", o);
    t.dictItemsType = makeClass(t, "dict_items", o);
    t.listIteratorType = makeClass(t, "list_iterator", o);
    t.tupleIteratorType = makeClass(t, "tuple_iterator", o);
    t.strIteratorType = makeClass(t, "str_ascii_iterator", o);
    t.rangeIteratorType = makeClass(t, "range_iterator", o);
    t.dictKeyIteratorType = makeClass(t, "dict_keyiterator", o);
    t.dictValueIteratorType = makeClass(t, "dict_valueiterator", o);
    t.dictItemIteratorType = makeClass(t, "dict_itemiterator", o);
    t.setIteratorType = makeClass(t, "set_iterator", o);
    t.reversedType = makeClass(t, "reversed", o);
    t.enumerateType = makeClass(t, "enumerate", o);
    t.zipType = makeClass(t, "zip", o);
    t.mapType = makeClass(t, "map", o);
    t.filterType = makeClass(t, "filter", o);
    t.callableIteratorType = makeClass(t, "callable_iterator", o);
    t.superType = makeClass(t, "super", o);

    auto exc = [&](const char* name, ClassObject* base) {
        return makeClass(t, name, base, ObjKind::Exception);
    };
    t.BaseException = exc("BaseException", o);
    t.Exception = exc("Exception", t.BaseException);
    t.ArithmeticError = exc("ArithmeticError", t.Exception);
    t.LookupError = exc("LookupError", t.Exception);
    t.TypeError = exc("TypeError", t.Exception);
    t.ValueError = exc("ValueError", t.Exception);
    t.KeyError = exc("KeyError", t.LookupError);
    t.IndexError = exc("IndexError", t.LookupError);
    t.ZeroDivisionError = exc("ZeroDivisionError", t.ArithmeticError);
    t.OverflowError = exc("OverflowError", t.ArithmeticError);
    t.FloatingPointError = exc("FloatingPointError", t.ArithmeticError);
    t.AttributeError = exc("AttributeError", t.Exception);
    t.NameError = exc("NameError", t.Exception);
    t.UnboundLocalError = exc("UnboundLocalError", t.NameError);
    t.AssertionError = exc("AssertionError", t.Exception);
    t.RuntimeError = exc("RuntimeError", t.Exception);
    t.RecursionError = exc("RecursionError", t.RuntimeError);
    t.NotImplementedError = exc("NotImplementedError", t.RuntimeError);
    t.StopIteration = exc("StopIteration", t.Exception);
    t.StopAsyncIteration = exc("StopAsyncIteration", t.Exception);
    t.GeneratorExit = exc("GeneratorExit", t.BaseException);
    t.KeyboardInterrupt = exc("KeyboardInterrupt", t.BaseException);
    t.SystemExit = exc("SystemExit", t.BaseException);
    t.ImportError = exc("ImportError", t.Exception);
    t.ModuleNotFoundError = exc("ModuleNotFoundError", t.ImportError);
    t.EOFError = exc("EOFError", t.Exception);
    t.OSError = exc("OSError", t.Exception);
    t.TimeoutError = exc("TimeoutError", t.OSError);
    t.ConnectionError = exc("ConnectionError", t.OSError);
    t.BrokenPipeError = exc("BrokenPipeError", t.ConnectionError);
    t.FileNotFoundError = exc("FileNotFoundError", t.OSError);
    t.PermissionError = exc("PermissionError", t.OSError);
    t.ProcessLookupError = exc("ProcessLookupError", t.OSError);
    t.ChildProcessError = exc("ChildProcessError", t.OSError);
    t.InterruptedError = exc("InterruptedError", t.OSError);
    t.BlockingIOError = exc("BlockingIOError", t.OSError);
    t.ConnectionAbortedError = exc("ConnectionAbortedError", t.ConnectionError);
    t.ConnectionRefusedError = exc("ConnectionRefusedError", t.ConnectionError);
    t.ConnectionResetError = exc("ConnectionResetError", t.ConnectionError);
    t.FileExistsError = exc("FileExistsError", t.OSError);
    t.IsADirectoryError = exc("IsADirectoryError", t.OSError);
    t.NotADirectoryError = exc("NotADirectoryError", t.OSError);
    t.UnicodeError = exc("UnicodeError", t.ValueError);
    t.UnicodeDecodeError = exc("UnicodeDecodeError", t.UnicodeError);
    t.UnicodeEncodeError = exc("UnicodeEncodeError", t.UnicodeError);
    t.MemoryError = exc("MemoryError", t.Exception);
    t.BufferError = exc("BufferError", t.Exception);
    t.SyntaxError = exc("SyntaxError", t.Exception);
    t.Warning = exc("Warning", t.Exception);
    t.UserWarning = exc("UserWarning", t.Warning);
    t.DeprecationWarning = exc("DeprecationWarning", t.Warning);
    t.RuntimeWarning = exc("RuntimeWarning", t.Warning);

    t.notImplemented = Value::object(makeImmortal<InstanceObject>(t.notImplementedType));
    t.ellipsis = Value::object(makeImmortal<InstanceObject>(t.ellipsisType));

    BuiltinNames& n = t.names;
    n.init = internName("__init__");
    n.new_ = internName("__new__");
    n.repr = internName("__repr__");
    n.str = internName("__str__");
    n.format = internName("__format__");
    n.hash = internName("__hash__");
    n.eq = internName("__eq__");
    n.ne = internName("__ne__");
    n.lt = internName("__lt__");
    n.le = internName("__le__");
    n.gt = internName("__gt__");
    n.ge = internName("__ge__");
    n.len = internName("__len__");
    n.bool_ = internName("__bool__");
    n.getitem = internName("__getitem__");
    n.setitem = internName("__setitem__");
    n.delitem = internName("__delitem__");
    n.contains = internName("__contains__");
    n.iter = internName("__iter__");
    n.next = internName("__next__");
    n.call = internName("__call__");
    n.enter = internName("__enter__");
    n.exit = internName("__exit__");
    n.getattr = internName("__getattr__");
    n.setattr = internName("__setattr__");
    n.delattr = internName("__delattr__");
    n.get = internName("__get__");
    n.set = internName("__set__");
    n.name = internName("__name__");
    n.qualname = internName("__qualname__");
    n.module = internName("__module__");
    n.doc = internName("__doc__");
    n.dict = internName("__dict__");
    n.class_ = internName("__class__");
    n.main = internName("__main__");
    n.builtins = internName("builtins");
    n.neg = internName("__neg__");
    n.pos = internName("__pos__");
    n.invert = internName("__invert__");
    n.abs = internName("__abs__");
    n.index = internName("__index__");
    n.int_ = internName("__int__");
    n.float_ = internName("__float__");
    n.mro = internName("__mro__");
    n.args = internName("args");
    n.initSubclass = internName("__init_subclass__");
    n.classCell = internName("__classcell__");
    n.self = internName("self");
    n.send = internName("send");
    n.value = internName("value");
    n.missing = internName("__missing__");
    n.keys = internName("keys");
    static const char* const kOps[13] = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
                                         "lshift", "rshift", "or", "xor", "and", "matmul"};
    for (int i = 0; i < 13; ++i) {
        std::string op = kOps[i];
        n.binary[i] = internName("__" + op + "__");
        n.reflected[i] = internName("__r" + op + "__");
        n.inplace[i] = internName("__i" + op + "__");
    }

    t.builtins = makeImmortalDict();
    installCoreBuiltins(t, t.builtins);
    lib::installTypeMethods(t);
    lib::installBuiltinFunctions(t, t.builtins);
    return &t;
}

BuiltinObject* makeBuiltin(const char* name, NativeFn fn) {
    return makeImmortal<BuiltinObject>(immortalState().types.builtinFunctionType, name, fn);
}

}  // namespace

const BuiltinTypes& builtinTypes() {
    static const BuiltinTypes* types = createTypes();
    return *types;
}

StrObject* internName(std::string_view text) {
    ImmortalState& st = immortalState();
    std::lock_guard<std::mutex> guard(st.lock);
    auto it = st.names.find(text);
    if (it != st.names.end()) return it->second;
    StrObject* s = makeImmortalStr(text, st.types.strType);
    st.names.emplace(std::string(text), s);
    return s;
}

StrObject* findImmortalName(std::string_view text) {
    ImmortalState& st = immortalState();
    std::lock_guard<std::mutex> guard(st.lock);
    auto it = st.names.find(text);
    return it == st.names.end() ? nullptr : it->second;
}

BuiltinObject* moduleFunction(const char* name, NativeFn fn) {
    ImmortalState& st = immortalState();
    std::lock_guard<std::mutex> guard(st.lock);
    auto [first, last] = st.moduleFunctions.equal_range(fn);
    for (auto it = first; it != last; ++it)
        if (std::string_view(it->second->name) == name) return it->second;
    BuiltinObject* b = makeBuiltin(name, fn);
    st.moduleFunctions.emplace(fn, b);
    return b;
}

void addNative(ClassObject* cls, const char* name, NativeFn fn) {
    BuiltinObject* b = makeBuiltin(name, fn);
    b->isMethod = true;
    cls->dict->setStr(internName(name), Value::object(b));
}

void addStaticNative(ClassObject* cls, const char* name, NativeFn fn) {
    auto* w = makeImmortal<WrapperObject>(immortalState().types.staticmethodType, ObjKind::StaticMethod);
    w->fget = Value::object(makeBuiltin(name, fn));
    cls->dict->setStr(internName(name), Value::object(w));
}

void addClassNative(ClassObject* cls, const char* name, NativeFn fn) {
    auto* w = makeImmortal<WrapperObject>(immortalState().types.classmethodType, ObjKind::ClassMethod);
    w->fget = Value::object(makeBuiltin(name, fn));
    cls->dict->setStr(internName(name), Value::object(w));
}

void addReadOnlyProperty(ClassObject* cls, const char* name, NativeFn fn) {
    auto* w = makeImmortal<WrapperObject>(immortalState().types.propertyType, ObjKind::Property);
    w->fget = Value::object(makeBuiltin(name, fn));
    cls->dict->setStr(internName(name), Value::object(w));
}

void addFunction(DictObject* ns, const char* name, NativeFn fn) {
    ns->setStr(internName(name), Value::object(makeBuiltin(name, fn)));
}

void setConstructor(ClassObject* cls, NativeFn fn) { cls->construct = fn; }

ClassObject* makeBuiltinClass(const char* name, const char* module, ClassObject* base) {
    BuiltinTypes& t = immortalState().types;
    ClassObject* c = makeClass(t, name, base ? base : t.object);
    fixupClass(c, t);
    c->module = module;
    return c;
}

}  // namespace il::vm
