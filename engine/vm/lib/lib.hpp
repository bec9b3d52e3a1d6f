#pragma once
// The builtin library's entry points: the methods of builtin types and the builtin functions
// beyond the interpreter's core ones. Called once per OS process while the immortal builtin
// types are created (builtin_types.cpp), never during a run.

#include <string_view>

#include "engine/vm/value.hpp"

namespace il::vm {
struct BuiltinTypes;
struct DictObject;
class CallContext;
}  // namespace il::vm

namespace il::vm::lib {

// installTypeMethods() adds the methods of str, list, tuple, dict, set, frozenset, int, float,
// bool, range and the exception classes to their (immortal) class dicts.
void installTypeMethods(BuiltinTypes& types);

// installBuiltinFunctions() adds the builtin functions that the interpreter core does not own
// (sorted, min, max, sum, abs, round, divmod, enumerate, zip, map, filter, any, all, ...) to the
// immortal `builtins` namespace.
void installBuiltinFunctions(BuiltinTypes& types, DictObject* builtins);

// formatWithSpec() is format(v, spec): int/bool/float/str directly (engine/text/format_spec),
// anything else through type(v).__format__. Returns a str Value or error. For f-strings and
// the interpreter's format operations.
Value formatWithSpec(CallContext& ctx, Value v, std::string_view spec);

// percentFormat() is `fmt % args` for a str fmt: args is a tuple, a mapping or a single value.
// Returns a str Value or error.
Value percentFormat(CallContext& ctx, Value fmt, Value args);

}  // namespace il::vm::lib
