#pragma once
// Shared helpers of the `_interleave` module's natives (the primitives under threading, queue,
// multiprocessing and concurrent.futures, whose Python halves live in engine/runtime/prelude).
// Every primitive is a HandleObject naming a Resource of the Runtime: a deep copy into a child
// process shares it, as an inherited handle does after fork.

#include <string>
#include <string_view>

#include "engine/runtime/runtime.hpp"
#include "engine/vm/builtin_types.hpp"
#include "engine/vm/lib/lib_util.hpp"
#include "engine/vm/modules/modules.hpp"

// The `_interleave` module (the contract between the natives and the prelude):
//   threads.cpp  start_thread(callable, name, daemon) -> ident, get_ident(), get_native_id(),
//                join_thread(ident, timeout=None) -> ended?, thread_alive(ident), mark_failed(),
//                format_exception(exc) -> traceback text, write_stderr(text),
//                start_process(obj, name, daemon) -> pid (child runs obj._bootstrap(), whose int
//                result is the exit code), join_process(pid, timeout=None) -> ended?,
//                process_alive(pid), process_exitcode(pid) -> int | None,
//                terminate_process(pid, signal=15), pool_created(name, workers) -> id,
//                pool_update(id, busy, pending)
//   locks.cpp    Lock(), RLock()  (acquire(blocking=True, timeout=-1), release(), locked(),
//                with; RLock: _is_owned(), _release_save() -> count, _acquire_restore(count))
//   semaphore.cpp, event.cpp, condition.cpp, barrier.cpp (threading's primitives, shared
//                across processes for multiprocessing's):
//                Semaphore(value=1, bounded=False): acquire(blocking=True, timeout=None) -> bool,
//                  release(n=1) (ValueError "Semaphore released too many times" if bounded),
//                  get_value()
//                Event(): set(), clear(), is_set(), wait(timeout=None) -> bool
//                Condition(lock): wait(timeout=None) -> bool, notify(n=1), notify_all()
//                Barrier(parties): see barrier.cpp
//   channel.cpp  Channel(maxsize=0, order="fifo"|"lifo"|"priority", shared=False, kind="Queue"):
//                put(item, block=True, timeout=None) -> False if full, get(block=True,
//                timeout=None) -> (True, item) | (False, None), qsize(), empty(), full(),
//                task_done(), join(), close(). shared=True copies items between processes.
//   pipe.cpp     pipe(duplex=True) -> (conn1, conn2): send(obj), recv() (EOFError when the
//                peer is closed and nothing is left), poll(timeout=0) -> bool, close();
//                stdio_pipe(name) -> (read_end, write_end) for a subprocess's streams
//   subprocess.cpp  spawn(kind, payload, argv, stdin, stdout, stderr) -> pid, child_argv(),
//                stdin_read() -> str | None (see that file)
//   shared_value.cpp  SharedValue(typecode, value): get(), set(v), typecode()
//   coroutines.cpp  coro_new/coro_state/coro_resource, loop_new/loop_ready/loop_idle,
//                greenlet_current/greenlet_new/greenlet_task/greenlet_switch (see that file)
//   (the full API of channel.cpp, pipe.cpp and shared_value.cpp is at the top of each file)

