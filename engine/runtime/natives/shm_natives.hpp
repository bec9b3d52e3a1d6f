#pragma once
// Multiprocessing objects of a native run, in shared memory so that forked processes really
// share them (natives/shm_*.cpp). The natives of _interleave make these instead of their
// in-process primitives when the run is native and the multiprocessing module asks.

#include <string>

#include "engine/runtime/natives/natives.hpp"

namespace il::rt::natives {

// channelWaitArgs() reads a channel's (block, timeout) at positions `at`, `at` + 1 (channel.cpp):
// `timeout` -1 for none, 0 for "do not wait"; a negative one is 0 when `shared`
// (multiprocessing), else ValueError as queue.Queue raises.
bool channelWaitArgs(vm::CallContext& ctx, vm::ArgView a, size_t at, bool shared, bool& block, double& timeout);
// newSharedChannel(): a queue of `maxsize` items (0: unbounded) with Channel's shared API.
vm::Value newSharedChannel(vm::CallContext& ctx, uint32_t maxsize, std::string kind);
// newSharedLock(): a Lock (or an RLock) with locks.cpp's API (shm_locks.cpp).
vm::Value newSharedLock(vm::CallContext& ctx, bool reentrant);
// newSharedSemaphore(): semaphore.cpp's Semaphore(value, bounded), its arguments checked
// (shm_semaphore.cpp).
vm::Value newSharedSemaphore(vm::CallContext& ctx, int64_t value, bool bounded);
// newSharedEvent(): event.cpp's Event (shm_event.cpp).
vm::Value newSharedEvent(vm::CallContext& ctx);
// newSharedValue(): shared_value.cpp's SharedValue cell for `code` (checked), holding `initial`
// (already converted by sharedValueConvert; a 'u' cell's is a one-character str), or zero (NUL)
// when null (shm_value.cpp).
vm::Value newSharedValue(vm::CallContext& ctx, char code, const vm::Value* initial);
// sharedValueConvert() is shared_value.cpp's conversion of `v` for a `code` cell into an int,
// a float or (for 'u') a str; false with ctypes' TypeError (or OverflowError) pending.
bool sharedValueConvert(vm::CallContext& ctx, char code, vm::Value v, vm::Value& out);
// newSharedCondition(): condition.cpp's Condition bound to the shared Lock / RLock `lock`
// (shm_condition.cpp).
vm::Value newSharedCondition(vm::CallContext& ctx, vm::HandleObject* lock, std::string name);
// newSharedBarrier(): barrier.cpp's Barrier(parties) (shm_barrier.cpp).
vm::Value newSharedBarrier(vm::CallContext& ctx, int64_t parties);
// newSocketPipe(): multiprocessing.Pipe's two Connection ends over a socketpair, named `names`.
vm::Value newSocketPipe(vm::CallContext& ctx, const std::string (&names)[2], bool duplex);
// A subprocess's stdin/stdout/stderr pipe of a native run is a socket pipe too (pipe.cpp's
// stdio_pipe), used from C++ by these three; each returns false if `end` is not a socket end.
// socketPipeWriteText() sends `text` as a str message (waiting, the runtime lock held, while
// the socket is full); socketPipeReadChunk() sets `out` to the next message, None at end of
// file, or suspend while it waits; closeSocketPipeEnd() closes this process's copy.
bool socketPipeWriteText(Runtime& rt, SimTask& writer, ResourceId end, std::string_view text);
bool socketPipeReadChunk(vm::CallContext& ctx, ResourceId end, vm::Value& out);
bool closeSocketPipeEnd(Runtime& rt, ResourceId end);
// socketPipesWaitReadable(): _interleave.wait_readable(conns, timeout) (shm_pipe.cpp).
vm::Value socketPipesWaitReadable(vm::CallContext& ctx, vm::ArgView a);

}  // namespace il::rt::natives
