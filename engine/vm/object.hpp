#pragma once
// Heap object layouts shared by the interpreter and the builtin library.
//
// Every Object starts with a header: its Python class, its C++ layout (ObjKind), GC bits and the
// link in its heap's list of all objects. Objects that belong to no heap are *immortal*:
//  - the builtin classes, builtin functions and interned names (builtin_types.hpp), created once
//    per OS process, never mutated afterwards and shared by every Vm;
//  - a compiled program's code objects and constants (owned by the Program, see code.hpp).
// The collector never marks nor frees immortals, deep copies share them by pointer.
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

#include "engine/vm/object_pool.hpp"
#include "engine/vm/value.hpp"

namespace il::vm {

class Vm;
class CallContext;
struct ClassObject;
struct DictObject;
struct StrObject;
struct CodeObject;
struct Frame;

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
    DictView,  // d.keys() / d.values() / d.items()
    Native,    // opaque runtime state (locks, queues, tasks...) behind a NativeObject subclass
};

using TraceFn = void (*)(Object*, void*);

struct Object {
    ClassObject* cls = nullptr;  // the Python class: type(x)
    Object* gcNext = nullptr;    // next object in the owning heap's list (null if immortal)
    ObjKind kind;
    bool gcMarked = false;
    bool immortal = false;       // owned by no heap: never collected, never mutated after creation
    // Allocation number in its heap (0: immortal). Unlike the address, it is the same in every
    // run of the same script and schedule: systematic exploration compares the objects two
    // steps touched across runs (step_watch.hpp). It sits in the header's padding.
    uint32_t serial = 0;

    explicit Object(ObjKind k) : kind(k) {}
    virtual ~Object() = default;
    // Objects come from per-thread free lists (object_pool.hpp): malloc and free were a third of
    // a short run's instructions. The virtual destructor passes the dynamic type's size here.
    static void* operator new(size_t bytes) { return poolAllocate(bytes); }
    static void operator delete(void* p, size_t bytes) noexcept { poolFree(p, bytes); }
    // Calls `visit` on every Object this object references (for the collector and for deep
    // copies between process heaps). Immortal targets may be visited; visitors skip them.
    virtual void trace(TraceFn visit, void* ctx) const {}
    // Approximate bytes owned (header + buffers), counted against the heap limit.
    [[nodiscard]] virtual size_t byteSize() const { return sizeof(Object); }
};

// visitValue() calls `visit` on the object a Value holds (nothing for immediates).
inline void visitValue(Value v, TraceFn visit, void* ctx) {
    if (v.isObj() && v.asObj()) visit(v.asObj(), ctx);
}

// Type test helpers: `isKind(v, ObjKind::List)` is true for a Value holding a list object.
[[nodiscard]] inline bool isKind(Value v, ObjKind k) { return v.isObj() && v.asObj()->kind == k; }
template <class T>
[[nodiscard]] T* as(Value v) { return static_cast<T*>(v.asObj()); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Containers
// ---------------------------------------------------------------------------------------------

// An immutable str, stored as UTF-8. `length` counts code points (what len() returns).
// Create them with CallContext::newStr / Vm::newStr (which fill length, ascii and never share).
struct StrObject : Object {
    std::string data;
    size_t length = 0;          // code points
    mutable int64_t hash = -1;  // cached Python hash (-1 = not computed yet; immortals: precomputed)
    bool ascii = true;          // every byte < 0x80: code point index == byte index

    StrObject() : Object(ObjKind::Str) {}
    [[nodiscard]] std::string_view view() const { return data; }
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this) + data.capacity(); }
    // strHash() returns the (cached) hash of the text; never -1. Inline: every attribute and
    // global lookup (DictObject::findStr) starts with it.
    [[nodiscard]] int64_t strHash() const { return hash != -1 ? hash : computeHash(); }
    // computeHash() computes and caches the hash (strHash's first call).
    [[nodiscard]] int64_t computeHash() const;
    // equals() compares text (pointer-equal first).
    [[nodiscard]] bool equals(const StrObject* o) const {
        return this == o || (length == o->length && data == o->data);
    }
};

struct TupleObject : Object {
    std::vector<Value> items;
    TupleObject() : Object(ObjKind::Tuple) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;
};

struct ListObject : Object {
    std::vector<Value> items;
    ListObject() : Object(ObjKind::List) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;
};

