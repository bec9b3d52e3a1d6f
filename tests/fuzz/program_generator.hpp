#pragma once
// generateProgram(): a well-formed scenario script decoded from fuzzer bytes. The VM fuzzer
// wants to reach the interpreter and the runtime, not the parser's error paths, so every input
// decodes to a script that compiles: a few helper functions, a few worker threads sharing
// globals, locks, an RLock, a semaphore, an event, a condition and a bounded queue, with loops,
// branches, arithmetic, calls, exceptions and prints chosen by the bytes.
//
// Deadlocks, uncaught exceptions, blocked queues and limits are all fair outcomes of a
// generated script; a crash, hang or leak of the engine is not.

#include <string>

#include "tests/fuzz/byte_source.hpp"

namespace il::fuzz {

// generateProgram() reads decisions from `in` until it has a whole script (reads past the end
// are 0, which always means "the simplest choice", so it ends for any input).
[[nodiscard]] std::string generateProgram(ByteSource& in);

}  // namespace il::fuzz
