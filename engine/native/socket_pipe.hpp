#pragma once
// multiprocessing.Pipe over a socketpair: AF_UNIX SOCK_STREAM carrying framed messages (a 4-byte
// little-endian length, then the bytes). A stream socket, not a shared ring, because an end's
// lifetime is its file descriptor's: when every process holding the other end has exited or
// closed it, recv sees EOF and send sees a broken pipe, which is what CPython's Connection
// reports and what a ring in shared memory could not notice for a killed child.
//
// Every wait is a poll() in cancel slices (shm_sync.hpp's WaitSpec); all I/O is MSG_DONTWAIT, so
// nothing blocks outside a poll. Once the first byte of a frame has moved, the rest is finished
// regardless of the deadline (a half-sent frame would desynchronise the stream); only cancel
// stops it. One sender and one receiver per end at a time: callers serialise (as with CPython's
// Connection, which is not thread-safe either).

#include <string>
#include <string_view>
#include <vector>

#include "engine/native/shm_sync.hpp"

namespace il::native {

enum class PipeStatus : uint8_t {
    Ok,
    Timeout,    // nothing to read / no room to write by the deadline
    Eof,        // recv: the other end is closed everywhere (EOFError); poll: EOF is pending
    Broken,     // send: the other end is closed everywhere (BrokenPipeError)
    Cancelled,  // the run's cancel flag was set
    Error,      // an OS error, a truncated frame, or an end used the wrong way (message set)
};

[[nodiscard]] const char* statusName(PipeStatus s);

class PipeEnd {
public:
    PipeEnd() = default;
    PipeEnd(int fd, bool readable, bool writable) : m_fd(fd), m_readable(readable), m_writable(writable) {}
    PipeEnd(PipeEnd&& o) noexcept { *this = std::move(o); }
    PipeEnd& operator=(PipeEnd&& o) noexcept;
    PipeEnd(const PipeEnd&) = delete;
    PipeEnd& operator=(const PipeEnd&) = delete;
    ~PipeEnd() { close(); }

    [[nodiscard]] PipeStatus send(std::string_view message, const WaitSpec& w = {}, std::string* error = nullptr);
    [[nodiscard]] PipeStatus recv(std::string& out, const WaitSpec& w = {}, std::string* error = nullptr);
    // poll(): Ok if a recv would not block (a message or EOF is there; EOF reports Eof),
    // Timeout if not by the deadline (WaitSpec::poll() for CPython's poll() without timeout).
    [[nodiscard]] PipeStatus poll(const WaitSpec& w = WaitSpec::poll());
    void close();
    // hasQueued(): bytes sent to this end are waiting to be received (the kernel's count).
    [[nodiscard]] bool hasQueued() const;

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] bool readable() const { return m_readable; }
    [[nodiscard]] bool writable() const { return m_writable; }
    // release() hands the descriptor over without closing it (e.g. after fork, to a child's own
    // PipeEnd); this end is then empty.
    int release();

    static constexpr size_t kMaxMessage = 0xFFFFFFFFu;

private:
    int m_fd = -1;
    bool m_readable = false, m_writable = false;
};

// waitReadable(): waits, by w's deadline, until a recv on one of `ends` would not block (a
// message or EOF is there). The bits of those ends (bit i for ends[i]; at most 32 ends), 0 if
// none by the deadline or on cancel. What subprocess's communicate() needs to read a child's
// stdout and stderr at once, as CPython's does with a selector.
[[nodiscard]] uint32_t waitReadable(const std::vector<const PipeEnd*>& ends, const WaitSpec& w);

// makePipe(): Pipe(duplex=True) gives two ends that both send and receive; duplex=False gives
// (receive-only, send-only) as CPython does. False with `error` set if socketpair fails.
[[nodiscard]] bool makePipe(bool duplex, PipeEnd& first, PipeEnd& second, std::string* error);

}  // namespace il::native