namespace il::rt::natives {

// What a HandleObject's id names (HandleObject::tag).
enum HandleTag : uint32_t {
    kLockTag = 1, kRLockTag, kSemaphoreTag, kEventTag, kConditionTag, kBarrierTag,
    kQueueTag, kPipeTag, kValueTag, kOtherTag,
    // natives/shm_*.cpp: multiprocessing objects of a native run, in shared memory
    kSharedQueueTag, kSharedLockTag, kSharedRLockTag, kSharedSemaphoreTag, kSharedEventTag,
    kSharedValueTag, kSharedConditionTag, kSharedBarrierTag,
    kSocketPipeTag,
};

// handleOf() returns args[0] as a handle with `tag`, or null with TypeError pending.
vm::HandleObject* handleOf(vm::CallContext& ctx, vm::ArgView args, uint32_t tag, const char* method);
// newHandle() allocates a handle of class `cls` on ctx's heap.
vm::Value newHandle(vm::CallContext& ctx, vm::ClassObject* cls, ResourceId id, uint32_t tag);
// creationName() names a new primitive after the variable or attribute the script stores it
// in (`lock_a = Lock()` gives "lock_a", `self.not_full = ...` "not_full"), else `fallback`-N;
// a name already taken gets "#2", "#3"... Prelude frames are skipped, so a queue.Queue built
// by the prelude is named after the user's variable.
std::string creationName(vm::CallContext& ctx, std::string_view fallback);
// timeoutArg() reads a timeout: None (or absent) gives -1, a negative number -1 (Lock style
// when `negativeMeansNone`), else seconds. False with an exception pending.
bool timeoutArg(vm::CallContext& ctx, const vm::Value* v, double& out, bool negativeMeansNone = true);
// boolArg() reads an optional truthy argument.
bool boolArg(vm::CallContext& ctx, const vm::Value* v, bool def, bool& out);
// reprAt() is " at 0x..." for a repr, as CPython prints object addresses.
std::string reprAt(const void* p);

// Installers (one per primitive file), called when `_interleave` is created.
void installThreadFunctions(vm::CallContext& ctx, vm::ModuleObject* m);
void installLocks(vm::CallContext& ctx, vm::ModuleObject* m);
// installPrimitives(): Semaphore, Event, Condition, Barrier, queues, pipes, shared values.
void installPrimitives(vm::CallContext& ctx, vm::ModuleObject* m);
void installSemaphore(vm::CallContext& ctx, vm::ModuleObject* m);
// installCoroutines(): coroutine records, event-loop and greenlet natives (coroutines.cpp).
void installCoroutines(vm::CallContext& ctx, vm::ModuleObject* m);
void installEvent(vm::CallContext& ctx, vm::ModuleObject* m);
void installCondition(vm::CallContext& ctx, vm::ModuleObject* m);
void installBarrier(vm::CallContext& ctx, vm::ModuleObject* m);
// waitTimeoutArg() reads the timeout of a Condition-style wait (condition.cpp): None (or
// absent) gives -1 (no timeout), a negative number 0 (do not wait), else seconds. False with an
// exception pending.
bool waitTimeoutArg(vm::CallContext& ctx, const vm::Value* v, double& out);
void installChannel(vm::CallContext& ctx, vm::ModuleObject* m);      // channel.cpp
void installPipe(vm::CallContext& ctx, vm::ModuleObject* m);         // pipe.cpp
void installSharedValue(vm::CallContext& ctx, vm::ModuleObject* m);  // shared_value.cpp
void installSubprocess(vm::CallContext& ctx, vm::ModuleObject* m);   // subprocess.cpp

// Pipes as a subprocess child's standard streams (pipe.cpp).
// pipeWriteText() sends `text` (a str message) from write end `end`: what `writer` printed.
void pipeWriteText(Runtime& rt, SimTask& writer, ResourceId end, std::string_view text);
// pipeReadChunk() receives ctx's task's next message at read end `end`: the item, None at EOF,
// or Value::suspend() (blocked until data or EOF arrive).
vm::Value pipeReadChunk(vm::CallContext& ctx, ResourceId end);
// closeInheritedPipes() closes, in process `child`, every pipe end it inherited except `keep`
// (Popen's close_fds=True: the child holds only its own stdin/stdout/stderr). In a native run it
// must be called by the child process itself: it closes that process's descriptors.
void closeInheritedPipes(Runtime& rt, uint32_t child, const std::vector<ResourceId>& keep);
// pipeEndOf() is the pipe end a Connection names, or kNoId if `conn` is not one.
ResourceId pipeEndOf(vm::CallContext& ctx, vm::Value conn);

}  // namespace il::rt::natives
