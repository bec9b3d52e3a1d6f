#pragma once
// The abstract syntax tree of a scenario script: the contract between the parser (which builds
// it) and the compiler (which walks it). Shapes follow CPython's `ast` module so that anyone
// who knows one knows the other. Every node keeps its source span.
//
// [SECTION] Spans and ownership
// [SECTION] Expressions
// [SECTION] Statements
// [SECTION] Module

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace il::ast {

// ---------------------------------------------------------------------------------------------
// [SECTION] Spans and ownership
// ---------------------------------------------------------------------------------------------

// A source range. Lines and columns are 1-based; columns count Unicode code points, like the
// column a person sees in an editor. `endCol` is one past the last character.
struct Span {
    uint32_t line = 0;
    uint32_t col = 0;
    uint32_t endLine = 0;
    uint32_t endCol = 0;
};

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

// ---------------------------------------------------------------------------------------------
// [SECTION] Expressions
// ---------------------------------------------------------------------------------------------

enum class ExprKind : uint8_t {
    Constant,      // None, True, False, int, float, str literal (adjacent strings already joined)
    JoinedStr,     // f-string: parts are Constant(str) and FormattedValue
    FormattedValue,// {value!conv:spec} inside an f-string
    Name,          // identifier load/store/del (context decided by the compiler from position)
    Attribute,     // value.attr
    Subscript,     // value[index]; index may be a Slice or a Tuple of them
    Slice,         // lower:upper:step, each optional
    Starred,       // *value in a call, a display, or an assignment target
    Call,          // func(args..., keywords...)
    BinOp,         // left op right
    UnaryOp,       // op operand
    BoolOp,        // a and b and c / a or b (values has >= 2 entries)
    Compare,       // left op0 c0 op1 c1 ... (chained)
    IfExp,         // body if test else orelse
    Lambda,        // lambda args: body
    List,          // [a, b]
    Tuple,         // (a, b) or a, b
    Dict,          // {k: v, **m}: a null key means `**value`
    Set,           // {a, b}
    ListComp,      // [elt for ...]
    SetComp,       // {elt for ...}
    DictComp,      // {key: value for ...}
    GeneratorExp,  // (elt for ...)
    Yield,         // yield [value]
    YieldFrom,     // yield from value
    Await,         // await value
};

enum class BinOpKind : uint8_t {
    Add, Sub, Mult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, MatMult,
};
enum class UnaryOpKind : uint8_t { Not, USub, UAdd, Invert };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum class ConstantKind : uint8_t { None, True, False, Int, Float, Str, Ellipsis };

// Parameters of a def or lambda.
struct Arg {
    std::string name;
    Span span;
};
struct Arguments {
    std::vector<Arg> args;           // positional-or-keyword, in order
    ExprList defaults;               // defaults for the LAST defaults.size() of `args`
    std::optional<Arg> vararg;       // *args
    std::vector<Arg> kwonlyargs;     // after * or *args
    std::vector<ExprPtr> kwDefaults; // same length as kwonlyargs; null = required
    std::optional<Arg> kwarg;        // **kwargs
};

// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    ExprList ifs;
    bool isAsync = false;
};

// One keyword argument in a call; an empty `name` means `**value`.
struct Keyword {
    std::string name;
    ExprPtr value;
    Span span;
};

struct Expr {
    ExprKind kind;
    Span span;

    // Constant
    ConstantKind constKind = ConstantKind::None;
    int64_t intValue = 0;
    double floatValue = 0.0;
    std::string strValue;  // Constant(str) text (UTF-8, escapes decoded); Name id; Attribute attr

    // Operators
    BinOpKind binOp = BinOpKind::Add;
    UnaryOpKind unaryOp = UnaryOpKind::Not;
    BoolOpKind boolOp = BoolOpKind::And;
    std::vector<CmpOpKind> cmpOps;  // Compare: one per comparator

    // FormattedValue: conversion is 0, 's', 'r' or 'a'; formatSpec is a JoinedStr or null.
    char conversion = 0;
    ExprPtr formatSpec;

