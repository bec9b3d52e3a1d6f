// `interleave dis`: a listing in the layout of Python's dis module.

#include <cstdio>
#include <set>

#include "engine/script/compiler/compiler.hpp"
#include "engine/text/float_repr.hpp"
#include "engine/vm/ops.hpp"

namespace il::compiler {

using namespace il::vm;

namespace {

std::string codeTitle(const CodeObject& c) {
    return "<code object " + c.name->data + " at line " + std::to_string(c.firstLine) + ">";
}

std::string constRepr(Value v) {
    switch (v.tag()) {
    case Tag::None: return "None";
    case Tag::Bool: return v.asBool() ? "True" : "False";
    case Tag::Int: return std::to_string(v.asInt());
    case Tag::Float: return text::reprFloat(v.asFloat());
    case Tag::Obj: {
        Object* o = v.asObj();
        if (o->kind == ObjKind::Str) {
            std::string out;
            reprStr(static_cast<StrObject*>(o)->data, out);
            return out;
        }
        if (o->kind == ObjKind::Tuple) {
            auto* t = static_cast<TupleObject*>(o);
            std::string out = "(";
            for (size_t i = 0; i < t->items.size(); ++i) {
                if (i) out += ", ";
                out += constRepr(t->items[i]);
            }
            if (t->items.size() == 1) out += ",";
            return out + ")";
        }
        if (o->kind == ObjKind::Code) return codeTitle(*static_cast<CodeObject*>(o));
        if (o->cls && o->cls->name && o->cls->name->data == "ellipsis") return "Ellipsis";
        return "<object>";
    }
    default: return "?";
    }
}

const char* kBinOps[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@"};
const char* kCmpOps[] = {"<", "<=", "==", "!=", ">", ">="};

std::string cellName(const CodeObject& c, uint32_t i) {
    if (i < c.cellvars.size()) return c.cellvars[i]->data;
    i -= uint32_t(c.cellvars.size());
    return i < c.freevars.size() ? c.freevars[i]->data : "?";
}

bool hasArg(Op op) {
    switch (op) {
    case Op::NOP: case Op::POP_TOP: case Op::DUP_TOP: case Op::DUP_TOP_TWO: case Op::ROT_TWO:
    case Op::ROT_THREE: case Op::ROT_FOUR: case Op::BINARY_SUBSCR: case Op::STORE_SUBSCR:
    case Op::DELETE_SUBSCR: case Op::UNARY_NEGATIVE: case Op::UNARY_POSITIVE: case Op::UNARY_NOT:
    case Op::UNARY_INVERT: case Op::GET_ITER: case Op::LIST_TO_TUPLE: case Op::RETURN_VALUE:
    case Op::YIELD_VALUE: case Op::GET_YIELD_FROM_ITER: case Op::YIELD_FROM: case Op::GET_AWAITABLE:
    case Op::RERAISE: case Op::PUSH_EXC_INFO: case Op::POP_EXCEPT: case Op::CHECK_EXC_MATCH:
    case Op::BEFORE_WITH: case Op::WITH_EXCEPT_START: case Op::LOAD_BUILD_CLASS:
    case Op::LOAD_ASSERTION_ERROR: case Op::SETUP_ANNOTATIONS:
        return false;
    default: return true;
    }
}

bool isJump(Op op) {
    return op == Op::JUMP || op == Op::POP_JUMP_IF_FALSE || op == Op::POP_JUMP_IF_TRUE ||
           op == Op::JUMP_IF_FALSE_OR_POP || op == Op::JUMP_IF_TRUE_OR_POP || op == Op::FOR_ITER;
}

std::string argRepr(const CodeObject& c, Op op, uint32_t arg) {
    switch (op) {
    case Op::LOAD_CONST: return arg < c.consts.size() ? constRepr(c.consts[arg]) : "?";
    case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST:
        return arg < c.varnames.size() ? c.varnames[arg]->data : "?";
    case Op::LOAD_DEREF: case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLASSDEREF:
    case Op::LOAD_CLOSURE:
        return cellName(c, arg);
    case Op::LOAD_GLOBAL: case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_NAME:
    case Op::STORE_NAME: case Op::DELETE_NAME: case Op::LOAD_ATTR: case Op::STORE_ATTR:
    case Op::DELETE_ATTR: case Op::LOAD_METHOD: case Op::IMPORT_NAME: case Op::IMPORT_FROM:
        return arg < c.names.size() ? c.names[arg]->data : "?";
    case Op::BINARY_OP: return arg < 13 ? kBinOps[arg] : "?";
    case Op::INPLACE_OP: return arg < 13 ? std::string(kBinOps[arg]) + "=" : "?";
    case Op::COMPARE_OP: return arg < 6 ? kCmpOps[arg] : "?";
    case Op::IS_OP: return arg ? "is not" : "is";
    case Op::CONTAINS_OP: return arg ? "not in" : "in";
    case Op::FORMAT_VALUE: {
        static const char* conv[] = {"", "str", "repr", "ascii"};
        std::string r = conv[arg & kFvConvMask];
        if (arg & kFvHasSpec) r += r.empty() ? "with format" : ", with format";
        return r;
    }
    default:
        if (isJump(op)) return "to " + std::to_string(arg);
        return "";
    }
}

}  // namespace

std::string disassembleCode(const CodeObject& c) {
    std::set<uint32_t> targets;
    for (uint32_t w : c.code)
        if (isJump(opOf(w))) targets.insert(argOf(w));
    for (auto& e : c.exceptionTable) targets.insert(e.handler);
    std::string out;
    uint32_t lastLine = 0;
    for (uint32_t i = 0; i < c.code.size(); ++i) {
        uint32_t w = c.code[i];
        Op op = opOf(w);
        uint32_t line = c.lineFor(i);
        char buf[64];
        std::string row;
        if (line != lastLine) {
            if (i != 0) out += "\n";
            std::snprintf(buf, sizeof buf, "%3u", line);
            row += buf;
            lastLine = line;
        } else {
            row += "   ";
        }
        row += "     ";
        row += targets.count(i) ? ">>" : "  ";
        std::snprintf(buf, sizeof buf, " %4u ", i);
        row += buf;
        std::string name = opName(op);
        if (hasArg(op)) {
            name.resize(20, ' ');
            row += name;
            std::snprintf(buf, sizeof buf, " %5u", argOf(w));
            row += buf;
            std::string ar = argRepr(c, op, argOf(w));
            if (!ar.empty()) row += " (" + ar + ")";
        } else {
            row += name;
        }
        out += row + "\n";
    }
    if (!c.exceptionTable.empty()) {
        out += "ExceptionTable:\n";
        for (auto& e : c.exceptionTable)
            out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " +
                   std::to_string(e.handler) + " [" + std::to_string(e.depth) + "]\n";
    }
    return out;
}

std::string disassemble(const Program& program) {
    std::string out;
    bool first = true;
    for (const CodeObject* c : program.codeOrder) {
        if (!first) out += "\n";
        first = false;
        out += "Disassembly of " + codeTitle(*c) + ":\n";
        out += disassembleCode(*c);
    }
    return out;
}

}  // namespace il::compiler
