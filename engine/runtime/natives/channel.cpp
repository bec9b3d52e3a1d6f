// _interleave.Channel: the queue under queue.Queue / LifoQueue / PriorityQueue / SimpleQueue and
// multiprocessing.Queue / JoinableQueue / SimpleQueue. One Resource (kind Queue, capacity =
// maxsize) per channel; every put/get is recorded with the new length for the timeline.
//
// Python-visible API (a handle of class _interleave.Channel):
//   Channel(maxsize=0, order="fifo", shared=False, kind="Queue")
//       order: "fifo" | "lifo" | "priority" (heapq order with `<`); maxsize <= 0: unbounded.
//       shared=True (multiprocessing): put copies the item out of the sender's heap (pickle
//       semantics: later mutation is not seen), get copies it into the receiver's heap.
//       Module-level classes and functions travel by reference (vm::CopyMode): the receiver
//       gets its own; get() raises AttributeError if the receiver has no such attribute.
//       kind names the primitive when no variable name is found ("Queue-1") and in errors.
//   put(item, block=True, timeout=None) -> True, or False if still full (non-blocking call or
//       timeout). Not shared: a negative timeout raises ValueError("'timeout' must be a
//       non-negative number") as queue.Queue does; shared: it counts as 0.
//   get(block=True, timeout=None, *, empty=<absent>) -> (True, item) or (False, None); when
//       `empty` is given it returns the item itself, or `empty` if nothing came (no tuple).
//   qsize(), empty(), full(), unfinished() (unfinished_tasks), items() -> list snapshot in
//       storage order (heap order for priority), task_done() (ValueError "task_done() called
//       too many times"), join() (blocks until unfinished() == 0), close() (later puts in
//       this process raise ValueError("Queue is closed")), closed() -> bool.
//
// Waiters: producers on a full queue, consumers on an empty one and join()ers all block on the
// channel's Resource (so the wait-for graph names the queue); SimTask::opPhase says which role
// each waits in, so a put wakes one consumer and never a producer.
//
// A non-shared channel's items live in its creator's heap. A child process that inherited the
// handle (fork) gets its own copy of the queue on first use, as CPython's forked child does.

#include <algorithm>

#include "engine/runtime/natives/item_store.hpp"
#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

enum class Order : uint8_t { Fifo, Lifo, Priority };
enum Role : int { kPutter = 0x51501, kGetter, kJoiner };  // SimTask::opPhase while blocked

struct ChannelState : PrimitiveState {
    Order order = Order::Fifo;
    bool shared = false;
    uint32_t maxsize = 0;            // 0: unbounded
    int64_t unfinished = 0;
    ItemStore* store = nullptr;      // in the owner's heap, or in limbo when shared
    uint32_t ownerProc = 0;          // the process whose heap holds the items (not shared)
    std::string kind;
    std::vector<std::pair<uint32_t, ResourceId>> forks;  // process -> its own copy
    std::vector<uint32_t> closedIn;  // processes that called close()

    [[nodiscard]] bool full() const { return maxsize != 0 && store->count >= maxsize; }
};

Value chNew(CallContext& ctx, ArgView a);
Value chPut(CallContext& ctx, ArgView a);
Value chGet(CallContext& ctx, ArgView a);
Value chQsize(CallContext& ctx, ArgView a);
Value chEmpty(CallContext& ctx, ArgView a);
Value chFull(CallContext& ctx, ArgView a);
Value chUnfinished(CallContext& ctx, ArgView a);
Value chItems(CallContext& ctx, ArgView a);
Value chTaskDone(CallContext& ctx, ArgView a);
Value chJoin(CallContext& ctx, ArgView a);
Value chClose(CallContext& ctx, ArgView a);
Value chClosed(CallContext& ctx, ArgView a);

