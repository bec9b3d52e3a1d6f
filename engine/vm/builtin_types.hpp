#pragma once
// The immortal builtin classes, names and the `builtins` namespace, created once per OS process
// (thread-safely, on first use of builtinTypes()) and never mutated afterwards. Every Vm shares
// them. The builtin library fills in methods and functions through lib::installTypeMethods /
// lib::installBuiltinFunctions (engine/vm/lib/lib.hpp), which run during that one-time creation
// and may only use the helpers declared at the end of this header.

#include <string_view>

#include "engine/vm/object.hpp"

namespace il::vm {

// Interned immortal names the VM looks up often (pointer-equal to the names in compiled code).
// Members are named after the dunder without underscores (`init` is "__init__").
struct BuiltinNames {
    StrObject *init, *new_, *repr, *str, *format, *hash, *eq, *ne, *lt, *le, *gt, *ge;
    StrObject *len, *bool_, *getitem, *setitem, *delitem, *contains, *iter, *next;
    StrObject *call, *enter, *exit, *getattr, *setattr, *delattr, *get, *set;
    StrObject *name, *qualname, *module, *doc, *dict, *class_, *main, *builtins;
    StrObject *neg, *pos, *invert, *abs, *index, *int_, *float_, *mro, *args;
    StrObject *initSubclass, *classCell, *self, *send, *value, *missing, *keys;
    // Binary operator dunders, indexed by BinaryOp: __add__ / __radd__ / __iadd__ ...
    StrObject* binary[13];
    StrObject* reflected[13];
    StrObject* inplace[13];
};

struct BuiltinTypes {
    // Core types
    ClassObject *object, *type, *noneType, *notImplementedType, *ellipsisType;
    ClassObject *boolType, *intType, *floatType, *strType;
    ClassObject *listType, *tupleType, *dictType, *setType, *frozensetType;
    ClassObject *rangeType, *sliceType, *functionType, *builtinFunctionType, *methodType;
    ClassObject *moduleType, *generatorType, *coroutineType, *cellType, *codeType;
    ClassObject *propertyType, *staticmethodType, *classmethodType;
    ClassObject *dictKeysType, *dictValuesType, *dictItemsType;
    // Iterator types (one per IteratorObject::Mode that Python shows by name)
    ClassObject *listIteratorType, *tupleIteratorType, *strIteratorType, *rangeIteratorType;
    ClassObject *dictKeyIteratorType, *dictValueIteratorType, *dictItemIteratorType;
    ClassObject *setIteratorType, *reversedType, *enumerateType, *zipType, *mapType, *filterType;
    ClassObject *callableIteratorType;
    ClassObject *superType;  // super() objects (SuperObject layout, ObjKind::Native)

    // Exceptions (Python's hierarchy)
    ClassObject *BaseException, *Exception, *ArithmeticError, *LookupError;
    ClassObject *TypeError, *ValueError, *KeyError, *IndexError, *ZeroDivisionError;
    ClassObject *OverflowError, *AttributeError, *NameError, *UnboundLocalError;
    ClassObject *AssertionError, *RuntimeError, *RecursionError, *NotImplementedError;
    ClassObject *StopIteration, *GeneratorExit, *ImportError, *ModuleNotFoundError;
    ClassObject *EOFError, *TimeoutError, *OSError, *KeyboardInterrupt, *SystemExit;
    ClassObject *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError, *MemoryError;
    ClassObject *FloatingPointError, *BufferError, *ConnectionError, *BrokenPipeError;
    ClassObject *FileNotFoundError, *PermissionError, *ProcessLookupError, *ChildProcessError;
    ClassObject *InterruptedError, *StopAsyncIteration, *SyntaxError, *Warning, *UserWarning;
    ClassObject *BlockingIOError, *ConnectionAbortedError, *ConnectionRefusedError, *ConnectionResetError;
    ClassObject *FileExistsError, *IsADirectoryError, *NotADirectoryError;
    ClassObject *DeprecationWarning, *RuntimeWarning;

    // Singletons
    Value notImplemented;  // NotImplemented
    Value ellipsis;        // Ellipsis / ...

    // The `builtins` namespace (print, len, range, int, ValueError, ...).
    DictObject* builtins;
    BuiltinNames names;
};

// builtinTypes() returns the process-wide builtin types, creating them on first call
// (thread-safe). The result is immutable.
[[nodiscard]] const BuiltinTypes& builtinTypes();

// ---------------------------------------------------------------------------------------------
// Helpers for the one-time creation (lib::installTypeMethods / installBuiltinFunctions only).
// ---------------------------------------------------------------------------------------------

// internName() returns the immortal interned str for `text` (same pointer for the same text).
StrObject* internName(std::string_view text);

// findImmortalName() returns the immortal interned str for `text`, or null (read-only; safe at
// any time after builtinTypes() returned).
[[nodiscard]] StrObject* findImmortalName(std::string_view text);

// addNative() adds a method to a builtin class: `obj.name(...)` calls fn with args[0] = obj.
void addNative(ClassObject* cls, const char* name, NativeFn fn);

// addStaticNative() adds a static method (no self): `str.maketrans(...)`.
void addStaticNative(ClassObject* cls, const char* name, NativeFn fn);

// addClassNative() adds a class method: `dict.fromkeys(...)` calls fn with args[0] = the class.
void addClassNative(ClassObject* cls, const char* name, NativeFn fn);

// addReadOnlyProperty() adds a read-only property whose getter is `fn` (args[0] = obj).
void addReadOnlyProperty(ClassObject* cls, const char* name, NativeFn fn);

// addFunction() adds a plain builtin function to a namespace (the builtins dict, a module).
void addFunction(DictObject* ns, const char* name, NativeFn fn);

// moduleFunction() returns the immortal builtin function `name` calling fn, created on first
// use and then shared by every Vm of the OS process, like the builtins dict's functions: a
// native module (time, _interleave...) is built in every process that imports it, and making
// its functions and names afresh there was a tenth of a short run (docs/performance.md). Safe
// at any time after builtinTypes(); `name` must have static storage.
[[nodiscard]] BuiltinObject* moduleFunction(const char* name, NativeFn fn);

// setConstructor() makes calling `cls(...)` run fn with args[0] = the class called, args[1..]
// the call's arguments (int(x), str(x), list(it), dict(...)).
void setConstructor(ClassObject* cls, NativeFn fn);

// makeBuiltinClass() creates an immortal class (for the runtime's lock, queue... handles):
// `module` is its __module__, base defaults to object. Safe at any time after builtinTypes().
ClassObject* makeBuiltinClass(const char* name, const char* module, ClassObject* base = nullptr);

// makeImmortal<T>(cls, args...) allocates an immortal object (never freed, never collected).
template <class T, class... A>
T* makeImmortal(ClassObject* cls, A&&... args) {
    T* o = new T(std::forward<A>(args)...);
    o->cls = cls;
    o->immortal = true;
    return o;
}

}  // namespace il::vm
