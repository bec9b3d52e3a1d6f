#pragma once
// Result<T>: what a text algorithm returns when it can fail the way a Python builtin fails.
// The error carries the Python exception class to raise and CPython's exact message, so the VM
// glue only maps ErrorKind to a class and raises.

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace il::text {

// The Python exception class a text error becomes.
enum class ErrorKind : uint8_t {
    ValueError,     // bad literal, bad format spec, substring not found...
    TypeError,      // wrong argument type detected by the text layer (fill char length...)
    OverflowError,  // result does not fit (64-bit int, %c out of range)
    IndexError,     // format template index out of range
    KeyError,       // format template name missing
};

struct Error {
    ErrorKind kind = ErrorKind::ValueError;
    std::string message;  // exactly what CPython 3.11 puts in the exception
};

[[nodiscard]] inline Error valueError(std::string m) { return {ErrorKind::ValueError, std::move(m)}; }
[[nodiscard]] inline Error typeError(std::string m) { return {ErrorKind::TypeError, std::move(m)}; }
[[nodiscard]] inline Error overflowError(std::string m) { return {ErrorKind::OverflowError, std::move(m)}; }

// Either a value or an Error. Check ok() before value().
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error e) : m_v(std::in_place_index<1>, std::move(e)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() { return std::get<0>(m_v); }
    [[nodiscard]] const T& value() const { return std::get<0>(m_v); }
    [[nodiscard]] T& operator*() { return value(); }
    [[nodiscard]] const T& operator*() const { return value(); }
    [[nodiscard]] T* operator->() { return &value(); }
    [[nodiscard]] const T* operator->() const { return &value(); }
    [[nodiscard]] const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

}  // namespace il::text
