#pragma once
// Reading a script from disk: the checks that come before lexing (the file exists, is a
// regular file, is text, is UTF-8). Used by `interleave check` and `interleave run`.

#include <string>

#include "engine/script/source.hpp"

namespace il::script {

struct LoadResult {
    SourcePtr source;   // null on failure
    std::string error;  // e.g. "cannot open 'x.py': No such file or directory"

    [[nodiscard]] bool ok() const { return source != nullptr; }
};

// loadSource() reads `path` into a SourceFile named `path`. A UTF-8 byte order mark is dropped.
// Errors (missing file, directory, NUL bytes, invalid UTF-8 with line and column) come back in
// LoadResult::error, never as exceptions.
[[nodiscard]] LoadResult loadSource(const std::string& path);

// loadSourceText() applies the same text checks to `text` already in memory (named `name`).
[[nodiscard]] LoadResult loadSourceText(const std::string& name, std::string text);

}  // namespace il::script
