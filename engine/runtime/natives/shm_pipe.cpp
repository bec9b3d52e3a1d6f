// multiprocessing.Pipe in a native run: a real socketpair (engine/native/socket_pipe.hpp), so
// a forked child inherits the ends as file descriptors, exactly as CPython's does, and end of
// file is the kernel's: recv() raises EOFError once every process holding the other end has
// closed it or exited. The Python-visible API is pipe.cpp's (Connection: send, recv, poll,
// close, closed / readable / writable, with); _interleave.pipe() makes these instead when the
// run is native and the multiprocessing module asks.
//
// Objects travel pickled (value_codec). A recv() or poll() that must wait blocks the task on its
// end's resource while its OS thread waits on the socket (Runtime::blockExternal). Sends go out
// at once while the socket has room, else the same way.

#include "engine/native/socket_pipe.hpp"
#include "engine/native/value_codec.hpp"
#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using native::PipeStatus;
using native::WaitSpec;
using vm::ArgView;
using vm::CallContext;
using vm::Value;

// The occupancy the queue panel shows is the receiving end's, as in the sim: a send marks the
// peer's end non-empty (1), a receive marks its own end empty (0) or not, as the kernel says.
// How many messages a socket holds is not known to either side. A child's events reach its
// parent's trace late: the parent keeps the length of the latest (native_children.cpp).
struct SocketEnd : PrimitiveState {
    native::PipeEnd end;
    ResourceId peer = kNoId;
    bool readable = true, writable = true;
    bool closed = false;  // closed in this process
};

Value send(CallContext& ctx, ArgView a);
Value recv(CallContext& ctx, ArgView a);
Value poll(CallContext& ctx, ArgView a);
Value close(CallContext& ctx, ArgView a);
Value enter(CallContext& ctx, ArgView a);
Value exit(CallContext& ctx, ArgView a);
Value closedProp(CallContext& ctx, ArgView a);
Value readableProp(CallContext& ctx, ArgView a);
Value writableProp(CallContext& ctx, ArgView a);

vm::ClassObject* socketConnectionClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* c = vm::makeBuiltinClass("Connection", "multiprocessing.connection");
        vm::addNative(c, "send", send);
        vm::addNative(c, "recv", recv);
        vm::addNative(c, "poll", poll);
        vm::addNative(c, "close", close);
        vm::addNative(c, "__enter__", enter);
        vm::addNative(c, "__exit__", exit);
        addReadOnlyProperty(c, "closed", closedProp);
        addReadOnlyProperty(c, "readable", readableProp);
        addReadOnlyProperty(c, "writable", writableProp);
        return c;
    }();
    return cls;
}

SocketEnd* endOf(CallContext& ctx, ArgView a, const char* method, ResourceId* id = nullptr) {
    vm::HandleObject* h = handleOf(ctx, a, kSocketPipeTag, method);
    if (!h) return nullptr;
    if (id) *id = h->id;
    return static_cast<SocketEnd*>(Runtime::of(ctx).resource(h->id).state.get());
}

// usable(): the end, if this process has it open and it may be used this way.
SocketEnd* usable(CallContext& ctx, ArgView a, const char* method, bool toRead, bool toWrite, ResourceId& id) {
    SocketEnd* e = endOf(ctx, a, method, &id);
    if (!e) return nullptr;
    const char* problem = e->closed                 ? "handle is closed"
                          : toRead && !e->readable  ? "connection is write-only"
                          : toWrite && !e->writable ? "connection is read-only"
                                                    : nullptr;
    if (!problem) return e;
    ctx.raise(ctx.types().OSError, problem);
    return nullptr;
}

Value failure(CallContext& ctx, PipeStatus s, const std::string& error) {
    switch (s) {
    case PipeStatus::Eof: return ctx.raiseArgs(ctx.types().EOFError, {});
    case PipeStatus::Broken: return ctx.raise(ctx.types().BrokenPipeError, "[Errno 32] Broken pipe");
    default: return ctx.raise(ctx.types().OSError, error.empty() ? native::statusName(s) : error);
    }
}

// recordSent() marks the receiving end non-empty as a message is about to leave, before the
// send: a receiver in another process must never record its get before the put. (A send that
// then fails, the other end gone, has been recorded all the same.)
void recordSent(Runtime& rt, SimTask& me, const SocketEnd& e) { rt.recordQueue(me, e.peer, true, 1); }