// Lookup outcome of dict/set operations that hash and compare keys (which may call __hash__ /
// __eq__ of instances and so may raise: Error means an exception is pending in ctx's task).
enum class Found : uint8_t { Yes, No, Error };

// Insertion-ordered hash table (CPython's compact dict layout): entries in insertion order with
// tombstones, plus an open-addressing index.
struct DictObject : Object {
    struct Entry {
        Value key;
        Value value;
        int64_t hash;
        bool live;
    };
    // Both arrays come from the object pool (object_pool.hpp): most dicts are small.
    std::vector<Entry, PoolAllocator<Entry>> entries;  // insertion order, including dead ones (live == false)
    std::vector<int32_t, PoolAllocator<int32_t>> index;  // -1 empty, -2 deleted, else entry position; size power of 2
    size_t used = 0;               // live entries
    uint64_t version = 0;          // bumped on every insert/remove (iterators detect changes)

    DictObject() : Object(ObjKind::Dict) {}
    using Found = il::vm::Found;
    // get() looks `key` up; on Yes stores the value in `out`.
    [[nodiscard]] Found get(CallContext& ctx, Value key, Value& out);
    // set() inserts or replaces. Returns false if hashing/comparing raised.
    [[nodiscard]] bool set(CallContext& ctx, Value key, Value value);
    // remove() removes `key`; on Yes stores the removed value in `out`.
    [[nodiscard]] Found remove(CallContext& ctx, Value key, Value& out);
    // Same with a precomputed hash (hash must be hashValue(key)).
    [[nodiscard]] Found getHashed(CallContext& ctx, Value key, int64_t hash, Value& out);
    [[nodiscard]] bool setHashed(CallContext& ctx, Value key, int64_t hash, Value value);
    // Fast paths for str keys (attribute and global dicts); never fail, never call Python code.
    [[nodiscard]] Value* findStr(const StrObject* key);
    [[nodiscard]] Value* findStr(std::string_view key);
    void setStr(StrObject* key, Value value);
    bool removeStr(const StrObject* key);
    void clear();
    [[nodiscard]] size_t size() const { return used; }
    // forEach() calls f(key, value) for each live entry in insertion order.
    template <class F>
    void forEach(F&& f) const {
        for (const Entry& e : entries)
            if (e.live) f(e.key, e.value);
    }
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;

    // Internal: find the index slot for key (returns entry position or -1).
    int64_t lookupSlot(CallContext* ctx, Value key, int64_t hash, bool& error);
    void insertNew(Value key, int64_t hash, Value value);
    void rebuildIndex(size_t minSize);
};

// set and frozenset: CPython's set table (open addressing, linear probes then perturbation),
// so iteration order — e.g. print({3, 1, 2}) showing {1, 2, 3} — is exactly CPython's.
struct SetObject : Object {
    struct Slot {
        Value key;
        int64_t hash = 0;
        uint8_t state = 0;  // 0 empty, 1 live, 2 dummy (deleted)
    };
    std::vector<Slot> table;  // size power of 2 (>= 8), or empty before the first insert
    size_t fill = 0;          // live + dummy
    size_t used = 0;          // live
    uint64_t version = 0;

    explicit SetObject(bool frozen) : Object(frozen ? ObjKind::FrozenSet : ObjKind::Set) {}
    // add() inserts key (no-op if present). False if hashing/comparing raised.
    [[nodiscard]] bool add(CallContext& ctx, Value key);
    [[nodiscard]] bool addHashed(CallContext& ctx, Value key, int64_t hash);
    [[nodiscard]] Found contains(CallContext& ctx, Value key);
    // discard() removes key if present (Yes), No if absent.
    [[nodiscard]] Found discard(CallContext& ctx, Value key);
    void clear();
    [[nodiscard]] size_t size() const { return used; }
    // forEach() calls f(key) in table order (CPython's iteration order).
    template <class F>
    void forEach(F&& f) const {
        for (const Slot& s : table)
            if (s.state == 1) f(s.key);
    }
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;

