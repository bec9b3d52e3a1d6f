#pragma once
// One trace event: a small fixed-size record (32 bytes) of something that happened in a run.
// The trace is the single source of truth for everything drawn: the GUI, the CLI's ASCII
// timeline and the exporters all read events and the views derived from them.

#include <cstdint>

namespace il::trace {

// A task's scheduling state, as every panel colours it.
enum class TaskState : uint8_t {
    New,       // created, not started
    Ready,     // runnable, waiting for a core (or for its thread, for a coroutine)
    Running,   // executing on a core
    Blocked,   // waiting for a resource (lock, queue, join, GIL, event...): `object` names it
    Sleeping,  // waiting for a point in time (time.sleep, timeouts)
    Suspended, // a coroutine not switched to: awaiting something or simply not resumed
    Done,      // finished normally
    Failed,    // ended by an uncaught exception or terminate()
};
inline constexpr int kTaskStateCount = 8;

// What kind of thing a task is.
enum class TaskKind : uint8_t {
    Process,    // a script process (its main thread is a separate Thread task)
    Thread,     // an OS-level thread of a process
    Coroutine,  // generator, greenlet or asyncio task inside a thread
};

// What kind of shared resource an `object` id names.
enum class ResourceKind : uint8_t {
    Lock, RLock, Semaphore, Condition, Event, Barrier, Queue, Pipe, Pool, Gil, Join, Timer, Other,
};

enum class EventKind : uint8_t {
    TaskCreated,   // task = new task, value = TaskKind | osId << 8 (a process's pid, a thread's
                   // native id, 0 for a coroutine), aux = name string, object = its owner:
                   // a thread's process, a process's parent process (kNoId for the first),
                   // a coroutine's host thread; line = 1 for a process os.fork() made (nobody
                   // joins it: a run waits for it to end, at any depth, as for an orphan)
    TaskState,     // task changed to `state`; object = resource waited on (Blocked), value =
                   // wake-up time in ns (Sleeping) or the waking task id + 1 (0: none)
                   // A Blocked event for a task already Blocked on a GIL is a false alarm:
                   // woken, it found the GIL taken again (value: the holder it found + 1).
    TaskEnded,     // value = exit code
    ResourceCreated, // object = resource id, value = ResourceKind, aux = name string,
                     // line = capacity (0: unbounded)
    LockAcquired,  // task took resource `object`; value = recursion count
    LockReleased,  // task released resource `object`; value = recursion count left
    QueuePut,      // object = queue id, value = length after the put
    QueueGet,      // object = queue id, value = length after the get
    GilTaken,      // object = process's GIL resource id
    GilDropped,    // object = process's GIL resource id; value = 1 if forced by a drop request
    Print,         // aux = printed text (string id); value = 1: written to stderr (sys.stderr)
    Note,          // aux = note text (string id)
    Exception,     // aux = "TypeName: message" (string id)
    TaskOsId,      // value = the task's id in the OS, learnt after TaskCreated (a native run's
                   // thread knows its real native id only once its OS thread runs)
};

// A string id from the trace's StringTable (0 is the empty string).
using StringId = uint32_t;
// Task and resource ids are dense, starting at 0, assigned in creation order.
using TaskId = uint32_t;
using ResourceId = uint32_t;
inline constexpr uint32_t kNoId = 0xFFFFFFFFu;

struct Event {
    uint64_t timeNs = 0;      // virtual (sim) or steady-clock (native) time
    uint64_t value = 0;       // meaning depends on `kind`
    TaskId task = kNoId;
    uint32_t object = kNoId;  // resource id, parent task id... (see EventKind)
    StringId aux = 0;         // interned string (names, printed text)
    uint16_t line = 0;        // the task's current source line (0: unknown; saturates)
    EventKind kind = EventKind::TaskState;
    TaskState state = TaskState::New;
};
static_assert(sizeof(Event) == 32, "the trace budget is 32 bytes per event");

[[nodiscard]] const char* nameOf(TaskState s);
[[nodiscard]] const char* nameOf(TaskKind k);
[[nodiscard]] const char* nameOf(ResourceKind k);
[[nodiscard]] const char* nameOf(EventKind k);

}  // namespace il::trace
