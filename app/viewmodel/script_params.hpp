#pragma once
// The Parameters panel's model: top-level constants a scenario marks for experiments,
//     PRODUCERS = 3      # @param 1..8
//     DELAY = 0.5        # @param 0.1..2.0
// become sliders; a new value is written into the script's text (never the file) and run.
// A line counts only when it is a whole top-level assignment of a number literal (found with
// the engine's lexer, so a docstring that shows the syntax is not a parameter) and its range is
// well formed (lo < hi); anything else is ignored, as a comment would be.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace il::viewmodel {

struct ScriptParam {
    std::string name;
    uint32_t line = 0;          // 1-based line of the assignment
    bool isFloat = false;       // a float value or float bounds: a float slider
    double value = 0;           // as written, clamped into [min, max]
    double min = 0, max = 0;
    int decimals = 0;           // digits after the point the slider shows (the most any literal has)
    size_t valueOffset = 0;     // the value literal's bytes in the text (sign included)
    size_t valueLength = 0;
};

// parseParams() returns the parameters of `text`, in line order.
[[nodiscard]] std::vector<ScriptParam> parseParams(std::string_view text);

// clampParam() puts `v` into the parameter's range (rounded to an integer for an int one).
[[nodiscard]] double clampParam(const ScriptParam& p, double v);

// formatParamValue() writes `v` (clamped) as the script's literal: "5", "-2", "0.25".
[[nodiscard]] std::string formatParamValue(const ScriptParam& p, double v);

// substituteParams() returns `text` with the value of each parameter named in `values`
// replaced (clamped). `params` must come from parseParams(text); names not among them are
// ignored. Only the value literals change, so every line keeps its number.
[[nodiscard]] std::string substituteParams(std::string_view text, const std::vector<ScriptParam>& params,
                                           const std::map<std::string, double>& values);

}  // namespace il::viewmodel
