#pragma once
// IL_ASSERT(cond, "message"): checks an engine invariant. A failed check calls the installed
// handler (default: print file:line and abort). Tests install a throwing handler and check the
// message. Invariants are never user errors: those are Diagnostics or Python exceptions.

namespace il {

using AssertHandler = void (*)(const char* file, int line, const char* condition, const char* message);

// setAssertHandler() replaces the handler; returns the previous one. Not thread-safe: call it at
// start-up or in a test's set-up only.
AssertHandler setAssertHandler(AssertHandler handler);

[[noreturn]] void assertFailed(const char* file, int line, const char* condition, const char* message);

}  // namespace il

#define IL_ASSERT(cond, message)                                        \
    do {                                                                \
        if (!(cond)) ::il::assertFailed(__FILE__, __LINE__, #cond, message); \
    } while (false)
