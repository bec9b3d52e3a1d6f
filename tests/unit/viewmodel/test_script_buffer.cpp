// The buffer both code panels share: unsaved edits, changes made on disk by another program,
// saving, and the text a re-run gets.

#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "app/viewmodel/script_buffer.hpp"

using namespace il::viewmodel;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path dir;
    Scratch() {
        std::string tmpl = (fs::temp_directory_path() / "interleave-buf-XXXXXX").string();
        dir = ::mkdtemp(tmpl.data());
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string file(const char* name, const std::string& text) const {
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    }
};

}  // namespace

TEST_CASE("viewmodel.buffer tracks unsaved edits and saves them") {
    Scratch s;
    const std::string path = s.file("a.py", "X = 1  # @param 0..9\nprint(X)\n");
    ScriptBuffer buf;
    REQUIRE(buf.open(path));
    CHECK_FALSE(buf.dirty());
    CHECK(buf.runsAsFile());
    CHECK(buf.lines().size() == 2);
    buf.text() += "print(2)\n";
    buf.edited();
    CHECK(buf.dirty());
    CHECK(buf.lines().size() == 3);  // the colouring follows the edit
    CHECK_FALSE(buf.runsAsFile());
    const std::string copy = (s.dir / "user" / "a.py").string();
    REQUIRE(buf.saveAs(copy));        // creates the folder
    CHECK(buf.path() == copy);
    CHECK_FALSE(buf.dirty());
    std::ifstream in(path);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "X = 1  # @param 0..9\nprint(X)\n");
    CHECK_FALSE(buf.pollDisk(100.0));  // its own save is not "changed on disk"
}

TEST_CASE("viewmodel.buffer runs chosen parameter values without changing the text") {
    Scratch s;
    ScriptBuffer buf;
    REQUIRE(buf.open(s.file("p.py", "N = 3  # @param 1..8\n")));
    REQUIRE(buf.params().size() == 1);
    buf.paramValues()["N"] = 6;
    CHECK(buf.runText() == "N = 6  # @param 1..8\n");
    CHECK_FALSE(buf.runsAsFile());
    CHECK_FALSE(buf.dirty());         // the file and the editor keep 3
    buf.paramValues()["N"] = 3;
    CHECK(buf.runsAsFile());
    REQUIRE(buf.open(buf.path()));
    CHECK(buf.paramValues().empty());  // opening again starts from the file's values
}

TEST_CASE("viewmodel.buffer notices a change on disk, once a second, and lets the learner choose") {
    Scratch s;
    const std::string path = s.file("d.py", "a = 1\n");
    ScriptBuffer buf;
    REQUIRE(buf.open(path));
    CHECK_FALSE(buf.pollDisk(10.0));
    buf.text() = "a = 2  # mine\n";
    buf.edited();
    std::ofstream(path, std::ios::binary) << "a = 3  # theirs, longer\n";
    CHECK_FALSE(buf.pollDisk(10.5));  // polled less than a second ago
    CHECK(buf.pollDisk(11.0));
    CHECK(buf.changedOnDisk());
    CHECK(buf.text() == "a = 2  # mine\n");  // nothing replaced without asking

    buf.keepMine();
    CHECK_FALSE(buf.changedOnDisk());
    CHECK(buf.dirty());                // still differs from what is on disk now
    CHECK_FALSE(buf.pollDisk(20.0));   // the same disk version is not offered again

    std::ofstream(path, std::ios::binary) << "a = 4  # theirs again, longer still\n";
    CHECK(buf.pollDisk(30.0));
    REQUIRE(buf.reload());
    CHECK(buf.text() == "a = 4  # theirs again, longer still\n");
    CHECK_FALSE(buf.dirty());
    CHECK_FALSE(buf.changedOnDisk());
}

TEST_CASE("viewmodel.buffer treats a rewrite with the same bytes as no change") {
    Scratch s;
    const std::string path = s.file("t.py", "same\n");
    ScriptBuffer buf;
    REQUIRE(buf.open(path));
    fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(5));
    CHECK_FALSE(buf.pollDisk(1.0));
    fs::remove(path);
    CHECK(buf.pollDisk(2.0));  // a removed file is a change worth saying
    std::string error;
    CHECK_FALSE(buf.reload(&error));
    CHECK(buf.text() == "same\n");
}

TEST_CASE("viewmodel.buffer keeps unsaved edits when the file is deleted, and a save brings it back") {
    Scratch s;
    const std::string path = s.file("gone.py", "a = 1\n");
    ScriptBuffer buf;
    REQUIRE(buf.open(path));
    buf.text() = "a = 2  # mine\n";
    buf.edited();
    fs::remove(path);
    CHECK(buf.pollDisk(5.0));  // the panel asks: reload or keep mine
    std::string error;
    CHECK_FALSE(buf.reload(&error));  // nothing to reload: the edits stay
    CHECK(error.find("No such file or directory") != std::string::npos);
    CHECK(buf.text() == "a = 2  # mine\n");
    CHECK(buf.dirty());
    buf.keepMine();
    CHECK_FALSE(buf.changedOnDisk());
    CHECK(buf.dirty());  // differs from the (absent) file: a save is still owed
    REQUIRE(buf.saveAs(buf.path()));
    std::ifstream in(path);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "a = 2  # mine\n");
    CHECK_FALSE(buf.dirty());
    CHECK_FALSE(buf.pollDisk(10.0));
}

TEST_CASE("viewmodel.buffer: a file replaced by a folder or binary bytes on disk never costs the edits") {
    Scratch s;
    const std::string path = s.file("swap.py", "b = 1\n");
    ScriptBuffer buf;
    REQUIRE(buf.open(path));
    buf.text() = "b = 2\n";
    buf.edited();
    fs::remove(path);
    fs::create_directory(path);
    CHECK(buf.pollDisk(5.0));
    std::string error;
    CHECK_FALSE(buf.reload(&error));
    CHECK(error == path + " is a folder, not a script");
    CHECK(buf.text() == "b = 2\n");
    std::string saveError;
    CHECK_FALSE(buf.saveAs(path, &saveError));  // cannot replace a folder: says so, keeps the text
    CHECK_FALSE(saveError.empty());
    CHECK(buf.dirty());
    fs::remove(path);
    { std::ofstream(path, std::ios::binary) << std::string("\x7f" "ELF\0\0", 6); }
    buf.keepMine();
    CHECK(buf.pollDisk(20.0) == false);  // kept: the binary version is what was declined
    CHECK(buf.text() == "b = 2\n");
}
