// Copies of a thread's frames for os.fork() (fork_frames.hpp).

#include "engine/vm/fork_frames.hpp"

#include <algorithm>

#include "engine/vm/code.hpp"

namespace il::vm {

namespace {

// The frames outermost first: a copy links each to the one before it.
std::vector<const Frame*> chain(const Task& task) {
    std::vector<const Frame*> frames;
    for (const Frame* f = task.top; f; f = f->back) frames.push_back(f);
    std::reverse(frames.begin(), frames.end());
    return frames;
}

Value objectOrNone(Object* o) { return o ? Value::object(o) : Value::none(); }

template <typename T>
T* objectOrNull(Value v) {
    return v.isObj() ? static_cast<T*>(v.asObj()) : nullptr;
}

// The slots a frame's values live in: its locals and cells, then its stack up to the top.
size_t liveSlots(const Frame* f) { return size_t(f->sp - f->slots()); }

}  // namespace

std::string whyFramesNotCopyable(const Task& task) {
    for (const Frame* f = task.top; f; f = f->back)
        if (f->flags & kFrameGenerator) return "inside a generator or a coroutine";
    if (task.nativeDepth > 0) return "inside a call made by native code (a key function, a callback...)";
    return {};
}

void frameValues(const Task& task, std::vector<Value>& out) {
    for (const Frame* f : chain(task)) {
        out.push_back(objectOrNone(f->func));
        out.push_back(objectOrNone(f->globals));
        out.push_back(objectOrNone(f->locals));
        out.push_back(f->extra);
        out.insert(out.end(), f->slots(), f->slots() + liveSlots(f));
    }
    out.push_back(task.handled);
}

void copyFrames(const Task& from, Task& to, const Value* values) {
    Frame* back = nullptr;
    int depth = 0;
    for (const Frame* f : chain(from)) {
        Frame* c = to.pool.alloc(f->nslots);
        c->code = f->code;
        c->func = objectOrNull<FunctionObject>(*values++);
        c->globals = objectOrNull<DictObject>(*values++);
        c->locals = objectOrNull<DictObject>(*values++);
        c->extra = *values++;
        const size_t live = liveSlots(f);
        std::copy(values, values + live, c->slots());
        values += live;
        c->sp = c->slots() + live;
        c->ip = f->ip;
        c->flags = f->flags;
        c->back = back;
        back = c;
        ++depth;
    }
    if (back) back->ip -= 1;  // the call under way (os.fork()) is made again
    to.top = back;
    to.depth = depth;
    to.handled = *values;
}

}  // namespace il::vm
