// multiprocessing.Value's shared cell (see shm_value.hpp).

#include "engine/native/shm_value.hpp"

#include <atomic>
#include <bit>
#include <cstring>

namespace il::native {

struct ShmValue::Cell {
    Mutex mutex;
    std::atomic<uint64_t> bits;  // int64 or double, by typecode
    char typecode;
};

namespace {

// wrap(): the value a C integer of `bits` width (signed or not) keeps, as ctypes stores it.
int64_t wrap(int64_t v, int bits, bool isSigned) {
    if (bits == 64) return v;
    uint64_t mask = (uint64_t{1} << bits) - 1;
    uint64_t u = static_cast<uint64_t>(v) & mask;
    if (isSigned && (u >> (bits - 1))) u |= ~mask;
    return static_cast<int64_t>(u);
}

}  // namespace

bool ShmValue::convert(char typecode, Scalar in, Scalar& out, std::string* error) {
    if (!typecode || !std::strchr(kTypecodes, typecode)) {
        if (error) *error = std::string("bad typecode '") + typecode + "' (must be one of " + kTypecodes + ")";
        return false;
    }
    if (typecode == 'f' || typecode == 'd') {
        double d = in.isFloat ? in.d : static_cast<double>(in.i);
        out = Scalar::real(typecode == 'f' ? static_cast<double>(static_cast<float>(d)) : d);
        return true;
    }
    if (typecode == '?') {
        out = Scalar::integer(in.isFloat ? in.d != 0.0 : in.i != 0);
        return true;
    }
    if (in.isFloat) {
        if (error) *error = "int expected instead of float";
        return false;
    }
    int bits = 64;
    bool isSigned = true;
    switch (typecode) {
    case 'c': bits = 8, isSigned = false; break;
    case 'b': bits = 8; break;
    case 'B': bits = 8, isSigned = false; break;
    case 'h': bits = 16; break;
    case 'H': bits = 16, isSigned = false; break;
    case 'i': bits = 32; break;
    case 'I': bits = 32, isSigned = false; break;
    case 'L':
    case 'Q': isSigned = false; break;
    default: break;  // l, q: 64-bit signed on LP64
    }
    // An unsigned 64-bit value above INT64_MAX has no Value to hold it: it shows as negative,
    // the one place the VM's 64-bit ints cannot mirror ctypes.
    out = Scalar::integer(wrap(in.i, bits, isSigned));
    return true;
}

ShmValue ShmValue::create(ShmArena& arena, char typecode, Scalar initial, std::string* error) {
    Scalar v;
    if (!convert(typecode, initial, v, error)) return ShmValue(arena, 0);
    Offset off = arena.allocate(sizeof(Cell), error);
    if (!off) return ShmValue(arena, 0);
    Cell& c = *arena.at<Cell>(off);
    if (!c.mutex.init(/*recursive=*/true)) {
        arena.release(off);
        if (error) *error = "cannot create a process-shared lock for the value";
        return ShmValue(arena, 0);
    }
    c.typecode = typecode;
    c.bits.store(v.isFloat ? std::bit_cast<uint64_t>(v.d) : static_cast<uint64_t>(v.i));
    return ShmValue(arena, off);
}

ShmValue::Cell& ShmValue::cell() const { return *m_arena->at<Cell>(m_cell); }

char ShmValue::typecode() const { return cell().typecode; }

bool ShmValue::holdsFloat() const { return typecode() == 'f' || typecode() == 'd'; }

Scalar ShmValue::load() const {
    uint64_t b = cell().bits.load(std::memory_order_acquire);
    return holdsFloat() ? Scalar::real(std::bit_cast<double>(b)) : Scalar::integer(static_cast<int64_t>(b));
}

bool ShmValue::store(Scalar v, std::string* error) {
    Scalar c;
    if (!convert(typecode(), v, c, error)) return false;
    cell().bits.store(c.isFloat ? std::bit_cast<uint64_t>(c.d) : static_cast<uint64_t>(c.i), std::memory_order_release);
    return true;
}

Mutex& ShmValue::lock() const { return cell().mutex; }

void ShmValue::destroy() {
    if (!m_cell) return;
    cell().mutex.destroy();
    m_arena->release(m_cell);
    m_cell = 0;
}

}  // namespace il::native
