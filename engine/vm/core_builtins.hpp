#pragma once
// The builtins tied to the interpreter (print, len, repr, type, isinstance, iter, next, super,
// property, range, __build_class__, exception construction...). The builtin library adds the
// rest (engine/vm/lib).

#include "engine/vm/builtin_types.hpp"

namespace il::vm {

// installCoreBuiltins() fills `builtins` and the core classes' methods. Called once while the
// immortal builtin types are created.
void installCoreBuiltins(BuiltinTypes& types, DictObject* builtins);

// installCoreMethods() adds the methods of object, BaseException, generators and iterators.
void installCoreMethods(BuiltinTypes& types);

}  // namespace il::vm
