// File > Open…'s listing: folders then scripts, sorted, hidden entries and other files left out.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "app/viewmodel/dir_listing.hpp"

using il::viewmodel::DirEntry;
using il::viewmodel::listScripts;
using il::viewmodel::resolveOpenPath;
namespace fs = std::filesystem;

TEST_CASE("a folder lists '..', its subfolders, then its .py files, each sorted") {
    const fs::path dir = fs::temp_directory_path() / ("il_dir_listing_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "zeta");
    fs::create_directories(dir / "alpha");
    fs::create_directories(dir / ".git");
    for (const char* name : {"b.py", "a.py", "notes.txt", ".hidden.py", "c.pyc"}) std::ofstream(dir / name) << "x\n";
    const std::vector<DirEntry> want{{"..", true}, {"alpha", true}, {"zeta", true}, {"a.py", false}, {"b.py", false}};
    CHECK(listScripts(dir.string()) == want);
    fs::remove_all(dir);
    std::string error;
    CHECK(listScripts(dir.string(), &error).empty());
    CHECK(error.find(dir.string()) == 0);
}

TEST_CASE("the root folder has no '..'") {
    const auto root = listScripts("/");
    CHECK((root.empty() || root.front().name != ".."));
}

TEST_CASE("a typed path is taken relative to the shown folder") {
    CHECK(resolveOpenPath("/home/u/lessons", "deadlock.py") == "/home/u/lessons/deadlock.py");
    CHECK(resolveOpenPath("/home/u/lessons", "../other/x.py") == "/home/u/other/x.py");
    CHECK(resolveOpenPath("/home/u/lessons", "/tmp/y.py") == "/tmp/y.py");
    CHECK(resolveOpenPath("/home/u/lessons", "/tmp/dir/") == "/tmp/dir");
    CHECK(resolveOpenPath("/home/u", "..") == "/home");
    CHECK(resolveOpenPath("/", "..") == "/");
}
