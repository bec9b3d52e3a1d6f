// The compiler driver: code units, labels, constants, exception regions and the final assembly
// of a code object (jump targets, exception table, stack size).

#include <algorithm>
#include <cstring>

#include "engine/script/compiler/codegen.hpp"
#include "engine/text/utf8.hpp"
#include "engine/vm/builtin_types.hpp"

namespace il::compiler {

using namespace il::vm;



Codegen::Codegen(Program& program, const SymbolTable& symbols, script::SourcePtr source)
    : m_prog(program), m_symbols(symbols), m_source(std::move(source)) {}

StrObject* Codegen::intern(const std::string& s) {
    auto it = m_interned.find(s);
    if (it != m_interned.end()) return it->second;
    StrObject* r = findImmortalName(s);
    if (!r) {
        auto* o = new StrObject();
        o->cls = builtinTypes().strType;
        o->immortal = true;
        o->data = s;
        o->length = text::codePointCount(s);
        o->ascii = text::isAscii(s);
        (void)o->strHash();
        m_prog.owned.emplace_back(o);
        m_prog.interned.push_back(o);
        r = o;
    }
    m_interned[s] = r;
    return r;
}

CodeObject* Codegen::newUnit(Scope* scope, const std::string& name, const std::string& qualname,
                             uint32_t firstLine) {
    auto unit = std::make_unique<Unit>();
    auto* code = new CodeObject();
    code->cls = builtinTypes().codeType;
    code->immortal = true;
    m_prog.owned.emplace_back(code);
    m_prog.codeOrder.push_back(code);
    code->name = intern(name);
    code->qualname = intern(qualname);
    code->source = m_source;
    code->firstLine = firstLine;
    unit->scope = scope;
    unit->code = code;
    unit->line = firstLine;
    if (scope->isFunctionLike()) {
        code->flags |= kCoFunction;
        for (auto& n : scope->varnames.names()) code->varnames.push_back(intern(n));
    } else if (scope->kind == ScopeKind::Class) {
        code->flags |= kCoClassBody;
    } else {
        code->flags |= kCoModule;
    }
    if (scope->isGenerator) code->flags |= kCoGenerator;
    for (auto& n : scope->cellvars.names()) {
        code->cellvars.push_back(intern(n));
        code->cellParam.push_back(scope->isFunctionLike() ? scope->params.indexOf(n) : -1);
    }
    for (auto& n : scope->freevars.names()) code->freevars.push_back(intern(n));
    m_units.push_back(std::move(unit));
    u = m_units.back().get();
    return code;
}

Label Codegen::newLabel() {
    u->labelOffsets.push_back(-1);
    u->labelDepths.push_back(-1);
    return Label{int(u->labelOffsets.size() - 1)};
}

void Codegen::bind(Label l) {
    u->labelOffsets[size_t(l.id)] = int(here());
    int d = u->labelDepths[size_t(l.id)];
    if (u->unreachable && d >= 0) u->depth = d;
    else if (d < 0) u->labelDepths[size_t(l.id)] = u->depth;
    u->unreachable = false;
}

void Codegen::emit(Op op, uint32_t arg) {
    if (u->unreachable) return;  // dead code after return / raise / jump (no label bound yet)
    CodeObject* c = u->code;
    if (c->lines.empty() || c->lines.back().line != u->line) {
        if (!c->lines.empty() && c->lines.back().offset == here()) c->lines.back().line = u->line;
        else c->lines.push_back(LineEntry{here(), u->line});
    }
    c->code.push_back(encode(op, arg));
    u->depth += stackEffect(op, arg, false);
    if (u->depth > u->maxDepth) u->maxDepth = u->depth;
    if (op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS || op == Op::JUMP)
        u->unreachable = true;
}

void Codegen::emitJump(Op op, Label l) {
    if (u->unreachable) return;
    int before = u->depth;
    u->jumps.emplace_back(u->code->code.size(), l.id);
    emit(op, 0);
    int atTarget = before + stackEffect(op, 0, true);
    if (atTarget > u->maxDepth) u->maxDepth = atTarget;
    int& d = u->labelDepths[size_t(l.id)];
    if (d < 0) d = atTarget;
}

int Codegen::openRegion(Label handler, int depth) {
    Region r;
    r.start = here();
    r.handler = handler;
    r.depth = uint32_t(depth);
    r.seq = ++m_regionSeq;
    r.active = true;
    u->regions.push_back(r);
    int& hd = u->labelDepths[size_t(handler.id)];
    hd = depth + 1;
    if (hd > u->maxDepth) u->maxDepth = hd;
    return int(u->regions.size() - 1);
}

void Codegen::pauseRegion(int id) {
    Region& r = u->regions[size_t(id)];
    if (!r.active) return;
    if (here() > r.start) u->entries.push_back({r.start, here(), r.depth, r.handler.id, r.seq});
    r.active = false;
}

void Codegen::resumeRegion(int id) {
    Region& r = u->regions[size_t(id)];
    r.start = here();
    r.active = true;
}

void Codegen::closeRegion(int id) { pauseRegion(id); }

uint32_t Codegen::constIndex(Value v) {
    u->code->consts.push_back(v);
    return uint32_t(u->code->consts.size() - 1);
}

uint32_t Codegen::constInt(int64_t i) {
    auto key = std::make_pair(int(Tag::Int), uint64_t(i));
    auto it = u->numConsts.find(key);
    if (it != u->numConsts.end()) return it->second;
    return u->numConsts[key] = constIndex(Value::integer(i));
}

uint32_t Codegen::constFloat(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    auto key = std::make_pair(int(Tag::Float), bits);
    auto it = u->numConsts.find(key);
    if (it != u->numConsts.end()) return it->second;
    return u->numConsts[key] = constIndex(Value::real(d));
}

uint32_t Codegen::constNone() {
    auto key = std::make_pair(int(Tag::None), uint64_t(0));
    auto it = u->numConsts.find(key);
    if (it != u->numConsts.end()) return it->second;
    return u->numConsts[key] = constIndex(Value::none());
}

uint32_t Codegen::constStr(const std::string& s) {
    auto it = u->strConsts.find(s);
    if (it != u->strConsts.end()) return it->second;
    return u->strConsts[s] = constIndex(Value::object(intern(s)));
}

uint32_t Codegen::constCode(CodeObject* c) { return constIndex(Value::object(c)); }

uint32_t Codegen::nameIdx(const std::string& n) {
    auto it = u->nameIndex.find(n);
    if (it != u->nameIndex.end()) return it->second;
    u->code->names.push_back(intern(n));
    return u->nameIndex[n] = uint32_t(u->code->names.size() - 1);
}

CodeObject* Codegen::finishUnit() {
    CodeObject* c = u->code;
    for (auto& [at, id] : u->jumps) {
        int target = u->labelOffsets[size_t(id)];
        c->code[at] = encode(opOf(c->code[at]), uint32_t(target < 0 ? 0 : target));
    }
    std::stable_sort(u->entries.begin(), u->entries.end(),
                     [](const Unit::Pending& a, const Unit::Pending& b) { return a.seq > b.seq; });
    for (auto& e : u->entries) {
        int target = u->labelOffsets[size_t(e.handler)];
        c->exceptionTable.push_back(ExceptionEntry{e.start, e.end, uint32_t(target), e.depth});
    }
    c->stacksize = uint32_t(u->maxDepth + 2);
    c->simpleArgs = (c->flags & kCoFunction) &&
                    !(c->flags & (kCoVarargs | kCoVarkeywords | kCoGenerator | kCoCoroutine)) &&
                    c->kwonlyargcount == 0 && c->cellvars.empty() && c->freevars.empty();
    m_units.pop_back();
    u = m_units.empty() ? nullptr : m_units.back().get();
    return c;
}

std::string Codegen::qualnameFor(const std::string& name) const {
    std::string q;
    for (auto& s : m_qualStack) q += s + ".";
    return q + name;
}

// --- names ---

void Codegen::loadName(const std::string& n) {
    Scope* s = u->scope;
    switch (s->access(n)) {
    case NameAccess::Fast: emit(Op::LOAD_FAST, uint32_t(s->varnames.indexOf(n))); break;
    case NameAccess::Deref: {
        int i = s->cellvars.indexOf(n);
        if (i < 0) i = int(s->cellvars.size()) + s->freevars.indexOf(n);
        emit(Op::LOAD_DEREF, uint32_t(i));
        break;
    }
    case NameAccess::ClassDeref: {
        int i = int(s->cellvars.size()) + s->freevars.indexOf(n);
        emit(Op::LOAD_CLASSDEREF, uint32_t(i));
        break;
    }
    case NameAccess::Global: emit(Op::LOAD_GLOBAL, nameIdx(n)); break;
    case NameAccess::Name: emit(Op::LOAD_NAME, nameIdx(n)); break;
    }
}

void Codegen::storeName(const std::string& n) {
    Scope* s = u->scope;
    switch (s->access(n)) {
    case NameAccess::Fast: emit(Op::STORE_FAST, uint32_t(s->varnames.indexOf(n))); break;
    case NameAccess::Deref:
    case NameAccess::ClassDeref: {
        int i = s->cellvars.indexOf(n);
        if (i < 0) i = int(s->cellvars.size()) + s->freevars.indexOf(n);
        emit(Op::STORE_DEREF, uint32_t(i));
        break;
    }
    case NameAccess::Global: emit(Op::STORE_GLOBAL, nameIdx(n)); break;
    case NameAccess::Name: emit(Op::STORE_NAME, nameIdx(n)); break;
    }
}

void Codegen::deleteName(const std::string& n) {
    Scope* s = u->scope;
    switch (s->access(n)) {
    case NameAccess::Fast: emit(Op::DELETE_FAST, uint32_t(s->varnames.indexOf(n))); break;
    case NameAccess::Deref:
    case NameAccess::ClassDeref: {
        int i = s->cellvars.indexOf(n);
        if (i < 0) i = int(s->cellvars.size()) + s->freevars.indexOf(n);
        emit(Op::DELETE_DEREF, uint32_t(i));
        break;
    }
    case NameAccess::Global: emit(Op::DELETE_GLOBAL, nameIdx(n)); break;
    case NameAccess::Name: emit(Op::DELETE_NAME, nameIdx(n)); break;
    }
}

CodeObject* Codegen::compileModule(const ast::Module& m) {
    Scope* s = m_symbols.moduleScope();
    newUnit(s, "<module>", "<module>", m.body.empty() ? 1 : m.body.front()->span.line);
    stmts(m.body);
    emit(Op::LOAD_CONST, constNone());
    emit(Op::RETURN_VALUE);
    return finishUnit();
}

int stackEffect(Op op, uint32_t arg, bool jump) {
    switch (op) {
    case Op::NOP: case Op::ROT_TWO: case Op::ROT_THREE: case Op::ROT_FOUR: return 0;
    case Op::POP_TOP: return -1;
    case Op::DUP_TOP: return 1;
    case Op::DUP_TOP_TWO: return 2;
    case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF: case Op::LOAD_CLASSDEREF:
    case Op::LOAD_CLOSURE: case Op::LOAD_GLOBAL: case Op::LOAD_NAME: return 1;
    case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_GLOBAL: case Op::STORE_NAME: return -1;
    case Op::DELETE_FAST: case Op::DELETE_DEREF: case Op::DELETE_GLOBAL: case Op::DELETE_NAME: return 0;
    case Op::LOAD_ATTR: return 0;
    case Op::STORE_ATTR: return -2;
    case Op::DELETE_ATTR: return -1;
    case Op::LOAD_METHOD: return 1;
    case Op::CALL_METHOD: return -int(arg) - 1;
    case Op::BINARY_SUBSCR: return -1;
    case Op::STORE_SUBSCR: return -3;
    case Op::DELETE_SUBSCR: return -2;
    case Op::BUILD_SLICE: return 1 - int(arg);
    case Op::BINARY_OP: case Op::INPLACE_OP: return -1;
    case Op::UNARY_NEGATIVE: case Op::UNARY_POSITIVE: case Op::UNARY_NOT: case Op::UNARY_INVERT: return 0;
    case Op::COMPARE_OP: case Op::IS_OP: case Op::CONTAINS_OP: return -1;
    case Op::JUMP: return 0;
    case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: return -1;
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::GET_ITER: return 0;
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING: return 1 - int(arg);
    case Op::BUILD_MAP: return 1 - 2 * int(arg);
    case Op::LIST_APPEND: case Op::SET_ADD: case Op::LIST_EXTEND: case Op::SET_UPDATE:
    case Op::DICT_UPDATE: case Op::DICT_MERGE: return -1;
    case Op::MAP_ADD: return -2;
    case Op::LIST_TO_TUPLE: return 0;
    case Op::UNPACK_SEQUENCE: return int(arg) - 1;
    case Op::UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
    case Op::CALL: return -int(arg);
    case Op::CALL_KW: return -int(arg) - 1;
    case Op::CALL_EX: return -1 - int(arg & 1);
    case Op::MAKE_FUNCTION: return -int(((arg & 1) ? 1 : 0) + ((arg & 2) ? 1 : 0) + ((arg & 4) ? 1 : 0));
    case Op::RETURN_VALUE: return -1;
    case Op::YIELD_VALUE: return 0;
    case Op::GET_YIELD_FROM_ITER: case Op::GET_AWAITABLE: return 0;
    case Op::YIELD_FROM: return -1;
    case Op::RAISE_VARARGS: return -int(arg);
    case Op::RERAISE: return -1;
    case Op::PUSH_EXC_INFO: return 1;
    case Op::POP_EXCEPT: return -1;
    case Op::CHECK_EXC_MATCH: return 0;
    case Op::BEFORE_WITH: return 1;
    case Op::WITH_EXCEPT_START: return 1;
    case Op::LOAD_BUILD_CLASS: case Op::LOAD_ASSERTION_ERROR: return 1;
    case Op::FORMAT_VALUE: return (arg & kFvHasSpec) ? -1 : 0;
    case Op::IMPORT_NAME: return 1;
    case Op::IMPORT_FROM: return 1;
    case Op::SETUP_ANNOTATIONS: return 0;
    case Op::LOAD_FAST_LOAD_CONST: return 2;
    case Op::COMPARE_JUMP_FAST_CONST: return 0;
    case Op::Count: return 0;
    }
    return 0;
}

CompileResult compileModule(const ast::Module& module, const script::SourcePtr& source) {
    CompileResult r;
    (void)builtinTypes();  // builtin names first, so compiled names are pointer-equal to them
    auto program = std::make_shared<Program>();
    program->source = source;
    SymbolTable symbols;
    symbols.build(module);
    Codegen gen(*program, symbols, source);
    program->module = gen.compileModule(module);
    // Source order of code objects: sort by first line, module first (stable).
    std::stable_sort(program->codeOrder.begin() + 1, program->codeOrder.end(),
                     [](const CodeObject* a, const CodeObject* b) { return a->firstLine < b->firstLine; });
    r.diagnostics = std::move(gen.diagnostics);
    bool failed = false;
    for (auto& d : r.diagnostics) failed |= d.severity == script::Severity::Error;
    if (!failed) r.program = std::move(program);
    return r;
}

}  // namespace il::compiler
