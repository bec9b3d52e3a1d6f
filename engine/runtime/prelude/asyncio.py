# asyncio for Interleave: the Python half of the module, after CPython 3.11's asyncio package.
# Coroutines are generators driven by an event loop written in Python (asyncio.events), whose
# timers run on the runtime's virtual clock; every Task is a coroutine of the trace inside its
# thread. Submodules: exceptions, futures, events, tasks (+ gathering), locks, queues, runners.
from asyncio.exceptions import (BrokenBarrierError, CancelledError, IncompleteReadError,
                                InvalidStateError, LimitOverrunError, SendfileNotAvailableError,
                                TimeoutError)
from asyncio.futures import Future, isfuture, wrap_future
from asyncio.events import (AbstractEventLoop, Handle, TimerHandle, get_event_loop,
                            get_running_loop, new_event_loop, set_event_loop, _get_running_loop)
from asyncio.tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks,
                           create_task, current_task, ensure_future, gather, shield, sleep, wait,
                           wait_for)
from asyncio.locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from asyncio.queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from asyncio.runners import Runner, run


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj).__name__ == 'coroutine'


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an async def)."""
    code = getattr(func, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & 0x80)
