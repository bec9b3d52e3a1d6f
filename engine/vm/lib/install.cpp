// The builtin library's entry points (lib.hpp): every file's installer in one place.
#include "engine/vm/lib/lib.hpp"
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm::lib {

void installTypeMethods(BuiltinTypes& t) {
    installStrMethods(t);
    installStrCaseMethods(t);
    installFormatMethods(t);
    installListMethods(t);
    installTupleMethods(t);
    installDictMethods(t);
    installSetMethods(t);
    installNumberMethods(t);
    installConstructors(t);
}

void installBuiltinFunctions(BuiltinTypes& t, DictObject* builtins) {
    installIterBuiltins(t, builtins);
    installNumberBuiltins(t, builtins);
}

}  // namespace il::vm::lib
