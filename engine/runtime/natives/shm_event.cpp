// multiprocessing.Event in a native run: one futex word in shared memory, so a forked child's
// set() really wakes its parent's wait(). The Python-visible API is event.cpp's, whose
// constructor makes one of these instead when the run is native and the multiprocessing module
// asks (multiprocessing.Event() is threading.Event() called from multiprocessing's code).
//
// The word is (generation << 1) | flag: set() on a clear event bumps the generation as it raises
// the flag, clear() only drops the flag. A waiter that saw the flag down returns True as soon as
// the word changes, so, as in CPython, a waiter woken by set() answers True even if the flag was
// cleared again before it looked.

#include <climits>

#include "engine/native/shm_arena.hpp"
#include "engine/native/shm_sync.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using native::Clock;
using native::WaitResult;
using native::WaitSpec;
using vm::ArgView;
using vm::CallContext;
using vm::Value;

struct SharedEvent : PrimitiveState {
    native::ShmArena* arena = nullptr;
    native::Offset cell = 0;
    [[nodiscard]] std::atomic<uint32_t>& word() const { return *arena->at<std::atomic<uint32_t>>(cell); }
};

Value set(CallContext& ctx, ArgView a);
Value clear(CallContext& ctx, ArgView a);
Value isSet(CallContext& ctx, ArgView a);
Value wait(CallContext& ctx, ArgView a);

vm::ClassObject* eventClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* k = vm::makeBuiltinClass("Event", "_interleave");
        vm::addNative(k, "set", set);
        vm::addNative(k, "clear", clear);
        vm::addNative(k, "is_set", isSet);
        vm::addNative(k, "wait", wait);
        return k;
    }();
    return cls;
}

std::atomic<uint32_t>* wordOf(CallContext& ctx, ArgView a, const char* method, vm::HandleObject*& h) {
    h = handleOf(ctx, a, kSharedEventTag, method);
    if (!h) return nullptr;
    return &static_cast<SharedEvent&>(*Runtime::of(ctx).resource(h->id).state).word();
}

Value set(CallContext& ctx, ArgView a) {
    vm::HandleObject* h;
    std::atomic<uint32_t>* word = wordOf(ctx, a, "set", h);
    if (!word) return Value::error();
    uint32_t w = word->load(std::memory_order_acquire);
    while (!(w & 1u) && !word->compare_exchange_weak(w, (w + 2u) | 1u, std::memory_order_acq_rel)) {
    }
    native::futexWake(*word, INT_MAX);
    return Value();
}

Value clear(CallContext& ctx, ArgView a) {
    vm::HandleObject* h;
    std::atomic<uint32_t>* word = wordOf(ctx, a, "clear", h);
    if (!word) return Value::error();
    word->fetch_and(~1u, std::memory_order_acq_rel);
    return Value();
}

Value isSet(CallContext& ctx, ArgView a) {
    vm::HandleObject* h;
    std::atomic<uint32_t>* word = wordOf(ctx, a, "is_set", h);
    if (!word) return Value::error();
    return Value::boolean((word->load(std::memory_order_acquire) & 1u) != 0);
}

// wait(timeout=None) -> bool
Value wait(CallContext& ctx, ArgView a) {
    vm::HandleObject* h;
    std::atomic<uint32_t>* word = wordOf(ctx, a, "wait", h);
    if (!word) return Value::error();
    double timeout;
    if (!waitTimeoutArg(ctx, vm::lib::kwOrPos(a, 1, "timeout"), timeout)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    if (rt.takeWake(me) != Wake::None) return Value::boolean(me.externalResult == int(WaitResult::Ok));
    uint32_t seen = word->load(std::memory_order_acquire);
    if (seen & 1u) return Value::boolean(true);
    if (timeout == 0) return Value::boolean(false);
    return rt.blockExternal(me, h->id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), int(WaitResult::Timeout),
                            [word, seen](const WaitSpec& w) {
                                // Short slices, so a cancelled run is noticed (shm_sync.hpp).
                                while (word->load(std::memory_order_acquire) == seen) {
                                    if (w.cancelled()) return int(WaitResult::Cancelled);
                                    Clock::time_point now = Clock::now();
                                    if (now >= w.deadline) return int(WaitResult::Timeout);
                                    native::futexWait(*word, seen, std::min(w.deadline, now + native::kCancelSlice));
                                }
                                return int(WaitResult::Ok);
                            });
}

}  // namespace

Value newSharedEvent(CallContext& ctx) {
    Runtime& rt = Runtime::of(ctx);
    std::string error;
    native::ShmArena* arena = rt.sharedArena(error);
    if (!arena) return ctx.raise(ctx.types().OSError, "cannot map shared memory: " + error);
    native::Offset cell = arena->allocate(sizeof(std::atomic<uint32_t>), &error);
    if (!cell) return ctx.raise(ctx.types().MemoryError, error);
    new (arena->at<void>(cell)) std::atomic<uint32_t>(0);
    ResourceId id = rt.newResource(trace::ResourceKind::Event, creationName(ctx, "Event"));
    rt.resource(id).unshareable = false;  // shared for real
    auto st = std::make_unique<SharedEvent>();
    st->arena = arena;
    st->cell = cell;
    rt.resource(id).state = std::move(st);
    return newHandle(ctx, eventClass(), id, kSharedEventTag);
}

}  // namespace il::rt::natives
