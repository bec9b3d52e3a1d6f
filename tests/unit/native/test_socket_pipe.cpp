// mp.Pipe over a socketpair: framed messages across fork, poll, EOF and broken pipe.

#include <doctest/doctest.h>

#include <string>

#include "engine/native/socket_pipe.hpp"
#include "tests/unit/native/fork_util.hpp"

using namespace il::native;
using il::native::test::forkChild;
using il::native::test::reap;
using namespace std::chrono_literals;

TEST_CASE("socket_pipe: duplex ping-pong with a child, a 1 MiB message, then EOF on exit") {
    PipeEnd parent, child;
    std::string err;
    REQUIRE_MESSAGE(makePipe(true, parent, child, &err), err);
    pid_t kid = forkChild([&] {
        parent.close();
        std::string m;
        for (int i = 0; i < 100; ++i) {
            if (child.recv(m, WaitSpec::within(5s)) != PipeStatus::Ok) return 1;
            if (child.send(m + "!", WaitSpec::within(5s)) != PipeStatus::Ok) return 2;
        }
        if (child.recv(m, WaitSpec::within(5s)) != PipeStatus::Ok || m.size() != (1u << 20)) return 3;
        return child.send(std::string(1u << 20, 'y'), WaitSpec::within(5s)) == PipeStatus::Ok ? 0 : 4;
    });
    child.close();
    std::string m;
    for (int i = 0; i < 100; ++i) {
        REQUIRE(parent.send(std::to_string(i), WaitSpec::within(5s)) == PipeStatus::Ok);
        REQUIRE(parent.recv(m, WaitSpec::within(5s)) == PipeStatus::Ok);
        CHECK(m == std::to_string(i) + "!");
    }
    // Larger than the socket buffer: both sides must interleave partial writes and reads.
    CHECK(parent.send(std::string(1u << 20, 'x'), WaitSpec::within(5s)) == PipeStatus::Ok);
    CHECK(parent.recv(m, WaitSpec::within(5s)) == PipeStatus::Ok);
    CHECK(m == std::string(1u << 20, 'y'));
    CHECK(reap(kid) == 0);
    CHECK(parent.poll(WaitSpec::within(1s)) == PipeStatus::Eof);
    CHECK(parent.recv(m, WaitSpec::within(1s)) == PipeStatus::Eof);
    CHECK(parent.send("anyone?") == PipeStatus::Broken);
}

TEST_CASE("socket_pipe: poll times out until a message arrives; empty messages frame correctly") {
    PipeEnd a, b;
    REQUIRE(makePipe(true, a, b, nullptr));
    CHECK(b.poll() == PipeStatus::Timeout);
    auto start = Clock::now();
    CHECK(b.poll(WaitSpec::within(30ms)) == PipeStatus::Timeout);
    CHECK(Clock::now() - start >= 30ms);
    CHECK(a.send("") == PipeStatus::Ok);
    CHECK(a.send("next") == PipeStatus::Ok);
    CHECK(b.poll() == PipeStatus::Ok);
    std::string m = "junk";
    CHECK(b.recv(m) == PipeStatus::Ok);
    CHECK(m.empty());
    CHECK(b.recv(m) == PipeStatus::Ok);
    CHECK(m == "next");
    CHECK(b.recv(m, WaitSpec::within(20ms)) == PipeStatus::Timeout);
}

TEST_CASE("socket_pipe: a one-way pipe refuses the wrong direction; cancel frees a blocked recv") {
    PipeEnd r, w;
    std::string err;
    REQUIRE(makePipe(false, r, w, &err));
    CHECK(r.readable());
    CHECK_FALSE(r.writable());
    CHECK(r.send("x", {}, &err) == PipeStatus::Error);
    CHECK(err == "connection is read-only");
    std::string junk;
    CHECK(w.recv(junk, {}, &err) == PipeStatus::Error);
    CHECK(err == "connection is write-only");
    CHECK(w.send("hello") == PipeStatus::Ok);
    std::string m;
    CHECK(r.recv(m) == PipeStatus::Ok);
    CHECK(m == "hello");

    std::atomic<uint32_t> cancel{0};
    std::thread t([&] {
        std::this_thread::sleep_for(30ms);
        cancel.store(1);
    });
    CHECK(r.recv(m, WaitSpec{Clock::time_point::max(), &cancel}) == PipeStatus::Cancelled);
    t.join();
    PipeEnd moved = std::move(r);
    CHECK_FALSE(r.isOpen());
    CHECK(moved.isOpen());
}
