#pragma once
// ItemStore: the items of a queue or of a pipe end's inbox, as an object of the heap that owns
// them (a process's heap for queue.Queue, the runtime's limbo heap for items in flight between
// processes). It is pinned once in that heap, so the collector reaches the items through
// trace(): a put or get costs no pin/unpin and no allocation once the buffer has grown.
//
// FIFO/LIFO use one ring buffer (push at the back, pop at either end); priority order uses the
// same buffer as a binary heap with heapq's exact algorithm (_siftdown / _siftup), so items
// that compare equal come out in the order CPython's heapq gives them.

#include <cstddef>
#include <vector>

#include "engine/vm/vm.hpp"

namespace il::rt::natives {

struct ItemStore : vm::NativeObject {
    std::vector<vm::Value> buf;  // capacity 0 or a power of two
    size_t head = 0, count = 0;

    // create() allocates a store on `machine`'s heap and pins it there for good (the store
    // lives as long as its channel, which lives as long as the run).
    static ItemStore* create(vm::Vm& machine) {
        auto* s = machine.make<ItemStore>(machine.types().object);
        machine.pin(vm::Value::object(s));
        return s;
    }

    [[nodiscard]] vm::Value& at(size_t i) { return buf[(head + i) & (buf.size() - 1)]; }

    void pushBack(vm::Vm& machine, vm::Value v) {
        if (count == buf.size()) grow(machine);
        at(count++) = v;
    }
    vm::Value popFront() {
        vm::Value v = at(0);
        at(0) = vm::Value();
        head = (head + 1) & (buf.size() - 1);
        --count;
        return v;
    }
    vm::Value popBack() {
        vm::Value v = at(count - 1);
        at(count - 1) = vm::Value();
        --count;
        return v;
    }

    // heapPush() / heapPop(): heapq.heappush / heappop on the buffer (head stays 0). The
    // comparison may run Python code (__lt__) and fail: false with the exception pending, the
    // store left as heapq leaves its list (the item stays in).
    bool heapPush(vm::CallContext& ctx, vm::Value v) {
        pushBack(ctx.vm(), v);
        return siftDown(ctx, 0, count - 1);
    }
    bool heapPop(vm::CallContext& ctx, vm::Value& out) {
        vm::Value last = popBack();
        if (count == 0) {
            out = last;
            return true;
        }
        out = buf[0];
        buf[0] = last;
        return siftUp(ctx, 0);
    }

    void trace(vm::TraceFn visit, void* ctx) const override {
        const size_t mask = buf.size() - 1;
        for (size_t i = 0; i < count; ++i) vm::visitValue(buf[(head + i) & mask], visit, ctx);
    }
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this) + buf.capacity() * sizeof(vm::Value); }

private:
    void grow(vm::Vm& machine) {
        std::vector<vm::Value> bigger(buf.empty() ? 8 : buf.size() * 2);
        for (size_t i = 0; i < count; ++i) bigger[i] = at(i);
        machine.heap().noteGrowth((bigger.size() - buf.size()) * sizeof(vm::Value));
        buf.swap(bigger);
        head = 0;
    }
    // heapq._siftdown: move the item at `pos` up towards `start` while it is < its parent.
    bool siftDown(vm::CallContext& ctx, size_t start, size_t pos) {
        vm::Value item = buf[pos];
        while (pos > start) {
            size_t parentPos = (pos - 1) >> 1;
            vm::Value parent = buf[parentPos];
            int lt = ctx.lessThan(item, parent);
            if (lt < 0) return buf[pos] = item, false;
            if (!lt) break;
            buf[pos] = parent;
            pos = parentPos;
        }
        buf[pos] = item;
        return true;
    }
    // heapq._siftup: bubble the smaller child up to a leaf, then _siftdown the item there.
    bool siftUp(vm::CallContext& ctx, size_t pos) {
        size_t end = count, start = pos;
        vm::Value item = buf[pos];
        size_t child = 2 * pos + 1;
        while (child < end) {
            size_t right = child + 1;
            if (right < end) {
                int lt = ctx.lessThan(buf[child], buf[right]);
                if (lt < 0) return buf[pos] = item, false;  // still a permutation of the items
                if (!lt) child = right;
            }
            buf[pos] = buf[child];
            pos = child;
            child = 2 * pos + 1;
        }
        buf[pos] = item;
        return siftDown(ctx, start, pos);
    }
};

}  // namespace il::rt::natives
