#pragma once
// A small, fast, seedable random generator (xoshiro256** seeded through splitmix64). Every
// random choice in a run comes from one of these, seeded from the run's seed, so the same seed
// gives the same run on every machine (std:: distributions are not portable; these helpers are).

#include <cstdint>

namespace il {

class Rng {
public:
    explicit Rng(uint64_t seed = 0) { reseed(seed); }

    // reseed() restarts the sequence for `seed`.
    void reseed(uint64_t seed) {
        for (uint64_t& s : m_s) s = splitmix(seed);
    }
    // next() returns 64 uniformly distributed bits.
    uint64_t next() {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // below(n) returns a uniform integer in [0, n); precondition: n > 0.
    uint64_t below(uint64_t n) {
        // Lemire's multiply-shift with rejection: unbiased and portable.
        unsigned __int128 m = static_cast<unsigned __int128>(next()) * n;
        auto low = static_cast<uint64_t>(m);
        if (low < n) {
            const uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<unsigned __int128>(next()) * n;
                low = static_cast<uint64_t>(m);
            }
        }
        return static_cast<uint64_t>(m >> 64);
    }
    // uniform() returns a double in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static uint64_t splitmix(uint64_t& x) {
        uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint64_t m_s[4]{};  // reseed() sets every word; zeroed so no path can read garbage
};

}  // namespace il
