// os.fork(), os.wait(), os.waitpid() and os._exit().
//
// A child of os.fork() goes on from the call, as in CPython: its main thread starts with a copy
// of the frames of the thread that forked (vm/fork_frames.hpp), the innermost wound back to make
// the call again, and that call returns 0 there. In the sim the copy's values are one deep copy
// with sys.modules and __main__ (the same copy a Process start makes); in a native run fork()
// copies the heap and the frames only need new records on it. The child's process is
// Fork-1, Fork-2... on the timeline, its main thread has the forking thread's name.
//
// os.wait() reports the children os.fork() made, each once; multiprocessing's children are
// joined through their Process objects instead (their ends stay the Process's to report).

#include <unistd.h>

#include <cerrno>

#include "engine/runtime/native_state.hpp"
#include "engine/runtime/runtime.hpp"
#include "engine/vm/fork_frames.hpp"

namespace il::rt {

namespace {

vm::ModuleObject* loadedModule(vm::CallContext& ctx, std::string_view name) {
    vm::Value* m = ctx.vm().modules()->findStr(name);
    return m && vm::isKind(*m, vm::ObjKind::Module) ? vm::as<vm::ModuleObject>(*m) : nullptr;
}

// threading._after_fork(), run by the child, makes the forking thread its main thread: threading
// must know which thread that is before the heap is copied.
void noteForkingThread(vm::CallContext& ctx, int64_t ident) {
    vm::ModuleObject* threading = loadedModule(ctx, "threading");
    vm::Value* slot = threading && threading->dict ? threading->dict->findStr("_fork_ident") : nullptr;
    if (!slot || !vm::isKind(*slot, vm::ObjKind::List)) return;
    auto* list = vm::as<vm::ListObject>(*slot);
    if (!list->items.empty()) list->items[0] = vm::Value::integer(ident);
}

// What os.fork() returns in the child, once threading (if the script uses it) has forgotten the
// parent's other threads.
vm::Value childReturn(vm::CallContext& ctx) {
    if (vm::ModuleObject* threading = loadedModule(ctx, "threading")) {
        vm::Value r = ctx.callMethod(vm::Value::object(threading), "_after_fork", {});
        if (r.isError()) return r;
    }
    return vm::Value::integer(0);
}

// A wait status as Linux makes it: the exit code in bits 8-15, or the signal that ended it.
int64_t waitStatus(const SimProcess& p) {
    return p.exitCode < 0 ? int64_t(-p.exitCode) : int64_t(p.exitCode & 0xff) << 8;
}

}  // namespace

// A process forked in the sim gets its own copy of each threading primitive it inherits, made
// once per child, in the state the primitive had at the fork: a lock held by a thread that did
// not fork stays locked for ever there (nobody in the child will release it), as in CPython.
uint32_t Runtime::forkHandle(uint32_t id, uint32_t /*tag*/, vm::Vm& to) {
    auto proc = m_byPid.find(to.pid);
    if (proc == m_byPid.end() || proc->second >= m_procs.size()) return id;
    return forkedCopy(id, *m_procs[proc->second]);
}

ResourceId Runtime::forkedCopy(ResourceId id, SimProcess& child) {
    if (id >= m_resources.size() || !m_resources[id].copiedByFork) return id;
    auto copy = m_forkCopies.find({id, child.index});
    return copy != m_forkCopies.end() ? copy->second : forkResource(id, child);
}

ResourceId Runtime::forkResource(ResourceId id, SimProcess& child) {
    const ResourceId copy = newResource(m_resources[id].kind, m_resources[id].name + " [" + child.name + "]",
                                        m_resources[id].capacity);
    m_forkCopies[{id, child.index}] = copy;
    std::unique_ptr<PrimitiveState> state;
    if (m_resources[id].state)  // may copy others (a condition's lock): m_resources may grow
        state = m_resources[id].state->forkCopy([&](ResourceId other) { return forkedCopy(other, child); });
    // The thread that forked goes on as the child's main thread: what it held, that one holds.
    const TaskId forker = m_running ? m_running->id : kNoId;
    auto inChild = [&](TaskId t) { return t != kNoId && t == forker ? child.mainThread : t; };
    const Resource& from = m_resources[id];
    Resource& to = m_resources[copy];
    to.copiedByFork = true;  // a copy is one too: a grandchild gets its own, a native child remaps it
    m_threadingPrimitives.push_back(copy);
    to.owner = inChild(from.owner);
    to.count = from.count;
    for (TaskId h : from.holders) to.holders.push_back(inChild(h));
    to.state = std::move(state);
    return copy;
}

int64_t Runtime::parentPid(vm::CallContext& ctx) {
    const vm::Vm& vm = ctx.vm();
    if (!vm.realPpid) return vm.ppid;  // the sim's, or a record of another process
    // A real process is adopted when its parent dies: only the OS knows its parent now.
    const int64_t real = ::getppid();
    const std::atomic<int>* parentEnded = m_native ? m_native->parentEnded : nullptr;
    if (parentEnded && real == vm.ppid && parentEnded->load(std::memory_order_acquire)) return kInitPid;
    return real;
}

vm::Value Runtime::fork(vm::CallContext& ctx) {
    SimTask& me = current(ctx);
    if (me.forkedChild) {  // the child makes the call again
        me.forkedChild = false;
        return childReturn(ctx);
    }
    ctx.vm().stepWatch.everything();  // a process op: a step of its own
    std::string why = vm::whyFramesNotCopyable(*me.vt);
    if (why.empty() && (me.greenlet >= 0 || me.kind != trace::TaskKind::Thread)) why = "inside a greenlet";
    if (!why.empty())
        return ctx.raise(ctx.types().RuntimeError,
                         "os.fork() " + why + " is not supported: call it from a plain function or the module");
    if (taskLimitReached(ctx, "task limit reached")) return vm::Value::error();
    noteForkingThread(ctx, me.ident);
    const int64_t ns = liveNs(me);
    SimProcess& parent = *me.proc;
    SimProcess& child = newProcess("Fork-" + std::to_string(++m_forks), &parent, false, ns, true);
    child.out = parent.out;  // inherited stdout and stderr
    child.err = parent.err;
    SimTask& main = newTask(trace::TaskKind::Thread, me.name, &child, child.task, ns);
    main.isMain = true;
    main.forkedChild = true;
    child.mainThread = main.id;
    setState(task(child.task), trace::TaskState::Running, ns, kNoId, me.id);
    if (m_native) {  // a real fork; the child copies the frames on its copy of the heap
        ForkedStart start;
        start.frames = me.vt.get();
        if (!nativeFork(child, start)) return forkFailed(ctx, child, main, ns);
        return vm::Value::integer(child.pid);
    }
    std::vector<vm::Value> values;
    vm::frameValues(*me.vt, values);
    std::vector<vm::Value> copies = forkHeap(ctx, child, values);
    vm::copyFrames(*me.vt, *main.vt, copies.data());
    chargeStartup(main, m_settings.processStartNs);
    makeRunnable(main, ns, me.id);
    return vm::Value::integer(child.pid);
}

vm::Value Runtime::waitChild(vm::CallContext& ctx, int64_t pid, bool noHang) {
    ctx.vm().stepWatch.everything();  // a process op: a step of its own
    SimTask& me = current(ctx);
    SimProcess& p = *me.proc;
    (void)takeWake(me);  // no timeout: only a child's end wakes it
    std::vector<TaskId> running;
    SimProcess* last = nullptr;
    for (uint32_t c : p.children) {
        SimProcess& child = *m_procs[c];
        if (!child.forked || child.waited || (pid != -1 && child.pid != pid)) continue;
        if (child.ended) {
            child.waited = true;
            return vm::Value::object(ctx.newTuple({vm::Value::integer(child.pid), vm::Value::integer(waitStatus(child))}));
        }
        running.push_back(child.mainThread);
        last = &child;
    }
    if (!last) return ctx.raiseArgs(ctx.types().ChildProcessError, {vm::Value::integer(ECHILD), ctx.makeStr("No child processes")});
    if (noHang) return vm::Value::object(ctx.newTuple({vm::Value::integer(0), vm::Value::integer(0)}));
    if (pid != -1) {
        setWaitHolders(last->joinRes, {last->mainThread}, liveNs(me));
        return block(me, last->joinRes, -1);
    }
    if (p.waitRes == kNoId) p.waitRes = newResource(trace::ResourceKind::Join, "wait " + p.name);
    setWaitHolders(p.waitRes, std::move(running), liveNs(me));
    return block(me, p.waitRes, -1);
}

vm::Value Runtime::exitProcess(vm::CallContext& ctx, int64_t code) {
    ctx.vm().stepWatch.everything();  // a process op: a step of its own
    SimTask& me = current(ctx);
    SimProcess& p = *me.proc;
    // No finally blocks, no waiting for threads: every thread of the process stops here.
    p.exitCode = int(code & 0xff);
    p.mainRaised = p.exitCode != 0;  // as sys.exit(code) does: the run's exit code
    endProcess(p, liveNs(me));
    if (m_native && m_native->isChild && p.index == m_native->self) nativeExitChild();
    return vm::Value::suspend();  // the calling thread has ended with its process
}

}  // namespace il::rt
