// Object layouts: tracing, sizes and small queries (see object.hpp).

#include <algorithm>
#include <cstring>

#include "engine/vm/code.hpp"
#include "engine/vm/object.hpp"
#include "engine/vm/task.hpp"

namespace il::vm {

int64_t StrObject::computeHash() const {
    // FNV-1a over the UTF-8 bytes (Python randomises str hashes, so any good hash is faithful).
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ull;
    }
    int64_t r = int64_t(h >> 1);
    if (r == -1) r = -2;
    hash = r;
    return r;
}

void TupleObject::trace(TraceFn visit, void* ctx) const {
    for (Value v : items) visitValue(v, visit, ctx);
}
size_t TupleObject::byteSize() const { return sizeof(*this) + items.capacity() * sizeof(Value); }

void ListObject::trace(TraceFn visit, void* ctx) const {
    for (Value v : items) visitValue(v, visit, ctx);
}
size_t ListObject::byteSize() const { return sizeof(*this) + items.capacity() * sizeof(Value); }

void DictObject::trace(TraceFn visit, void* ctx) const {
    for (const Entry& e : entries) {
        if (!e.live) continue;
        visitValue(e.key, visit, ctx);
        visitValue(e.value, visit, ctx);
    }
}
size_t DictObject::byteSize() const {
    return sizeof(*this) + entries.capacity() * sizeof(Entry) + index.capacity() * 4;
}

void SetObject::trace(TraceFn visit, void* ctx) const {
    for (const Slot& s : table)
        if (s.state == 1) visitValue(s.key, visit, ctx);
}
size_t SetObject::byteSize() const { return sizeof(*this) + table.capacity() * sizeof(Slot); }

Value* ClassObject::lookup(const StrObject* n) const {
    for (ClassObject* c : mro)
        if (c->dict)
            if (Value* v = c->dict->findStr(n)) return v;
    return nullptr;
}
Value* ClassObject::lookup(std::string_view n) const {
    for (ClassObject* c : mro)
        if (c->dict)
            if (Value* v = c->dict->findStr(n)) return v;
    return nullptr;
}
bool ClassObject::isSubclassOf(const ClassObject* other) const {
    if (this == other) return true;
    for (ClassObject* c : mro)
        if (c == other) return true;
    return false;
}
void ClassObject::trace(TraceFn visit, void* ctx) const {
    visit(name, ctx);
    for (ClassObject* b : bases) visit(b, ctx);
    for (ClassObject* b : mro) visit(b, ctx);
    if (dict) visit(dict, ctx);
}

void InstanceObject::trace(TraceFn visit, void* ctx) const {
    if (dict) visit(dict, ctx);
    if (payload) visit(payload, ctx);
}

void ExceptionObject::trace(TraceFn visit, void* ctx) const {
    InstanceObject::trace(visit, ctx);
    if (args) visit(args, ctx);
    visitValue(cause, visit, ctx);
    visitValue(context, visit, ctx);
    visitValue(stopValue, visit, ctx);
}

const Value* ArgView::kwarg(std::string_view n) const {
    for (size_t i = 0; i < kwCount; ++i)
        if (kw[i].name->view() == n) return &kw[i].value;
    return nullptr;
}

void BuiltinObject::trace(TraceFn visit, void* ctx) const { visitValue(bound, visit, ctx); }

void FunctionObject::trace(TraceFn visit, void* ctx) const {
    if (globals) visit(globals, ctx);
    for (Value v : defaults) visitValue(v, visit, ctx);
    if (kwDefaults) visit(kwDefaults, ctx);
    for (CellObject* c : closure) visit(c, ctx);
    if (dict) visit(dict, ctx);
    visitValue(module, visit, ctx);
}

void BoundMethodObject::trace(TraceFn visit, void* ctx) const {
    visitValue(self, visit, ctx);
    visitValue(function, visit, ctx);
}

void ModuleObject::trace(TraceFn visit, void* ctx) const {
    if (name) visit(name, ctx);
    if (dict) visit(dict, ctx);
}

