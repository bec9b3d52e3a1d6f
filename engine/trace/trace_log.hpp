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
#include <new>
#include <type_traits>
#include <vector>

#include "engine/trace/event.hpp"
#include "engine/trace/string_table.hpp"

namespace il::trace {

class ChunkSupply;

class TraceLog {
public:
    // 2 MiB per chunk: one transparent huge page where the kernel gives them (chunk_memory.cpp).
    static constexpr size_t kChunkEvents = 1u << 16;  // kChunkBytes (chunk_memory.hpp)
    // How far ahead append() asks for the memory it will write: a lock's release drains the
    // store buffer, so an event's line should already be on its way (a prefetch never faults).
    static constexpr size_t kPrefetchEvents = 16;

    // append() adds one event at the end. Events must arrive in non-decreasing time per task.
    // Inline: a caller's Event is then built straight into its slot (copied from the caller's
    // stack, its 16-byte loads waited for the smaller stores that had just built it, ~4 ns).
    void append(const Event& e) {
        if (m_size % kChunkEvents == 0) addChunk();
        Event* slot = m_chunks.back()->slot(m_size % kChunkEvents);
        __builtin_prefetch(slot + kPrefetchEvents, 1);
        ::new (slot) Event(e);
        ++m_size;
        if (e.timeNs > m_endTimeNs) m_endTimeNs = e.timeNs;
    }
    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    // at() returns event i; precondition: i < size().
    [[nodiscard]] const Event& at(size_t i) const { return m_chunks[i / kChunkEvents]->at(i % kChunkEvents); }
    // setValue() rewrites event i's value: the native executor learns a forked process's pid
    // only after it recorded the process (under the same lock, before anyone reads the event).
    void setValue(size_t i, uint64_t value) { std::launder(m_chunks[i / kChunkEvents]->slot(i % kChunkEvents))->value = value; }
    [[nodiscard]] StringTable& strings() { return m_strings; }
    [[nodiscard]] const StringTable& strings() const { return m_strings; }
    // Bytes of memory held for events and strings (the budget is 32 per event plus strings).
    [[nodiscard]] size_t byteSize() const;
    // Time of the last event (0 when empty).
    [[nodiscard]] uint64_t endTimeNs() const { return m_endTimeNs; }
    // useSupply() takes new chunks from `supply` (null: maps its own) until told otherwise;
    // the supply must outlive that.
    void useSupply(ChunkSupply* supply) { m_supply = supply; }
    // continueForked(): in a forked process, whose copy of the events before the fork reads
    // zero (chunk_memory.hpp): it appends after them, and reads only what it appends.
    void continueForked();

private:
    // Raw storage, an Event constructed in a slot when it is appended: a std::array<Event, N>
    // would construct (zero) the whole chunk up front, which was a quarter of a short run's time
    // (`interleave explore` makes a fresh log per run, and a run of a few threads fills a page).
    struct Chunk {
        alignas(Event) std::byte bytes[sizeof(Event) * kChunkEvents];
        [[nodiscard]] Event* slot(size_t i) { return reinterpret_cast<Event*>(bytes) + i; }
        [[nodiscard]] const Event& at(size_t i) const {
            return *std::launder(reinterpret_cast<const Event*>(bytes) + i);
        }
    };
    static_assert(std::is_trivially_destructible_v<Event>, "chunks never destroy their events");
    // A freed chunk is kept for the next log of the same OS thread (one spare per thread):
    // `interleave explore` makes a log per run, and getting and faulting in a fresh chunk for
    // each would cost more than the run.
    struct ChunkRecycler {
        void operator()(Chunk* c) const noexcept;
    };
    std::unique_ptr<Chunk, ChunkRecycler> newChunk();
    void addChunk() { m_chunks.push_back(newChunk()); }
    std::vector<std::unique_ptr<Chunk, ChunkRecycler>> m_chunks;
    size_t m_size = 0;
    uint64_t m_endTimeNs = 0;
    ChunkSupply* m_supply = nullptr;
    StringTable m_strings;
};

}  // namespace il::trace
