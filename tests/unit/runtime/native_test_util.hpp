#pragma once
// What the native tests look at in /proc: this process's open files and threads, and the
// children it has not reaped.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace il::rt::test {

// entriesIn() counts the entries of a /proc directory (/proc/self/fd, /proc/self/task).
inline size_t entriesIn(const char* dir) {
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
}

// zombieChildren() counts the children of this process that have exited and are not reaped
// yet (zombies).
inline size_t zombieChildren() {
    const std::string self = std::to_string(::getpid());
    size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator("/proc")) {
        const std::string name = e.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(e.path() / "stat");
        std::string line;
        if (!std::getline(stat, line)) continue;  // gone meanwhile
        std::istringstream rest(line.substr(line.rfind(')') + 1));  // the name may hold spaces
        std::string state, ppid;
        if (rest >> state >> ppid && state == "Z" && ppid == self) ++n;
    }
    return n;
}

}  // namespace il::rt::test
