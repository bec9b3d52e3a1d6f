#pragma once
// The Python halves of the runtime's modules, embedded at build time from
// engine/runtime/prelude/*.py (the generated prelude_sources.cpp, see engine/CMakeLists.txt).

#include <string_view>

namespace il::rt {

struct PreludeSource {
    const char* module;  // import name: "threading", "concurrent.futures"
    const char* file;    // file name shown in tracebacks: "threading.py"
    const char* text;
};

// findPreludeSource() returns the embedded source of `module`, or null.
[[nodiscard]] const PreludeSource* findPreludeSource(std::string_view module);

}  // namespace il::rt
