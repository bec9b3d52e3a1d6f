#include "engine/util/assert.hpp"

#include <cstdio>
#include <cstdlib>

namespace il {
namespace {

void defaultHandler(const char* file, int line, const char* condition, const char* message) {
    std::fprintf(stderr, "%s:%d: internal error: %s (%s)\n", file, line, message, condition);
}

AssertHandler g_handler = defaultHandler;  // set once at start-up; see setAssertHandler()

}  // namespace

AssertHandler setAssertHandler(AssertHandler handler) {
    AssertHandler previous = g_handler;
    g_handler = handler ? handler : defaultHandler;
    return previous;
}

void assertFailed(const char* file, int line, const char* condition, const char* message) {
    g_handler(file, line, condition, message);
    std::abort();  // a handler that returns still ends the program: the invariant is broken
}

}  // namespace il
