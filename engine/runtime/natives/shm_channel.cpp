// multiprocessing.Queue / JoinableQueue / SimpleQueue in a native run: a ring of pickled items
// in shared memory (engine/native/shm_ring.hpp), so a forked child and its parent really share
// the queue. The Python-visible API is _interleave.Channel's for shared=True (channel.cpp);
// _interleave.Channel() makes one of these instead when the run is native.
//
// put() encodes the item in the sender (value_codec: pickle's rules), get() decodes it in the
// receiver. A put on a full queue or a get on an empty one blocks the task on the queue's
// resource; its OS thread waits on the ring itself (Runtime::blockExternal), and the retried
// call takes what that wait brought. join() waits for the unfinished count, kept beside the ring
// under a shared mutex, to reach 0.

#include "engine/native/shm_ring.hpp"
#include "engine/native/shm_sync.hpp"
#include "engine/native/value_codec.hpp"
#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using native::RingStatus;
using native::WaitSpec;
using vm::ArgView;
using vm::CallContext;
using vm::Value;

// The unfinished-task count of a JoinableQueue, in the arena.
struct Unfinished {
    native::Mutex mutex;
    native::Condition zero;
    int64_t count;
};

struct SharedChannel : PrimitiveState {
    native::ShmArena* arena = nullptr;
    native::Offset ring = 0, unfinished = 0;
    std::string kind;
    native::ShmRing queue() const { return native::ShmRing(*arena, ring); }
    Unfinished& tasks() const { return *arena->at<Unfinished>(unfinished); }
};

Value put(CallContext& ctx, ArgView a);
Value get(CallContext& ctx, ArgView a);
Value qsize(CallContext& ctx, ArgView a);
Value empty(CallContext& ctx, ArgView a);
Value full(CallContext& ctx, ArgView a);
Value unfinished(CallContext& ctx, ArgView a);
Value taskDone(CallContext& ctx, ArgView a);
Value join(CallContext& ctx, ArgView a);
Value close(CallContext& ctx, ArgView a);
Value closed(CallContext& ctx, ArgView a);

vm::ClassObject* sharedChannelClass() {
    static vm::ClassObject* cls = [] {
        vm::ClassObject* c = vm::makeBuiltinClass("SharedChannel", "_interleave");
        vm::addNative(c, "put", put);
        vm::addNative(c, "get", get);
        vm::addNative(c, "qsize", qsize);
        vm::addNative(c, "empty", empty);
        vm::addNative(c, "full", full);
        vm::addNative(c, "unfinished", unfinished);
        vm::addNative(c, "task_done", taskDone);
        vm::addNative(c, "join", join);
        vm::addNative(c, "close", close);
        vm::addNative(c, "closed", closed);
        return c;
    }();
    return cls;
}

SharedChannel* channelOf(CallContext& ctx, ArgView a, const char* method, ResourceId& id) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedQueueTag, method);
    if (!h) return nullptr;
    id = h->id;
    return static_cast<SharedChannel*>(Runtime::of(ctx).resource(id).state.get());
}

Value put(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "put", id);
    if (!ch) return Value::error();
    const Value* item = vm::lib::kwOrPos(a, 1, "item");
    if (!item) return ctx.typeError("put() missing required argument: 'item'");
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    native::ShmRing ring = ch->queue();
    // The item counts as unfinished before it is in the queue: a getter's task_done() may come
    // before this process runs again. A put that does not happen takes it back.
    auto unfinishedAdd = [ch](int64_t n) {
        Unfinished& u = ch->tasks();
        (void)u.mutex.lock();
        if ((u.count += n) == 0) u.zero.notifyAll();
        u.mutex.unlock();
    };
    auto done = [&] {
        rt.recordQueue(me, id, true, uint32_t(ring.qsize()));
        return Value::boolean(true);
    };
    auto failed = [&](Value v) {
        unfinishedAdd(-1);
        return v;
    };
    if (rt.takeWake(me) != Wake::None) {  // back from waiting for room: the wait put it
        me.externalBytes.clear();
        return me.externalResult == int(RingStatus::Ok) ? done() : failed(Value::boolean(false));
    }
    bool block;
    double timeout;
    if (!channelWaitArgs(ctx, a, 2, true, block, timeout)) return Value::error();
    std::string bytes;
    native::CodecError err;
    if (!native::encodeValue(ctx.vm(), *item, bytes, err)) return native::raiseCodecError(ctx, err);
    std::string error;
    unfinishedAdd(1);
    RingStatus s = ring.put(bytes, WaitSpec::poll(), &error);
    if (s == RingStatus::Ok) return done();
    if (s == RingStatus::NoMemory) return failed(ctx.raise(ctx.types().MemoryError, error));
    if (s == RingStatus::Closed) return failed(ctx.valueError(ch->kind + " is closed"));
    if (!block || timeout == 0) return failed(Value::boolean(false));
    return rt.blockExternal(me, id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), int(RingStatus::Timeout),
                            [ring, bytes = std::move(bytes)](const WaitSpec& w) mutable {
                                return int(ring.put(bytes, w));
                            });
}

