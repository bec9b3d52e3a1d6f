// Loading a script from disk: the errors a learner sees before any parsing happens.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "engine/script/load.hpp"

namespace fs = std::filesystem;
using il::script::loadSource;
using il::script::loadSourceText;

namespace {

fs::path writeTemp(const std::string& name, const std::string& bytes) {
    fs::path dir = fs::temp_directory_path() / "interleave_test_load";
    fs::create_directories(dir);
    fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

}  // namespace

TEST_CASE("load.a missing file names the OS error") {
    auto r = loadSource("no_such_file_here.py");
    CHECK_FALSE(r.ok());
    CHECK(r.error == "cannot open 'no_such_file_here.py': No such file or directory");
}

TEST_CASE("load.a directory is not a script") {
    fs::path dir = fs::temp_directory_path() / "interleave_test_load_dir";
    fs::create_directories(dir);
    auto r = loadSource(dir.string());
    CHECK(r.error == "'" + dir.string() + "' is a directory");
}

TEST_CASE("load.binary files and invalid UTF-8 are refused with a position") {
    CHECK(loadSourceText("x.bin", std::string("ab\0cd", 5)).error == "'x.bin' is not a text file (it contains NUL bytes)");
    CHECK(loadSourceText("x.py", "a = 1\nb = 2\nc = 'é\xff'\n").error == "'x.py' is not valid UTF-8 (line 3, column 7)");
    CHECK(loadSourceText("x.py", "\xc3\x28").error == "'x.py' is not valid UTF-8 (line 1, column 1)");
}

TEST_CASE("load.a good file keeps its name and loses its byte order mark") {
    fs::path p = writeTemp("good.py", "\xEF\xBB\xBFx = 1\n");
    auto r = loadSource(p.string());
    REQUIRE(r.ok());
    CHECK(r.source->name() == p.string());
    CHECK(r.source->text() == "x = 1\n");
    CHECK(r.source->line(1) == "x = 1");
}
