#pragma once
// The append-only event log of one run. Events are stored in fixed-size chunks so appending
// never moves old events (a reader's reference stays valid) and memory stays at 32 bytes per
// event plus one pointer per chunk.
//
// Threading: one writer. A reader on another thread must take the hand-off lock of whoever owns
// the log (the GUI takes it once per frame); the log itself has no lock on the hot path.

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

#include "engine/trace/event.hpp"
#include "engine/trace/string_table.hpp"

namespace il::trace {

class TraceLog {
public:
    static constexpr size_t kChunkEvents = 1u << 14;  // 512 KiB per chunk

    // append() adds one event at the end. Events must arrive in non-decreasing time per task.
    void append(const Event& e);
    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    // at() returns event i; precondition: i < size().
    [[nodiscard]] const Event& at(size_t i) const {
        return (*m_chunks[i / kChunkEvents])[i % kChunkEvents];
    }
    [[nodiscard]] StringTable& strings() { return m_strings; }
    [[nodiscard]] const StringTable& strings() const { return m_strings; }
    // Bytes of memory held for events and strings (the budget is 32 per event plus strings).
    [[nodiscard]] size_t byteSize() const;
    // Time of the last event (0 when empty).
    [[nodiscard]] uint64_t endTimeNs() const { return m_endTimeNs; }

private:
    using Chunk = std::array<Event, kChunkEvents>;
    std::vector<std::unique_ptr<Chunk>> m_chunks;
    size_t m_size = 0;
    uint64_t m_endTimeNs = 0;
    StringTable m_strings;
};

}  // namespace il::trace