Value send(CallContext& ctx, ArgView a) {
    ResourceId id;
    SocketEnd* e = usable(ctx, a, "send", false, true, id);
    if (!e) return Value::error();
    if (a.count < 2) return ctx.typeError("send() missing 1 required positional argument: 'obj'");
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    if (rt.takeWake(me) != Wake::None) {  // back from waiting for room: the wait sent it
        if (me.externalResult != int(PipeStatus::Ok)) return failure(ctx, PipeStatus(me.externalResult), "");
        return Value();
    }
    std::string bytes;
    native::CodecError err;
    if (!native::encodeValue(ctx.vm(), a[1], bytes, err)) return native::raiseCodecError(ctx, err);
    recordSent(rt, me, *e);
    std::string error;
    PipeStatus s = e->end.send(bytes, WaitSpec::poll(), &error);
    if (s == PipeStatus::Ok) return Value();
    if (s != PipeStatus::Timeout) return failure(ctx, s, error);
    native::PipeEnd* end = &e->end;
    return rt.blockExternal(me, id, -1, -1, [end, bytes = std::move(bytes)](const WaitSpec& w) {
        return int(end->send(bytes, w));
    });
}

// receive() takes the next message at end `id` into `bytes` (recording the get) and sets
// `status` (Ok, or why none came, with `error` if the OS said), as recv() and a subprocess's
// stdin read both need. False when it must wait instead: the task is blocked and `waiting` is
// what the native returns; the retried call gets the wait's result here.
bool receive(CallContext& ctx, SocketEnd& e, ResourceId id, PipeStatus& status, std::string& bytes, std::string& error,
             Value& waiting) {
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    if (rt.takeWake(me) != Wake::None) {  // back from waiting: the wait received it
        bytes = std::move(me.externalBytes);
        me.externalBytes.clear();
        status = PipeStatus(me.externalResult);
    } else {
        status = e.end.recv(bytes, WaitSpec::poll(), &error);
        if (status == PipeStatus::Timeout) {
            native::PipeEnd* end = &e.end;
            waiting = rt.blockExternal(me, id, -1, -1, [end, &me](const WaitSpec& w) { return int(end->recv(me.externalBytes, w)); });
            return false;
        }
    }
    if (status == PipeStatus::Ok) rt.recordQueue(me, id, false, e.end.hasQueued() ? 1 : 0);
    return true;
}

Value recv(CallContext& ctx, ArgView a) {
    ResourceId id;
    SocketEnd* e = usable(ctx, a, "recv", true, false, id);
    if (!e) return Value::error();
    PipeStatus s;
    std::string bytes, error;
    Value waiting;
    if (!receive(ctx, *e, id, s, bytes, error, waiting)) return waiting;
    if (s != PipeStatus::Ok) return failure(ctx, s, error);
    return native::decodeValue(ctx, bytes);
}

// poll(timeout=0.0): True when a recv() would not wait (a message, or end of file); None waits
// for ever.
Value poll(CallContext& ctx, ArgView a) {
    ResourceId id;
    SocketEnd* e = usable(ctx, a, "poll", true, false, id);
    if (!e) return Value::error();
    double timeout = 0;
    const Value* tv = vm::lib::kwOrPos(a, 1, "timeout");
    if (tv && !timeoutArg(ctx, tv, timeout)) return Value::error();
    if (tv && !tv->isNone() && timeout < 0) timeout = 0;
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    if (rt.takeWake(me) != Wake::None) return Value::boolean(me.externalResult != int(PipeStatus::Timeout));
    PipeStatus s = e->end.poll(WaitSpec::poll());
    if (s != PipeStatus::Timeout || timeout == 0) return Value::boolean(s != PipeStatus::Timeout);
    native::PipeEnd* end = &e->end;
    return rt.blockExternal(me, id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), int(PipeStatus::Timeout),
                            [end](const WaitSpec& w) { return int(end->poll(w)); });
}

Value close(CallContext& ctx, ArgView a) {
    SocketEnd* e = endOf(ctx, a, "close");
    if (!e) return Value::error();
    e->end.close();
    e->closed = true;
    return Value();
}

Value enter(CallContext& ctx, ArgView a) {
    if (!endOf(ctx, a, "__enter__")) return Value::error();
    return a[0];
}
Value exit(CallContext& ctx, ArgView a) { return close(ctx, ArgView{a.pos, 1, nullptr, 0}); }

Value closedProp(CallContext& ctx, ArgView a) {
    SocketEnd* e = endOf(ctx, a, "closed");
    return e ? Value::boolean(e->closed) : Value::error();
}
Value readableProp(CallContext& ctx, ArgView a) {
    SocketEnd* e = endOf(ctx, a, "readable");
    return e ? Value::boolean(e->readable) : Value::error();
}
Value writableProp(CallContext& ctx, ArgView a) {
    SocketEnd* e = endOf(ctx, a, "writable");
    return e ? Value::boolean(e->writable) : Value::error();
}

SocketEnd* socketEnd(Runtime& rt, ResourceId id) { return dynamic_cast<SocketEnd*>(rt.resource(id).state.get()); }

}  // namespace

