#pragma once
// Vm: one script process (its heap, its modules, its limits, its output). CallContext: the Vm
// plus the task that is calling; every native function receives one and uses it for everything
// it needs from the interpreter. There is no global mutable state: all state of a run hangs off
// its Vm objects (the immortal builtin types are immutable, see builtin_types.hpp).
//
// [SECTION] Enums shared with natives
// [SECTION] Vm
// [SECTION] CallContext

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/vm/builtin_types.hpp"
#include "engine/vm/heap.hpp"
#include "engine/vm/object.hpp"
#include "engine/vm/step_watch.hpp"

namespace il::text {
struct Error;
}

namespace il::vm {

class Task;
class Host;
struct Program;

// ---------------------------------------------------------------------------------------------
// [SECTION] Enums shared with natives
// ---------------------------------------------------------------------------------------------

// Binary operators, in the order of BuiltinNames::binary (and ast::BinOpKind). The VM handles
// numbers, str, list and tuple itself; for every other type (set |, dict |, str %, ...) it calls
// the dunder found in the class dict (__or__ / __ror__ / __ior__ ...), which is how the builtin
// library provides those operators. format() with a spec likewise calls type(v).__format__.
enum class BinaryOp : uint8_t {
    Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, Or, Xor, And, MatMul,
};
// Rich comparisons.
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
// Outcome of stepping an iterator.
enum class Next : uint8_t {
    Item,   // `out` holds the next item
    Done,   // exhausted (no exception pending)
    Error,  // an exception is pending
};
// Why a run ended early because of a limit.
enum class LimitKind : uint8_t { None, Instructions, HeapBytes, Tasks, VirtualTime };

// Per-run limits (0 = unlimited for the counters).
struct Limits {
    uint64_t maxInstructions = 0;       // total instructions over all tasks of the process
    size_t maxHeapBytes = 1024u << 20;  // live heap bytes (after a collection)
    int maxRecursion = 1000;            // Python frames per task (sys.setrecursionlimit)
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Vm
// ---------------------------------------------------------------------------------------------

class Vm {
public:
    // Output goes to `out` (text exactly as the script printed it), what the script writes to
    // sys.stderr to `err` (empty: the OS process's stderr). Precondition: out is callable.
    using OutputFn = std::function<void(Task& task, std::string_view text)>;
    Vm(Limits limits, OutputFn out, OutputFn err = {});
    Vm(const Vm&) = delete;
    Vm& operator=(const Vm&) = delete;
    ~Vm();

    [[nodiscard]] Heap& heap() { return m_heap; }
    [[nodiscard]] const BuiltinTypes& types() const { return m_types; }
    [[nodiscard]] Limits& limits() { return m_limits; }

    // make<T>(cls, args...) allocates an object on this process's heap.
    template <class T, class... A>
    T* make(ClassObject* cls, A&&... args) {
        return m_heap.make<T>(cls, std::forward<A>(args)...);
    }
    // newStr() allocates a str holding `utf8` (length/ascii computed).
    StrObject* newStr(std::string_view utf8);
    // intern() returns a str for `text` that is pointer-equal for equal text within this Vm (or
    // the immortal builtin name).
    StrObject* intern(std::string_view text);

    // loadProgram() makes `program` this process's main program: creates the __main__ module
    // (globals with __name__ == "__main__", __builtins__...). Returns the module.
    ModuleObject* loadProgram(std::shared_ptr<const Program> program);
    // adoptFork() makes this (new, empty) Vm a forked child: `modules` and `main` are deep copies
    // of the parent's sys.modules and __main__ already made in this Vm's heap.
    void adoptFork(std::shared_ptr<const Program> program, DictObject* modules, ModuleObject* main);
    [[nodiscard]] ModuleObject* mainModule() const { return m_main; }
    [[nodiscard]] const std::shared_ptr<const Program>& program() const { return m_program; }
    // importModule() returns the module `name` (creating it on first import), or error with
    // ModuleNotFoundError pending in ctx's task.
    Value importModule(CallContext& ctx, std::string_view name);
    // modules() is sys.modules: name -> module.
    [[nodiscard]] DictObject* modules() const { return m_modules; }

    // write() sends printed text to the output function.
    void write(Task& task, std::string_view text) { m_out(task, text); }
    // writeErr() sends text the script writes to sys.stderr to the error output function
    // (modules/stdio_objects.cpp).
    void writeErr(Task& task, std::string_view text);

    // Tasks register while they exist so the collector sees their stacks.
    void registerTask(Task* t);
    void unregisterTask(Task* t);
    [[nodiscard]] const std::vector<Task*>& tasks() const { return m_tasks; }

    // collectGarbage() runs a collection now. Precondition: at a safe point (no native call or
    // nested run in progress on any task of this Vm). Returns the live bytes.
    size_t collectGarbage();
    // memoryPressure() is true when the C++ heap grew by more than the collection threshold
    // since the last collection without the heap's own accounting noticing (containers growing
    // in place); checked now and then by the interpreter as a safety net for the heap limit.
    [[nodiscard]] bool memoryPressure();
    // Root objects held outside tasks and modules (e.g. by the runtime layer) while pinned.
    void pin(Value v) { m_pinned.push_back(v); }
    void unpin(Value v);

