// @param annotations: which lines become sliders, and how a slider's value is written back.

#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "app/viewmodel/script_params.hpp"

using namespace il::viewmodel;

TEST_CASE("viewmodel.params reads int and float parameters with their ranges") {
    const std::string text =
        "\"\"\"Doc\n"
        "PRODUCERS = 3  # @param 1..8\n"   // shown in a docstring: not a parameter
        "\"\"\"\n"
        "PRODUCERS = 3    # @param 1..8\n"
        "DELAY = 0.5  # @param 0.1..2.0\n"
        "PAUSE = 0.05 #@param 0.0..0.5\n";
    const auto params = parseParams(text);
    REQUIRE(params.size() == 3);
    CHECK(params[0].name == "PRODUCERS");
    CHECK(params[0].line == 4);
    CHECK_FALSE(params[0].isFloat);
    CHECK(params[0].value == 3);
    CHECK(params[0].min == 1);
    CHECK(params[0].max == 8);
    CHECK(text.substr(params[0].valueOffset, params[0].valueLength) == "3");
    CHECK(params[1].isFloat);
    CHECK(params[1].value == doctest::Approx(0.5));
    CHECK(params[1].min == doctest::Approx(0.1));
    CHECK(params[1].max == doctest::Approx(2.0));
    CHECK(params[1].decimals == 1);
    CHECK(params[2].decimals == 2);  // the value's "0.05" needs two
}

TEST_CASE("viewmodel.params accepts negative values and bounds") {
    const std::string text = "OFFSET = -3  # @param -10..-1\nGAIN = -0.5  # @param -1.0..1.0\n";
    const auto params = parseParams(text);
    REQUIRE(params.size() == 2);
    CHECK(params[0].value == -3);
    CHECK(params[0].min == -10);
    CHECK(params[0].max == -1);
    CHECK(text.substr(params[0].valueOffset, params[0].valueLength) == "-3");
    CHECK(params[1].value == doctest::Approx(-0.5));
    CHECK(formatParamValue(params[0], -7) == "-7");
}

TEST_CASE("viewmodel.params ignores bad annotations") {
    const char* bad[] = {
        "X = 3  # @param 8..1\n",          // empty range
        "X = 3  # @param 3..3\n",          // empty range
        "X = 3  # @param 1..\n",           // no upper bound
        "X = 3  # @param a..b\n",          // not numbers
        "X = 3  # @param 1..8 extra\n",    // trailing words
        "X = 3  # @param 0.5..8.5\n",      // int value, float bounds: would turn range(X) into a float
        "X = 3  # param 1..8\n",           // no @
        "    X = 3  # @param 1..8\n",      // not top level
        "X = Y  # @param 1..8\n",          // not a number
        "X = 3 + 1  # @param 1..8\n",      // an expression
        "X = \"3\"  # @param 1..8\n",      // a string
        "# X = 3  # @param 1..8\n",        // a comment
    };
    for (const char* line : bad) {
        CAPTURE(line);
        CHECK(parseParams(line).empty());
    }
    // A float value with integer bounds is fine: the slider is a float one.
    const auto ok = parseParams("X = 0.5  # @param 0..2\n");
    REQUIRE(ok.size() == 1);
    CHECK(ok[0].isFloat);
}

TEST_CASE("viewmodel.params clamps values into the range") {
    const auto params = parseParams("WORKERS = 20  # @param 1..8\nT = 0.5  # @param 0.1..2.0\n");
    REQUIRE(params.size() == 2);
    CHECK(params[0].value == 8);  // written outside its range: the slider starts at the edge
    CHECK(clampParam(params[0], 0) == 1);
    CHECK(clampParam(params[0], 4.6) == 5);  // an int parameter stays an int
    CHECK(formatParamValue(params[1], 5.0) == "2.0");
    CHECK(formatParamValue(params[1], 0.26) == "0.3");
}

TEST_CASE("viewmodel.params substitutes chosen values and keeps every line in place") {
    const std::string text =
        "A = 3    # @param 1..8\n"
        "B = 0.25 # @param 0.0..1.0\n"
        "C = 7    # @param 1..9\n"
        "print(A, B, C)\n";
    const auto params = parseParams(text);
    REQUIRE(params.size() == 3);
    const std::string out = substituteParams(text, params, {{"A", 5}, {"B", 0.5}, {"Z", 1}, {"C", 100}});
    CHECK(out ==
          "A = 5    # @param 1..8\n"
          "B = 0.50 # @param 0.0..1.0\n"
          "C = 9    # @param 1..9\n"
          "print(A, B, C)\n");
    CHECK(substituteParams(text, params, {}) == text);
    // The result parses to the new values (the sliders read them back after a re-run).
    const auto again = parseParams(out);
    REQUIRE(again.size() == 3);
    CHECK(again[0].value == 5);
    CHECK(again[1].value == doctest::Approx(0.5));
}

TEST_CASE("viewmodel.params finds the bundled scenarios' parameters") {
    const auto params = parseParams(
        "from multiprocessing import Process, Queue\n\n"
        "PRODUCERS = 3    # @param 1..8\n"
        "CONSUMERS = 2    # @param 1..8\n"
        "QUEUE_SIZE = 4   # @param 1..16\n\n"
        "def producer(q, number):\n    LOCAL = 1  # @param 1..2\n    pass\n");
    REQUIRE(params.size() == 3);
    CHECK(params[2].name == "QUEUE_SIZE");
    CHECK(params[2].max == 16);
}

TEST_CASE("viewmodel.params turns every annotated constant of the bundled scenarios into a slider") {
    const std::filesystem::path dir = std::filesystem::path(INTERLEAVE_SOURCE_DIR) / "scenarios";
    size_t annotated = 0, found = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".py") continue;
        std::ifstream in(entry.path());
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::istringstream lines(text);
        size_t here = 0;
        for (std::string line; std::getline(lines, line);)
            if (!line.empty() && std::isupper(static_cast<unsigned char>(line[0])) && line.find("# @param") != std::string::npos) ++here;
        const auto params = parseParams(text);
        CAPTURE(entry.path().filename().string());
        CHECK(params.size() == here);
        for (const ScriptParam& p : params) {
            CHECK(p.min <= p.value);
            CHECK(p.value <= p.max);
        }
        annotated += here;
        found += params.size();
    }
    CHECK(annotated >= 10);
    CHECK(found == annotated);
}
