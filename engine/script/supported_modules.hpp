#pragma once
// The modules a scenario script may import: DESIGN §2's list, their submodules that scripts
// use, plus `sys` and `math`. The validator rejects anything else; the VM uses the same list to
// know which modules it must provide.

#include <string>
#include <string_view>
#include <vector>

namespace il::script {

// supportedModules() lists every importable dotted name, sorted.
[[nodiscard]] const std::vector<std::string_view>& supportedModules();

// isSupportedModule() is true when `dottedName` (e.g. "concurrent.futures") may be imported.
[[nodiscard]] bool isSupportedModule(std::string_view dottedName);

// supportedModulesText() is the list for messages: "asyncio, concurrent.futures, gevent, ...".
// Packages that only exist to hold a submodule (`concurrent`) and submodules other than
// concurrent.futures (multiprocessing.pool, gevent.lock...) are left out.
[[nodiscard]] std::string supportedModulesText();

}  // namespace il::script
