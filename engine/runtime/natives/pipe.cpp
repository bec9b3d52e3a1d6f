// _interleave.pipe: multiprocessing.Pipe's two Connection ends. Each end is a Resource (kind
// Pipe) whose inbox holds what the other end sent, copied into the runtime's limbo heap at send
// time (pickle semantics) and into the receiver's heap at recv time. Module-level classes and
// functions travel by reference (vm::CopyMode): recv() gives the receiver's own, or raises
// AttributeError("Can't get attribute ...") if it has none by that name. What pickle cannot
// send (a lambda, a local function or class) is copied by value instead of raising.
//
// Python-visible API:
//   pipe(duplex=True) -> (conn1, conn2), handles of class multiprocessing.connection.Connection.
//       duplex=False: conn1 can only recv, conn2 only send.
//   conn.send(obj)            OSError('handle is closed') / OSError('connection is read-only')
//   conn.recv() -> obj        blocks while the inbox is empty; EOFError once the other end is
//                             closed in every process and nothing is left;
//                             OSError('handle is closed') / OSError('connection is write-only')
//   conn.poll(timeout=0.0) -> bool   True when recv() would not block (data, or EOF pending);
//                             timeout None waits for ever
//   conn.close()              closes this process's copy of the end (idempotent)
//   conn.closed / conn.readable / conn.writable   read-only properties
//   with conn: ...            closes on exit
//
// Closing follows fork semantics: an end is open in the process that created it and in every
// process forked (directly or not) from a process holding it open at fork time, until that
// process closes it or ends. Only when no process holds the sending end does recv() see EOF.
// Process indices grow with creation, so "forked before P closed it" is a comparison with the
// number of processes when P closed it: no hook into fork is needed.

#include <algorithm>

#include "engine/runtime/natives/item_store.hpp"
#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/task.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

struct PipeEndState : PrimitiveState {
    ResourceId peer = kNoId;
    bool readable = true, writable = true;
    ItemStore* inbox = nullptr;   // in limbo
    uint32_t creator = 0;         // process that created the pipe
    uint32_t procsAtCreation = 0; // processes existing then (later ones may inherit the end)
    std::vector<std::pair<uint32_t, uint32_t>> closedAt;  // process -> processes at close time

    [[nodiscard]] const uint32_t* closeMark(uint32_t proc) const {
        for (auto& [p, n] : closedAt)
            if (p == proc) return &n;
        return nullptr;
    }
};

PipeEndState& endOf(Runtime& rt, ResourceId id) { return static_cast<PipeEndState&>(*rt.resource(id).state); }

// inherits(): process `i` got the end, by creating it or by fork from a holder.
bool inherits(Runtime& rt, const PipeEndState& st, uint32_t i) {
    if (i == st.creator) return true;
    if (i < st.procsAtCreation) return false;
    uint32_t parent = rt.process(i).parent;
    if (parent == UINT32_MAX || !inherits(rt, st, parent)) return false;
    const uint32_t* mark = st.closeMark(parent);
    return !mark || i < *mark;
}

// openSomewhere(): some live process still holds the end open.
bool openSomewhere(Runtime& rt, const PipeEndState& st) {
    for (auto& p : rt.processes())
        if (!p->ended && !st.closeMark(p->index) && inherits(rt, st, p->index)) return true;
    return false;
}

Value connSend(CallContext& ctx, ArgView a);
Value connRecv(CallContext& ctx, ArgView a);
Value connPoll(CallContext& ctx, ArgView a);
Value connClose(CallContext& ctx, ArgView a);
Value connEnter(CallContext& ctx, ArgView a);
Value connExit(CallContext& ctx, ArgView a);
Value connClosed(CallContext& ctx, ArgView a);
Value connReadable(CallContext& ctx, ArgView a);
Value connWritable(CallContext& ctx, ArgView a);