vm::ClassObject* channelClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* c = vm::makeBuiltinClass("Channel", "_interleave");
        vm::setConstructor(c, chNew);
        vm::addNative(c, "put", chPut);
        vm::addNative(c, "get", chGet);
        vm::addNative(c, "qsize", chQsize);
        vm::addNative(c, "empty", chEmpty);
        vm::addNative(c, "full", chFull);
        vm::addNative(c, "unfinished", chUnfinished);
        vm::addNative(c, "items", chItems);
        vm::addNative(c, "task_done", chTaskDone);
        vm::addNative(c, "join", chJoin);
        vm::addNative(c, "close", chClose);
        vm::addNative(c, "closed", chClosed);
        return c;
    }();
    return cls;
}

ChannelState& stateOf(Runtime& rt, ResourceId id) { return static_cast<ChannelState&>(*rt.resource(id).state); }

// newChannel() registers the Resource and its state; the store goes on `storeVm`'s heap.
ResourceId newChannel(Runtime& rt, std::string name, uint32_t maxsize, Order order, bool shared,
                      std::string kind, vm::Vm& storeVm, uint32_t ownerProc) {
    ResourceId id = rt.newResource(trace::ResourceKind::Queue, std::move(name), maxsize);
    auto st = std::make_unique<ChannelState>();
    st->order = order;
    st->shared = shared;
    st->maxsize = maxsize;
    st->store = ItemStore::create(storeVm);
    st->ownerProc = ownerProc;
    st->kind = std::move(kind);
    rt.resource(id).state = std::move(st);
    return id;
}

Value chNew(CallContext& ctx, ArgView a) {
    if (!vm::lib::checkKeywords(ctx, a, "Channel", {"maxsize", "order", "shared", "kind"})) return Value::error();
    int64_t maxsize = 0;
    if (const Value* v = vm::lib::kwOrPos(a, 1, "maxsize")) {
        if (v->isBool() || v->isInt()) maxsize = v->isBool() ? int64_t(v->asBool()) : v->asInt();
        else if (!v->isNone()) return ctx.typeError("Channel(): maxsize must be an int");
    }
    Order order = Order::Fifo;
    if (const Value* v = vm::lib::kwOrPos(a, 2, "order")) {
        std::string_view o = vm::lib::isStr(*v) ? vm::lib::sv(*v) : "";
        if (o == "lifo") order = Order::Lifo;
        else if (o == "priority") order = Order::Priority;
        else if (o != "fifo") return ctx.valueError("Channel(): order must be 'fifo', 'lifo' or 'priority'");
    }
    bool shared;
    if (!boolArg(ctx, vm::lib::kwOrPos(a, 3, "shared"), false, shared)) return Value::error();
    std::string kind = "Queue";
    if (const Value* v = vm::lib::kwOrPos(a, 4, "kind"); v && vm::lib::isStr(*v)) kind = std::string(vm::lib::sv(*v));
    // Items in limbo are compared by nobody: a shared priority queue would run __lt__ on objects
    // of the limbo heap. multiprocessing has none.
    if (shared && order == Order::Priority) return ctx.valueError("Channel(): a shared channel cannot be a priority queue");
    Runtime& rt = Runtime::of(ctx);
    uint32_t cap = maxsize <= 0 ? 0 : maxsize > int64_t(UINT32_MAX) ? UINT32_MAX : uint32_t(maxsize);
    if (shared && rt.settings().executor == Executor::Native) return newSharedChannel(ctx, cap, kind);
    vm::Vm& storeVm = shared ? rt.limbo() : ctx.vm();
    ResourceId id = newChannel(rt, creationName(ctx, kind), cap, order, shared, kind, storeVm,
                               Runtime::current(ctx).proc->index);
    return newHandle(ctx, channelClass(), id, kQueueTag);
}

