#pragma once
// A level-of-detail pyramid over one timeline lane: for bucket widths 2^k ns (k = finest ..
// coarsest), one byte per bucket saying which colour covered most of it and whether other
// colours were present too. Drawing a fully zoomed-out lane then reads ~2 buckets per pixel
// instead of every span, so a frame costs O(pixels), not O(spans).
//
// Built incrementally: add() takes the lane's closed intervals in time order. Each level sums
// per-colour time only for its one open bucket, then folds it into a byte and hands the sums
// up to the next level, so every level is exact. The finest level is dropped whenever it
// would hold more buckets than the lane has intervals (a sparse lane needs no fine level; its
// spans are few enough to walk directly), which bounds memory to a few bytes per interval.

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "app/viewmodel/state_palette.hpp"

namespace il::viewmodel {

class LodPyramid {
public:
    static constexpr uint8_t kEmpty = 0xFF;      // no interval touched this bucket
    static constexpr uint8_t kMixedBit = 0x80;   // more than one colour in the bucket
    static constexpr uint8_t kColourMask = 0x1F;
    static constexpr int kStartLevel = 6;        // 64 ns: a few instructions of virtual time
    static constexpr int kMaxLevel = 62;

    // add() records that [startNs, endNs) had colour `colour`. Preconditions: intervals arrive
    // in time order without overlap; colour < kColourCount.
    void add(uint64_t startNs, uint64_t endNs, ColourId colour);

    // The finest and coarsest levels held (bucket width 2^level ns); finest > coarsest: none.
    [[nodiscard]] int finestLevel() const { return m_finest; }
    [[nodiscard]] int coarsestLevel() const { return m_finest + static_cast<int>(m_levels.size()) - 1; }
    // finalizedEndNs() is the time up to which `level`'s buckets are final (later times must
    // be read from the intervals themselves). Precondition: level within [finest, coarsest].
    [[nodiscard]] uint64_t finalizedEndNs(int level) const;
    // firstIndex() is the time index of the first bucket `level` holds (earlier ones are empty).
    [[nodiscard]] uint64_t firstIndex(int level) const { return m_levels[static_cast<size_t>(level - m_finest)].origin; }
    // bucket() returns the summary byte of bucket `index` (time index << level) at `level`, or
    // kEmpty when it is not final or was never touched.
    [[nodiscard]] uint8_t bucket(int level, uint64_t index) const;
    // The final buckets of one level as an array: bucket index i is data[i - origin].
    struct LevelView {
        uint64_t origin = 0;
        const uint8_t* data = nullptr;
        size_t size = 0;
    };
    [[nodiscard]] LevelView levelView(int level) const {
        const auto& l = m_levels[static_cast<size_t>(level - m_finest)];
        return LevelView{l.origin, l.buckets.data(), l.buckets.size()};
    }
    // Bytes held by the pyramid (for the memory figures).
    [[nodiscard]] size_t byteSize() const;
    [[nodiscard]] uint64_t intervals() const { return m_intervals; }

private:
    struct Level {
        uint64_t origin = 0;          // time index of buckets[0]
        std::vector<uint8_t> buckets; // final summaries
        std::array<uint64_t, kColourCount> sums{};  // per-colour ns in the open bucket
        uint32_t present = 0;         // bit per colour with sums[c] > 0: only those are folded
        uint64_t open = 0;            // time index of the open bucket
        bool hasOpen = false;
    };
    void addSolid(size_t level, uint64_t startNs, uint64_t endNs, ColourId colour);
    void addSums(size_t level, uint64_t bucketStartNs, const std::array<uint64_t, kColourCount>& sums, uint32_t present);
    void addTime(Level& l, ColourId colour, uint64_t ns) {
        l.sums[colour] += ns;
        l.present |= 1u << colour;
    }
    void openBucket(size_t level, uint64_t index);
    void finalizeOpen(size_t level);
    void appendBuckets(Level& l, uint64_t index, uint64_t count, uint8_t summary);
    void dropFinest();
    Level& at(size_t level);  // creates the level (and those below it) when missing

    std::vector<Level> m_levels;  // m_levels[i] has bucket width 2^(m_finest + i)
    int m_finest = kStartLevel;
    uint64_t m_intervals = 0;
};

}  // namespace il::viewmodel
