#pragma once
// Helpers for the fork-based tests: run a child function in a forked process and reap it with a
// timeout, so a broken primitive fails the test instead of hanging it.

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <functional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace il::native::test {

// forkChild() runs `body` in a child that exits with its return value (never returning into
// doctest: _exit skips the parent's atexit handlers and stdio buffers).
inline pid_t forkChild(const std::function<int()>& body) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) _exit(body());
    return pid;
}

// reap() waits up to `timeout` for `pid`; on timeout it kills it and returns -1. Otherwise the
// exit status (128 + signal for a child killed by a signal).
inline int reap(pid_t pid, std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    auto end = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (r < 0) return -2;
        if (std::chrono::steady_clock::now() >= end) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

}  // namespace il::native::test