// channelOf() resolves self to the channel this process uses: a non-shared channel touched by
// another process than its creator (a forked child's inherited copy) becomes that process's
// own copy, made on first use. Sets `id`; null with TypeError pending if self is no channel.
ChannelState* channelOf(CallContext& ctx, ArgView a, const char* method, ResourceId& id) {
    vm::HandleObject* h = handleOf(ctx, a, kQueueTag, method);
    if (!h) return nullptr;
    Runtime& rt = Runtime::of(ctx);
    ChannelState* st = &stateOf(rt, h->id);
    uint32_t me = Runtime::current(ctx).proc->index;
    id = h->id;
    if (st->shared || st->ownerProc == me) return st;
    for (auto& [proc, fork] : st->forks)
        if (proc == me) {
            h->id = id = fork;  // this handle object lives in this process: point it at the copy
            return &stateOf(rt, fork);
        }
    const Resource& orig = rt.resource(id);
    ResourceId fork = newChannel(rt, orig.name + " [" + Runtime::current(ctx).proc->name + "]", st->maxsize,
                                 st->order, false, st->kind, ctx.vm(), me);
    st = &stateOf(rt, id);  // newResource may have moved the resources
    ChannelState& copy = stateOf(rt, fork);
    copy.unfinished = st->unfinished;
    vm::Vm& from = *rt.process(st->ownerProc).vm;
    for (size_t i = 0; i < st->store->count; ++i) copy.store->pushBack(ctx.vm(), vm::deepCopy(st->store->at(i), from, ctx.vm()));
    st->forks.emplace_back(me, fork);
    h->id = id = fork;
    return &copy;
}

// wakeRole() wakes the first waiter (or all of them) blocked on `res` in `role`.
void wakeRole(Runtime& rt, ResourceId res, int role, TaskId waker, bool all) {
    auto& waiters = rt.resource(res).waiters;
    if (waiters.empty()) return;
    if (!all) {
        for (TaskId id : waiters)
            if (rt.task(id).opPhase == role) return rt.wake(id, waker, Wake::Signalled);
        return;
    }
    std::vector<TaskId> chosen;
    for (TaskId id : waiters)
        if (rt.task(id).opPhase == role) chosen.push_back(id);
    for (TaskId id : chosen) rt.wake(id, waker, Wake::Signalled);
}

Value chPut(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "put", id);
    if (!st) return Value::error();
    const Value* item = vm::lib::kwOrPos(a, 1, "item");
    if (!item) return ctx.typeError("put() missing required argument: 'item'");
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Wake w = rt.takeWake(me);
    me.opPhase = 0;
    if (!st->closedIn.empty() && std::find(st->closedIn.begin(), st->closedIn.end(), me.proc->index) != st->closedIn.end())
        return ctx.valueError(st->kind + " is closed");
    bool block;
    double timeout;
    // queue.Queue checks the timeout only when it would wait (bounded queue, blocking call).
    if (!channelWaitArgs(ctx, a, 2, st->shared || st->maxsize == 0, block, timeout)) return Value::error();
    if (!st->full()) {
        if (st->shared) {
            st->store->pushBack(rt.limbo(), vm::deepCopy(*item, ctx.vm(), rt.limbo(), vm::CopyMode::Send, nullptr));
        } else if (st->order == Order::Priority) {
            if (!st->store->heapPush(ctx, *item)) return Value::error();
        } else {
            st->store->pushBack(ctx.vm(), *item);
        }
        ++st->unfinished;
        rt.recordQueue(me, id, true, uint32_t(st->store->count));
        wakeRole(rt, id, kGetter, me.id, false);
        return Value::boolean(true);
    }
    if (!block || w == Wake::TimedOut || timeout == 0) return Value::boolean(false);
    me.opPhase = kPutter;
    return rt.block(me, id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
}

// maybeCollectLimbo(): limbo runs no code, so nothing else would ever collect the copies that
// receivers have taken out of it; any moment outside a copy is a safe point for it.
void maybeCollectLimbo(Runtime& rt) {
    if (rt.limbo().heap().shouldCollect()) rt.limbo().collectGarbage();
}

