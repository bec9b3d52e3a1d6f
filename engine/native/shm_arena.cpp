// The shared arena and its size-class allocator (see shm_arena.hpp).

#include "engine/native/shm_arena.hpp"

#include <bit>
#include <cerrno>
#include <cstring>
#include <new>
#include <sys/mman.h>
#include <unistd.h>

namespace il::native {

namespace {

constexpr unsigned kMinClass = 5;   // 32-byte blocks: 16 of header + 16 of payload
constexpr unsigned kClasses = 48;   // up to 2^52 bytes: larger than any mapping we make
constexpr size_t kBlockHeader = 16; // keeps payloads 16-byte aligned
constexpr uint64_t kMagic = 0x494c4e4154495645;  // "ILNATIVE"

// What sits in front of every block: its class, and the free-list link while it is free.
struct Block {
    uint32_t sizeClass;
    uint32_t live;
    Offset nextFree;
};
static_assert(sizeof(Block) == kBlockHeader);

unsigned classFor(size_t bytes) {
    size_t total = bytes + kBlockHeader;
    unsigned c = static_cast<unsigned>(std::bit_width(total - 1));
    return c < kMinClass ? kMinClass : c;
}

}  // namespace

struct ShmArena::Header {
    uint64_t magic;
    Mutex lock;
    std::atomic<uint32_t> cancel;
    Offset bump;                  // first never-allocated byte
    size_t inUse;                 // bytes of live blocks
    Offset freeHeads[kClasses];   // per class: the first free block (0: none)
};


std::unique_ptr<ShmArena> ShmArena::create(size_t bytes, std::string* error) {
    size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    size_t size = (bytes + page - 1) / page * page;
    if (size < kHeaderBytes + (size_t{1} << kMinClass)) {
        if (error) *error = "shared memory arena too small: " + std::to_string(bytes) + " bytes";
        return nullptr;
    }
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        if (error) *error = std::string("cannot map shared memory arena: ") + std::strerror(errno);
        return nullptr;
    }
    static_assert(sizeof(Header) <= kHeaderBytes);
    auto* h = static_cast<Header*>(p);
    new (h) Header{};  // (cppcheck reads `auto* h = new (p) Header{}` as uninitialised)
    h->magic = kMagic;
    if (!h->lock.init()) {
        munmap(p, size);
        if (error) *error = "cannot create the arena's process-shared mutex";
        return nullptr;
    }
    h->cancel.store(0);
    h->bump = kHeaderBytes;
    return std::unique_ptr<ShmArena>(new ShmArena(static_cast<char*>(p), size));
}

ShmArena::~ShmArena() { munmap(m_base, m_size); }

ShmArena::Header& ShmArena::header() const { return *reinterpret_cast<Header*>(m_base); }

std::atomic<uint32_t>& ShmArena::cancelFlag() const { return header().cancel; }

size_t ShmArena::bytesInUse() const {
    Header& h = header();
    (void)h.lock.lock();
    size_t n = h.inUse;
    h.lock.unlock();
    return n;
}

Offset ShmArena::allocate(size_t bytes, std::string* error) {
    if (bytes > m_size) {
        if (error) *error = "shared memory arena full: " + std::to_string(bytes) + " bytes requested, arena is " +
                            std::to_string(m_size);
        return 0;
    }
    unsigned c = classFor(bytes);
    size_t blockBytes = size_t{1} << c;
    Header& h = header();
    // A process killed inside allocate() leaves at most one block leaked: every step below is
    // a single store, so OwnerDead needs no repair.
    (void)h.lock.lock();
    Offset off = h.freeHeads[c];
    if (off) {
        h.freeHeads[c] = at<Block>(off)->nextFree;
    } else if (h.bump + blockBytes <= m_size) {
        off = h.bump;
        h.bump += blockBytes;
    }
    if (off) {
        h.inUse += blockBytes;
        *at<Block>(off) = Block{c, 1, 0};
    }
    size_t inUse = h.inUse;
    h.lock.unlock();
    if (!off) {
        if (error)
            *error = "shared memory arena full: no room for " + std::to_string(bytes) + " bytes (" +
                     std::to_string(inUse) + " of " + std::to_string(m_size) + " in use)";
        return 0;
    }
    std::memset(m_base + off + kBlockHeader, 0, blockBytes - kBlockHeader);
    return off + kBlockHeader;
}

void ShmArena::release(Offset off) {
    if (off < kHeaderBytes + kBlockHeader || off >= m_size) return;
    Offset blockOff = off - kBlockHeader;
    auto* b = at<Block>(blockOff);
    Header& h = header();
    (void)h.lock.lock();
    if (b->live && b->sizeClass >= kMinClass && b->sizeClass < kClasses) {
        b->live = 0;
        b->nextFree = h.freeHeads[b->sizeClass];
        h.freeHeads[b->sizeClass] = blockOff;
        h.inUse -= size_t{1} << b->sizeClass;
    }
    h.lock.unlock();
}

}  // namespace il::native
