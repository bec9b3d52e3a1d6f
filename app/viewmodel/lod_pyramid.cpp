#include "app/viewmodel/lod_pyramid.hpp"

#include <algorithm>
#include <bit>

namespace il::viewmodel {

namespace {

// Buckets the finest level may hold before it is dropped, at least: a 4K-wide lane at full zoom.
constexpr uint64_t kMinBudget = 4096;

uint8_t summarize(const std::array<uint64_t, kColourCount>& sums, uint32_t present) {
    int best = -1;
    for (uint32_t bits = present; bits != 0; bits &= bits - 1) {
        const int c = std::countr_zero(bits);
        if (best < 0 || sums[c] > sums[best]) best = c;
    }
    if (best < 0) return LodPyramid::kEmpty;
    return static_cast<uint8_t>(best | (std::popcount(present) > 1 ? LodPyramid::kMixedBit : 0));
}

}  // namespace

LodPyramid::Level& LodPyramid::at(size_t level) {
    if (level >= m_levels.size()) m_levels.resize(level + 1);
    return m_levels[level];
}

void LodPyramid::add(uint64_t startNs, uint64_t endNs, ColourId colour) {
    if (endNs <= startNs) return;
    ++m_intervals;
    if (m_levels.empty()) at(0);
    // Keep the finest level's bucket count within budget; drop it before it grows past.
    for (;;) {
        const Level& f = m_levels.front();
        const uint64_t last = (endNs - 1) >> m_finest;
        const uint64_t first = f.hasOpen || !f.buckets.empty() ? f.origin : startNs >> m_finest;
        const uint64_t budget = std::max(kMinBudget, m_intervals);
        if (last - first < budget || m_finest >= kMaxLevel) break;
        dropFinest();
    }
    addSolid(0, startNs, endNs, colour);
}

void LodPyramid::dropFinest() {
    if (m_levels.size() == 1) at(1);
    // Copy first: addSums may grow m_levels and move the level we read from.
    const Level& f = m_levels.front();
    const bool hasOpen = f.hasOpen;
    const uint64_t openStart = f.open << m_finest;
    const std::array<uint64_t, kColourCount> sums = f.sums;
    const uint32_t present = f.present;
    if (hasOpen) addSums(1, openStart, sums, present);
    m_levels.erase(m_levels.begin());
    ++m_finest;
}

void LodPyramid::appendBuckets(Level& l, uint64_t index, uint64_t count, uint8_t summary) {
    if (l.buckets.empty()) l.origin = index;
    const uint64_t pos = index - l.origin;
    if (pos > l.buckets.size()) l.buckets.resize(pos, kEmpty);  // a gap: nothing happened
    l.buckets.resize(pos + count, summary);
}

void LodPyramid::finalizeOpen(size_t level) {
    Level& l = at(level);
    if (!l.hasOpen) return;
    const uint8_t s = summarize(l.sums, l.present);
    const uint64_t index = l.open;
    const std::array<uint64_t, kColourCount> sums = l.sums;
    const uint32_t present = l.present;
    l.hasOpen = false;
    appendBuckets(l, index, 1, s);
    if (static_cast<int>(level) + m_finest < kMaxLevel) addSums(level + 1, index << (m_finest + level), sums, present);
}

void LodPyramid::openBucket(size_t level, uint64_t index) {
    Level& l = at(level);
    if (l.hasOpen && l.open == index) return;
    finalizeOpen(level);
    Level& again = at(level);  // finalizeOpen may have grown m_levels
    if (again.buckets.empty()) again.origin = index;
    again.open = index;
    again.hasOpen = true;
    for (uint32_t bits = again.present; bits != 0; bits &= bits - 1) again.sums[std::countr_zero(bits)] = 0;
    again.present = 0;
}

void LodPyramid::addSums(size_t level, uint64_t bucketStartNs, const std::array<uint64_t, kColourCount>& sums,
                         uint32_t present) {
    const int shift = m_finest + static_cast<int>(level);
    openBucket(level, bucketStartNs >> shift);
    Level& l = at(level);
    for (uint32_t bits = present; bits != 0; bits &= bits - 1) addTime(l, static_cast<ColourId>(std::countr_zero(bits)), sums[std::countr_zero(bits)]);
}

void LodPyramid::addSolid(size_t level, uint64_t startNs, uint64_t endNs, ColourId colour) {
    const int shift = m_finest + static_cast<int>(level);
    const uint64_t b0 = startNs >> shift;
    const uint64_t b1 = (endNs - 1) >> shift;
    openBucket(level, b0);
    if (b0 == b1) {
        addTime(at(level), colour, endNs - startNs);
        return;
    }
    addTime(at(level), colour, ((b0 + 1) << shift) - startNs);
    if (b1 > b0 + 1) {
        // Whole buckets in between are solid: append them at once and pass the same solid
        // range to the level above, instead of walking bucket by bucket.
        finalizeOpen(level);
        appendBuckets(at(level), b0 + 1, b1 - b0 - 1, colour);
        if (shift < kMaxLevel) addSolid(level + 1, (b0 + 1) << shift, b1 << shift, colour);
    }
    openBucket(level, b1);
    addTime(at(level), colour, endNs - (b1 << shift));
}

uint64_t LodPyramid::finalizedEndNs(int level) const {
    const auto& l = m_levels[static_cast<size_t>(level - m_finest)];
    return (l.origin + l.buckets.size()) << level;
}

uint8_t LodPyramid::bucket(int level, uint64_t index) const {
    if (level < m_finest || level > coarsestLevel()) return kEmpty;
    const auto& l = m_levels[static_cast<size_t>(level - m_finest)];
    if (index < l.origin || index - l.origin >= l.buckets.size()) return kEmpty;
    return l.buckets[index - l.origin];
}

size_t LodPyramid::byteSize() const {
    size_t bytes = sizeof(*this);
    for (const Level& l : m_levels) bytes += sizeof(Level) + l.buckets.capacity();
    return bytes;
}

}  // namespace il::viewmodel