    // Limits: instructions executed so far and the limit that ended the run (None if none).
    uint64_t instructionsExecuted = 0;
    LimitKind limitHit = LimitKind::None;
    std::string limitMessage;  // the clear message printed when a limit ends the run
    // Systematic exploration: where steps end, and what each step touched (step_watch.hpp).
    StepWatch stepWatch;

    // The runtime running this process (null: a plain Vm keeps its own clock below).
    Host* host = nullptr;
    // Per-process state of the builtin modules.
    double virtualTime = 0.0;        // seconds without a host: time.time/monotonic, sleep adds
    uint64_t rngState[4] = {1, 2, 3, 4};
    double switchInterval = 0.005;   // sys.setswitchinterval
    int64_t pid = 4242;              // os.getpid()
    int64_t ppid = 4241;             // os.getppid()
    bool realPpid = false;           // os.getppid() asks the OS (a native run's real process)
    int cpuCount = 4;                // os.cpu_count(): the run's virtual cores (native: the machine's)
    std::vector<std::string> notes;  // interleave.note(text)
    std::vector<Object*> reprStack;  // containers being repr'd (recursion shows as [...])
    int nativeRecursion = 0;         // C++ recursion depth of repr / == / hash on nested data

private:
    friend class CallContext;
    Heap m_heap;
    const BuiltinTypes& m_types;
    Limits m_limits;
    OutputFn m_out;
    OutputFn m_err;
    std::shared_ptr<const Program> m_program;
    ModuleObject* m_main = nullptr;
    DictObject* m_modules = nullptr;
    // Looked up by string_view: no std::string (and no malloc) per intern() call.
    struct NameHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, StrObject*, NameHash, std::equal_to<>> m_interned;
    std::vector<Task*> m_tasks;
    std::vector<Value> m_pinned;
    size_t m_mallocAtLastGc = 0;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] CallContext
// ---------------------------------------------------------------------------------------------

// The Vm and the task on whose behalf code runs. Every operation that can fail returns
// Value::error() (or false / -1 / Found::Error / Next::Error) with the exception pending in the
// task; the caller must propagate it (usually by returning Value::error()).
class CallContext {
public:
    CallContext(Vm& vm, Task& task) : m_vm(vm), m_task(task) {}

    [[nodiscard]] Vm& vm() const { return m_vm; }
    [[nodiscard]] Task& task() const { return m_task; }
    [[nodiscard]] const BuiltinTypes& types() const { return m_vm.types(); }

    // --- allocation (all on the task's process heap) ---
    StrObject* newStr(std::string_view utf8);                 // a new str
    [[nodiscard]] Value makeStr(std::string_view utf8);       // Value of a new str
    ListObject* newList(std::vector<Value> items = {});       // a new list
    TupleObject* newTuple(std::vector<Value> items = {});     // a new tuple
    DictObject* newDict();                                    // a new empty dict
    SetObject* newSet(bool frozen = false);                   // a new empty set / frozenset
    // newIterator() allocates an iterator of `mode` over `source` with the right class; fill the
    // other fields as documented on IteratorObject.
    IteratorObject* newIterator(IteratorObject::Mode mode, Value source);
    // newInstance() allocates a bare instance of a user class (no __init__ call).
    InstanceObject* newInstance(ClassObject* cls);
    // newException() allocates an exception of class `cls` with `args` (no raise).
    ExceptionObject* newException(ClassObject* cls, std::vector<Value> args);
    template <class T, class... A>
    T* make(ClassObject* cls, A&&... args) {
        return m_vm.make<T>(cls, std::forward<A>(args)...);
    }
    // checkAlloc() must be called before allocating a large buffer (e.g. [0] * n): false if
    // `bytes` would exceed the heap limit; the run then ends with the limit (return error()).
    [[nodiscard]] bool checkAlloc(size_t bytes);

    // --- raising ---
    // raise() raises cls(message); returns Value::error(). Precondition: cls derives from
    // BaseException.
    Value raise(ClassObject* cls, std::string_view message);
    // raiseArgs() raises cls(*args).
    Value raiseArgs(ClassObject* cls, std::vector<Value> args);
    // raiseValue() raises an exception instance or class (instantiated with no args); a
    // non-exception raises TypeError like Python's `raise`.
    Value raiseValue(Value exc);
    // raiseText() raises the Python exception a text-layer error describes.
    Value raiseText(const il::text::Error& e);
    // raiseKeyError() raises KeyError(key) (str(e) shows repr(key)).
    Value raiseKeyError(Value key);
    // Shorthands for the common classes.
    Value typeError(std::string_view m) { return raise(types().TypeError, m); }
    Value valueError(std::string_view m) { return raise(types().ValueError, m); }
    Value indexError(std::string_view m) { return raise(types().IndexError, m); }
    Value overflowError(std::string_view m) { return raise(types().OverflowError, m); }
    [[nodiscard]] bool hasPending() const;             // an exception is pending
    [[nodiscard]] Value pending() const;               // the pending exception (None if none)
    // pendingIs() is true if an exception of class cls (or a subclass) is pending.
    [[nodiscard]] bool pendingIs(const ClassObject* cls) const;
    void clearPending();                               // drop the pending exception

