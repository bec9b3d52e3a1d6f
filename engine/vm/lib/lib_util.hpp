#pragma once
// Small helpers shared by the builtin library's files: argument checking with CPython's
// messages, conversions between Values and text, and result plumbing from engine/text.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "engine/text/result.hpp"
#include "engine/vm/object.hpp"
#include "engine/vm/vm.hpp"

namespace il::vm::lib {

// isStr() is true for a str (or str subclass instance stored as a StrObject).
[[nodiscard]] inline bool isStr(Value v) { return isKind(v, ObjKind::Str); }
// sv() views a str Value's UTF-8 text. Precondition: isStr(v).
[[nodiscard]] inline std::string_view sv(Value v) { return as<StrObject>(v)->view(); }

// noKwargs() raises "NAME() takes no keyword arguments" if keywords were passed.
[[nodiscard]] bool noKwargs(CallContext& ctx, ArgView args, const char* name);

// arity() checks min <= positional count <= max (counting self for methods: pass the counts
// of the Python-visible arguments and `self` = 1 for methods). Raises CPython-style
// "NAME expected at most N arguments, got M" / "NAME expected at least ...",
// or "NAME() takes exactly one argument (M given)" when min == max == 1,
// or "NAME() takes no arguments (M given)" when max == 0.
[[nodiscard]] bool arity(CallContext& ctx, ArgView args, const char* name, size_t min, size_t max,
                         size_t self = 1);

// arityOld() is arity() with the older message style of find/count/index/startswith:
// "NAME() takes at least 1 argument (0 given)" / "NAME() takes at most 3 arguments (4 given)".
[[nodiscard]] bool arityOld(CallContext& ctx, ArgView args, const char* name, size_t min, size_t max,
                            size_t self = 1);

// selfIs() checks a method's receiver: "descriptor 'NAME' for 'TYPE' objects doesn't apply to
// a 'X' object".
[[nodiscard]] bool selfIs(CallContext& ctx, ArgView args, ObjKind kind, const char* typeName, const char* name);

// optIndex() converts an optional index argument (None or absent: `def`) with __index__; the
// TypeError says "slice indices must be integers or None or have an __index__ method".
[[nodiscard]] bool optIndex(CallContext& ctx, ArgView args, size_t i, int64_t def, int64_t& out);

// strArg() requires a str argument: "MSG, not TYPE" (e.g. "must be str, not int").
[[nodiscard]] bool strArg(CallContext& ctx, Value v, std::string_view prefix, std::string_view& out);

// Value makers from text results (raise the text error on failure).
Value strResult(CallContext& ctx, const text::Result<std::string>& r);
Value intResult(CallContext& ctx, const text::Result<int64_t>& r);
// strList() builds a list of new strs.
Value strList(CallContext& ctx, const std::vector<std::string>& items);

// classArg() returns args[0] as the class a constructor was called on.
[[nodiscard]] inline ClassObject* calledClass(ArgView args) { return as<ClassObject>(args[0]); }

// kwOrPos() finds an argument given by position `i` or by keyword `name` (nullptr if absent).
[[nodiscard]] const Value* kwOrPos(ArgView args, size_t i, std::string_view name);

// checkKeywords() raises "NAME() got an unexpected keyword argument 'K'" for a keyword not in
// `allowed`.
[[nodiscard]] bool checkKeywords(CallContext& ctx, ArgView args, const char* name,
                                 std::initializer_list<std::string_view> allowed);

// Installers, one per file (called from install.cpp).
void installStrMethods(BuiltinTypes& t);
void installStrCaseMethods(BuiltinTypes& t);
void installListMethods(BuiltinTypes& t);
void installTupleMethods(BuiltinTypes& t);
void installDictMethods(BuiltinTypes& t);
void installSetMethods(BuiltinTypes& t);
void installNumberMethods(BuiltinTypes& t);
void installFormatMethods(BuiltinTypes& t);
void installConstructors(BuiltinTypes& t);
void installBuiltins(BuiltinTypes& t, DictObject* builtins);
void installIterBuiltins(BuiltinTypes& t, DictObject* builtins);
void installNumberBuiltins(BuiltinTypes& t, DictObject* builtins);

// Shared algorithms.
// sortValues() sorts in place like list.sort(key=, reverse=) (stable; key may be None).
[[nodiscard]] bool sortValues(CallContext& ctx, std::vector<Value>& items, Value key, bool reverse);
// dictUpdate() is d.update(*arg, **kwargs) (arg may be null): a dict, an object with keys()
// or an iterable of pairs.
[[nodiscard]] bool dictUpdate(CallContext& ctx, DictObject* d, const Value* arg, ArgView kwargs);
// setElements() appends the elements of a set/frozenset (table order) or any iterable.
[[nodiscard]] bool setElements(CallContext& ctx, Value v, std::vector<Value>& out);
// formatBuiltinValue() is format(v, spec) for int, bool, float and str (false: not one of them).
[[nodiscard]] bool formatBuiltinValue(CallContext& ctx, Value v, std::string_view spec, Value& out);

}  // namespace il::vm::lib