GeneratorObject::~GeneratorObject() {
    if (frame) FramePool::freeDetached(frame);
}
void GeneratorObject::trace(TraceFn visit, void* ctx) const {
    if (frame) frame->trace(visit, ctx);
}
size_t GeneratorObject::byteSize() const {
    return sizeof(*this) + (frame ? sizeof(Frame) + frame->nslots * sizeof(Value) : 0);
}

int64_t RangeObject::length() const {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

void SliceObject::trace(TraceFn visit, void* ctx) const {
    visitValue(start, visit, ctx);
    visitValue(stop, visit, ctx);
    visitValue(step, visit, ctx);
}

void WrapperObject::trace(TraceFn visit, void* ctx) const {
    visitValue(fget, visit, ctx);
    visitValue(fset, visit, ctx);
    visitValue(fdel, visit, ctx);
}

void DictViewObject::trace(TraceFn visit, void* ctx) const {
    if (dict) visit(dict, ctx);
}

void IteratorObject::trace(TraceFn visit, void* ctx) const {
    visitValue(source, visit, ctx);
    for (Value v : extra) visitValue(v, visit, ctx);
}

// --- code ---

uint32_t CodeObject::lineFor(uint32_t offset) const {
    auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                               [](uint32_t off, const LineEntry& e) { return off < e.offset; });
    if (it == lines.begin()) return firstLine;
    return std::prev(it)->line;
}

StrObject* Program::findInterned(std::string_view text) const {
    for (StrObject* s : interned)
        if (s->data == text) return s;
    return nullptr;
}

const char* opName(Op op) {
    static constexpr const char* kNames[] = {
#define IL_OP_NAME(name) #name,
        IL_OPCODES(IL_OP_NAME)
#undef IL_OP_NAME
    };
    return size_t(op) < sizeof kNames / sizeof kNames[0] ? kNames[size_t(op)] : "?";
}

// --- frames and tasks ---

void Frame::trace(TraceFn visit, void* ctx) const {
    if (func) visit(func, ctx);
    if (globals) visit(globals, ctx);
    if (locals) visit(locals, ctx);
    if (gen) visit(gen, ctx);
    visitValue(extra, visit, ctx);
    const Value* s = slots();
    const Value* end = s + code->nlocals() + code->ncells();
    for (const Value* p = s; p < end; ++p) visitValue(*p, visit, ctx);
    for (const Value* p = end; p < sp; ++p) visitValue(*p, visit, ctx);
}

static size_t frameBytes(uint32_t nslots) { return sizeof(Frame) + size_t(nslots) * sizeof(Value); }

// Frames live in the object pool's per-thread free lists (object_pool.hpp), like objects: a
// thread's first calls then reuse the frames of the previous run's threads instead of each new
// task growing free lists of its own (a run of `interleave explore` makes five tasks).
static Frame* newFrame(uint32_t nslots) {
    void* mem = poolAllocate(frameBytes(nslots));
    Frame* f = new (mem) Frame();
    f->nslots = nslots;
    return f;
}

static void resetFrame(Frame* f) {
    uint32_t n = f->nslots;
    *f = Frame();
    f->nslots = n;
    Value* s = f->slots();
    for (uint32_t i = 0; i < n; ++i) s[i] = Value::error();  // unbound locals
}

Frame* FramePool::alloc(uint32_t nslots) { return allocDetached(nslots); }

void FramePool::release(Frame* f) { freeDetached(f); }

Frame* FramePool::allocDetached(uint32_t nslots) {
    Frame* f = newFrame(nslots);
    resetFrame(f);
    return f;
}

void FramePool::freeDetached(Frame* f) {
    const size_t bytes = frameBytes(f->nslots);
    f->~Frame();
    poolFree(f, bytes);
}

void Task::trace(TraceFn visit, void* ctx) const {
    for (Frame* f = top; f; f = f->back)
        if (f->flags & kFrameGenerator) visit(f->gen, ctx);
        else f->trace(visit, ctx);
    visitValue(pending, visit, ctx);
    visitValue(handled, visit, ctx);
    visitValue(result, visit, ctx);
}

}  // namespace il::vm
