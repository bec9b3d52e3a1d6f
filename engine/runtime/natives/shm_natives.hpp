#pragma once
// Multiprocessing objects of a native run, in shared memory so that forked processes really
// share them (natives/shm_*.cpp). The natives of _interleave make these instead of their
// in-process primitives when the run is native and the multiprocessing module asks.

#include <string>

#include "engine/runtime/natives/natives.hpp"

namespace il::rt::natives {

// newSharedChannel(): a queue of `maxsize` items (0: unbounded) with Channel's shared API.
vm::Value newSharedChannel(vm::CallContext& ctx, uint32_t maxsize, std::string kind);
// newSocketPipe(): multiprocessing.Pipe's two Connection ends over a socketpair, named `names`.
vm::Value newSocketPipe(vm::CallContext& ctx, const std::string (&names)[2], bool duplex);

}  // namespace il::rt::natives
