// sys.stdout / sys.stderr on a plain Vm: each reaches its own output function, and print(file=)
// writes where it is told, as CPython does.

#include <doctest/doctest.h>

#include "tests/unit/vm/vm_test_util.hpp"

using il::vm::test::Session;

namespace {

// runBoth() runs `text` to completion and returns (stdout, stderr).
std::pair<std::string, std::string> runBoth(const std::string& text) {
    Session s(text);
    const il::vm::RunResult r = s.runAll();
    if (r.reason == il::vm::StopReason::Exception) FAIL_CHECK(s.traceback());
    CHECK(r.reason == il::vm::StopReason::Finished);
    return {s.out, s.err};
}

}  // namespace

TEST_CASE("vm.stdio: print(file=sys.stderr) and sys.stderr.write reach the error output, not the output") {
    auto [out, err] = runBoth(
        "import sys\n"
        "print('out 1')\n"
        "print('e', 2, sep='-', file=sys.stderr)\n"
        "n = sys.stderr.write('raw\\n')\n"
        "print('out', n, file=sys.stdout, flush=True)\n"
        "sys.__stderr__.write('same object\\n')\n");
    CHECK(out == "out 1\nout 4\n");
    CHECK(err == "e-2\nraw\nsame object\n");
}

TEST_CASE("vm.stdio: print() follows a replaced sys.stdout, and writes nothing when it is None") {
    auto [out, err] = runBoth(
        "import sys\n"
        "class Tee:\n"
        "    def __init__(self):\n        self.parts = []\n"
        "    def write(self, s):\n        self.parts.append(s)\n"
        "t = Tee()\n"
        "sys.stdout = t\n"
        "print('a', 1)\n"
        "sys.stdout = None\n"
        "print('lost')\n"
        "sys.stdout = sys.__stdout__\n"
        "print(t.parts)\n");
    CHECK(out == "['a', ' ', '1', '\\n']\n");
    CHECK(err.empty());
}
