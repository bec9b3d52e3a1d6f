// Framed messages over a socketpair (see socket_pipe.hpp).

#include "engine/native/socket_pipe.hpp"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace il::native {

namespace {

// waitFds(): poll `fds` in cancel slices until one is ready (their revents set), the deadline
// (unless ignored: for finishing a frame that is already under way), or cancel.
WaitResult waitFds(pollfd* fds, size_t count, const WaitSpec& w, bool ignoreDeadline) {
    for (;;) {
        int timeoutMs = -1;
        Clock::time_point now = Clock::now();
        if (!ignoreDeadline) {
            if (w.deadline <= now) timeoutMs = 0;
            else if (w.deadline != Clock::time_point::max())
                timeoutMs = static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(w.deadline - now).count());
        }
        if (w.cancel) {
            int slice = static_cast<int>(kCancelSlice.count());
            if (timeoutMs < 0 || timeoutMs > slice) timeoutMs = slice;
        }
        int rc = ::poll(fds, count, timeoutMs);
        if (rc > 0) return WaitResult::Ok;
        if (rc < 0 && errno != EINTR) return WaitResult::Error;
        if (w.cancelled()) return WaitResult::Cancelled;
        if (!ignoreDeadline && Clock::now() >= w.deadline) return WaitResult::Timeout;
    }
}

// waitFd(): waitFds() for one descriptor and `events`.
WaitResult waitFd(int fd, short events, const WaitSpec& w, bool ignoreDeadline, short* revents) {
    pollfd p{fd, events, 0};
    WaitResult r = waitFds(&p, 1, w, ignoreDeadline);
    *revents = p.revents;
    return r;
}

PipeStatus fromWait(WaitResult r) {
    return r == WaitResult::Timeout ? PipeStatus::Timeout
         : r == WaitResult::Cancelled ? PipeStatus::Cancelled
                                      : PipeStatus::Error;
}

PipeStatus failWith(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return PipeStatus::Error;
}

}  // namespace

const char* statusName(PipeStatus s) {
    switch (s) {
    case PipeStatus::Ok: return "ok";
    case PipeStatus::Timeout: return "timeout";
    case PipeStatus::Eof: return "eof";
    case PipeStatus::Broken: return "broken pipe";
    case PipeStatus::Cancelled: return "cancelled";
    case PipeStatus::Error: return "error";
    }
    return "?";
}

PipeEnd& PipeEnd::operator=(PipeEnd&& o) noexcept {
    if (this != &o) {
        close();
        m_fd = o.m_fd, m_readable = o.m_readable, m_writable = o.m_writable;
        o.m_fd = -1;
    }
    return *this;
}

bool PipeEnd::hasQueued() const {
    int bytes = 0;
    return m_fd >= 0 && ::ioctl(m_fd, FIONREAD, &bytes) == 0 && bytes > 0;
}

void PipeEnd::close() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

int PipeEnd::release() {
    int fd = m_fd;
    m_fd = -1;
    return fd;
}

