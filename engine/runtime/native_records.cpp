// Records a native run keeps of processes it forked (native_fork.cpp): tasks the child made,
// real pids, and the multiprocessing objects a child cannot share yet.

#include <unistd.h>

#include "engine/runtime/runtime.hpp"

namespace il::rt {

// A task a forked child made: the parent follows its states from the child's events; it has no
// frames here and no OS thread of the parent runs it.
TaskId Runtime::adoptRemoteTask(trace::TaskKind kind, std::string name, SimProcess& proc, TaskId owner, int64_t ns,
                                bool forked, uint64_t osId) {
    auto t = std::make_unique<SimTask>();
    t->id = m_rec.taskCreated(uint64_t(ns), name, kind, owner, osId, forked);
    t->kind = kind;
    t->name = std::move(name);
    t->proc = &proc;
    t->stateSinceNs = ns;
    if (kind == trace::TaskKind::Thread) proc.threads.push_back(t->id);
    m_policy->onTaskCreated(t->id);
    m_native->threads.resize(t->id + 1);
    if (kind == trace::TaskKind::Thread) m_native->threads[t->id] = std::make_unique<NativeThread>();
    m_tasks.push_back(std::move(t));
    return m_tasks.back()->id;
}

// A process one of this process's children started (or theirs), told by the child: a record of
// its own, remote, under its parent's, so that its threads are its own (the summary's process,
// a deadlock report's names) and its parent's end neither ends nor fails them: it lives on as
// an orphan. It has no GIL or join resource here: nothing here runs or joins it.
void Runtime::adoptRemoteProcess(SimTask& t, SimProcess& parent, int64_t pid, bool forked) {
    auto p = std::make_unique<SimProcess>();
    p->index = uint32_t(m_procs.size());
    p->forked = forked;  // the run waits for it (endRunAfterOrphans)
    if (forked) m_native->adoptedForked = true;
    p->pid = pid;
    p->ppid = parent.pid;
    p->parent = parent.index;
    p->name = t.name;
    p->task = t.id;
    p->remote = true;
    p->createdEvent = m_log.size() - 1;  // adoptRemoteTask's event
    setupVm(*p);  // unused, but every process has one
    m_byPid[pid] = p->index;
    parent.children.push_back(p->index);
    t.proc = p.get();
    m_procs.push_back(std::move(p));
}

// os.getpid() and Process.pid answer the real pid; the trace's record of the process too.
void Runtime::setProcessPid(SimProcess& p, int64_t pid, int64_t ppid) {
    p.pid = pid;
    p.ppid = ppid;
    m_byPid[pid] = p.index;
    p.vm->pid = pid;
    p.vm->ppid = ppid;
    p.vm->realPpid = pid == ::getpid();  // this process's own record
    // Not an event this process has sent already, nor one a forked child had from its parent
    // (it never sends those, and the write would copy their page).
    if (p.createdEvent < m_log.size() && (!m_native || p.createdEvent >= m_native->shippedEvents))
        m_log.setValue(p.createdEvent, uint64_t(trace::TaskKind::Process) | uint64_t(pid) << 8);
}

// True while the running task is inside the multiprocessing package's code (its synchronize,
// queues and sharedctypes modules make its objects on `_interleave`'s primitives).
bool Runtime::madeByMultiprocessing() const {
    if (!m_running || !m_running->vt) return false;
    for (const vm::Frame* f = m_running->vt->top; f; f = f->back) {
        if (!f->code->source) continue;
        const std::string& file = f->code->source->name();
        if (file.rfind(std::string(kPreludePrefix) + "multiprocessing", 0) == 0) return true;
    }
    return false;
}

bool Runtime::notSharedHere(vm::CallContext& ctx, ResourceId id) {
    if (!m_native || id >= m_native->forkResourceBase || !m_resources[id].unshareable) return false;
    ctx.raise(ctx.types().NotImplementedError,
              "'" + m_resources[id].name +
                  "' was made before this process was forked: the native executor does not share "
                  "multiprocessing objects between real processes yet (run with --executor sim)");
    return true;
}

}  // namespace il::rt
