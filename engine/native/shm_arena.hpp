#pragma once
// ShmArena: one anonymous shared mapping, created by the parent before it forks, so every child
// inherits it at the same address. The native executor's multiprocessing objects (queues, locks,
// values) are carved out of it and named by offsets, which mean the same in every process even
// if a future spawn mode maps the arena elsewhere.
//
// Allocation: power-of-two size classes (32 B .. the arena), each with a free list, and a bump
// pointer for fresh blocks, all under one robust process-shared mutex. Freed blocks are reused
// for their class only (no coalescing): the objects of a run are few and similarly sized, so
// simplicity beats fragmentation control here.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "engine/native/shm_sync.hpp"

namespace il::native {

using Offset = uint64_t;  // 0 is never a valid allocation (the arena header sits there)

class ShmArena {
public:
    static constexpr size_t kDefaultBytes = 16u << 20;

    // create() maps `bytes` of shared memory (rounded up to pages). Null with `error` set if
    // the mapping fails or `bytes` is too small for the header.
    static std::unique_ptr<ShmArena> create(size_t bytes, std::string* error);
    ShmArena(const ShmArena&) = delete;
    ShmArena& operator=(const ShmArena&) = delete;
    ~ShmArena();  // unmaps this process's view (other processes keep theirs)

    // allocate() returns the offset of `bytes` of zeroed, 16-byte aligned memory, or 0 with
    // `error` set ("shared memory arena full: ...") when no block of that size is left.
    [[nodiscard]] Offset allocate(size_t bytes, std::string* error);
    // release() gives a block back (offset 0 is ignored).
    void release(Offset off);

    template <class T>
    [[nodiscard]] T* at(Offset off) const {
        return reinterpret_cast<T*>(m_base + off);
    }
    [[nodiscard]] Offset offsetOf(const void* p) const {
        return static_cast<Offset>(static_cast<const char*>(p) - m_base);
    }
    [[nodiscard]] bool contains(Offset off, size_t bytes) const { return off >= kHeaderBytes && off + bytes <= m_size && off + bytes >= off; }

    [[nodiscard]] size_t capacity() const { return m_size; }
    // bytesInUse() counts live blocks at their rounded size (what allocation has handed out).
    [[nodiscard]] size_t bytesInUse() const;
    // The run's shared cancel flag: set it on teardown and every wait given cancelFlag() as its
    // WaitSpec::cancel returns Cancelled within kCancelSlice, in every process.
    [[nodiscard]] std::atomic<uint32_t>& cancelFlag() const;
    void cancel() { cancelFlag().store(1, std::memory_order_release); }

    static constexpr size_t kHeaderBytes = 4096;

private:
    ShmArena(char* base, size_t size) : m_base(base), m_size(size) {}
    struct Header;
    [[nodiscard]] Header& header() const;

    char* m_base;
    size_t m_size;
};

}  // namespace il::native
