// Semaphore, Event, Condition, Barrier, queues, pipes and shared values: installed here as they
// are written (one file each).

#include "engine/runtime/natives/natives.hpp"

namespace il::rt::natives {

void installPrimitives(vm::CallContext& ctx, vm::ModuleObject* m) {
    installSemaphore(ctx, m);
    installEvent(ctx, m);
    installCondition(ctx, m);
    installBarrier(ctx, m);
    installChannel(ctx, m);
    installPipe(ctx, m);
    installSharedValue(ctx, m);
    installSubprocess(ctx, m);
}

}  // namespace il::rt::natives
