#pragma once
// The codec's wire format, shared by value_encode.cpp and value_decode.cpp (internal).
//
// A message is "IL" + version byte + one value. A value is a tag byte, then its fields; a tag
// with kMemo set introduces an object the decoder records (in order of first appearance) so a
// later Ref(index) names the same object: this is how sharing and cycles survive. The slot is
// reserved when the tag is read, before the object's fields, so indices match the encoder's.

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/vm/vm.hpp"

namespace il::native::wire {

inline constexpr char kMagic0 = 'I', kMagic1 = 'L';
inline constexpr uint8_t kVersion = 1;
inline constexpr uint8_t kMemo = 0x80;
// Deepest nesting either side follows (a C++ recursion): CPython's pickle stops at the
// recursion limit too; the cap protects the C++ stack when a script raises that limit.
inline constexpr int kMaxDepth = 10000;

enum class Tag : uint8_t {
    None = 1, False, True, Int, Float, Str,
    Tuple, List, Dict, Set, FrozenSet,
    Global,      // kind byte (GlobalKind), module, qualname
    Instance,    // class value, dict value (or None)
    Exception,   // class value, args tuple, dict value (or None)
    WithClass,   // class value, then a container whose type is that user subclass
    Ref,         // memo index
    Range,       // start, stop, step (ints)
    Slice,       // start, stop, step (values)
    BoundMethod, // self, function
};

enum class GlobalKind : uint8_t { Class, Function, Builtin };

inline void putVarint(std::string& out, uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

inline void putFixed64(std::string& out, uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

inline void putText(std::string& out, std::string_view s) {
    putVarint(out, s.size());
    out.append(s);
}

// Reader: bounds-checked reads; any overrun sets `bad` and returns zeros from then on.
struct Reader {
    std::string_view in;
    size_t pos = 0;
    bool bad = false;

    uint8_t byte() {
        if (pos >= in.size()) return bad = true, 0;
        return static_cast<uint8_t>(in[pos++]);
    }
    uint64_t varint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            uint8_t b = byte();
            v |= uint64_t{b & 0x7Fu} << shift;
            if (!(b & 0x80)) return v;
        }
        bad = true;
        return 0;
    }
    uint64_t fixed64() {
        if (in.size() - pos < 8 || pos > in.size()) return bad = true, 0;
        uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= uint64_t{static_cast<uint8_t>(in[pos + i])} << (8 * i);
        pos += 8;
        return v;
    }
    std::string_view text() {
        uint64_t n = varint();
        if (bad || n > in.size() - pos) return bad = true, std::string_view{};
        std::string_view s = in.substr(pos, n);
        pos += n;
        return s;
    }
};

}  // namespace il::native::wire
