#pragma once
// Reading and saving the script the Code panel edits. A save is atomic: the text goes to a
// temporary file in the same folder, is flushed to disk (fsync), then renamed over the old
// file, so a crash or a full disk mid-save leaves either the old file or the new one, never
// half of each. FileStamp is what the panel polls to notice a change made by another program.

#include <cstdint>
#include <optional>
#include <string>

namespace il::viewmodel {

// What identifies a file's version without reading it: modification time and size.
struct FileStamp {
    bool exists = false;
    int64_t mtimeNs = 0;
    uint64_t size = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

// stampOf() returns the current stamp of `path` (exists = false when it cannot be read).
[[nodiscard]] FileStamp stampOf(const std::string& path);

// readTextFile() returns the whole file, or nullopt with the reason in `*error` (if given).
[[nodiscard]] std::optional<std::string> readTextFile(const std::string& path, std::string* error = nullptr);

// writeFileAtomically() replaces `path` with `text` (temporary file in the same folder, fsync,
// rename, fsync of the folder). A symbolic link is followed: its target is replaced, the link
// kept. An existing file keeps its permission bits. Returns false with the reason in `*error`
// (and `path` untouched) on failure.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string* error = nullptr);

}  // namespace il::viewmodel
