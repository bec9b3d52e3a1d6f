#pragma once
// Value: what a Python variable holds. 16 bytes, trivially copyable: small immediates inline,
// everything else a pointer to a heap Object. Copying a Value never touches a reference count:
// memory is reclaimed by the tracing collector in heap.hpp at safe points.

#include <cstdint>
#include <cstring>

namespace il::vm {

struct Object;

enum class Tag : uint8_t {
    None,    // Python None
    Bool,    // True / False
    Int,     // 64-bit int; arithmetic that overflows raises OverflowError
    Float,   // IEEE double
    Obj,     // pointer to an Object (str, list, class, instance, ...)
    Error,   // not a Python value: "an exception is pending in the task" (native return)
    Suspend, // not a Python value: "the task must block; retry this call when woken"
};

class Value {
public:
    constexpr Value() : m_tag(Tag::None), m_bits(0) {}

    [[nodiscard]] static constexpr Value none() { return Value(); }
    [[nodiscard]] static Value boolean(bool b) { return Value(Tag::Bool, b ? 1 : 0); }
    [[nodiscard]] static Value integer(int64_t i) { return Value(Tag::Int, static_cast<uint64_t>(i)); }
    [[nodiscard]] static Value real(double d) {
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        return Value(Tag::Float, bits);
    }
    [[nodiscard]] static Value object(Object* o) {
        return Value(Tag::Obj, reinterpret_cast<uintptr_t>(o));
    }
    // error() is returned by native code after it set the task's pending exception.
    [[nodiscard]] static Value error() { return Value(Tag::Error, 0); }
    // suspend() is returned by a blocking native after it registered the task as a waiter.
    [[nodiscard]] static Value suspend() { return Value(Tag::Suspend, 0); }

    [[nodiscard]] Tag tag() const { return m_tag; }
    [[nodiscard]] bool isNone() const { return m_tag == Tag::None; }
    [[nodiscard]] bool isBool() const { return m_tag == Tag::Bool; }
    [[nodiscard]] bool isInt() const { return m_tag == Tag::Int; }
    [[nodiscard]] bool isFloat() const { return m_tag == Tag::Float; }
    [[nodiscard]] bool isObj() const { return m_tag == Tag::Obj; }
    [[nodiscard]] bool isError() const { return m_tag == Tag::Error; }
    [[nodiscard]] bool isSuspend() const { return m_tag == Tag::Suspend; }
    // True for Error and Suspend: the caller must stop and propagate.
    [[nodiscard]] bool isSignal() const { return m_tag >= Tag::Error; }

    [[nodiscard]] bool asBool() const { return m_bits != 0; }
    [[nodiscard]] int64_t asInt() const { return static_cast<int64_t>(m_bits); }
    [[nodiscard]] double asFloat() const {
        double d;
        std::memcpy(&d, &m_bits, sizeof d);
        return d;
    }
    [[nodiscard]] Object* asObj() const { return reinterpret_cast<Object*>(m_bits); }

    // Identity (Python `is`) for immediates and objects alike.
    [[nodiscard]] bool identical(const Value& o) const { return m_tag == o.m_tag && m_bits == o.m_bits; }

private:
    constexpr Value(Tag t, uint64_t bits) : m_tag(t), m_bits(bits) {}
    Tag m_tag;
    uint64_t m_bits;
};

static_assert(sizeof(Value) == 16);

}  // namespace il::vm
