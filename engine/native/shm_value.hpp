#pragma once
// ShmValue: multiprocessing.Value's shared cell: a ctypes typecode, 8 bytes of storage and the
// recursive process-shared lock get_lock() returns (CPython's default lock for Value is an RLock).
// Stores convert like ctypes does: integers wrap silently to the C type's width, a float given to
// an integer type is a TypeError, 'f' rounds to single precision, '?' stores truthiness.
// Reads and writes of the storage are single atomic accesses (never torn), but `v.value += 1` is
// a read and a write, racy without get_lock() exactly as in CPython: that is the lesson.

#include <cstdint>
#include <string>

#include "engine/native/shm_arena.hpp"
#include "engine/native/shm_sync.hpp"

namespace il::native {

// A number as the VM hands it over: an int or a float.
struct Scalar {
    bool isFloat = false;
    int64_t i = 0;
    double d = 0.0;
    [[nodiscard]] static Scalar integer(int64_t v) { return Scalar{false, v, 0.0}; }
    [[nodiscard]] static Scalar real(double v) { return Scalar{true, 0, v}; }
};

class ShmValue {
public:
    // The typecodes accepted: c (a char as its code 0..255), b B h H i I l L q Q, f d, and ?.
    static constexpr const char* kTypecodes = "cbBhHiIlLqQfd?";

    // convert() is what storing `in` into a `typecode` cell keeps; false with `error` set (a
    // TypeError's message) for an unknown typecode or a float given to an integer type.
    [[nodiscard]] static bool convert(char typecode, Scalar in, Scalar& out, std::string* error);

    // create() allocates a cell holding `initial` (converted); invalid with `error` set on
    // failure (bad typecode, bad initial value, arena full).
    static ShmValue create(ShmArena& arena, char typecode, Scalar initial, std::string* error);
    ShmValue(ShmArena& arena, Offset cell) : m_arena(&arena), m_cell(cell) {}
    [[nodiscard]] bool valid() const { return m_cell != 0; }
    [[nodiscard]] Offset offset() const { return m_cell; }

    [[nodiscard]] char typecode() const;
    [[nodiscard]] bool holdsFloat() const;  // 'f' or 'd'
    [[nodiscard]] Scalar load() const;
    // store() converts and writes; false with `error` as convert().
    [[nodiscard]] bool store(Scalar v, std::string* error);
    // The cell's lock (get_lock()): recursive, robust, process-shared.
    [[nodiscard]] Mutex& lock() const;
    void destroy();

private:
    struct Cell;
    [[nodiscard]] Cell& cell() const;
    ShmArena* m_arena;
    Offset m_cell;
};

}  // namespace il::native
