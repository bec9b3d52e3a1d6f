// Heap: allocation bookkeeping and the mark-sweep collector (see heap.hpp).

#include "engine/vm/heap.hpp"

namespace il::vm {

Heap::~Heap() {
    Object* o = m_head;
    while (o) {
        Object* next = o->gcNext;
        delete o;
        o = next;
    }
}

static void markVisitor(Object* o, void* ctx) { static_cast<Heap*>(ctx)->mark(o); }

void Heap::drain() {
    while (!m_grey.empty()) {
        Object* o = m_grey.back();
        m_grey.pop_back();
        o->trace(markVisitor, this);
    }
}

size_t Heap::sweep() {
    size_t live = 0;
    size_t count = 0;
    Object** link = &m_head;
    while (Object* o = *link) {
        if (o->gcMarked) {
            o->gcMarked = false;
            live += o->byteSize();
            ++count;
            link = &o->gcNext;
        } else {
            *link = o->gcNext;
            delete o;
        }
    }
    m_live = live;
    m_count = count;
    m_sinceGc = 0;
    // Next collection when the heap has grown by as much as is live now (at least the minimum).
    m_threshold = live > m_minThreshold ? live : m_minThreshold;
    ++m_collections;
    return live;
}

}  // namespace il::vm
