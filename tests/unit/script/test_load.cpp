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
    CHECK(loadSourceText("x.bin", std::string("ab\0cd", 5)).error ==
          "'x.bin' is not a text file (it contains NUL bytes, the first at line 1, column 3)");
    CHECK(loadSourceText("x.pyc", std::string("a\nbé\0\0", 6)).error ==
          "'x.pyc' is not a text file (it contains NUL bytes, the first at line 2, column 3)");
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

TEST_CASE("load.a device is refused, not read forever") {
    CHECK(loadSource("/dev/zero").error == "'/dev/zero' is not a regular file (a device or a socket); give a script file");
    CHECK(loadSource("/dev/null").error == "'/dev/null' is not a regular file (a device or a socket); give a script file");
}

TEST_CASE("load.a script over the size limit is refused before it is read or lexed") {
    const fs::path p = fs::temp_directory_path() / "interleave_test_load_big.py";
    fs::remove(p);
    { std::ofstream(p, std::ios::binary) << "x = 1\n"; }
    fs::resize_file(p, il::script::kMaxScriptBytes + 1);  // sparse: no disk written
    CHECK(loadSource(p.string()).error ==
          "'" + p.string() + "' is 64 MB: too large for a script (the limit is 64 MB)");
    fs::remove(p);
    CHECK(loadSourceText("big.py", std::string(il::script::kMaxScriptBytes + (1u << 20), ' ')).error ==
          "'big.py' is 65 MB: too large for a script (the limit is 64 MB)");
    CHECK(loadSourceText("ok.py", std::string(1u << 20, '\n')).ok());
}
