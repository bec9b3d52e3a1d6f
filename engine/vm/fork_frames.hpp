#pragma once
// os.fork()'s child goes on where its parent's thread called it: the child's main thread starts
// with a copy of that thread's frames, the innermost one wound back to make the call again (the
// runtime answers that call with 0). A copy in the same heap (a real fork) keeps every value;
// a copy into another heap (the sim) puts deep copies of them in their places.

#include <string>
#include <vector>

#include "engine/vm/task.hpp"

namespace il::vm {

// whyFramesNotCopyable(): empty if `task`'s frames can be copied, else what stands in the way
// (a frame a generator or a coroutine owns, or a call made by native code under way).
[[nodiscard]] std::string whyFramesNotCopyable(const Task& task);
// frameValues() appends every value `task`'s frames reference, in the order copyFrames() reads.
void frameValues(const Task& task, std::vector<Value>& out);
// copyFrames() gives `to`, which has no frames, a copy of `from`'s with `values` (frameValues()'s
// or copies of them) in place of the values they reference.
void copyFrames(const Task& from, Task& to, const Value* values);

}  // namespace il::vm
