#pragma once
// Task: one thread of execution inside a Vm (the main thread now; threads, greenlets and asyncio
// tasks later). Its Python frames live on an explicit stack (a linked list of Frames), never on
// the C++ stack, so the task can stop after any instruction and resume later.
//
// Frame layout: the header below, then `code->nlocals()` fast locals, `code->ncells()` cells,
// then `code->stacksize` value stack slots, in one block.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/vm/code.hpp"
#include "engine/vm/object.hpp"

namespace il::vm {

class Vm;

enum FrameFlags : uint16_t {
    kFrameEntry = 1,      // a nested run started here: returning from it ends that run
    kFrameGenerator = 2,  // owned by a GeneratorObject (not freed on return)
    kFrameConstruct = 4,  // __init__ call of a constructor: return the instance, not None
};

struct Frame {
    const CodeObject* code = nullptr;
    FunctionObject* func = nullptr;    // null for the module frame and class bodies' own globals
    DictObject* globals = nullptr;
    DictObject* locals = nullptr;      // class bodies and the module: the namespace dict
    Frame* back = nullptr;             // the caller
    const uint32_t* ip = nullptr;      // next instruction
    Value* sp = nullptr;               // one past the top of the value stack
    GeneratorObject* gen = nullptr;    // owning generator (kFrameGenerator)
    Value extra;                       // kFrameConstruct: the instance being built
    uint32_t nslots = 0;               // locals + cells + stack
    uint16_t flags = 0;

    [[nodiscard]] Value* slots() { return reinterpret_cast<Value*>(this + 1); }
    [[nodiscard]] const Value* slots() const { return reinterpret_cast<const Value*>(this + 1); }
    [[nodiscard]] Value* locals_() { return slots(); }
    [[nodiscard]] Value* cells() { return slots() + code->nlocals(); }
    [[nodiscard]] Value* stackBase() { return slots() + code->nlocals() + code->ncells(); }
    // offset() is the index of the instruction being executed (ip already advanced past it).
    [[nodiscard]] uint32_t offset() const {
        return uint32_t(ip - code->code.data()) - (ip > code->code.data() ? 1 : 0);
    }
    [[nodiscard]] uint32_t line() const { return code->lineFor(offset()); }
    // trace() visits every object the frame references.
    void trace(TraceFn visit, void* ctx) const;
};
static_assert(sizeof(Frame) % 8 == 0);

// Frames are allocated from the object pool's per-thread free lists (object_pool.hpp), so a
// call does not malloc in the common case.
class FramePool {
public:
    FramePool() = default;
    FramePool(const FramePool&) = delete;
    FramePool& operator=(const FramePool&) = delete;
    // alloc() returns a zeroed frame with `nslots` value slots (all None).
    Frame* alloc(uint32_t nslots);
    // release() returns a frame to the pool.
    void release(Frame* f);
    // allocDetached()/freeDetached(): frames owned by generators (outlive the task's pool use).
    static Frame* allocDetached(uint32_t nslots);
    static void freeDetached(Frame* f);
};

class Task {
public:
    // A task belongs to one Vm and registers with it (its stacks are GC roots).
    Task(Vm& vm, std::string name);
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task();

    [[nodiscard]] Vm& vm() const { return m_vm; }
    [[nodiscard]] const std::string& name() const { return m_name; }

    Frame* top = nullptr;      // innermost frame (null: nothing to run)
    int depth = 0;             // Python frames on the stack (recursion limit)
    int nativeDepth = 0;       // nested interpreter runs in progress (natives calling Python)
    Value pending;             // the exception being propagated (None if none)
    Value handled;             // the exception being handled (sys.exc_info()[1]), None if none
    Value result;              // the value the task's outermost frame returned
    FramePool pool;
    void* runtimeData = nullptr;  // the runtime layer's task record (later issue)
    uint64_t id = 0;

    // trace() visits every object the task's frames and registers reference.
    void trace(TraceFn visit, void* ctx) const;

private:
    Vm& m_vm;
    std::string m_name;
};

}  // namespace il::vm
