// A host thread's tooltip names the coroutines it ran over the hovered stretch.
#include <doctest/doctest.h>

#include "app/viewmodel/coroutine_runs.hpp"
#include "tests/unit/viewmodel/view_trace.hpp"

using namespace il::viewmodel::testing;
using il::viewmodel::coroutinesRunIn;

TEST_CASE("coroutines run by a thread over a stretch, and only its own") {
    ViewTrace v;
    const TaskId proc = v.task("MainProcess", TaskKind::Process, kNoId);
    const TaskId main = v.task("MainThread", TaskKind::Thread, proc);
    const TaskId other = v.task("Thread-1", TaskKind::Thread, proc);
    const TaskId a = v.task("Task-1", TaskKind::Coroutine, main);
    const TaskId b = v.task("Task-2", TaskKind::Coroutine, main);
    const TaskId c = v.task("Task-3", TaskKind::Coroutine, other);
    v.state(main, TaskState::Running, 0);
    v.state(other, TaskState::Running, 0);
    v.state(a, TaskState::Running, 0);
    v.state(a, TaskState::Suspended, 10);
    v.state(b, TaskState::Ready, 10);
    v.state(b, TaskState::Running, 20);
    v.state(b, TaskState::Done, 30);
    v.state(c, TaskState::Running, 0);
    v.state(c, TaskState::Done, 40);
    v.refresh();
    CHECK(coroutinesRunIn(v.model, main, 0, 40) == std::vector<TaskId>{a, b});
    CHECK(coroutinesRunIn(v.model, main, 10, 20).empty());  // a suspended, b only ready
    CHECK(coroutinesRunIn(v.model, main, 25, 26) == std::vector<TaskId>{b});
    CHECK(coroutinesRunIn(v.model, other, 0, 100) == std::vector<TaskId>{c});
}