vm::ClassObject* connectionClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* c = vm::makeBuiltinClass("Connection", "multiprocessing.connection");
        vm::addNative(c, "send", connSend);
        vm::addNative(c, "recv", connRecv);
        vm::addNative(c, "poll", connPoll);
        vm::addNative(c, "close", connClose);
        vm::addNative(c, "__enter__", connEnter);
        vm::addNative(c, "__exit__", connExit);
        addReadOnlyProperty(c, "closed", connClosed);
        addReadOnlyProperty(c, "readable", connReadable);
        addReadOnlyProperty(c, "writable", connWritable);
        return c;
    }();
    return cls;
}

// storeName() is the variable the instruction at `ip` stores into ("" if it stores nothing).
std::string storeName(const vm::CodeObject* code, const uint32_t* ip) {
    if (ip < code->code.data() || ip >= code->code.data() + code->code.size()) return "";
    uint32_t arg = vm::argOf(*ip);
    switch (vm::opOf(*ip)) {
    case vm::Op::STORE_NAME:
    case vm::Op::STORE_GLOBAL:
    case vm::Op::STORE_ATTR: return code->names[arg]->data;
    case vm::Op::STORE_FAST: return code->varnames[arg]->data;
    default: return "";
    }
}

// endNames() names the two ends after the script's `parent, child = Pipe()` (the user frame's
// next instructions: UNPACK_SEQUENCE 2 and two stores), else "<Pipe-N>.conn1" / ".conn2".
void endNames(CallContext& ctx, std::string out[2]) {
    Runtime& rt = Runtime::of(ctx);
    for (const vm::Frame* f = ctx.task().top; f; f = f->back) {
        const vm::CodeObject* code = f->code;
        if (isPreludeCode(code)) continue;
        const uint32_t* ip = f->ip;
        if (ip >= code->code.data() && ip + 2 < code->code.data() + code->code.size() &&
            vm::opOf(*ip) == vm::Op::UNPACK_SEQUENCE && vm::argOf(*ip) == 2) {
            out[0] = storeName(code, ip + 1);
            out[1] = storeName(code, ip + 2);
        }
        break;
    }
    if (out[0].empty() || out[1].empty()) {
        std::string name = creationName(ctx, "Pipe");
        out[0] = name + ".conn1";
        out[1] = name + ".conn2";
        return;
    }
    for (int i = 0; i < 2; ++i) {
        int n = ++rt.resourceNames[out[i]];
        if (n > 1) out[i] += "#" + std::to_string(n);
    }
}

// newEnds() creates two connected pipe ends named `names` (readable and writable both when
// `duplex`, else the first reads and the second writes) and returns them as Connections.
Value newEnds(CallContext& ctx, const std::string (&names)[2], bool duplex) {
    Runtime& rt = Runtime::of(ctx);
    ResourceId ids[2];
    for (int i = 0; i < 2; ++i) {
        ids[i] = rt.newResource(trace::ResourceKind::Pipe, names[i]);
        auto st = std::make_unique<PipeEndState>();
        st->inbox = ItemStore::create(rt.limbo());
        st->creator = Runtime::current(ctx).proc->index;
        st->procsAtCreation = uint32_t(rt.processes().size());
        st->readable = duplex || i == 0;
        st->writable = duplex || i == 1;
        rt.resource(ids[i]).state = std::move(st);
    }
    endOf(rt, ids[0]).peer = ids[1];
    endOf(rt, ids[1]).peer = ids[0];
    Value c1 = newHandle(ctx, connectionClass(), ids[0], kPipeTag);
    Value c2 = newHandle(ctx, connectionClass(), ids[1], kPipeTag);
    return Value::object(ctx.newTuple({c1, c2}));
}

Value pipeNew(CallContext& ctx, ArgView a) {
    if (!vm::lib::checkKeywords(ctx, a, "Pipe", {"duplex"})) return Value::error();
    bool duplex;
    if (!boolArg(ctx, vm::lib::kwOrPos(a, 0, "duplex"), true, duplex)) return Value::error();
    std::string names[2];
    endNames(ctx, names);
    if (Runtime::of(ctx).sharedAcrossProcesses()) return newSocketPipe(ctx, names, duplex);
    return newEnds(ctx, names, duplex);
}