bool socketPipeWriteText(Runtime& rt, SimTask& writer, ResourceId end, std::string_view text) {
    SocketEnd* e = socketEnd(rt, end);
    if (!e) return false;
    if (e->closed || !e->writable) return true;  // as a write to a closed descriptor: lost
    std::string bytes;
    native::CodecError err;
    vm::Vm& vm = *writer.proc->vm;
    if (!native::encodeValue(vm, Value::object(vm.newStr(text)), bytes, err)) return true;
    // print() cannot wait as a blocking native does (it has no retry), so a full socket is
    // waited for here, the runtime lock held; teardown's cancel flag or the reader's death ends it.
    native::WaitSpec w;
    if (native::ShmArena* arena = rt.existingArena()) w.cancel = &arena->cancelFlag();
    recordSent(rt, writer, *e);
    (void)e->end.send(bytes, w);  // a reader gone: the text is lost, as a write to a closed pipe
    return true;
}

bool socketPipeReadChunk(CallContext& ctx, ResourceId id, Value& out) {
    SocketEnd* e = socketEnd(Runtime::of(ctx), id);
    if (!e) return false;
    PipeStatus s;
    std::string bytes, error;
    if (!receive(ctx, *e, id, s, bytes, error, out)) return true;
    // Anything but a message (end of file, the run's end) is end of file to the reader.
    out = s == PipeStatus::Ok ? native::decodeValue(ctx, bytes) : Value();
    return true;
}

bool closeSocketPipeEnd(Runtime& rt, ResourceId id) {
    SocketEnd* e = socketEnd(rt, id);
    if (!e) return false;
    e->end.close();
    e->closed = true;
    return true;
}

// wait_readable(conns, timeout=None) -> the conns a recv() would not block on, waiting until one
// is (an empty list if none by the timeout); None if they are not all socket ends (a sim run).
// The task is Blocked on the first one's end while its OS thread polls them all.
Value socketPipesWaitReadable(CallContext& ctx, ArgView a) {
    if (a.count < 1 || a.count > 2 || !vm::isKind(a[0], vm::ObjKind::List))
        return ctx.typeError("wait_readable(conns, timeout=None)");
    const std::vector<Value> conns = vm::as<vm::ListObject>(a[0])->items;
    if (conns.empty() || conns.size() > 32) return ctx.valueError("wait_readable() takes 1 to 32 connections");
    double timeout = -1;
    const Value timeoutValue = a.count > 1 ? a[1] : Value();
    if (!timeoutArg(ctx, &timeoutValue, timeout)) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    std::vector<const native::PipeEnd*> ends;
    ResourceId first = kNoId;
    for (const Value& c : conns) {
        auto* h = vm::isKind(c, vm::ObjKind::Native) ? dynamic_cast<vm::HandleObject*>(vm::as<vm::NativeObject>(c)) : nullptr;
        if (!h || h->tag != kSocketPipeTag) return Value();
        auto* e = static_cast<SocketEnd*>(rt.resource(h->id).state.get());
        if (e->closed || !e->readable) return ctx.raise(ctx.types().OSError, "handle is closed or write-only");
        if (first == kNoId) first = h->id;
        ends.push_back(&e->end);
    }
    auto readyOnes = [&ctx, &conns](uint32_t mask) {
        std::vector<Value> out;
        for (size_t i = 0; i < conns.size(); ++i)
            if (mask & (uint32_t{1} << i)) out.push_back(conns[i]);
        return Value::object(ctx.newList(std::move(out)));
    };
    SimTask& me = Runtime::current(ctx);
    if (rt.takeWake(me) != Wake::None) return readyOnes(uint32_t(me.externalResult));
    uint32_t now = native::waitReadable(ends, WaitSpec::poll());
    if (now != 0 || timeout == 0) return readyOnes(now);
    return rt.blockExternal(me, first, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout), 0,
                            [ends](const WaitSpec& w) { return int(native::waitReadable(ends, w)); });
}

Value newSocketPipe(CallContext& ctx, const std::string (&names)[2], bool duplex) {
    Runtime& rt = Runtime::of(ctx);
    auto first = std::make_unique<SocketEnd>(), second = std::make_unique<SocketEnd>();
    std::string error;
    if (!native::makePipe(duplex, first->end, second->end, &error))
        return ctx.raise(ctx.types().OSError, "cannot make a pipe: " + error);
    first->writable = duplex;
    second->readable = duplex;
    std::unique_ptr<SocketEnd> ends[2] = {std::move(first), std::move(second)};
    Value conns[2];
    const ResourceId ids[2] = {rt.newResource(trace::ResourceKind::Pipe, names[0]),
                               rt.newResource(trace::ResourceKind::Pipe, names[1])};
    for (int i = 0; i < 2; ++i) {
        ResourceId id = ids[i];
        ends[i]->peer = ids[1 - i];
        rt.resource(id).unshareable = false;  // shared for real
        rt.resource(id).state = std::move(ends[i]);
        conns[i] = newHandle(ctx, socketConnectionClass(), id, kSocketPipeTag);
    }
    return Value::object(ctx.newTuple({conns[0], conns[1]}));
}

}  // namespace il::rt::natives
