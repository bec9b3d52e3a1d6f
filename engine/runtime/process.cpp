// Processes and threads: creating their records, forking a process's heap, starting threads.

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "engine/runtime/limit_messages.hpp"
#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::rt {

using trace::TaskState;

namespace {
constexpr int64_t kFirstPid = 4242;
}

SimProcess& Runtime::newProcess(std::string name, SimProcess* parent, bool daemon, int64_t ns, bool forked) {
    auto p = std::make_unique<SimProcess>();
    p->index = uint32_t(m_procs.size());
    p->forked = forked;
    p->pid = kFirstPid + int64_t(p->index);
    p->ppid = parent ? parent->pid : kFirstPid - 1;
    p->daemon = daemon;
    p->parent = parent ? parent->index : UINT32_MAX;
    if (m_native && !parent) {  // the real process running the script (a child's: at its fork)
        p->pid = ::getpid();
        p->ppid = ::getppid();
    }
    // A native child's modelled pid is a placeholder until its fork (setProcessPid): it could
    // be a real pid in use, so only the pids that are real here go in the map.
    if (!m_native || !parent) m_byPid[p->pid] = p->index;
    p->createdEvent = m_log.size();
    p->task = m_rec.taskCreated(uint64_t(stamp(ns)), name, trace::TaskKind::Process,
                                parent ? parent->task : kNoId, uint64_t(p->pid), forked);
    auto rec = std::make_unique<SimTask>();
    rec->id = p->task;
    rec->kind = trace::TaskKind::Process;
    rec->name = name;
    rec->proc = p.get();
    rec->stateSinceNs = ns;
    m_tasks.push_back(std::move(rec));
    m_policy->onTaskCreated(p->task);
    setupVm(*p);
    p->gil.res = newResource(trace::ResourceKind::Gil, "GIL " + name);
    p->joinRes = newResource(trace::ResourceKind::Join, "join " + name);
    p->name = std::move(name);
    if (parent) parent->children.push_back(p->index);
    m_procs.push_back(std::move(p));
    return *m_procs.back();
}

void Runtime::setupVm(SimProcess& p) {
    vm::Limits limits = m_settings.limits;
    auto output = [this](bool toErr) {
        return [this, toErr](vm::Task& t, std::string_view text) {
            auto* st = static_cast<SimTask*>(t.runtimeData);
            if (!st) {
                if (admitOutput(OutputRoute{}, text.size())) (toErr ? m_err : m_out)(text);
                return;
            }
            emit(*st, toErr, text, true);
        };
    };
    p.vm = std::make_unique<vm::Vm>(limits, output(false), output(true));
    p.vm->host = this;
    p.vm->pid = p.pid;
    p.vm->ppid = p.ppid;
    // A native run's threads run on the machine's cores: os.cpu_count() answers as CPython's does.
    p.vm->cpuCount = m_native ? machineCores() : m_settings.cores;
    p.vm->stepWatch.systematic = m_systematic;
    seedRandom(p);
}

// Every process's `random` starts from the run's seed and its index (CPython reseeds a forked
// child's too).
void Runtime::seedRandom(SimProcess& p) {
    const uint64_t state[4] = {m_settings.seed * 0x9e3779b97f4a7c15ull + p.index + 1, 2, 3, 4};
    std::copy(std::begin(state), std::end(state), p.vm->rngState);
}

void Runtime::chargeStartup(SimTask& t, int64_t ns) {
    // Step mode and systematic runs: every choice is a step of the script, nothing else. A
    // native run pays real start-up costs, not modelled ones.
    if (m_manual || m_systematic || m_native) return;
    t.workLeftNs = ns;
    t.bootWork = ns > 0;
}

bool Runtime::taskLimitReached(vm::CallContext& ctx, const char* pythonMessage) {
    if (m_threadsCreated < m_settings.maxTasks) return false;
    ctx.raise(ctx.types().RuntimeError, pythonMessage);
    endRun(Verdict::Limit, taskLimitMessage(m_threadsCreated, m_settings.maxTasks));
    return true;
}

SimTask* Runtime::startThread(vm::CallContext& ctx, vm::Value callable, std::string name, bool daemon) {
    SimTask& me = current(ctx);
    if (taskLimitReached(ctx, "can't start new thread")) return nullptr;
    int64_t ns = liveNs(me);
    SimTask& t = newTask(trace::TaskKind::Thread, std::move(name), me.proc, me.proc->task, ns);
    t.daemon = daemon;
    if (!vm::startCall(*me.proc->vm, *t.vt, callable, vm::ArgView{})) {
        // Only a native callable runs at once; it raised: report like a failing thread.
        finishThread(t, ns, true);
        return &t;
    }
    if (!t.vt->top) {  // a native target already ran
        finishThread(t, ns, false);
        return &t;
    }
    chargeStartup(t, m_settings.threadStartNs);
    makeRunnable(t, ns, me.id);
    launch(t);
    return &t;
}

