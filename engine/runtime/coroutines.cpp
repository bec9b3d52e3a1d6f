// Coroutines inside a thread: asyncio tasks and greenlets are trace tasks of kind Coroutine with
// their host thread as owner. asyncio runs on generators (the prelude's event loop reports the
// states); a greenlet has frames of its own (a vm::Task), and a switch swaps which frames its
// thread runs: the switching native returns suspend, and when vm::run returns the executor
// parks the old frames and installs the target's (switchGreenlet), all within one chunk.

#include "engine/runtime/runtime.hpp"

#include "engine/util/assert.hpp"

namespace il::rt {

using trace::TaskState;

SimTask& Runtime::newCoroutine(SimTask& host, std::string name) {
    int64_t ns = liveNs(host);
    SimTask& c = newTask(trace::TaskKind::Coroutine, std::move(name), host.proc, host.id, ns);
    c.host = host.id;
    setState(c, TaskState::Ready, ns);
    return c;
}

void Runtime::setCoroutineState(SimTask& c, TaskState s, ResourceId object) {
    SimTask& host = task(c.host);
    if (s == TaskState::Running) {
        host.runningCoroutine = c.id;
    } else if (host.runningCoroutine == c.id) {
        host.runningCoroutine = kNoId;
    }
    if (c.state == s && c.waitingOn == object) return;
    c.waitingOn = object;
    setState(c, s, liveNs(host), object);
}

void Runtime::recordReadyLength(SimTask& host, ResourceId loop, uint32_t length, bool grew) {
    recordQueue(host, loop, grew, length);
}

int64_t Runtime::greenletOf(vm::CallContext& ctx) {
    SimTask& t = current(ctx);
    if (t.greenlet < 0) {
        // The thread's own frames become its main greenlet.
        Greenlet g;
        g.thread = t.id;
        g.started = true;
        g.task = newCoroutine(t, t.name + " (main greenlet)").id;
        setCoroutineState(task(g.task), TaskState::Running);
        t.greenlet = int64_t(m_greenlets.size());
        m_greenlets.push_back(std::move(g));
    }
    return t.greenlet;
}

int64_t Runtime::newGreenlet(vm::CallContext& ctx, vm::Value bootstrap, vm::Value greenletObject, std::string name) {
    SimTask& t = current(ctx);
    greenletOf(ctx);
    Greenlet g;
    g.thread = t.id;
    g.vt = std::make_unique<vm::Task>(*t.proc->vm, name);
    g.vt->runtimeData = &t;
    g.vt->id = t.id;
    vm::Value args[1] = {greenletObject};
    if (!vm::startCall(*t.proc->vm, *g.vt, bootstrap, vm::ArgView{args, 1, nullptr, 0})) return -1;
    SimTask& c = newCoroutine(t, std::move(name));
    setCoroutineState(c, TaskState::Suspended);
    g.task = c.id;
    m_greenlets.push_back(std::move(g));
    return int64_t(m_greenlets.size()) - 1;
}

TaskId Runtime::greenletTask(int64_t id) const {
    return id >= 0 && size_t(id) < m_greenlets.size() ? m_greenlets[size_t(id)].task : kNoId;
}

vm::Value Runtime::requestSwitch(vm::CallContext& ctx, int64_t id, int finish) {
    SimTask& t = current(ctx);
    if (takeWake(t) != Wake::None) return vm::Value();  // switched back to: the switch returns
    if (id < 0 || size_t(id) >= m_greenlets.size() || m_greenlets[size_t(id)].thread != t.id)
        return ctx.raise(ctx.types().RuntimeError, "cannot switch to a different thread");
    if (&t != m_running || t.vt->nativeDepth > 0) return cannotSuspend(t, "greenlet.switch()");
    if (id == t.greenlet && !finish) return vm::Value();
    Greenlet& cur = m_greenlets[size_t(t.greenlet)];
    cur.dead = finish != 0;
    cur.failed = finish == 2;
    t.switchTo = id;
    return vm::Value::suspend();
}

void Runtime::switchGreenlet(SimTask& t, int64_t ns) {
    (void)ns;
    int64_t to = t.switchTo;
    t.switchTo = -1;
    Greenlet& from = m_greenlets[size_t(t.greenlet)];
    Greenlet& target = m_greenlets[size_t(to)];
    IL_ASSERT(target.vt, "a greenlet switched to has parked frames");
    if (from.dead) {
        // Its bootstrap frame waits in the final switch: the frames go with it.
        setCoroutineState(task(from.task), from.failed ? TaskState::Failed : TaskState::Done);
        t.vt.reset();
    } else {
        setCoroutineState(task(from.task), TaskState::Suspended);
        from.vt = std::move(t.vt);
    }
    t.vt = std::move(target.vt);
    if (target.started) t.wake = Wake::Signalled;  // its pending switch() call returns
    target.started = true;
    t.greenlet = to;
    setCoroutineState(task(target.task), TaskState::Running);
}

}  // namespace il::rt
