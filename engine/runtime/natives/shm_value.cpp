// multiprocessing.Value / Array cells in a native run: an engine/native ShmValue in shared
// memory, so a forked child's writes are really seen by its parent. The Python-visible API
// (get, set, typecode) and the conversions are shared_value.cpp's, whose constructor makes one
// of these instead when the run is native and the multiprocessing module asks. The value's lock
// (get_lock()) is the prelude's multiprocessing RLock, itself shared (shm_locks.cpp), not the
// ShmValue's own.
//
// Every conversion happens on the VM side with shared_value.cpp's rules and messages
// (sharedValueConvert) before the already-converted number is stored, so both executors raise
// the same errors. A 'u' cell (a one-character str, which ShmValue has no typecode for) keeps its
// UTF-8 bytes and their length packed in a 'q' cell.

#include <string>

#include "engine/native/shm_value.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

struct SharedCell : PrimitiveState {
    native::ShmArena* arena = nullptr;
    native::Offset cell = 0;
    char code = 'i';  // the typecode the script gave (the ShmValue's is 'q' for 'u')
    [[nodiscard]] native::ShmValue value() const { return native::ShmValue(*arena, cell); }
};

// 'u': the character's UTF-8 bytes above their count (1..4) in the low byte.
int64_t packChar(std::string_view utf8) {
    uint64_t packed = utf8.size();
    for (size_t k = 0; k < utf8.size() && k < 4; ++k) packed |= uint64_t(uint8_t(utf8[k])) << (8 * (k + 1));
    return int64_t(packed);
}
std::string unpackChar(int64_t packed) {
    auto bits = uint64_t(packed);
    std::string out;
    for (uint64_t k = 0; k < (bits & 0xff) && k < 4; ++k) out.push_back(char((bits >> (8 * (k + 1))) & 0xff));
    return out;
}

// toScalar() is a converted Value (sharedValueConvert's) as the ShmValue stores it.
native::Scalar toScalar(char code, Value v) {
    if (code == 'u') return native::Scalar::integer(packChar(vm::lib::sv(v)));
    if (v.isFloat()) return native::Scalar::real(v.asFloat());
    return native::Scalar::integer(v.asInt());
}

Value svGet(CallContext& ctx, ArgView a);
Value svSet(CallContext& ctx, ArgView a);
Value svTypecode(CallContext& ctx, ArgView a);

vm::ClassObject* sharedValueClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* c = vm::makeBuiltinClass("SharedValue", "_interleave");
        vm::addNative(c, "get", svGet);
        vm::addNative(c, "set", svSet);
        vm::addNative(c, "typecode", svTypecode);
        return c;
    }();
    return cls;
}

SharedCell& cellOf(CallContext& ctx, vm::HandleObject* h) {
    return static_cast<SharedCell&>(*Runtime::of(ctx).resource(h->id).state);
}

Value svGet(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedValueTag, "get");
    if (!h) return Value::error();
    const SharedCell& c = cellOf(ctx, h);
    native::Scalar s = c.value().load();
    if (c.code == 'u') return ctx.makeStr(unpackChar(s.i));
    return s.isFloat ? Value::real(s.d) : Value::integer(s.i);
}

Value svSet(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedValueTag, "set");
    if (!h) return Value::error();
    if (a.count != 2) return ctx.typeError("set() takes exactly one argument");
    SharedCell& c = cellOf(ctx, h);
    Value x;
    if (!sharedValueConvert(ctx, c.code, a[1], x)) return Value::error();
    std::string error;
    native::ShmValue cell = c.value();
    if (!cell.store(toScalar(c.code, x), &error)) return ctx.typeError(error);  // converted: never fails
    return Value();
}

Value svTypecode(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kSharedValueTag, "typecode");
    if (!h) return Value::error();
    return ctx.makeStr(std::string(1, cellOf(ctx, h).code));
}

}  // namespace

Value newSharedValue(CallContext& ctx, char code, const Value* initial) {
    Runtime& rt = Runtime::of(ctx);
    std::string error;
    native::ShmArena* arena = rt.sharedArena(error);
    if (!arena) return ctx.raise(ctx.types().OSError, "cannot map shared memory: " + error);
    char stored = code == 'u' ? 'q' : code;
    native::Scalar zero = code == 'u'                     ? native::Scalar::integer(packChar(std::string_view("\0", 1)))
                          : (code == 'f' || code == 'd') ? native::Scalar::real(0.0)
                                                          : native::Scalar::integer(0);
    native::ShmValue cell = native::ShmValue::create(*arena, stored, initial ? toScalar(code, *initial) : zero, &error);
    if (!cell.valid()) return ctx.raise(ctx.types().MemoryError, error);
    ResourceId id = rt.newResource(trace::ResourceKind::Other, creationName(ctx, "Value"));
    rt.resource(id).unshareable = false;  // shared for real
    auto st = std::make_unique<SharedCell>();
    st->arena = arena;
    st->cell = cell.offset();
    st->code = code;
    rt.resource(id).state = std::move(st);
    return newHandle(ctx, sharedValueClass(), id, kSharedValueTag);
}

}  // namespace il::rt::natives
