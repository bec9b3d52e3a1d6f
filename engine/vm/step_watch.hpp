#pragma once
// StepWatch: what systematic exploration (rt::Settings::systematic) asks of the interpreter.
// A run is then a sequence of *steps*, one task at a time; the scheduler may switch tasks only
// between steps. A step ends right after a runtime primitive operation (a lock, queue, event,
// thread start or join…) and, while other tasks are ready, right before a write to shared state
// (a global, an attribute, an item, a closure cell). Reads and writes of the step are noted as
// its footprint, so the explorer can tell steps that commute (partial-order reduction).
// Local variables, arithmetic and jumps are invisible: reordering them changes nothing.

#include <cstdint>
#include <string_view>
#include <vector>

namespace il::vm {

// accessKey() mixes an object's address with a name (attribute, global) into a footprint key.
[[nodiscard]] inline uint64_t accessKey(const void* object, std::string_view name = {}) {
    uint64_t h = 1469598103934665603ull ^ uint64_t(reinterpret_cast<uintptr_t>(object));
    for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
    return h * 0x9e3779b97f4a7c15ull;
}

struct StepWatch {
    static constexpr size_t kMaxAccesses = 256;  // beyond this a step conflicts with every step

    bool systematic = false;    // end a step after every runtime primitive operation
    bool watching = false;      // others are ready: also end before shared writes, note accesses
    bool endAfterCall = false;  // a primitive ran: end the step once its call returns
    bool overflow = false;      // more accesses than kMaxAccesses (or an unknown one)
    std::vector<uint64_t> accesses;  // key << 1 | isWrite

    // begin() starts a step.
    void begin(bool othersReady) {
        watching = systematic && othersReady;
        endAfterCall = false;
        overflow = false;
        accesses.clear();
    }
    // note() records an access to `key` (an object address mixed with a name's hash).
    void note(uint64_t key, bool write) {
        if (accesses.size() < kMaxAccesses) accesses.push_back(key << 1 | uint64_t(write));
        else overflow = true;
    }
    // item() records an access to container[index]. An int index >= 0 is a key of its own (so
    // threads updating different items of one list commute) plus a read of the whole container,
    // which conflicts with whatever rewrites the whole (a method call: whole()); any other index
    // is an access to the whole container.
    void item(const void* container, bool intIndex, int64_t index, bool write) {
        if (intIndex && index >= 0) {
            note(accessKey(container) ^ (uint64_t(index) * 0xff51afd7ed558ccdull + 1), write);
            note(accessKey(container), false);
        } else {
            note(accessKey(container), write);
        }
    }
    // whole() records a change to a whole container (append, pop, update… called on it).
    void whole(const void* container) { note(accessKey(container), true); }
    // primitive() is called by a runtime primitive operating on `key`: it conflicts with every
    // other operation on the same primitive, and ends the step after the call.
    void primitive(uint64_t key) {
        if (!systematic) return;
        endAfterCall = true;
        if (watching) note(key, true);
    }
    // everything() marks the step as conflicting with every other step (thread start, join…).
    void everything() {
        if (!systematic) return;
        endAfterCall = true;
        overflow = true;
    }
};

}  // namespace il::vm
