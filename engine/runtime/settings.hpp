#pragma once
// What a run is configured with (the CLI's flags, the GUI's toolbar) and how it ended.

#include <cstdint>
#include <string>

#include "engine/vm/vm.hpp"

namespace il::rt {

// The GIL model of every process (DESIGN §3).
enum class GilMode : uint8_t {
    New,  // CPython >= 3.2: a waiter asks for a drop after the switch interval
    Old,  // CPython 2: the holder releases and re-competes every 100 instructions
    Off,  // free-threaded: no GIL
};

[[nodiscard]] const char* nameOf(GilMode m);

// What runs a script (DESIGN §4): `sim` in virtual time on virtual cores, deterministic;
// `native` on real OS threads in real time (native_executor.cpp).
enum class Executor : uint8_t { Sim, Native };

[[nodiscard]] const char* nameOf(Executor e);

// machineCores() is the number of this machine's cores online: what os.cpu_count() answers in a
// native run. Read once (each read opens a file in /sys), not at every process start or frame.
[[nodiscard]] int machineCores();

// How a run ended.
enum class Verdict : uint8_t {
    Running,   // not ended yet (paused by the manual policy or by `until`)
    Ok,        // every task finished (uncaught exceptions in threads included, as in Python)
    Error,     // the main thread of the main process ended with an uncaught exception
    Deadlock,  // a wait-for cycle, or every live task blocked with no timer pending
    Limit,     // a limit ended the run (instructions, heap, tasks, virtual time, output, trace)
};

[[nodiscard]] const char* nameOf(Verdict v);

struct Settings {
    Executor executor = Executor::Sim;
    uint64_t seed = 0;
    std::string policy = "fifo";    // fifo | random | pct | manual
    int cores = 4;                  // virtual cores
    GilMode gil = GilMode::New;
    int64_t switchIntervalNs = 5'000'000;  // sys.setswitchinterval (new GIL)
    int64_t untilNs = 0;                   // stop at this virtual time (0: run to the end)
    int64_t instructionNs = 20;            // virtual CPU cost of one bytecode instruction
    int64_t quantumNs = 10'000'000;        // OS time slice when tasks wait for a core
    // Longest stretch one core runs before the others catch up: bounds how far apart in virtual
    // time two cores' events can be recorded.
    int64_t chunkNs = 20'000;
    int oldGilCheckInstructions = 100;     // old GIL: release and re-compete this often
    int64_t wakeLatencyNs = 50'000;        // old GIL: a signalled waiter runs this much later
    uint32_t maxTasks = 10'000;            // threads and processes created over the run
    // What the run may print to stdout and stderr together (0: no limit). A `while True: print()`
    // floods a terminal or the GUI's console long before the instruction limit ends it.
    uint64_t maxOutputBytes = 64ull << 20;
    // Events the trace may hold (0: no limit); 32 bytes each, and the GUI indexes every one, so
    // the default keeps a runaway run's trace to a few hundred MB.
    uint64_t maxTraceEvents = 10'000'000;
    // Systematic exploration (explore, replayed schedules): one core, no GIL, no start-up
    // costs; a task runs in steps that end after each primitive operation and, while others
    // are ready, before each shared write, and the policy picks the task of every step, so the
    // policy's choices alone decide the interleaving (engine/vm/step_watch.hpp).
    bool systematic = false;
    // CPU a new thread or process spends before its target runs: CPython's thread bootstrap, and
    // for a forked child the interpreter's re-initialisation and unpickling of the Process. So
    // starting a process costs visibly more than starting a thread, as on a real machine.
    int64_t threadStartNs = 80'000;
    int64_t processStartNs = 1'500'000;
    // Native: how long every live thread must stay blocked, with nothing timed pending, before
    // the run is declared deadlocked (a real run cannot know that no wake-up is in flight).
    int64_t deadlockGraceNs = 200'000'000;
    // Native: how often a forked process sends its parent what it recorded (its own events; a
    // descendant's go on as they arrive) and looks for the run's end and its deadlocks.
    int64_t forkedTickNs = 10'000'000;
    vm::Limits limits;
};

}  // namespace il::rt
