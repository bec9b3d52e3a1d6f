#pragma once
// The value codec: how a multiprocessing queue item or pipe message crosses from one process's
// Vm into another's as bytes (the native executor's pickle). Coverage mirrors the in-process
// message copy (engine/vm/deep_copy.cpp, CopyMode::Send/Receive) and pickle's rules:
//  - None, bool, int, float, str, tuple, list, dict, set, frozenset, range, slice: by value,
//    with sharing and cycles preserved (a memo, like pickle's);
//  - module-level classes and functions (and builtins such as `len` or `ValueError`): by
//    reference, (module, qualname), looked up in the receiver's sys.modules (its module is
//    imported if missing, as pickle does);
//  - instances of user classes and exceptions: class by reference + attribute dict (exceptions
//    also their args; like pickle, not their traceback, cause or context); instances of user
//    subclasses of list/dict/... keep their class; bound methods: (self, function);
//  - anything else is refused with CPython's message: "cannot pickle 'generator' object",
//    "Can't pickle local object 'f.<locals>.g'", "Lock objects should only be shared between
//    processes through inheritance" (a handle to a multiprocessing object).
// The VM's ints are 64-bit (overflow raises), so there are no big ints to carry.

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/vm/vm.hpp"

namespace il::native {

// A refused encoding: the exception the sender's put()/send() should raise.
struct CodecError {
    enum class Kind : uint8_t { TypeError, AttributeError, RecursionError, RuntimeError, PicklingError };
    Kind kind = Kind::TypeError;
    std::string message;
};

// encodeValue() appends the encoding of `v` (an object of `from`'s heap) to `out`. False with
// `error` filled if something in it cannot be sent. Runs no Python code.
[[nodiscard]] bool encodeValue(vm::Vm& from, vm::Value v, std::string& out, CodecError& error);

// decodeValue() rebuilds a value in the receiving task's Vm. On failure (a class the receiver
// lacks: AttributeError "Can't get attribute 'Point' on <module '__main__'>", or corrupt bytes:
// ValueError) the exception is pending in ctx and Value::error() is returned. It may run Python
// code: importing a module, and __hash__/__eq__ of instances used as dict keys or set members.
[[nodiscard]] vm::Value decodeValue(vm::CallContext& ctx, std::string_view bytes);

// raiseCodecError() raises `error` in ctx (PicklingError shows as a TypeError: the VM has no
// pickle module) and returns Value::error().
vm::Value raiseCodecError(vm::CallContext& ctx, const CodecError& error);

}  // namespace il::native
