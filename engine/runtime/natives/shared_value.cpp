// _interleave.SharedValue: the memory cell under multiprocessing.Value / RawValue. The cell
// lives in the runtime (a Resource of kind Other), outside every process heap, so every process
// that inherited the handle reads and writes the same value (in a native run, multiprocessing's
// cells are shm_value.cpp's, in shared memory); `v.value += 1` is a get() then a
// set(), two steps another process can come between (the lost-update lesson).
//
// Python-visible API (a handle of class _interleave.SharedValue):
//   SharedValue(typecode, value=<zero>)  typecode as multiprocessing.Value takes it:
//       'b' 'B' 'h' 'H' 'i' 'I' 'l' 'L' 'q' 'Q'  ints, wrapped to the C type's width as ctypes
//                                             does (Value('b', 300).value == 44)
//       'f' 'd'  floats ('f' rounded to single precision)
//       'u'      a one-character str
//     anything else: TypeError('this type has no size') as CPython says ('c' needs bytes, which
//     Interleave does not have). Wrong value types raise ctypes' TypeError messages.
//   get() -> the value;  set(v) -> None (same conversion as the constructor);
//   typecode() -> the typecode str (for the wrapper's repr: c_int, c_double...)

#include <cstring>

#include "engine/runtime/natives/natives.hpp"
#include "engine/runtime/natives/shm_natives.hpp"

namespace il::rt::natives {

namespace {

using vm::ArgView;
using vm::CallContext;
using vm::Value;

struct Cell : PrimitiveState {
    char code = 'i';
    Value value = Value::integer(0);  // Int or Float; for 'u' unused
    std::string text{'\0'};          // 'u': the character (UTF-8); ctypes starts at NUL
};

constexpr const char* kCodes = "bBhHiIlLqQfdu";

}  // namespace

bool sharedValueConvert(CallContext& ctx, char code, Value v, Value& out) {
    if (code == 'u') {
        if (!vm::lib::isStr(v)) {
            ctx.typeError("unicode string expected instead of " + std::string(ctx.typeName(v)) + " instance");
            return false;
        }
        if (vm::as<vm::StrObject>(v)->length != 1) {
            ctx.typeError("one character unicode string expected");
            return false;
        }
        out = v;
        return true;
    }
    if (code == 'f' || code == 'd') {
        double d;
        if (v.isFloat()) d = v.asFloat();
        else if (v.isInt()) d = double(v.asInt());
        else if (v.isBool()) d = v.asBool() ? 1.0 : 0.0;
        else {
            ctx.typeError("must be real number, not " + std::string(ctx.typeName(v)));
            return false;
        }
        if (code == 'f') d = double(float(d));
        out = Value::real(d);
        return true;
    }
    int64_t i;
    if (v.isInt()) i = v.asInt();
    else if (v.isBool()) i = v.asBool() ? 1 : 0;
    else {
        ctx.typeError("'" + std::string(ctx.typeName(v)) + "' object cannot be interpreted as an integer");
        return false;
    }
    // ctypes stores into the C type silently: truncate to its width like the C cast does.
    switch (code) {
    case 'b': i = int8_t(uint8_t(i)); break;  // NOLINT(bugprone-signed-char-misuse): C's sign extension is the point
    case 'B': i = uint8_t(i); break;
    case 'h': i = int16_t(uint16_t(i)); break;
    case 'H': i = uint16_t(i); break;
    case 'i': i = int32_t(uint32_t(i)); break;
    case 'I': i = uint32_t(i); break;
    default:  // 'l' 'L' 'q' 'Q': 64 bits, Interleave's own int width
        if ((code == 'L' || code == 'Q') && i < 0) {
            ctx.overflowError("an unsigned 64-bit value does not fit in Interleave's 64-bit ints");
            return false;
        }
        break;
    }
    out = Value::integer(i);
    return true;
}

namespace {

// convert() checks and converts `v` for `code` into the cell. False with TypeError pending.
bool convert(CallContext& ctx, char code, Value v, Cell& out) {
    Value x;
    if (!sharedValueConvert(ctx, code, v, x)) return false;
    if (code == 'u') out.text = std::string(vm::lib::sv(x));
    else out.value = x;
    return true;
}

Value svNew(CallContext& ctx, ArgView a);
Value svGet(CallContext& ctx, ArgView a);
Value svSet(CallContext& ctx, ArgView a);
Value svTypecode(CallContext& ctx, ArgView a);

vm::ClassObject* sharedValueClass() {
    static vm::ClassObject* const cls = [] {
        vm::ClassObject* c = vm::makeBuiltinClass("SharedValue", "_interleave");
        vm::setConstructor(c, svNew);
        vm::addNative(c, "get", svGet);
        vm::addNative(c, "set", svSet);
        vm::addNative(c, "typecode", svTypecode);
        return c;
    }();
    return cls;
}

Cell& cellOf(CallContext& ctx, vm::HandleObject* h) {
    return static_cast<Cell&>(*Runtime::of(ctx).resource(h->id).state);
}

Value svNew(CallContext& ctx, ArgView a) {
    if (a.count < 2 || !vm::lib::isStr(a[1]) || vm::lib::sv(a[1]).size() != 1 ||
        !std::strchr(kCodes, vm::lib::sv(a[1])[0]))
        return ctx.typeError("this type has no size");
    char code = vm::lib::sv(a[1])[0];
    Runtime& rt = Runtime::of(ctx);
    if (rt.sharedAcrossProcesses()) {  // a native run's multiprocessing.Value: in shared memory
        Value initial;
        if (a.count > 2 && !sharedValueConvert(ctx, code, a[2], initial)) return Value::error();
        return newSharedValue(ctx, code, a.count > 2 ? &initial : nullptr);
    }
    auto cell = std::make_unique<Cell>();
    cell->code = code;
    if (cell->code == 'f' || cell->code == 'd') cell->value = Value::real(0.0);
    if (a.count > 2 && !convert(ctx, cell->code, a[2], *cell)) return Value::error();
    ResourceId id = rt.newResource(trace::ResourceKind::Other, creationName(ctx, "Value"));
    rt.resource(id).state = std::move(cell);
    return newHandle(ctx, sharedValueClass(), id, kValueTag);
}

Value svGet(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kValueTag, "get");
    if (!h) return Value::error();
    Cell& c = cellOf(ctx, h);
    return c.code == 'u' ? ctx.makeStr(c.text) : c.value;
}

Value svSet(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kValueTag, "set");
    if (!h) return Value::error();
    if (a.count != 2) return ctx.typeError("set() takes exactly one argument");
    Cell& c = cellOf(ctx, h);
    return convert(ctx, c.code, a[1], c) ? Value() : Value::error();
}

Value svTypecode(CallContext& ctx, ArgView a) {
    vm::HandleObject* h = handleOf(ctx, a, kValueTag, "typecode");
    if (!h) return Value::error();
    return ctx.makeStr(std::string(1, cellOf(ctx, h).code));
}

}  // namespace

void installSharedValue(vm::CallContext& ctx, vm::ModuleObject* m) {
    vm::addModuleValue(ctx, m, "SharedValue", Value::object(sharedValueClass()));
}

}  // namespace il::rt::natives