Value chGet(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "get", id);
    if (!st) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Wake w = rt.takeWake(me);
    me.opPhase = 0;
    bool block;
    double timeout;
    if (!channelWaitArgs(ctx, a, 1, st->shared, block, timeout)) return Value::error();
    const Value* empty = a.kwarg("empty");
    if (st->store->count > 0) {
        Value item;
        if (st->shared) {
            // Unpickled in the receiver, as multiprocessing does: an item whose class cannot be
            // found there raises from get(), and is gone.
            item = vm::deepCopy(st->store->popFront(), rt.limbo(), ctx.vm(), vm::CopyMode::Receive, &ctx);
            maybeCollectLimbo(rt);
            if (item.isError()) {
                rt.recordQueue(me, id, false, uint32_t(st->store->count));
                if (st->maxsize) wakeRole(rt, id, kPutter, me.id, false);
                return item;
            }
        } else if (st->order == Order::Priority) {
            if (!st->store->heapPop(ctx, item)) return Value::error();
        } else {
            item = st->order == Order::Lifo ? st->store->popBack() : st->store->popFront();
        }
        rt.recordQueue(me, id, false, uint32_t(st->store->count));
        if (st->maxsize) wakeRole(rt, id, kPutter, me.id, false);
        if (empty) return item;
        return Value::object(ctx.newTuple({Value::boolean(true), item}));
    }
    if (!block || w == Wake::TimedOut || timeout == 0) {
        if (empty) return *empty;
        return Value::object(ctx.newTuple({Value::boolean(false), Value()}));
    }
    me.opPhase = kGetter;
    return rt.block(me, id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
}

Value chQsize(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "qsize", id);
    return st ? Value::integer(int64_t(st->store->count)) : Value::error();
}
Value chEmpty(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "empty", id);
    return st ? Value::boolean(st->store->count == 0) : Value::error();
}
Value chFull(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "full", id);
    return st ? Value::boolean(st->full()) : Value::error();
}
Value chUnfinished(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "unfinished", id);
    return st ? Value::integer(st->unfinished) : Value::error();
}

Value chItems(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "items", id);
    if (!st) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    std::vector<Value> out;
    out.reserve(st->store->count);
    for (size_t i = 0; i < st->store->count; ++i) {
        out.push_back(st->shared ? vm::deepCopy(st->store->at(i), rt.limbo(), ctx.vm(), vm::CopyMode::Receive, &ctx)
                                 : st->store->at(i));
        if (out.back().isError()) return Value::error();
    }
    return Value::object(ctx.newList(std::move(out)));
}

Value chTaskDone(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "task_done", id);
    if (!st) return Value::error();
    if (st->unfinished <= 0) return ctx.valueError("task_done() called too many times");
    if (--st->unfinished == 0) {
        Runtime& rt = Runtime::of(ctx);
        wakeRole(rt, id, kJoiner, Runtime::current(ctx).id, true);
    }
    return Value();
}

Value chJoin(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "join", id);
    if (!st) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    rt.takeWake(me);
    me.opPhase = 0;
    if (st->unfinished == 0) return Value();
    me.opPhase = kJoiner;
    return rt.block(me, id, -1);
}

Value chClose(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "close", id);
    if (!st) return Value::error();
    uint32_t me = Runtime::current(ctx).proc->index;
    if (std::find(st->closedIn.begin(), st->closedIn.end(), me) == st->closedIn.end()) st->closedIn.push_back(me);
    return Value();
}

Value chClosed(CallContext& ctx, ArgView a) {
    ResourceId id;
    ChannelState* st = channelOf(ctx, a, "closed", id);
    if (!st) return Value::error();
    uint32_t me = Runtime::current(ctx).proc->index;
    return Value::boolean(std::find(st->closedIn.begin(), st->closedIn.end(), me) != st->closedIn.end());
}

}  // namespace

// channelWaitArgs() reads (block, timeout) at positions 1 and 2 after self's own arguments; `timeout`
// is -1 for none, 0 for "do not wait".
bool channelWaitArgs(CallContext& ctx, ArgView a, size_t at, bool shared, bool& block, double& timeout) {
    if (!boolArg(ctx, vm::lib::kwOrPos(a, at, "block"), true, block)) return false;
    timeout = -1;
    if (!block) return true;
    const Value* tv = vm::lib::kwOrPos(a, at + 1, "timeout");
    if (!tv || tv->isNone()) return true;
    if (!vm::numberArg(ctx, *tv, timeout, "timeout")) return false;
    if (timeout < 0 && !shared) {
        ctx.valueError("'timeout' must be a non-negative number");
        return false;
    }
    if (timeout < 0) timeout = 0;
    return true;
}

void installChannel(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleValue(ctx, m, "Channel", Value::object(channelClass()));
}

}  // namespace il::rt::natives
