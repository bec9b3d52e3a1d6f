#pragma once
// Reading a script from disk: the checks that come before lexing (the file exists, is a
// regular file, is text, is UTF-8). Used by `interleave check` and `interleave run`.

#include <cstdint>
#include <string>

#include "engine/script/source.hpp"

namespace il::script {

struct LoadResult {
    SourcePtr source;   // null on failure
    std::string error;  // e.g. "cannot open 'x.py': No such file or directory"

    [[nodiscard]] bool ok() const { return source != nullptr; }
};

// Scripts larger than this are refused before reading: a 10 MB script already takes seconds and
// gigabytes to compile, and a file of hundreds of MB is not a lesson (a data file, a disk image).
inline constexpr uint64_t kMaxScriptBytes = 64ull << 20;

// loadSource() reads `path` into a SourceFile named `path`. A UTF-8 byte order mark is dropped.
// Errors (missing file, directory, device, too large, NUL bytes and invalid UTF-8 with line and
// column) come back in LoadResult::error, never as exceptions.
[[nodiscard]] LoadResult loadSource(const std::string& path);

// loadSourceText() applies the same text checks to `text` already in memory (named `name`).
[[nodiscard]] LoadResult loadSourceText(const std::string& name, std::string text);

}  // namespace il::script