// usable(): the end of self, checked open in this process and readable/writable as asked.
PipeEndState* usable(CallContext& ctx, ArgView a, const char* method, bool toRead, bool toWrite, ResourceId& id) {
    vm::HandleObject* h = handleOf(ctx, a, kPipeTag, method);
    if (!h) return nullptr;
    Runtime& rt = Runtime::of(ctx);
    id = h->id;
    PipeEndState& st = endOf(rt, id);
    if (st.closeMark(Runtime::current(ctx).proc->index)) {
        ctx.raise(ctx.types().OSError, "handle is closed");
        return nullptr;
    }
    if (toRead && !st.readable) {
        ctx.raise(ctx.types().OSError, "connection is write-only");
        return nullptr;
    }
    if (toWrite && !st.writable) {
        ctx.raise(ctx.types().OSError, "connection is read-only");
        return nullptr;
    }
    return &st;
}

Value connSend(CallContext& ctx, ArgView a) {
    ResourceId id;
    PipeEndState* st = usable(ctx, a, "send", false, true, id);
    if (!st) return Value::error();
    if (a.count < 2) return ctx.typeError("send() missing 1 required positional argument: 'obj'");
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    ItemStore* inbox = endOf(rt, st->peer).inbox;
    inbox->pushBack(rt.limbo(), vm::deepCopy(a[1], ctx.vm(), rt.limbo(), vm::CopyMode::Send, nullptr));
    rt.recordQueue(me, st->peer, true, uint32_t(inbox->count));
    // Receivers and pollers wait alike; a poller does not take the item, so wake them all.
    rt.wakeAll(st->peer, me.id);
    return Value();
}

Value connRecv(CallContext& ctx, ArgView a) {
    ResourceId id;
    PipeEndState* st = usable(ctx, a, "recv", true, false, id);
    if (!st) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    rt.takeWake(me);
    if (st->inbox->count > 0) {
        // Classes and functions sent by reference are looked up here: unknown ones raise
        // AttributeError from recv(), and the message is gone, as with pickle.
        Value item = vm::deepCopy(st->inbox->popFront(), rt.limbo(), ctx.vm(), vm::CopyMode::Receive, &ctx);
        rt.recordQueue(me, id, false, uint32_t(st->inbox->count));
        if (rt.limbo().heap().shouldCollect()) rt.limbo().collectGarbage();  // limbo runs no code
        return item;
    }
    if (!openSomewhere(rt, endOf(rt, st->peer))) return ctx.raiseArgs(ctx.types().EOFError, {});
    return rt.block(me, id, -1);
}

Value connPoll(CallContext& ctx, ArgView a) {
    ResourceId id;
    PipeEndState* st = usable(ctx, a, "poll", true, false, id);
    if (!st) return Value::error();
    double timeout = 0;
    const Value* tv = vm::lib::kwOrPos(a, 1, "timeout");
    if (tv && !timeoutArg(ctx, tv, timeout)) return Value::error();
    if (tv && !tv->isNone() && timeout < 0) timeout = 0;
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    Wake w = rt.takeWake(me);
    if (st->inbox->count > 0 || !openSomewhere(rt, endOf(rt, st->peer))) return Value::boolean(true);
    if (w == Wake::TimedOut || timeout == 0) return Value::boolean(false);
    return rt.block(me, id, timeout < 0 ? -1 : rt.deadlineAfter(me, timeout));
}

Value connClose(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kPipeTag, "close");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    PipeEndState& st = endOf(rt, h->id);
    uint32_t me = Runtime::current(ctx).proc->index;
    if (st.closeMark(me)) return Value();
    st.closedAt.emplace_back(me, uint32_t(rt.processes().size()));
    // The last holder gone: receivers at the other end must see EOF now.
    if (!openSomewhere(rt, st)) rt.wakeAll(st.peer, Runtime::current(ctx).id);
    return Value();
}

Value connEnter(CallContext& ctx, ArgView a) {
    if (!handleOf(ctx, a, kPipeTag, "__enter__")) return Value::error();
    return a[0];
}
Value connExit(CallContext& ctx, ArgView a) { return connClose(ctx, ArgView{a.pos, 1, nullptr, 0}); }

