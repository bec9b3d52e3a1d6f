#pragma once
// ByteSource: the fuzzer's input read as a stream of small decisions. Past the end every read
// is 0, so any input (even an empty one) decodes to something valid: the generators never
// reject an input, they only make the 0-choice (the shortest, simplest option) more often.

#include <cstddef>
#include <cstdint>

namespace il::fuzz {

class ByteSource {
public:
    ByteSource(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}

    // byte() is the next byte, 0 once the input is used up.
    [[nodiscard]] uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    // below() is a choice in [0, n); precondition: 0 < n <= 256.
    [[nodiscard]] unsigned below(unsigned n) { return byte() % n; }
    // u32() / u64() read little-endian integers, zero-filled past the end.
    [[nodiscard]] uint32_t u32() {
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i) v |= uint32_t(byte()) << (8 * i);
        return v;
    }
    [[nodiscard]] uint64_t u64() { return uint64_t(u32()) | (uint64_t(u32()) << 32); }
    [[nodiscard]] bool empty() const { return m_pos >= m_size; }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

}  // namespace il::fuzz
