#include "engine/trace/event.hpp"

namespace il::trace {

const char* nameOf(TaskState s) {
    switch (s) {
        case TaskState::New: return "new";
        case TaskState::Ready: return "ready";
        case TaskState::Running: return "running";
        case TaskState::Blocked: return "blocked";
        case TaskState::Sleeping: return "sleeping";
        case TaskState::Suspended: return "suspended";
        case TaskState::Done: return "done";
        case TaskState::Failed: return "failed";
    }
    return "?";
}

const char* nameOf(TaskKind k) {
    switch (k) {
        case TaskKind::Process: return "process";
        case TaskKind::Thread: return "thread";
        case TaskKind::Coroutine: return "coroutine";
    }
    return "?";
}

const char* nameOf(ResourceKind k) {
    switch (k) {
        case ResourceKind::Lock: return "lock";
        case ResourceKind::RLock: return "rlock";
        case ResourceKind::Semaphore: return "semaphore";
        case ResourceKind::Condition: return "condition";
        case ResourceKind::Event: return "event";
        case ResourceKind::Barrier: return "barrier";
        case ResourceKind::Queue: return "queue";
        case ResourceKind::Pipe: return "pipe";
        case ResourceKind::Pool: return "pool";
        case ResourceKind::Gil: return "gil";
        case ResourceKind::Join: return "join";
        case ResourceKind::Timer: return "timer";
        case ResourceKind::Other: return "other";
    }
    return "?";
}

const char* nameOf(EventKind k) {
    switch (k) {
        case EventKind::TaskCreated: return "task_created";
        case EventKind::TaskState: return "task_state";
        case EventKind::TaskEnded: return "task_ended";
        case EventKind::ResourceCreated: return "resource_created";
        case EventKind::LockAcquired: return "lock_acquired";
        case EventKind::LockReleased: return "lock_released";
        case EventKind::QueuePut: return "queue_put";
        case EventKind::QueueGet: return "queue_get";
        case EventKind::GilTaken: return "gil_taken";
        case EventKind::GilDropped: return "gil_dropped";
        case EventKind::Print: return "print";
        case EventKind::Note: return "note";
        case EventKind::Exception: return "exception";
        case EventKind::TaskOsId: return "task_os_id";
    }
    return "?";
}

}  // namespace il::trace
