#pragma once
// Python's float to text conversions: repr()/str() of a float and the engine behind format
// specs and %-formatting (CPython's PyOS_double_to_string, correctly rounded via std::to_chars).

#include <string>

namespace il::text {

// Flags for formatDouble(), same meaning as CPython's Py_DTSF_* flags.
enum DoubleFlags : unsigned {
    kDtsfNone = 0,
    kDtsfSign = 1,      // always write a sign ('+' for non-negative)
    kDtsfAddDot0 = 2,   // "15" becomes "15.0" (repr, and format with no type)
    kDtsfAlt = 4,       // '#': keep trailing zeros / decimal point
    kDtsfNoNeg0 = 8,    // 'z': a result that rounds to zero never has a '-'
};

// reprFloat() returns repr(d) == str(d): the shortest digits that round-trip, fixed notation
// for 1e-4 <= |d| < 1e16, else exponent ('1e-05', '1e+16'); 'inf', '-inf', 'nan', '-0.0'.
[[nodiscard]] std::string reprFloat(double d);

// formatDouble() formats like PyOS_double_to_string(d, type, precision, flags):
// type is one of 'e' 'E' 'f' 'F' 'g' 'G' (precision digits) or 'r' (repr digits, precision 0).
// 'inf'/'nan' come out as 'inf', '-inf', 'nan' (upper case for 'E' 'F' 'G'); never a sign on nan.
[[nodiscard]] std::string formatDouble(double d, char type, int precision, unsigned flags);

// formatG() is C's/Python's '%g' with the given precision (0 means 1): '%.6g' % d.
[[nodiscard]] inline std::string formatG(double d, int precision = 6) {
    return formatDouble(d, 'g', precision, kDtsfNone);
}
// formatFixed() is '%.{precision}f' % d.
[[nodiscard]] inline std::string formatFixed(double d, int precision = 6) {
    return formatDouble(d, 'f', precision, kDtsfNone);
}
// formatExp() is '%.{precision}e' % d.
[[nodiscard]] inline std::string formatExp(double d, int precision = 6) {
    return formatDouble(d, 'e', precision, kDtsfNone);
}

}  // namespace il::text
