#pragma once
// What File > Open… lists: a folder's subfolders, then its Python scripts, each group sorted by
// name; hidden entries (".name") are left out, and ".." comes first unless the folder is a root.

#include <string>
#include <vector>

namespace il::viewmodel {

struct DirEntry {
    std::string name;  // the entry's file name ("..": the parent folder)
    bool isDir = false;
    friend bool operator==(const DirEntry&, const DirEntry&) = default;
};

// listScripts() lists `dir` as above. Returns an empty list, with the reason in `*error`, when
// the folder cannot be read.
[[nodiscard]] std::vector<DirEntry> listScripts(const std::string& dir, std::string* error = nullptr);

// resolveOpenPath() is where the dialog's path field points: `typed` as is when absolute, else
// relative to `dir`; "~/" is the home folder. Normalised lexically (no file-system access).
[[nodiscard]] std::string resolveOpenPath(const std::string& dir, const std::string& typed);

}  // namespace il::viewmodel
