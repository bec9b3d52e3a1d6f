#include "app/viewmodel/text_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "engine/script/load.hpp"

namespace il::viewmodel {
namespace {

namespace fs = std::filesystem;

bool fail(std::string* error, const std::string& what) {
    if (error != nullptr) *error = what + ": " + std::strerror(errno);
    return false;
}

// writeAll() writes every byte, retrying short writes and EINTR.
bool writeAll(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

// The folder's entry for the new name is only durable once the folder itself is synced.
void syncDirectory(const fs::path& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;  // best effort: the file's own data is already on disk
    (void)::fsync(fd);
    ::close(fd);
}

}  // namespace

FileStamp stampOf(const std::string& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) return {};
    FileStamp s;
    s.exists = true;
    s.mtimeNs = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    s.size = static_cast<uint64_t>(st.st_size);
    return s;
}

std::optional<std::string> readTextFile(const std::string& path, std::string* error) {
    // A folder would read as empty text (and a save over it fail later), a device such as
    // /dev/zero would never end: refuse both, and a file too large to be a script, up front.
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0) {
        const char* refused = S_ISDIR(st.st_mode) ? " is a folder, not a script"
                              : !S_ISREG(st.st_mode) ? " is not a regular file (a device or a socket)"
                              : uint64_t(st.st_size) > script::kMaxScriptBytes ? " is too large for a script (over 64 MB)"
                                                                              : nullptr;
        if (refused != nullptr) {
            if (error != nullptr) *error = path + refused;
            return std::nullopt;
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        fail(error, "cannot open " + path);
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        fail(error, "cannot read " + path);
        return std::nullopt;
    }
    return std::move(buffer).str();
}

bool writeFileAtomically(const std::string& path, const std::string& text, std::string* error) {
    // Replace what a link points to, not the link (an editor that broke links would surprise).
    fs::path target = fs::path(path);
    struct stat link{};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        std::error_code ec;
        target = fs::weakly_canonical(target, ec);  // a dangling link: create its target
        if (ec) return fail(error, "cannot resolve " + path);
    }
    const fs::path dir = target.parent_path();
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return fail(error, "cannot create a temporary file in " + (dir.empty() ? std::string(".") : dir.string()));
    const std::string tmp(name.data());
    const auto abandon = [&](const std::string& what) {
        const bool ok = fail(error, what);
        ::close(fd);
        ::unlink(tmp.c_str());
        return ok;
    };
    // mkstemp creates 0600; a script that was readable by others stays so.
    struct stat st{};
    const mode_t mode = ::stat(target.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644;
    if (::fchmod(fd, mode) != 0) return abandon("cannot set the permissions of " + tmp);
    if (!writeAll(fd, text)) return abandon("cannot write " + tmp);
    if (::fsync(fd) != 0) return abandon("cannot flush " + tmp);
    if (::close(fd) != 0) {
        fail(error, "cannot close " + tmp);
        ::unlink(tmp.c_str());
        return false;
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        fail(error, "cannot replace " + target.string());
        ::unlink(tmp.c_str());
        return false;
    }
    syncDirectory(dir);
    return true;
}

}  // namespace il::viewmodel
