#pragma once
// Built-in modules a script can import (time, random, math, sys, os, interleave). Each module
// is created on first import in the importing process's heap.

#include <string_view>

#include "engine/vm/vm.hpp"

namespace il::vm {

// createBuiltinModule() creates module `name`; null if there is no such module.
ModuleObject* createBuiltinModule(CallContext& ctx, std::string_view name);

// Helpers for module files.
ModuleObject* newModule(CallContext& ctx, std::string_view name);
// ModuleFill adds a native module's contents (functions, immortal classes, constants).
using ModuleFill = void (*)(CallContext& ctx, ModuleObject* m);
// newFilledModule() is newModule(name) filled by `fill`. A fill that adds only immortal objects
// and immediates (and does not depend on the Vm) gives the same namespace in every process, so
// the first one on this OS thread is kept and later modules copy its dict's arrays instead of
// inserting entry by entry: the runtime's `_interleave` has ~45 names and is imported by every
// run of `interleave explore`. Precondition for `cacheable`: fill's result is Vm-independent.
ModuleObject* newFilledModule(CallContext& ctx, std::string_view name, ModuleFill fill, bool cacheable);
void addModuleFunction(CallContext& ctx, ModuleObject* m, const char* name, NativeFn fn);
void addModuleValue(CallContext& ctx, ModuleObject* m, const char* name, Value v);
// numberArg() reads an int/float argument as double; false with TypeError.
bool numberArg(CallContext& ctx, Value v, double& out, const char* fn);

void fillTimeModule(CallContext& ctx, ModuleObject* m);
void fillRandomModule(CallContext& ctx, ModuleObject* m);
void fillMathModule(CallContext& ctx, ModuleObject* m);
void fillSysModule(CallContext& ctx, ModuleObject* m);
void fillOsModule(CallContext& ctx, ModuleObject* m);
// fillOsProcessFunctions() adds os.fork, wait, waitpid, _exit and the wait-status helpers.
void fillOsProcessFunctions(CallContext& ctx, ModuleObject* m);
void fillInterleaveModule(CallContext& ctx, ModuleObject* m);

}  // namespace il::vm
