#pragma once
// How a forked script process talks to its parent in a native run (native_fork.cpp).
//
// An events pipe per child: the child sends what it records (trace events with their texts,
// stdout and stderr text, a verdict it reached) and the parent folds them into its own trace;
// end of file on it means the child has exited (the parent then reaps it). One control pipe per
// run (NativeState::control): the process running the run holds its writing end and never
// writes; every process forked in the run, at any depth, looks at the reading end every 10 ms.
// When the run is torn down, or its process dies however it dies (SIGKILL included), the
// kernel's end of file makes every one of them kill itself: no process outlives the run, while an orphan (its parent
// terminated) lives on until then, as in Python.
//
// An orphan goes on sending what it records, to the process running the run: it connects to
// that process's listening socket (NativeState::adoptAddress) and says hello with its pid. To
// read an orphan's ids there, every process sends up, beside its events, the bases of each
// process it forks (Bases) and, for each task and resource a child of its tells it about, the
// id it gave it (Alias); a process passes those of its children's descendants on, mapped.

#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include "engine/trace/event.hpp"

namespace il::rt {

// What a child sends, each message a header and `length` bytes.
enum class LinkMessage : uint8_t {
    Event,    // a trace::Event, then the text its `aux` names (if any)
    Stdout,   // text the child printed
    Stderr,   // text the child wrote to stderr
    Verdict,  // the child's run ended with a verdict of its own (deadlock, limit): u8, then text
    Stalled,  // u8: 1 when every live thread of the child (and its children) waits for good
    Exited,   // i32: the child's exit code, sent as it calls _exit (the last message)
    // For orphans (below): what the process running the run needs to read one's own ids.
    Bases,    // DescendantIds: the bases of a process the sender (or one below it) forked
    Alias,    // DescendantIds: a task (kind 0) or resource (kind 1) id of that process, and the
              // id the sender gave it
    Hello,    // i32: the pid of an orphan, the first message on its connection to the run
};

// The body of LinkMessage::Bases and LinkMessage::Alias.
struct DescendantIds {
    int32_t pid;      // the process the ids are of
    uint32_t kind;    // Alias: 0 a task, 1 a resource
    uint32_t a;       // Bases: its task base; Alias: the id in that process's own numbering
    uint32_t b;       // Bases: its resource base; Alias: the id the sender gave it
};

// How the ids a remote process sends become this process's: those from the bases up are its
// own, mapped by the tables; those below were its parent's when it was forked (this process's
// own ids, for a child of this process; its parent's, resolved the same way, for a deeper one).
struct RemoteIds {
    trace::TaskId taskBase = 0;
    trace::ResourceId resourceBase = 0;
    std::unordered_map<trace::TaskId, trace::TaskId> tasks;
    std::unordered_map<trace::ResourceId, trace::ResourceId> resources;
};

struct LinkHeader {
    LinkMessage kind;
    uint32_t length;
};

// A link's process before an orphan's hello names it.
inline constexpr uint32_t kUnknownProcess = UINT32_MAX;

// The parent's side of one forked child.
struct ChildLink {
    uint32_t proc = 0;        // the child's SimProcess index
    std::atomic<int> pid{-1};  // -1 once the reader marks it gone, just before it reaps it
    int eventsFd = -1;        // reading end of the events pipe
    // An orphan's connection to the process running the run (not its child: never reaped
    // here); `proc` is known once it said hello.
    bool orphan = false;
    RemoteIds* ids = nullptr;  // its process's, in NativeState::remoteIds (known once it is)
    std::atomic<bool> finished{false};  // reaped (by the reader, or a join): the reader drops the link
    bool exited = false;      // it sent LinkMessage::Exited (set by whoever reads the pipe)
    bool relays = false;      // ... and may still send for its forked children (nativeMayRelay)
    bool stalled = false;     // the child's last LinkMessage::Stalled
    std::string pending;      // bytes read, not yet a whole message; grows only under the runtime lock
    // Whoever reads the pipe holds `reading`: the reader thread, or a script thread joining the
    // child (native_join.cpp), which takes the pipe out of the reader's set meanwhile and marks
    // the link `joinerReads` (under the runtime lock): the reader drops no such link.
    std::mutex reading;
    bool joinerReads = false;
};

// The reader's children that sent LinkMessage::Exited, their pipes closed, not reaped yet: a
// fixed array, as the reader allocates only under the lock.
struct ExitedChildren {
    static constexpr int kCapacity = 32;
    ChildLink* links[kCapacity];
    int count = 0;
};

// bytesOf() is a fixed-size message body (an exit code, a pid, DescendantIds, an Event): the
// value's own bytes, as both ends of a link are the same build on the same machine.
template <class T>
std::string_view bytesOf(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    return {reinterpret_cast<const char*>(&v), sizeof v};
}
// readBody() reads such a body back into `out`; false (and `out` untouched) if its size is not
// exactly the value's.
template <class T>
bool readBody(std::string_view body, T& out) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (body.size() != sizeof out) return false;
    std::memcpy(&out, body.data(), sizeof out);
    return true;
}

// appendMessage() adds one message (its header, then `a` and `b` as its body) to `out`: a child
// sends its events in one write, not one each (each write woke the parent's reader once).
void appendMessage(std::string& out, LinkMessage kind, std::string_view a, std::string_view b = {});
// writeAll() writes `bytes` (retrying short writes and EINTR); false if the pipe is gone.
bool writeAll(int fd, std::string_view bytes);
// writeMessage() writes one whole message; false if the pipe is gone.
bool writeMessage(int fd, LinkMessage kind, std::string_view a, std::string_view b = {});

}  // namespace il::rt