Value connClosed(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kPipeTag, "closed");
    if (!h) return Value::error();
    Runtime& rt = Runtime::of(ctx);
    return Value::boolean(endOf(rt, h->id).closeMark(Runtime::current(ctx).proc->index) != nullptr);
}
Value connReadable(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kPipeTag, "readable");
    return h ? Value::boolean(endOf(Runtime::of(ctx), h->id).readable) : Value::error();
}
Value connWritable(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kPipeTag, "writable");
    return h ? Value::boolean(endOf(Runtime::of(ctx), h->id).writable) : Value::error();
}

// stdio_pipe(name) -> (read_end, write_end): a one-way pipe for a subprocess's stdin, stdout or
// stderr, its ends named NAME and "NAME (write end)".
Value stdioPipe(CallContext& ctx, ArgView a) {
    if (a.count != 1 || !isKind(a[0], vm::ObjKind::Str)) return ctx.typeError("stdio_pipe(name)");
    Runtime& rt = Runtime::of(ctx);
    std::string name(vm::as<vm::StrObject>(a[0])->view());
    int n = ++rt.resourceNames[name];
    if (n > 1) name += "#" + std::to_string(n);
    const std::string names[2] = {name, name + " (write end)"};
    // A native run's subprocess child is a real process: its pipes must be real ones.
    if (rt.isNative()) return newSocketPipe(ctx, names, false);
    return newEnds(ctx, names, false);
}

}  // namespace

void pipeWriteText(Runtime& rt, SimTask& writer, ResourceId end, std::string_view text) {
    if (socketPipeWriteText(rt, writer, end, text)) return;
    PipeEndState& st = endOf(rt, end);
    ItemStore* inbox = endOf(rt, st.peer).inbox;
    inbox->pushBack(rt.limbo(), Value::object(rt.limbo().newStr(text)));
    rt.recordQueue(writer, st.peer, true, uint32_t(inbox->count));
    rt.wakeAll(st.peer, writer.id);
}

Value pipeReadChunk(vm::CallContext& ctx, ResourceId end) {
    Value fromSocket;
    if (socketPipeReadChunk(ctx, end, fromSocket)) return fromSocket;
    Runtime& rt = Runtime::of(ctx);
    SimTask& me = Runtime::current(ctx);
    PipeEndState& st = endOf(rt, end);
    rt.takeWake(me);
    if (st.inbox->count > 0) {
        Value item = vm::deepCopy(st.inbox->popFront(), rt.limbo(), ctx.vm(), vm::CopyMode::Receive, &ctx);
        rt.recordQueue(me, end, false, uint32_t(st.inbox->count));
        return item;
    }
    if (!openSomewhere(rt, endOf(rt, st.peer))) return Value();
    return rt.block(me, end, -1);
}

void closeInheritedPipes(Runtime& rt, uint32_t child, const std::vector<ResourceId>& keep) {
    for (size_t i = 0; i < rt.resources().size(); ++i) {
        Resource& r = rt.resource(ResourceId(i));
        if (r.kind != trace::ResourceKind::Pipe || !r.state) continue;
        if (std::find(keep.begin(), keep.end(), r.id) != keep.end()) continue;
        // A socket end (native): called in the child itself, which closes its descriptor.
        if (closeSocketPipeEnd(rt, r.id)) continue;
        auto& st = static_cast<PipeEndState&>(*r.state);
        if (!st.closeMark(child) && inherits(rt, st, child))
            st.closedAt.emplace_back(child, uint32_t(rt.processes().size()));
    }
}

ResourceId pipeEndOf(vm::CallContext& ctx, vm::Value conn) {
    for (uint32_t tag : {kPipeTag, kSocketPipeTag}) {
        if (vm::HandleObject* h = handleOf(ctx, vm::ArgView{&conn, 1, nullptr, 0}, tag, "spawn")) return h->id;
        ctx.clearPending();
    }
    return kNoId;
}

void installPipe(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleFunction(ctx, m, "pipe", pipeNew);
    vm::addModuleFunction(ctx, m, "stdio_pipe", stdioPipe);
    vm::addModuleFunction(ctx, m, "wait_readable", socketPipesWaitReadable);
    vm::addModuleValue(ctx, m, "Connection", Value::object(connectionClass()));
}

}  // namespace il::rt::natives
