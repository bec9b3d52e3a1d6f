#pragma once
// How a forked script process talks to its parent in a native run (native_fork.cpp).
//
// Two pipes per child. Events: the child sends what it records (trace events with their
// texts, stdout and stderr text, a verdict it reached) and the parent folds them into its own
// trace; end of file on it means the child has exited (the parent then reaps it). Control: the
// parent holds the writing end and never writes; when the parent dies, however it dies (SIGKILL
// included), the kernel closes it, the child reads end of file and kills itself, and so, in
// turn, do its own children. No process outlives the run.

#include <cstdint>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "engine/trace/event.hpp"

namespace il::rt {

// What a child sends, each message a header and `length` bytes.
enum class LinkMessage : uint8_t {
    Event,    // a trace::Event, then the text its `aux` names (if any)
    Stdout,   // text the child printed
    Stderr,   // text the child wrote to stderr
    Verdict,  // the child's run ended with a verdict of its own (deadlock, limit): u8, then text
};

struct LinkHeader {
    LinkMessage kind;
    uint32_t length;
};

// The parent's side of one forked child.
struct ChildLink {
    uint32_t proc = 0;        // the child's SimProcess index
    int pid = -1;
    int eventsFd = -1;        // reading end of the events pipe
    int controlFd = -1;       // writing end of the control pipe (never written)
    // Ids below these were assigned before the fork, so they mean the same in both processes;
    // the child's later ids are mapped to new ids of the parent's trace.
    trace::TaskId taskBase = 0;
    trace::ResourceId resourceBase = 0;
    std::unordered_map<trace::TaskId, trace::TaskId> tasks;
    std::unordered_map<trace::ResourceId, trace::ResourceId> resources;
    std::thread reader;       // reads the events pipe, then reaps the child
};

// writeMessage() writes one whole message (retrying short writes and EINTR); false if the pipe
// is gone. readExactly() reads `n` bytes; false at end of file or on an error.
bool writeMessage(int fd, LinkMessage kind, std::string_view a, std::string_view b = {});
bool readExactly(int fd, void* into, size_t n);

}  // namespace il::rt