    // Internal
    void insertClean(Value key, int64_t hash);
    void resize(size_t minUsed);
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Classes, instances, exceptions
// ---------------------------------------------------------------------------------------------

struct ArgView;
using NativeFn = Value (*)(CallContext& ctx, ArgView args);

struct ClassObject : Object {
    StrObject* name = nullptr;
    std::string qualname;
    std::string module = "builtins";  // __module__: "builtins" or "__main__" ...
    std::vector<ClassObject*> bases;
    std::vector<ClassObject*> mro;    // C3 linearisation, starting with this class
    DictObject* dict = nullptr;       // class attributes and methods
    ObjKind instanceKind = ObjKind::Instance;  // layout of objects this class creates
    bool isBuiltin = false;           // int, str, ValueError... (immortal)
    // Builtin classes: what calling the class does (int(x), list(it), ...). args[0] is the class
    // being called (a subclass for `class MyError(ValueError)`), args[1..] the call's arguments.
    // Null: the generic object construction (__new__ + __init__) is used.
    NativeFn construct = nullptr;

    ClassObject() : Object(ObjKind::Class) {}
    // Looks `name` up along the MRO (no descriptors applied). Null if absent.
    [[nodiscard]] Value* lookup(const StrObject* name) const;
    [[nodiscard]] Value* lookup(std::string_view name) const;
    [[nodiscard]] bool isSubclassOf(const ClassObject* other) const;
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this) + mro.size() * 8; }
};

// An instance of a user-defined class. `payload` holds native state when the class derives from
// a builtin runtime class (e.g. `class Worker(multiprocessing.Process)`).
struct InstanceObject : Object {
    DictObject* dict = nullptr;  // created lazily on first attribute store
    Object* payload = nullptr;
    explicit InstanceObject(ObjKind k = ObjKind::Instance) : Object(k) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this); }
};

// One line of a traceback: the function's name, its file and the line being executed.
struct TracebackEntry {
    const CodeObject* code = nullptr;  // function name, file and source come from the code
    uint32_t line = 0;
};

// Every BaseException instance (builtin or user subclass) has this layout.
struct ExceptionObject : InstanceObject {
    TupleObject* args = nullptr;
    Value cause;                     // __cause__ (None if unset)
    Value context;                   // __context__
    bool suppressContext = false;    // set by `raise ... from ...`
    std::vector<TracebackEntry> traceback;  // innermost first (printed in reverse)
    Value stopValue;                 // StopIteration.value
    std::string suggestion;          // NameError / AttributeError: "Did you mean" name
    ExceptionObject() : InstanceObject(ObjKind::Exception) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override {
        return sizeof(*this) + traceback.capacity() * sizeof(TracebackEntry);
    }
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Callables and modules
// ---------------------------------------------------------------------------------------------

// Arguments handed to a native function: positional values plus keyword (name, value) pairs.
// The values live on the calling task's stack (or the caller's C++ frame), so they stay alive
// during the call.
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
    // kwarg() returns the keyword argument named `name`, or a null pointer.
    [[nodiscard]] const Value* kwarg(std::string_view name) const;
};

// A native function. Returns the result, or Value::error() after setting a pending exception
// (ctx.raise...), or Value::suspend() after registering the task as a waiter on a resource.
// For a method, `self` is args[0].
struct BuiltinObject : Object {
    const char* name;     // e.g. "append" (static storage)
    NativeFn fn;
    Value bound;          // the receiver of a bound builtin method (when hasBound)
    bool isMethod = false;  // declared on a class: binds `self` on attribute access
    bool hasBound = false;  // `bound` is passed as args[0]
    BuiltinObject(const char* n, NativeFn f) : Object(ObjKind::Builtin), name(n), fn(f) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this); }
};

// A cell: a variable captured by a closure (or __class__ for zero-argument super()).
struct CellObject : Object {
    Value value;
    bool empty = true;  // unbound
    CellObject() : Object(ObjKind::Cell) {}
    void trace(TraceFn visit, void* ctx) const override { visitValue(value, visit, ctx); }
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this); }
};

// A Python function (def / lambda / comprehension body): code + globals + defaults + closure.
struct FunctionObject : Object {
    const CodeObject* code = nullptr;      // immortal (owned by the Program)
    DictObject* globals = nullptr;
    std::vector<Value> defaults;           // for the last defaults.size() positional params
    DictObject* kwDefaults = nullptr;      // keyword-only defaults (null if none)
    std::vector<CellObject*> closure;      // free variables, in code->freeVars order
    DictObject* dict = nullptr;            // function attributes (lazily created)
    Value module;                          // __module__ (a str)
    FunctionObject() : Object(ObjKind::Function) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override {
        return sizeof(*this) + (defaults.capacity() + closure.capacity()) * 16;
    }
};