PipeStatus PipeEnd::send(std::string_view message, const WaitSpec& w, std::string* error) {
    if (m_fd < 0) return failWith(error, "handle is closed");
    if (!m_writable) return failWith(error, "connection is read-only");
    if (message.size() > kMaxMessage) return failWith(error, "message too long for a pipe");
    uint32_t n = static_cast<uint32_t>(message.size());
    unsigned char header[4] = {static_cast<unsigned char>(n), static_cast<unsigned char>(n >> 8),
                               static_cast<unsigned char>(n >> 16), static_cast<unsigned char>(n >> 24)};
    // Header and payload go out as one buffer sequence so small messages cost one syscall.
    size_t total = 4 + message.size(), sent = 0;
    while (sent < total) {
        short rev = 0;
        WaitResult r = waitFd(m_fd, POLLOUT, w, /*ignoreDeadline=*/sent > 0, &rev);
        if (r != WaitResult::Ok) return fromWait(r);
        iovec iov[2];
        int cnt = 0;
        if (sent < 4) iov[cnt++] = iovec{header + sent, 4 - sent};
        size_t bodyDone = sent < 4 ? 0 : sent - 4;
        if (bodyDone < message.size())
            iov[cnt++] = iovec{const_cast<char*>(message.data()) + bodyDone, message.size() - bodyDone};
        msghdr mh{};
        mh.msg_iov = iov;
        mh.msg_iovlen = static_cast<size_t>(cnt);
        ssize_t k = ::sendmsg(m_fd, &mh, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (k < 0) {
            if (errno == EAGAIN || errno == EINTR) continue;
            if (errno == EPIPE || errno == ECONNRESET) return PipeStatus::Broken;
            return failWith(error, std::string("send: ") + std::strerror(errno));
        }
        sent += static_cast<size_t>(k);
    }
    return PipeStatus::Ok;
}

PipeStatus PipeEnd::recv(std::string& out, const WaitSpec& w, std::string* error) {
    if (m_fd < 0) return failWith(error, "handle is closed");
    if (!m_readable) return failWith(error, "connection is write-only");
    unsigned char header[4];
    size_t got = 0;
    // readSome(): fills buf[got..want) as far as the socket allows; the frame is under way
    // once `started`, and then only cancel may interrupt it.
    auto readSome = [&](char* buf, size_t want, size_t& have, bool started) -> PipeStatus {
        while (have < want) {
            short rev = 0;
            WaitResult r = waitFd(m_fd, POLLIN, w, started || have > 0, &rev);
            if (r != WaitResult::Ok) return fromWait(r);
            ssize_t k = ::recv(m_fd, buf + have, want - have, MSG_DONTWAIT);
            if (k < 0) {
                if (errno == EAGAIN || errno == EINTR) continue;
                if (errno == ECONNRESET) return started || have > 0 ? failWith(error, "truncated message") : PipeStatus::Eof;
                return failWith(error, std::string("recv: ") + std::strerror(errno));
            }
            if (k == 0) return started || have > 0 ? failWith(error, "truncated message") : PipeStatus::Eof;
            have += static_cast<size_t>(k);
        }
        return PipeStatus::Ok;
    };
    PipeStatus s = readSome(reinterpret_cast<char*>(header), 4, got, false);
    if (s != PipeStatus::Ok) return s;
    uint32_t n = uint32_t{header[0]} | uint32_t{header[1]} << 8 | uint32_t{header[2]} << 16 | uint32_t{header[3]} << 24;
    out.resize(n);
    size_t have = 0;
    return readSome(out.data(), n, have, true);
}

PipeStatus PipeEnd::poll(const WaitSpec& w) {
    if (m_fd < 0 || !m_readable) return PipeStatus::Error;
    short rev = 0;
    WaitResult r = waitFd(m_fd, POLLIN, w, false, &rev);
    if (r != WaitResult::Ok) return fromWait(r);
    if (rev & POLLIN) {
        // Readable also means "EOF": peek to tell a message from a closed peer.
        char c;
        ssize_t k = ::recv(m_fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
        return k == 0 ? PipeStatus::Eof : PipeStatus::Ok;
    }
    return (rev & (POLLHUP | POLLERR)) ? PipeStatus::Eof : PipeStatus::Timeout;
}

uint32_t waitReadable(const std::vector<const PipeEnd*>& ends, const WaitSpec& w) {
    std::vector<pollfd> fds;
    fds.reserve(ends.size());
    for (const PipeEnd* e : ends) fds.push_back(pollfd{e->fd(), POLLIN, 0});
    if (waitFds(fds.data(), fds.size(), w, false) != WaitResult::Ok) return 0;
    uint32_t ready = 0;  // poll() reports POLLIN or a hang-up, error or bad descriptor: all end a recv's wait
    for (size_t i = 0; i < fds.size() && i < 32; ++i)
        if (fds[i].revents != 0) ready |= uint32_t{1} << i;
    return ready;
}

bool makePipe(bool duplex, PipeEnd& first, PipeEnd& second, std::string* error) {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        if (error) *error = std::string("socketpair: ") + std::strerror(errno);
        return false;
    }
    if (duplex) {
        first = PipeEnd(fds[0], true, true);
        second = PipeEnd(fds[1], true, true);
    } else {
        // Shut the unused directions so a wrong-way use fails loudly at the OS level too.
        ::shutdown(fds[0], SHUT_WR);
        ::shutdown(fds[1], SHUT_RD);
        first = PipeEnd(fds[0], true, false);
        second = PipeEnd(fds[1], false, true);
    }
    return true;
}

}  // namespace il::native