    // --- types ---
    [[nodiscard]] ClassObject* typeOf(Value v) const;             // type(v)
    [[nodiscard]] bool isInstance(Value v, const ClassObject* cls) const;  // isinstance(v, cls)
    [[nodiscard]] std::string_view typeName(Value v) const;       // type(v).__name__

    // --- conversions and protocols ---
    Value repr(Value v);                        // repr(v) as a str Value, or error
    Value str(Value v);                         // str(v) as a str Value, or error
    [[nodiscard]] bool reprInto(Value v, std::string& out);  // appends repr(v); false on error
    [[nodiscard]] bool strInto(Value v, std::string& out);   // appends str(v); false on error
    [[nodiscard]] int truthy(Value v);          // bool(v): 1 / 0, or -1 on error
    [[nodiscard]] bool hash(Value v, int64_t& out);          // hash(v); false on error
    [[nodiscard]] int equal(Value a, Value b);  // a == b: 1 / 0, or -1 on error
    [[nodiscard]] int lessThan(Value a, Value b);            // a < b truthiness; -1 on error
    Value compare(Value a, Value b, CmpOp op);  // a <op> b (any object), or error
    Value binary(BinaryOp op, Value a, Value b);  // a <op> b with __add__/__radd__..., or error
    [[nodiscard]] int contains(Value container, Value item);  // item in container; -1 on error
    [[nodiscard]] bool len(Value v, int64_t& out);            // len(v); false on error
    // index() converts an int-like (int, bool, __index__) to int64; false with TypeError.
    [[nodiscard]] bool index(Value v, int64_t& out);

    // --- calls (reentrant: Python code runs to completion in a nested interpreter run; if it
    // tries to suspend the task, RuntimeError is raised) ---
    Value call(Value callable, ArgView args);
    Value call(Value callable, std::initializer_list<Value> args);
    // callMethod() looks `name` up on obj and calls it with args.
    Value callMethod(Value obj, std::string_view name, std::initializer_list<Value> args);

    // --- iteration ---
    Value iter(Value iterable);                 // iter(x), or error (TypeError: not iterable)
    Next next(Value iterator, Value& out);      // next(it) without default
    // collect() appends every item of iterable to out; false on error.
    [[nodiscard]] bool collect(Value iterable, std::vector<Value>& out);

    // --- attributes and items ---
    Value getAttr(Value obj, StrObject* name);        // obj.name, or error (AttributeError)
    Value getAttr(Value obj, std::string_view name);
    // findAttr(): 1 found (in out), 0 absent (nothing pending), -1 error.
    [[nodiscard]] int findAttr(Value obj, StrObject* name, Value& out);
    [[nodiscard]] bool setAttr(Value obj, StrObject* name, Value v);  // obj.name = v
    [[nodiscard]] bool setAttr(Value obj, std::string_view name, Value v);
    Value getItem(Value obj, Value key);              // obj[key]
    [[nodiscard]] bool setItem(Value obj, Value key, Value v);   // obj[key] = v
    [[nodiscard]] bool delItem(Value obj, Value key);            // del obj[key]

private:
    Vm& m_vm;
    Task& m_task;
};

// deepCopy() copies `v` from process heap `from` into `to` (fork / pickle semantics): sharing
// and cycles are preserved, immortal objects (builtin types, code, constants) are shared, user
// classes and functions are copied so the copy works like a forked child's.
Value deepCopy(Value v, Vm& from, Vm& to);

// Message copies (multiprocessing queues and pipes) follow pickle instead: a class or function
// that pickle sends by reference (its __module__ is in the sender's sys.modules and its
// __qualname__ leads there to that very object) is stored in limbo as (module, qualname) on
// Send, and looked up in the receiver's sys.modules on Receive (importing the module if the
// receiver lacks it). Anything else (instances, exceptions, containers, lambdas, local
// functions and classes) is copied by value, as deepCopy does.
enum class CopyMode : uint8_t {
    Send,     // sender's heap -> limbo
    Receive,  // limbo -> receiver's heap; `receiver` (the receiving task's context) is required
};
// On Receive, a reference that cannot be resolved raises AttributeError("Can't get attribute
// 'Point' on <module '__main__' from 'x.py'>") in `receiver` and returns Value::error().
Value deepCopy(Value v, Vm& from, Vm& to, CopyMode mode, CallContext* receiver);
// lookupQualname() is getattr along the dotted `qualname` from `obj` (a module or a class) as
// pickle's lookup sees it, without running code: module globals, class attributes along the
// MRO, a staticmethod's function. Null if a step is missing.
Object* lookupQualname(Object* obj, std::string_view qualname);

}  // namespace il::vm
