#pragma once
// Heap: the objects of one script process. Owns every object it allocated in an intrusive list,
// counts bytes and collects garbage with mark-sweep, only when the Vm asks at a safe point
// (between instructions of a top-level interpreter run, never inside a native call), so native
// code may hold raw Values in C++ locals without rooting them. Destroying a Heap frees every
// object it owns, cycles included.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "engine/vm/object.hpp"

namespace il::vm {

class Heap {
public:
    Heap() = default;
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;
    ~Heap();

    // make<T>(cls, ctor args...) allocates a T owned by this heap with Python class `cls`.
    template <class T, class... A>
    T* make(ClassObject* cls, A&&... args) {
        T* o = new T(std::forward<A>(args)...);
        o->cls = cls;
        link(o, sizeof(T));
        return o;
    }
    // adopt() takes ownership of an object allocated with `new` elsewhere.
    void adopt(Object* o) { link(o, o->byteSize()); }

    // noteGrowth() reports that an object's buffers grew by `bytes` (counts toward the next
    // collection and the heap limit).
    void noteGrowth(size_t bytes) { m_sinceGc += bytes; }

    // shouldCollect() is true when enough was allocated since the last collection.
    [[nodiscard]] bool shouldCollect() const { return m_sinceGc >= m_threshold; }

    // collect() frees every object not reachable from the roots that `markRoots` marks by
    // calling mark(). Returns the live bytes afterwards.
    template <class F>
    size_t collect(F&& markRoots) {
        markRoots(*this);
        drain();
        return sweep();
    }
    // mark() marks an object (and later everything it references) as reachable.
    void mark(Object* o) {
        if (o && !o->immortal && !o->gcMarked) {
            o->gcMarked = true;
            m_grey.push_back(o);
        }
    }
    void mark(Value v) {
        if (v.isObj()) mark(v.asObj());
    }

    // countAllAsLive() takes everything allocated since the last collection as live, so the next
    // collection waits for a threshold of new allocation; the bytes in use are unchanged. A
    // forked child calls it: a collection there would sweep its parent's garbage, a
    // copy-on-write fault for every page it lies in, in every child.
    void countAllAsLive() {
        m_live += m_sinceGc;
        m_sinceGc = 0;
    }

    // Estimated bytes: live after the last collection plus allocated since.
    [[nodiscard]] size_t bytesInUse() const { return m_live + m_sinceGc; }
    [[nodiscard]] size_t liveBytesAfterLastCollection() const { return m_live; }
    [[nodiscard]] size_t objectCount() const { return m_count; }
    [[nodiscard]] uint64_t collections() const { return m_collections; }
    // setMinThreshold() sets the smallest allocation volume between collections (tests use a
    // small one to collect often).
    void setMinThreshold(size_t bytes) { m_minThreshold = bytes; m_threshold = bytes; }

    // forEachObject() calls f(Object*) for every object this heap owns.
    template <class F>
    void forEachObject(F&& f) const {
        for (Object* o = m_head; o; o = o->gcNext) f(o);
    }

private:
    void link(Object* o, size_t bytes) {
        o->gcNext = m_head;
        o->serial = ++m_allocated;
        m_head = o;
        m_sinceGc += bytes;
        ++m_count;
    }
    void drain();
    size_t sweep();

    Object* m_head = nullptr;
    size_t m_count = 0;
    uint32_t m_allocated = 0;  // objects ever linked: the next Object::serial (wraps harmlessly)
    size_t m_live = 0;
    size_t m_sinceGc = 0;
    size_t m_minThreshold = 8u << 20;
    size_t m_threshold = 8u << 20;
    uint64_t m_collections = 0;
    std::vector<Object*> m_grey;
};

}  // namespace il::vm
