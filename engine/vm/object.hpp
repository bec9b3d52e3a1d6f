#pragma once
// Heap object layouts shared by the interpreter and the builtin library.
//
// Every Object starts with a header: its Python class, its C++ layout (ObjKind), GC bits and the
// link in its heap's list of all objects. Builtin classes (int, str, list, ValueError, ...) and
// builtin functions are *immortal*: created once per OS process, never mutated afterwards and
// shared by every Vm, so starting a run costs nothing for them (see builtin_types.hpp).
//
// [SECTION] Header
// [SECTION] Containers: str, tuple, list, dict, set
// [SECTION] Classes, instances, exceptions
// [SECTION] Callables and modules
// [SECTION] Small helper objects

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/vm/value.hpp"

namespace il::vm {

class Vm;
struct ClassObject;
struct DictObject;
struct StrObject;

// ---------------------------------------------------------------------------------------------
// [SECTION] Header
// ---------------------------------------------------------------------------------------------

// The C++ layout of an object. Several Python classes may share one layout (every user class's
// instances are Instance; every exception is Exception).
enum class ObjKind : uint8_t {
    Str, Tuple, List, Dict, Set, FrozenSet,
    Class, Instance, Exception,
    Function, Code, Cell, BoundMethod, Builtin, Module,
    Generator, Range, Slice, Iterator, Property, StaticMethod, ClassMethod,
    Native,  // opaque runtime state (locks, queues, tasks...) behind a NativeObject subclass
};

struct Object {
    ClassObject* cls = nullptr;  // the Python class: type(x)
    Object* gcNext = nullptr;    // next object in the owning heap's list (null if immortal)
    ObjKind kind;
    bool gcMarked = false;
    bool immortal = false;       // shared, never collected, never mutated after creation

    explicit Object(ObjKind k) : kind(k) {}
    virtual ~Object() = default;
    // Calls `visit` on every Value / Object this object references (for the collector and
    // for deep copies between process heaps).
    virtual void trace(void (*visit)(Object*, void*), void* ctx) const {}
    // Approximate bytes owned (header + buffers), counted against the heap limit.
    [[nodiscard]] virtual size_t byteSize() const { return sizeof(Object); }
};

// Type test helpers: `isKind(v, ObjKind::List)` is true for a Value holding a list object.
[[nodiscard]] inline bool isKind(Value v, ObjKind k) { return v.isObj() && v.asObj()->kind == k; }
template <class T>
[[nodiscard]] T* as(Value v) { return static_cast<T*>(v.asObj()); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Containers
// ---------------------------------------------------------------------------------------------

// An immutable str, stored as UTF-8. `length` counts code points (what len() returns).
struct StrObject : Object {
    std::string data;
    size_t length = 0;          // code points
    mutable int64_t hash = -1;  // cached Python hash (-1 = not computed yet)
    bool ascii = true;          // every byte < 0x80: code point index == byte index

    StrObject() : Object(ObjKind::Str) {}
    [[nodiscard]] std::string_view view() const { return data; }
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this) + data.capacity(); }
};

struct TupleObject : Object {
    std::vector<Value> items;
    TupleObject() : Object(ObjKind::Tuple) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;
};

struct ListObject : Object {
    std::vector<Value> items;
    ListObject() : Object(ObjKind::List) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;
};

// Insertion-ordered hash table (CPython's compact dict layout): entries in insertion order with
// tombstones, plus an open-addressing index. Hashing and equality of instances with __hash__ /
// __eq__ call back into the Vm, so every operation that compares keys takes a Vm& and can fail
// with a pending exception (return value says so).
struct DictObject : Object {
    struct Entry {
        Value key;
        Value value;
        int64_t hash;
        bool live;
    };
    std::vector<Entry> entries;    // insertion order, including dead ones
    std::vector<int32_t> index;    // -1 empty, -2 deleted, else entry position; size power of 2
    size_t used = 0;               // live entries

    DictObject() : Object(ObjKind::Dict) {}
    enum class Found : uint8_t { Yes, No, Error };
    // Looks `key` up; on Yes stores the value in `out`.
    [[nodiscard]] Found get(Vm& vm, Value key, Value& out);
    // Inserts or replaces. Returns false if hashing/comparing raised.
    [[nodiscard]] bool set(Vm& vm, Value key, Value value);
    // Removes `key`; on Yes stores the removed value in `out`.
    [[nodiscard]] Found remove(Vm& vm, Value key, Value& out);
    // Fast paths for str keys (attribute and global dicts); never fail.
    [[nodiscard]] Value* findStr(const StrObject* key);
    void setStr(Vm& vm, StrObject* key, Value value);
    void clear();
    [[nodiscard]] size_t size() const { return used; }
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;
};