Value get(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "get", id);
    if (!ch) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    native::ShmRing ring = ch->queue();
    const Value* emptyMarker = a.kwarg("empty");
    auto deliver = [&](std::string_view bytes) {
        rt.recordQueue(me, id, false, uint32_t(ring.qsize()));
        Value item = native::decodeValue(ctx, bytes);
        if (item.isError() || emptyMarker) return item;
        return Value::object(ctx.newTuple({Value::boolean(true), item}));
    };
    auto nothing = [&] {
        if (emptyMarker) return *emptyMarker;
        return Value::object(ctx.newTuple({Value::boolean(false), Value()}));
    };
    if (rt.takeWake(me) != Wake::None) {  // back from waiting for an item: the wait took it
        std::string bytes = std::move(me.externalBytes);
        me.externalBytes.clear();
        return me.externalResult == int(RingStatus::Ok) ? deliver(bytes) : nothing();
    }
    bool block;
    double timeout;
    if (!channelWaitArgs(ctx, a, 1, true, block, timeout)) return Value::error();
    std::string bytes;
    if (ring.get(bytes, WaitSpec::poll()) == RingStatus::Ok) return deliver(bytes);
    if (!block || timeout == 0) return nothing();
    return rt.blockExternal(me, id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), int(RingStatus::Timeout),
                            [ring, &me](const WaitSpec& w) mutable { return int(ring.get(me.externalBytes, w)); });
}

Value qsize(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "qsize", id);
    return ch ? Value::integer(int64_t(ch->queue().qsize())) : Value::error();
}
Value empty(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "empty", id);
    return ch ? Value::boolean(ch->queue().empty()) : Value::error();
}
Value full(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "full", id);
    return ch ? Value::boolean(ch->queue().full()) : Value::error();
}
Value unfinished(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "unfinished", id);
    if (!ch) return Value::error();
    Unfinished& u = ch->tasks();
    (void)u.mutex.lock();
    int64_t n = u.count;
    u.mutex.unlock();
    return Value::integer(n);
}

Value taskDone(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "task_done", id);
    if (!ch) return Value::error();
    Unfinished& u = ch->tasks();
    (void)u.mutex.lock();
    if (u.count <= 0) {
        u.mutex.unlock();
        return ctx.valueError("task_done() called too many times");
    }
    if (--u.count == 0) u.zero.notifyAll();
    u.mutex.unlock();
    return Value();
}

Value join(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "join", id);
    if (!ch) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Unfinished* u = &ch->tasks();
    if (rt.takeWake(me) != Wake::None) return Value();  // the wait saw the count reach 0
    (void)u->mutex.lock();
    int64_t n = u->count;
    u->mutex.unlock();
    if (n == 0) return Value();
    return rt.blockExternal(me, id, -1, -1, [u](const WaitSpec& w) {
        if (u->mutex.lock(w) == native::WaitResult::Cancelled) return int(native::WaitResult::Cancelled);
        native::WaitResult r = native::WaitResult::Ok;
        while (u->count > 0 && r != native::WaitResult::Cancelled) r = u->zero.wait(u->mutex, w);
        if (r != native::WaitResult::Cancelled) u->mutex.unlock();
        return int(r);
    });
}

Value close(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "close", id);
    if (!ch) return Value::error();
    ch->queue().close();
    return Value();
}
Value closed(CallContext& ctx, ArgView a) {
    ResourceId id;
    SharedChannel* ch = channelOf(ctx, a, "closed", id);
    return ch ? Value::boolean(ch->queue().closed()) : Value::error();
}

}  // namespace

Value newSharedChannel(CallContext& ctx, uint32_t maxsize, std::string kind) {
    Runtime& rt = Runtime::of(ctx);
    std::string error;
    native::ShmArena* arena = rt.sharedArena(error);
    if (!arena) return ctx.raise(ctx.types().OSError, "cannot map shared memory: " + error);
    native::ShmRing ring = native::ShmRing::create(*arena, maxsize, 0, &error);
    native::Offset tasks = ring.valid() ? arena->allocate(sizeof(Unfinished), &error) : 0;
    if (!tasks) return ctx.raise(ctx.types().MemoryError, error);
    Unfinished& u = *arena->at<Unfinished>(tasks);
    if (!u.mutex.init()) return ctx.raise(ctx.types().OSError, "cannot make a process-shared mutex");
    u.zero.init();
    u.count = 0;
    ResourceId id = rt.newResource(trace::ResourceKind::Queue, creationName(ctx, kind), maxsize);
    rt.resource(id).unshareable = false;  // shared for real
    auto st = std::make_unique<SharedChannel>();
    st->arena = arena;
    st->ring = ring.offset();
    st->unfinished = tasks;
    st->kind = std::move(kind);
    rt.resource(id).state = std::move(st);
    return newHandle(ctx, sharedChannelClass(), id, kSharedQueueTag);
}

}  // namespace il::rt::natives
