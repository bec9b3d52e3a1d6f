#pragma once
// Internal operations shared by the interpreter, containers and CallContext (not for natives:
// natives use CallContext). Every function that can fail returns an error indicator with the
// exception pending in ctx's task.

#include <string>

#include "engine/vm/vm.hpp"

namespace il::vm {

// hashOf(): Python's hash(v); false on error (unhashable type / __hash__ raised).
bool hashOf(CallContext& ctx, Value v, int64_t& out);
// hashInt()/hashFloat(): CPython's numeric hashes (hash(2**61) == 1, hash(1.5) == ...).
int64_t hashInt(int64_t i);
int64_t hashFloat(double d);
// eqValues(): a == b truthiness, 1/0/-1, with fast paths for identical/int/float/str.
int eqValues(CallContext& ctx, Value a, Value b);
// richCompare(): a <op> b as a Value, or error.
Value richCompare(CallContext& ctx, Value a, Value b, CmpOp op);
// binaryOp(): a <op> b (inplace: try __iadd__ first), or error.
Value binaryOp(CallContext& ctx, BinaryOp op, Value a, Value b, bool inplace);
// unary ops
Value unaryNegative(CallContext& ctx, Value v);
Value unaryPositive(CallContext& ctx, Value v);
Value unaryInvert(CallContext& ctx, Value v);
int truthOf(CallContext& ctx, Value v);
int containsOp(CallContext& ctx, Value container, Value item);

// Text
bool reprAppend(CallContext& ctx, Value v, std::string& out);
bool strAppend(CallContext& ctx, Value v, std::string& out);
void reprStr(std::string_view s, std::string& out);  // Python's repr of a str
Value formatValue(CallContext& ctx, Value v, Value spec);  // format(v, spec)

// Attributes
Value getAttribute(CallContext& ctx, Value obj, StrObject* name);
int lookupAttribute(CallContext& ctx, Value obj, StrObject* name, Value& out);
bool setAttribute(CallContext& ctx, Value obj, StrObject* name, Value v);
bool delAttribute(CallContext& ctx, Value obj, StrObject* name);
// lookupSpecial(): a dunder looked up on type(obj) and bound; 1/0/-1.
int lookupSpecial(CallContext& ctx, Value obj, StrObject* name, Value& out);
// Items
Value getItem(CallContext& ctx, Value obj, Value key);
bool setItem(CallContext& ctx, Value obj, Value key, Value v);
bool delItem(CallContext& ctx, Value obj, Value key);
bool lenOf(CallContext& ctx, Value v, int64_t& out);

// Iteration
Value getIter(CallContext& ctx, Value v);
Next iterNext(CallContext& ctx, Value it, Value& out);

// Calls (nested run for Python functions)
Value callValue(CallContext& ctx, Value callable, ArgView args);
Value callMethodByName(CallContext& ctx, Value obj, StrObject* name, ArgView args);

// Classes and exceptions
ClassObject* typeOfValue(const BuiltinTypes& t, Value v);
ExceptionObject* makeException(CallContext& ctx, ClassObject* cls, std::vector<Value> args);
// setExceptionArgs() stores `args` as e.args, as BaseException.__init__ does; an OSError's
// filename (third argument) and filename2 (fifth) become attributes, as in CPython.
void setExceptionArgs(CallContext& ctx, ExceptionObject* e, std::vector<Value> args);
Value setPending(CallContext& ctx, Value exc);  // sets task.pending (+ __context__); error()
Value buildClass(CallContext& ctx, ArgView args);  // __build_class__(func, name, *bases)
bool computeMro(CallContext& ctx, ClassObject* cls);
Value constructInstance(CallContext& ctx, ClassObject* cls, ArgView args);

// Slices and indices
bool sliceIndices(CallContext& ctx, SliceObject* s, int64_t length, int64_t& start, int64_t& stop,
                  int64_t& step, int64_t& count);
bool normalizeIndex(CallContext& ctx, Value idx, int64_t length, int64_t& out, const char* what);

// NestingGuard bounds C++ recursion over deeply nested containers (repr, ==, hash): past the
// limit it raises RecursionError like CPython instead of overflowing the C++ stack.
class NestingGuard {
public:
    NestingGuard(CallContext& ctx, const char* what) : m_vm(ctx.vm()) {
        m_ok = ++m_vm.nativeRecursion < kLimit;
        if (!m_ok) ctx.raise(ctx.types().RecursionError, std::string("maximum recursion depth exceeded") + what);
    }
    ~NestingGuard() { --m_vm.nativeRecursion; }
    [[nodiscard]] bool ok() const { return m_ok; }
    static constexpr int kLimit = 1000;

private:
    Vm& m_vm;
    bool m_ok;
};

// Deep copy between heaps (deep_copy.cpp)
Value deepCopy(Value v, Vm& from, Vm& to);

}  // namespace il::vm