SimProcess* Runtime::startProcess(vm::CallContext& ctx, vm::Value processObject, std::string name, bool daemon) {
    SimTask& me = current(ctx);
    if (taskLimitReached(ctx, "task limit reached")) return nullptr;
    int64_t ns = liveNs(me);
    SimProcess& parent = *me.proc;
    SimProcess& child = newProcess(std::move(name), &parent, daemon, ns);
    child.out = parent.out;  // inherited stdout and stderr
    child.err = parent.err;
    SimTask& main = newTask(trace::TaskKind::Thread, "MainThread", &child, child.task, ns);
    main.isMain = true;
    child.mainThread = main.id;
    vm::Value obj = processObject;
    if (!m_native) {  // a native run's child runs on the copy of the whole heap fork() gives
        obj = forkHeap(ctx, child, {processObject})[0];
        child.vm->pin(obj);
    }
    setState(task(child.task), TaskState::Running, ns, kNoId, me.id);
    if (m_native) {  // a real child process runs it (native_fork.cpp)
        // Looked up here, so that no child adds the name to its copy of the heap's names.
        vm::Value boot = ctx.getAttr(obj, "_bootstrap");
        if (boot.isError()) {  // as in the sim: the child fails, its parent carries on
            me.vt->pending = vm::Value();
            failBoot(child, main, ns);
            return &child;
        }
        if (!nativeFork(child, ForkedStart{boot, nullptr, false, {}})) {
            forkFailed(ctx, child, main, ns);
            return nullptr;
        }
        return &child;
    }
    vm::Value boot = vm::CallContext(*child.vm, *main.vt).getAttr(obj, "_bootstrap");
    child.vm->unpin(obj);
    if (!bootProcess(child, main, boot, ns)) return &child;
    chargeStartup(main, m_settings.processStartNs);
    makeRunnable(main, ns, me.id);
    return &child;
}

// The sim's fork: one deep copy of (sys.modules, __main__, `roots`) into the child's heap keeps
// their sharing. Returns the copies of `roots`.
std::vector<vm::Value> Runtime::forkHeap(vm::CallContext& ctx, SimProcess& child, const std::vector<vm::Value>& roots) {
    vm::Vm& from = ctx.vm();
    vm::Vm& to = *child.vm;
    std::vector<vm::Value> items{vm::Value::object(from.modules()), vm::Value::object(from.mainModule())};
    items.insert(items.end(), roots.begin(), roots.end());
    vm::Value copied = vm::deepCopy(vm::Value::object(ctx.newTuple(std::move(items))), from, to);
    auto* copies = vm::as<vm::TupleObject>(copied);
    to.adoptFork(from.program(), vm::as<vm::DictObject>(copies->items[0]), vm::as<vm::ModuleObject>(copies->items[1]));
    return {copies->items.begin() + 2, copies->items.end()};
}

bool Runtime::bootProcess(SimProcess& child, SimTask& main, vm::Value bootstrap, int64_t ns) {
    if (!bootstrap.isError() && vm::startCall(*child.vm, *main.vt, bootstrap, vm::ArgView{})) return true;
    failBoot(child, main, ns);
    return false;
}

// forkFailed(): fork() refused (errno says why): the child's record ends failed, OSError is raised.
vm::Value Runtime::forkFailed(vm::CallContext& ctx, SimProcess& child, SimTask& main, int64_t ns) {
    const int err = errno;
    failBoot(child, main, ns);
    return ctx.raise(ctx.types().OSError, std::string("fork failed: ") + std::strerror(err));
}

void Runtime::failBoot(SimProcess& child, SimTask& main, int64_t ns) {
    main.vt->pending = vm::Value();
    child.exitCode = 1;
    finishThread(main, ns, true);
}

SimProcess* Runtime::startCommand(vm::CallContext& ctx, CommandSpec spec) {
    SimTask& me = current(ctx);
    if (taskLimitReached(ctx, "task limit reached")) return nullptr;
    int64_t ns = liveNs(me);
    SimProcess& child = newProcess(spec.name, me.proc, false, ns);
    child.detached = true;
    child.out = spec.out;
    child.err = spec.err;
    child.stdinPipe = spec.stdinPipe;
    child.argv = std::move(spec.argv);
    child.vm->loadProgram(spec.program);
    SimTask& main = newTask(trace::TaskKind::Thread, "MainThread", &child, child.task, ns);
    main.isMain = true;
    child.mainThread = main.id;
    vm::startModule(*child.vm, *main.vt);
    setState(task(child.task), TaskState::Running, ns, kNoId, me.id);
    ForkedStart start;
    start.command = true;
    for (ResourceId r : {child.stdinPipe, child.out.pipe, child.err.pipe})
        if (r != kNoId) start.keepPipes.push_back(r);
    if (m_native) {  // a real child process runs it, on its own Vm (native_fork.cpp)
        if (!nativeFork(child, start)) {
            forkFailed(ctx, child, main, ns);
            return nullptr;
        }
        return &child;
    }
    natives::closeInheritedPipes(*this, child.index, start.keepPipes);
    chargeStartup(main, m_settings.processStartNs);
    makeRunnable(main, ns, me.id);
    launch(main);
    return &child;
}

void Runtime::emit(SimTask& writer, bool toErr, std::string_view text, bool byScript) {
    const OutputRoute& r = toErr ? writer.proc->err : writer.proc->out;
    // Text past the output limit is neither shown nor recorded: the GUI's console reads the trace.
    if (!admitOutput(r, text.size())) return;
    if (byScript)
        m_rec.record(uint64_t(stamp(liveNs(writer))), trace::EventKind::Print, writer.id, kNoId, toErr ? 1 : 0, text);
    switch (r.to) {
    case OutputRoute::To::Stdout: m_out(text); break;
    case OutputRoute::To::Stderr: m_err(text); break;
    case OutputRoute::To::Null: break;
    case OutputRoute::To::Pipe: natives::pipeWriteText(*this, writer, r.pipe, text); break;
    }
}

bool Runtime::admitOutput(const OutputRoute& r, size_t bytes) {
    if (r.to == OutputRoute::To::Null || r.to == OutputRoute::To::Pipe) return true;  // not the user's screen
    const uint64_t limit = m_settings.maxOutputBytes;
    if (limit == 0) return true;
    if (bytes <= limit - m_outputBytes) {  // m_outputBytes <= limit always
        m_outputBytes += bytes;
        return true;
    }
    m_outputBytes = limit;  // full: nothing more is admitted, however short
    endRun(Verdict::Limit, outputLimitMessage(limit));
    return false;
}

}  // namespace il::rt
