#pragma once
// sys.stdout / sys.stderr (CPython's _io.TextIOWrapper, as far as a script uses it) and the
// print() builtin that writes to them or to any object with a write() method.

#include "engine/vm/vm.hpp"

namespace il::vm {

// stdStream() is sys.stdout (fd 1) or sys.stderr (fd 2). Precondition: fd is 1 or 2, and
// builtinTypes() has been created.
[[nodiscard]] Value stdStream(int fd);

// builtinPrint() is print(*args, sep=' ', end='\n', file=None, flush=False).
Value builtinPrint(CallContext& ctx, ArgView a);

}  // namespace il::vm