// A Python function bound to an instance: obj.method.
struct BoundMethodObject : Object {
    Value self;
    Value function;
    BoundMethodObject() : Object(ObjKind::BoundMethod) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this); }
};

struct ModuleObject : Object {
    StrObject* name = nullptr;
    DictObject* dict = nullptr;  // the module's globals
    ModuleObject() : Object(ObjKind::Module) {}
    void trace(TraceFn visit, void* ctx) const override;
};

// A generator (or, later, a coroutine): owns its suspended frame. Resuming pushes the frame onto
// the task's frame stack; `yield` pops it back here.
struct GeneratorObject : Object {
    Frame* frame = nullptr;      // null once finished
    StrObject* name = nullptr;   // __name__ (immortal: the code's name)
    bool running = false;        // executing right now (re-entry raises ValueError)
    bool started = false;        // has run past its first instruction (send(non-None) check)
    bool isCoroutine = false;    // async def (later issue)
    GeneratorObject() : Object(ObjKind::Generator) {}
    ~GeneratorObject() override;
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Small helper objects
// ---------------------------------------------------------------------------------------------

struct RangeObject : Object {
    int64_t start = 0, stop = 0, step = 1;
    RangeObject() : Object(ObjKind::Range) {}
    // length() is len(range) (0 when empty).
    [[nodiscard]] int64_t length() const;
};

struct SliceObject : Object {
    Value start, stop, step;  // None when omitted
    SliceObject() : Object(ObjKind::Slice) {}
    void trace(TraceFn visit, void* ctx) const override;
};

// property / staticmethod / classmethod wrappers around a callable.
struct WrapperObject : Object {
    Value fget;   // the wrapped function (getter for property)
    Value fset;   // property setter (None if read-only)
    Value fdel;   // property deleter (None if absent)
    explicit WrapperObject(ObjKind k) : Object(k) {}
    void trace(TraceFn visit, void* ctx) const override;
};

// d.keys() / d.values() / d.items(): a live view of a dict.
struct DictViewObject : Object {
    enum class Which : uint8_t { Keys, Values, Items };
    DictObject* dict = nullptr;
    Which which = Which::Keys;
    DictViewObject() : Object(ObjKind::DictView) {}
    void trace(TraceFn visit, void* ctx) const override;
};

// Iterators over builtin objects. The VM steps every mode (CallContext::next); natives only
// construct them (CallContext::newIterator) with the fields below filled in:
//   Seq        source = list or tuple; index = next position
//   Str        source = str; index = next byte offset
//   Range      index = next value, end = stop, step = step
//   DictKeys/DictValues/DictItems  source = dict; index = next entry; end = dict size at creation
//   Set        source = set/frozenset; index = next slot; end = size at creation
//   Reversed   source = list or tuple (or str); index = next position going down (len-1 first)
//   Enumerate  extra[0] = inner iterator; index = next count
//   Zip        extra = the iterators (stops at the shortest)
//   Map        source = function; extra = the iterators
//   Filter     source = predicate (None = truthiness); extra[0] = inner iterator
//   CallableSentinel  source = callable; extra[0] = sentinel (iter(f, sentinel))
struct IteratorObject : Object {
    enum class Mode : uint8_t {
        Seq, Str, Range, DictKeys, DictValues, DictItems, Set, Reversed,
        Enumerate, Zip, Map, Filter, CallableSentinel,
    };
    Mode mode;
    Value source;
    std::vector<Value> extra;
    int64_t index = 0;
    int64_t end = 0;
    int64_t step = 1;
    uint64_t version = 0;  // container version at creation (dict/set change detection)
    bool exhausted = false;
    IteratorObject(Mode m) : Object(ObjKind::Iterator), mode(m) {}
    void trace(TraceFn visit, void* ctx) const override;
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this) + extra.capacity() * 16; }
};

// super(): attribute lookup starts after `thisClass` in the MRO of type(self).
struct SuperObject;

// Base for runtime state exposed to scripts (locks, queues, tasks...). Subclasses add fields
// and override trace() / byteSize(), and a deep copy between process heaps calls clone().
struct NativeObject : Object {
    NativeObject() : Object(ObjKind::Native) {}
};

struct SuperObject : NativeObject {
    ClassObject* thisClass = nullptr;
    Value self;
    void trace(TraceFn visit, void* ctx) const override {
        if (thisClass) visit(thisClass, ctx);
        visitValue(self, visit, ctx);
    }
};

}  // namespace il::vm
