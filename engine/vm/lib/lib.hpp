#pragma once
// The builtin library's entry points: the methods of builtin types and the builtin functions
// beyond the interpreter's core ones. Called once per OS process while the immortal builtin
// types are created (builtin_types.cpp), never during a run.

namespace il::vm {
struct BuiltinTypes;
struct DictObject;
}  // namespace il::vm

namespace il::vm::lib {

// installTypeMethods() adds the methods of str, list, tuple, dict, set, frozenset, int, float,
// bool, range and the exception classes to their (immortal) class dicts.
void installTypeMethods(BuiltinTypes& types);

// installBuiltinFunctions() adds the builtin functions that the interpreter core does not own
// (sorted, min, max, sum, abs, round, divmod, enumerate, zip, map, filter, any, all, ...) to the
// immortal `builtins` namespace.
void installBuiltinFunctions(BuiltinTypes& types, DictObject* builtins);

}  // namespace il::vm::lib