// set and frozenset share a layout: a dict whose values are unused.
struct SetObject : Object {
    DictObject table;
    explicit SetObject(bool frozen) : Object(frozen ? ObjKind::FrozenSet : ObjKind::Set) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Classes, instances, exceptions
// ---------------------------------------------------------------------------------------------

struct ClassObject : Object {
    StrObject* name = nullptr;
    std::string qualname;
    std::vector<ClassObject*> bases;
    std::vector<ClassObject*> mro;    // C3 linearisation, starting with this class
    DictObject* dict = nullptr;       // class attributes and methods
    ObjKind instanceKind = ObjKind::Instance;  // layout of objects this class creates
    bool isBuiltin = false;           // int, str, ValueError... (immortal)

    ClassObject() : Object(ObjKind::Class) {}
    // Looks `name` up along the MRO (no descriptors applied). Null if absent.
    [[nodiscard]] Value* lookup(const StrObject* name) const;
    [[nodiscard]] bool isSubclassOf(const ClassObject* other) const;
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// An instance of a user-defined class. `payload` holds native state when the class derives from
// a builtin runtime class (e.g. `class Worker(multiprocessing.Process)`).
struct InstanceObject : Object {
    DictObject* dict = nullptr;
    Object* payload = nullptr;
    explicit InstanceObject(ObjKind k = ObjKind::Instance) : Object(k) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// One line of a traceback: the function's name, its file and the line being executed.
struct TracebackEntry {
    StrObject* function = nullptr;
    StrObject* file = nullptr;
    uint32_t line = 0;
};

// Every BaseException instance (builtin or user subclass) has this layout.
struct ExceptionObject : InstanceObject {
    TupleObject* args = nullptr;
    Value cause;                     // __cause__ (None if unset)
    Value context;                   // __context__
    bool suppressContext = false;    // set by `raise ... from ...`
    std::vector<TracebackEntry> traceback;  // innermost last, like Python prints it
    Value stopValue;                 // StopIteration.value
    ExceptionObject() : InstanceObject(ObjKind::Exception) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Callables and modules
// ---------------------------------------------------------------------------------------------

// Arguments handed to a native function: positional values plus keyword (name, value) pairs.
// The values live on the calling task's stack, so they stay alive during the call.
struct KeywordArg {
    StrObject* name;
    Value value;
};
struct ArgView {
    const Value* pos = nullptr;
    size_t count = 0;
    const KeywordArg* kw = nullptr;
    size_t kwCount = 0;
    [[nodiscard]] Value operator[](size_t i) const { return pos[i]; }
    [[nodiscard]] size_t size() const { return count; }
};

class CallContext;  // defined in vm.hpp: the Vm and the calling task

// A native function. Returns the result, or Value::error() after setting a pending exception
// (ctx.raise...), or Value::suspend() after registering the task as a waiter on a resource.
// For a method, `self` is args[0].
using NativeFn = Value (*)(CallContext& ctx, ArgView args);

struct BuiltinObject : Object {
    const char* name;     // e.g. "append"
    NativeFn fn;
    Value bound;          // None for a plain function; the receiver for a bound builtin method
    bool isMethod = false;  // declared on a class: binds `self` on attribute access
    BuiltinObject(const char* n, NativeFn f) : Object(ObjKind::Builtin), name(n), fn(f) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// A Python function bound to an instance: obj.method.
struct BoundMethodObject : Object {
    Value self;
    Value function;
    BoundMethodObject() : Object(ObjKind::BoundMethod) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

struct ModuleObject : Object {
    StrObject* name = nullptr;
    DictObject* dict = nullptr;  // the module's globals
    ModuleObject() : Object(ObjKind::Module) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Small helper objects
// ---------------------------------------------------------------------------------------------

struct RangeObject : Object {
    int64_t start = 0, stop = 0, step = 1;
    RangeObject() : Object(ObjKind::Range) {}
};

struct SliceObject : Object {
    Value start, stop, step;  // None when omitted
    SliceObject() : Object(ObjKind::Slice) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// property / staticmethod / classmethod wrappers around a callable.
struct WrapperObject : Object {
    Value fget;   // the wrapped function (getter for property)
    Value fset;   // property setter (None if read-only)
    explicit WrapperObject(ObjKind k) : Object(k) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// Iterators over builtin containers (list, tuple, str, range, dict views, set, zip, map,
// enumerate...). `source` is the iterated object, `index` the position, `mode` which kind.
struct IteratorObject : Object {
    enum class Mode : uint8_t {
        Seq, Str, Range, DictKeys, DictValues, DictItems, Set, Reversed,
        Enumerate, Zip, Map, Filter, CallableSentinel,
    };
    Mode mode;
    Value source;
    std::vector<Value> extra;  // zip's iterators, map's function and iterators, enumerate's
    int64_t index = 0;         // position; Range: current value
    int64_t end = 0;           // Range: stop; Seq/Reversed: bound when known
    int64_t step = 1;          // Range step
    IteratorObject(Mode m) : Object(ObjKind::Iterator), mode(m) {}
    void trace(void (*visit)(Object*, void*), void* ctx) const override;
};

// Base for runtime state exposed to scripts (locks, queues, tasks...). Subclasses add fields
// and override trace().
struct NativeObject : Object {
    NativeObject() : Object(ObjKind::Native) {}
};

}  // namespace il::vm
