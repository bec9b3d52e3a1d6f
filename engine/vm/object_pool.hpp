#pragma once
// Object pool: where heap objects' headers live. A run of `interleave explore` allocates and
// frees about a thousand small objects (strs, dicts, functions, classes...), and glibc's
// malloc/free were a third of its instructions (docs/performance.md, "Exploration"). Object's own
// operator new/delete take blocks from per-OS-thread free lists of size classes (16-byte steps
// up to 512 bytes, 256-byte steps up to 4 KiB), carved from 64 KiB chunks: a pop or a push, no
// lock. Frames and dicts' arrays come from the same lists.
//
// Chunks are never returned to the C allocator: a block freed by another thread than the one
// that allocated it (a Runtime destroyed by the GUI thread, immortal objects) simply joins the
// freeing thread's lists, and an exiting thread hands its free blocks to a shared list that the
// next thread takes them from, so memory stays bounded by the peak in use (per size class: a
// freed block is reused for a block of its own size only). Requests over 4 KiB use ::operator new. Under AddressSanitizer every object uses ::operator new,
// so use-after-free of an object is still caught.

#include <cstddef>

namespace il::vm {

// poolAllocate() returns storage for an object of `bytes` bytes (never null; throws
// std::bad_alloc like operator new).
void* poolAllocate(size_t bytes);
// poolFree() gives back storage from poolAllocate(bytes) (the same `bytes`).
void poolFree(void* p, size_t bytes) noexcept;

// PoolAllocator: a std::allocator for the arrays of small containers (a dict's entries and
// index), which a run makes and frees by the hundred, like the objects that own them.
template <class T>
struct PoolAllocator {
    using value_type = T;
    PoolAllocator() = default;
    template <class U>
    PoolAllocator(const PoolAllocator<U>&) noexcept {}  // NOLINT(google-explicit-constructor): allocator rebind
    T* allocate(size_t n) { return static_cast<T*>(poolAllocate(n * sizeof(T))); }
    void deallocate(T* p, size_t n) noexcept { poolFree(p, n * sizeof(T)); }
    template <class U>
    bool operator==(const PoolAllocator<U>&) const noexcept {
        return true;
    }
};

}  // namespace il::vm