    // Generic children. Which are used depends on `kind`:
    //   Attribute: value (strValue = attr)      Subscript: value, index
    //   Slice: lower, upper, step (each may be null)
    //   Starred / Await / Yield / YieldFrom / FormattedValue: value (Yield's may be null)
    //   Call: func (in `value`), elts = positional args (Starred for *x), keywords
    //   BinOp: left, right     UnaryOp: operand (in `value`)     Compare: left, elts = comparators
    //   BoolOp / List / Tuple / Set / JoinedStr: elts
    //   IfExp: test, body (in `value`), orelse
    //   Lambda: arguments, body (in `value`)
    //   Dict: keys (null entry = **), values (in `elts`)
    //   ListComp / SetComp / GeneratorExp: value = element, generators
    //   DictComp: key (in `left`), value, generators
    ExprPtr value;
    ExprPtr left;
    ExprPtr right;
    ExprPtr index;
    ExprPtr lower, upper, step;
    ExprPtr test, orelse;
    ExprList elts;
    ExprList keys;
    std::vector<Keyword> keywords;
    std::vector<Comprehension> generators;
    std::unique_ptr<Arguments> arguments;

    explicit Expr(ExprKind k, Span s) : kind(k), span(s) {}
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Statements
// ---------------------------------------------------------------------------------------------

enum class StmtKind : uint8_t {
    Expr,         // value
    Assign,       // targets (a = b = value): each target may be a Tuple/List/Starred pattern
    AugAssign,    // target op= value
    AnnAssign,    // target: annotation [= value]
    Delete,       // del targets
    Pass,
    Break,
    Continue,
    Return,       // return [value]
    Global,       // names
    Nonlocal,     // names
    Assert,       // assert test[, msg]
    Raise,        // raise [exc [from cause]]
    If,           // test, body, orelse
    While,        // test, body, orelse
    For,          // target in iter: body, orelse (isAsync for `async for`)
    With,         // withItems: body (isAsync for `async with`)
    Try,          // body, handlers, orelse, finalbody
    FunctionDef,  // name, arguments, body, decorators (isAsync for `async def`)
    ClassDef,     // name, bases, classKeywords, body, decorators
    Import,       // aliases: `import a.b as c`
    ImportFrom,   // module, aliases, level
};

// `name as asname` in an import; `asname` empty when absent.
struct Alias {
    std::string name;
    std::string asname;
    Span span;
};

// One `except Type as name:` clause; `type` null for a bare `except:`.
struct ExceptHandler {
    ExprPtr type;
    std::string name;
    StmtList body;
    Span span;
};

// One `expr as target` of a with statement; `target` may be null.
struct WithItem {
    ExprPtr contextExpr;
    ExprPtr target;
};

struct Stmt {
    StmtKind kind;
    Span span;

    ExprPtr value;           // Expr, Assign, AugAssign, AnnAssign, Return, Raise(exc)
    ExprPtr target;          // AugAssign, AnnAssign, For
    ExprPtr annotation;      // AnnAssign
    ExprList targets;        // Assign (one per `=`), Delete
    BinOpKind op = BinOpKind::Add;  // AugAssign
    ExprPtr test;            // If, While, Assert
    ExprPtr msg;             // Assert
    ExprPtr cause;           // Raise ... from cause
    ExprPtr iter;            // For
    StmtList body;
    StmtList orelse;
    StmtList finalbody;      // Try
    std::vector<ExceptHandler> handlers;  // Try
    std::vector<WithItem> withItems;      // With

    std::string name;        // FunctionDef, ClassDef
    std::unique_ptr<Arguments> arguments;  // FunctionDef
    ExprList decorators;     // FunctionDef, ClassDef
    ExprList bases;          // ClassDef
    std::vector<Keyword> classKeywords;    // ClassDef (e.g. metaclass=...)
    ExprPtr returns;         // FunctionDef return annotation (ignored by the compiler)

    std::vector<std::string> names;  // Global, Nonlocal
    std::vector<Alias> aliases;      // Import, ImportFrom
    std::string module;              // ImportFrom (may be empty with level > 0)
    int level = 0;                   // ImportFrom: number of leading dots
    bool isAsync = false;            // For, With, FunctionDef

    explicit Stmt(StmtKind k, Span s) : kind(k), span(s) {}
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Module
// ---------------------------------------------------------------------------------------------

// A parsed file. `docstring` is the module docstring if the first statement is a string
// literal (the Lesson panel shows it); the statement itself stays in `body`.
struct Module {
    std::string fileName;
    StmtList body;
    std::optional<std::string> docstring;
};

}  // namespace il::ast
