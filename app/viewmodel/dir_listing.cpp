#include "app/viewmodel/dir_listing.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace il::viewmodel {

namespace fs = std::filesystem;

std::vector<DirEntry> listScripts(const std::string& dir, std::string* error) {
    std::vector<DirEntry> dirs, files;
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        if (error) *error = dir + ": " + ec.message();
        return {};
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code typeError;
        if (it->is_directory(typeError))  // follows links: a linked folder is a folder
            dirs.push_back(DirEntry{name, true});
        else if (it->path().extension() == ".py")
            files.push_back(DirEntry{name, false});
    }
    auto byName = [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; };
    std::sort(dirs.begin(), dirs.end(), byName);
    std::sort(files.begin(), files.end(), byName);
    std::vector<DirEntry> out;
    const fs::path p = fs::path(dir).lexically_normal();
    if (p.has_relative_path() && p.relative_path() != fs::path()) out.push_back(DirEntry{"..", true});
    out.insert(out.end(), dirs.begin(), dirs.end());
    out.insert(out.end(), files.begin(), files.end());
    return out;
}

std::string resolveOpenPath(const std::string& dir, const std::string& typed) {
    fs::path p(typed);
    if (typed == "~" || typed.rfind("~/", 0) == 0) {
        const char* home = std::getenv("HOME");
        p = fs::path(home != nullptr ? home : "/") / typed.substr(typed.size() > 1 ? 2 : 1);
    } else if (p.is_relative()) {
        p = fs::path(dir) / p;
    }
    std::string s = p.lexically_normal().string();
    // "/a/b/" names the folder /a/b: drop the slash lexically_normal() keeps (not the root's).
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
}

}  // namespace il::viewmodel
