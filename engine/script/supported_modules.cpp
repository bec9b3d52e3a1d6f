#include "engine/script/supported_modules.hpp"

#include <algorithm>

namespace il::script {

const std::vector<std::string_view>& supportedModules() {
    static const std::vector<std::string_view> modules{
        "_interleave",   "asyncio",       "concurrent",   "concurrent.futures", "gevent",    "gevent.lock",
        "gevent.monkey", "gevent.queue", "greenlet",           "interleave", "math",
        "multiprocessing", "os",         "queue",              "random",    "subprocess",
        "sys",           "threading",    "time",
        // Submodules of the runtime's Python halves (CPython's own module names).
        "asyncio.base_events", "asyncio.events", "asyncio.exceptions", "asyncio.futures", "asyncio.locks",
        "asyncio.gathering", "asyncio.queues", "asyncio.runners", "asyncio.tasks", "gevent.hub",
        "concurrent.futures.process", "concurrent.futures.thread", "multiprocessing.pool",
        "multiprocessing.queues", "multiprocessing.sharedctypes", "multiprocessing.synchronize",
    };
    return modules;
}

bool isSupportedModule(std::string_view dottedName) {
    const auto& m = supportedModules();
    return std::find(m.begin(), m.end(), dottedName) != m.end();
}

std::string supportedModulesText() {
    std::string out;
    for (std::string_view name : supportedModules()) {
        bool submodule = name.find('.') != std::string_view::npos && name != "concurrent.futures";
        if (name == "concurrent" || submodule || name[0] == '_') continue;
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

}  // namespace il::script
