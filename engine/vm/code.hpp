#pragma once
// Bytecode: opcodes, code objects (one per module / function / lambda / comprehension / class
// body) and the Program that owns them. A code object and its constants are immortal: owned by
// the Program, shared by every process that runs it, never mutated after compilation.
//
// Encoding: one 32-bit word per instruction, opcode in the low 8 bits, operand in the high 24.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/script/source.hpp"
#include "engine/vm/object.hpp"

namespace il::vm {

#define IL_OPCODES(X)                                                                        \
    X(NOP) X(POP_TOP) X(DUP_TOP) X(DUP_TOP_TWO) X(ROT_TWO) X(ROT_THREE) X(ROT_FOUR)           \
    X(LOAD_CONST) X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST)                                   \
    X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF) X(LOAD_CLASSDEREF) X(LOAD_CLOSURE)           \
    X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) \
    X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR) X(LOAD_METHOD) X(CALL_METHOD)                   \
    X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE)                          \
    X(BINARY_OP) X(INPLACE_OP) X(UNARY_NEGATIVE) X(UNARY_POSITIVE) X(UNARY_NOT)               \
    X(UNARY_INVERT) X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP)                                     \
    X(JUMP) X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE) X(JUMP_IF_FALSE_OR_POP)                  \
    X(JUMP_IF_TRUE_OR_POP) X(GET_ITER) X(FOR_ITER)                                            \
    X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) X(BUILD_STRING)                    \
    X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE)          \
    X(DICT_MERGE) X(LIST_TO_TUPLE) X(UNPACK_SEQUENCE) X(UNPACK_EX)                            \
    X(CALL) X(CALL_KW) X(CALL_EX) X(MAKE_FUNCTION) X(RETURN_VALUE)                            \
    X(YIELD_VALUE) X(GET_YIELD_FROM_ITER) X(YIELD_FROM) X(GET_AWAITABLE)                      \
    X(RAISE_VARARGS) X(RERAISE) X(PUSH_EXC_INFO) X(POP_EXCEPT) X(CHECK_EXC_MATCH)             \
    X(BEFORE_WITH) X(WITH_EXCEPT_START) X(LOAD_BUILD_CLASS) X(LOAD_ASSERTION_ERROR)           \
    X(FORMAT_VALUE) X(IMPORT_NAME) X(IMPORT_FROM) X(SETUP_ANNOTATIONS)                        \
    X(LOAD_FAST_LOAD_CONST) X(COMPARE_JUMP_FAST_CONST)

enum class Op : uint8_t {
#define IL_OP_ENUM(name) name,
    IL_OPCODES(IL_OP_ENUM)
#undef IL_OP_ENUM
        Count
};

// opName() returns the opcode's name as `dis` prints it.
[[nodiscard]] const char* opName(Op op);

[[nodiscard]] constexpr uint32_t encode(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
[[nodiscard]] constexpr Op opOf(uint32_t word) { return Op(word & 0xff); }
[[nodiscard]] constexpr uint32_t argOf(uint32_t word) { return word >> 8; }
constexpr uint32_t kMaxArg = (1u << 24) - 1;

// MAKE_FUNCTION flags (stack order below the code: defaults, kwdefaults, closure).
enum MakeFunctionFlags : uint32_t { kMfDefaults = 1, kMfKwDefaults = 2, kMfClosure = 4 };
// FORMAT_VALUE operand: conversion in bits 0-1 (0 none, 1 str, 2 repr, 3 ascii), bit 2 = spec.
enum FormatFlags : uint32_t { kFvConvMask = 3, kFvHasSpec = 4 };
// CALL_EX operand: bit 0 = a kwargs dict is on the stack.

// Code object flags.
enum CodeFlags : uint32_t {
    kCoFunction = 1,       // fast locals (def, lambda, comprehension)
    kCoVarargs = 2,        // *args
    kCoVarkeywords = 4,    // **kwargs
    kCoGenerator = 8,      // contains yield
    kCoCoroutine = 16,     // async def
    kCoClassBody = 32,     // class body (locals dict, LOAD_NAME / LOAD_CLASSDEREF)
    kCoModule = 64,        // module body
};

// One exception-table entry: instructions [start, end) jump to `handler` on an exception, after
// popping the value stack down to `depth` and pushing the exception.
struct ExceptionEntry {
    uint32_t start;
    uint32_t end;
    uint32_t handler;
    uint32_t depth;
};

// Line table entry: instructions from `offset` on belong to source line `line`.
struct LineEntry {
    uint32_t offset;
    uint32_t line;
};

struct CodeObject : Object {
    std::vector<uint32_t> code;
    std::vector<Value> consts;          // immortal constants (str, tuple, nested code...)
    std::vector<StrObject*> names;      // global / attribute / import names
    std::vector<StrObject*> varnames;   // fast locals, parameters first
    std::vector<StrObject*> cellvars;   // locals captured by inner functions
    std::vector<StrObject*> freevars;   // captured from enclosing functions
    std::vector<int32_t> cellParam;     // per cellvar: parameter index it starts from, or -1
    std::vector<ExceptionEntry> exceptionTable;
    std::vector<LineEntry> lines;
    StrObject* name = nullptr;          // f, <lambda>, <listcomp>, <module>, ClassName
    StrObject* qualname = nullptr;      // Outer.f, f.<locals>.g
    script::SourcePtr source;           // file name and text (tracebacks)
    uint32_t flags = 0;
    uint32_t argcount = 0;              // positional parameters
    uint32_t kwonlyargcount = 0;
    uint32_t stacksize = 0;             // maximum value stack depth
    uint32_t firstLine = 0;
    bool simpleArgs = false;            // positional parameters only, no cells, not a generator

    CodeObject() : Object(ObjKind::Code) {}
    // lineFor() returns the source line of the instruction at `offset` (0 if unknown).
    [[nodiscard]] uint32_t lineFor(uint32_t offset) const;
    // nlocals() is the number of fast local slots.
    [[nodiscard]] uint32_t nlocals() const { return uint32_t(varnames.size()); }
    [[nodiscard]] uint32_t ncells() const { return uint32_t(cellvars.size() + freevars.size()); }
    // Total parameters including *args / **kwargs slots.
    [[nodiscard]] uint32_t totalParams() const {
        return argcount + kwonlyargcount + ((flags & kCoVarargs) ? 1 : 0) +
               ((flags & kCoVarkeywords) ? 1 : 0);
    }
};

// A compiled script: its module code object and every immortal object the compiler created.
struct Program {
    script::SourcePtr source;
    CodeObject* module = nullptr;
    std::vector<std::unique_ptr<Object>> owned;  // code objects, constants, interned names
    std::vector<const CodeObject*> codeOrder;    // every code object in source order (dis)
    std::vector<StrObject*> interned;            // names, looked up by Vm::intern
    Program() = default;
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;
    // findInterned() returns the program's interned name for text, or null.
    [[nodiscard]] StrObject* findInterned(std::string_view text) const;
};

}  // namespace il::vm
