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

#include "engine/vm/object.hpp"

namespace il::vm {

// accessKey() mixes an object's identity with a name (attribute, global) into a footprint key.
// The identity must be the same in every run of a schedule, since the explorer compares steps of
// different runs: a heap object's allocation number, or for an immortal object (owned by the
// compiled program, which every run of an exploration shares) its address.
[[nodiscard]] inline uint64_t accessKey(const Object* object, std::string_view name = {}) {
    const uint64_t identity = !object ? 0
                              : object->serial ? uint64_t(object->serial)
                                               : uint64_t(reinterpret_cast<uintptr_t>(object)) | (uint64_t(1) << 63);
    uint64_t h = 1469598103934665603ull ^ identity;
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
    void item(const Object* container, bool intIndex, int64_t index, bool write) {
        if (intIndex && index >= 0) {
            note(accessKey(container) ^ (uint64_t(index) * 0xff51afd7ed558ccdull + 1), write);
            note(accessKey(container), false);
        } else {
            note(accessKey(container), write);
        }
    }
    // whole() records a change to a whole container (append, pop, update… called on it).
    void whole(const Object* container) { note(accessKey(container), true); }
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
