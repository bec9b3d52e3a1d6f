#include "engine/script/supported_modules.hpp"

#include <algorithm>

namespace il::script {

const std::vector<std::string_view>& supportedModules() {
    static const std::vector<std::string_view> modules{
        "_interleave",   "asyncio",       "concurrent",   "concurrent.futures", "gevent",    "gevent.lock",
        "gevent.monkey", "gevent.queue", "greenlet",           "interleave", "math",
        "multiprocessing", "os",         "queue",              "random",    "subprocess",
        "sys",           "threading",    "time",
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
        if (name == "concurrent" || name.substr(0, 7) == "gevent." || name[0] == '_') continue;
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

}  // namespace il::script
