// Vm (one script process) and CallContext (what natives use).

#include "engine/vm/vm.hpp"

#include <malloc.h>

#include "engine/text/result.hpp"
#include "engine/text/utf8.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/host.hpp"
#include "engine/vm/interp_internal.hpp"
#include "engine/vm/modules/modules.hpp"

namespace il::vm {

// ---------------------------------------------------------------------------------------------
// Vm
// ---------------------------------------------------------------------------------------------

Vm::Vm(Limits limits, OutputFn out, OutputFn err)
    : m_types(builtinTypes()), m_limits(limits), m_out(std::move(out)), m_err(std::move(err)) {
    m_modules = m_heap.make<DictObject>(m_types.dictType);
}

Vm::~Vm() = default;

StrObject* Vm::newStr(std::string_view utf8) {
    auto* s = m_heap.make<StrObject>(m_types.strType);
    s->data.assign(utf8.data(), utf8.size());
    s->ascii = text::isAscii(utf8);
    s->length = s->ascii ? utf8.size() : text::codePointCount(utf8);
    m_heap.noteGrowth(utf8.size());
    return s;
}

StrObject* Vm::intern(std::string_view text) {
    if (StrObject* s = findImmortalName(text)) return s;
    if (m_program)
        if (StrObject* s = m_program->findInterned(text)) return s;
    auto it = m_interned.find(text);
    if (it != m_interned.end()) return it->second;
    StrObject* s = newStr(text);
    m_interned.emplace(std::string(text), s);
    return s;
}

void Vm::adoptFork(std::shared_ptr<const Program> program, DictObject* modules, ModuleObject* main) {
    m_program = std::move(program);
    m_modules = modules;
    m_main = main;
}

ModuleObject* Vm::loadProgram(std::shared_ptr<const Program> program) {
    m_program = std::move(program);
    auto* m = m_heap.make<ModuleObject>(m_types.moduleType);
    m->name = m_types.names.main;
    m->dict = m_heap.make<DictObject>(m_types.dictType);
    m->dict->setStr(m_types.names.name, Value::object(m_types.names.main));
    m->dict->setStr(intern("__doc__"), Value());
    m->dict->setStr(intern("__file__"), Value::object(newStr(m_program->source ? m_program->source->name() : "")));
    m->dict->setStr(intern("__builtins__"), Value::object(m_types.builtins));
    m_main = m;
    m_modules->setStr(m_types.names.main, Value::object(m));
    return m;
}

Value Vm::importModule(CallContext& ctx, std::string_view name) {
    if (Value* v = m_modules->findStr(name)) return *v;
    // A dotted name imports its package first and becomes the package's attribute, as in Python.
    size_t dot = name.rfind('.');
    Value parent;
    if (dot != std::string_view::npos) {
        parent = importModule(ctx, name.substr(0, dot));
        if (parent.isError()) return parent;
        if (Value* v = m_modules->findStr(name)) return *v;  // the package imported it
    }
    ModuleObject* m = createBuiltinModule(ctx, name);
    if (!m && !ctx.hasPending() && host) m = host->createModule(ctx, name);
    if (!m) {
        if (ctx.hasPending()) return Value::error();
        return ctx.raise(m_types.ModuleNotFoundError, "No module named '" + std::string(name) + "'");
    }
    m_modules->setStr(m->name, Value::object(m));
    if (isKind(parent, ObjKind::Module))
        as<ModuleObject>(parent)->dict->setStr(intern(name.substr(dot + 1)), Value::object(m));
    return Value::object(m);
}

void Vm::registerTask(Task* t) { m_tasks.push_back(t); }
void Vm::unregisterTask(Task* t) { std::erase(m_tasks, t); }

void Vm::unpin(Value v) {
    for (auto it = m_pinned.begin(); it != m_pinned.end(); ++it)
        if (it->identical(v)) {
            m_pinned.erase(it);
            return;
        }
}

static void markVisit(Object* o, void* ctx) { static_cast<Heap*>(ctx)->mark(o); }

static size_t mallocBytesInUse() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    return mallinfo2().uordblks;
#else
    return 0;
#endif
}

bool Vm::memoryPressure() {
    size_t now = mallocBytesInUse();
    if (now == 0) return false;
    size_t allowance = m_heap.liveBytesAfterLastCollection() + (64u << 20);
    if (allowance < m_limits.maxHeapBytes / 2) allowance = m_limits.maxHeapBytes / 2;
    return now > m_mallocAtLastGc + allowance;
}

size_t Vm::collectGarbage() {
    struct Reset {
        Vm& vm;
        ~Reset() { vm.m_mallocAtLastGc = mallocBytesInUse(); }
    } reset{*this};
    return m_heap.collect([&](Heap& h) {
        h.mark(m_modules);
        h.mark(m_main);
        for (auto& [k, s] : m_interned) h.mark(s);
        for (Value v : m_pinned) h.mark(v);
        for (Task* t : m_tasks) t->trace(markVisit, &h);
    });
}

// ---------------------------------------------------------------------------------------------
// CallContext
// ---------------------------------------------------------------------------------------------

StrObject* CallContext::newStr(std::string_view utf8) { return m_vm.newStr(utf8); }
Value CallContext::makeStr(std::string_view utf8) { return Value::object(m_vm.newStr(utf8)); }

ListObject* CallContext::newList(std::vector<Value> items) {
    auto* l = m_vm.make<ListObject>(types().listType);
    m_vm.heap().noteGrowth(items.size() * sizeof(Value));
    l->items = std::move(items);
    return l;
}

TupleObject* CallContext::newTuple(std::vector<Value> items) {
    auto* t = m_vm.make<TupleObject>(types().tupleType);
    m_vm.heap().noteGrowth(items.size() * sizeof(Value));
    t->items = std::move(items);
    return t;
}

DictObject* CallContext::newDict() { return m_vm.make<DictObject>(types().dictType); }

SetObject* CallContext::newSet(bool frozen) {
    return m_vm.make<SetObject>(frozen ? types().frozensetType : types().setType, frozen);
}

IteratorObject* CallContext::newIterator(IteratorObject::Mode mode, Value source) {
    const BuiltinTypes& T = types();
    ClassObject* cls = T.listIteratorType;
    using M = IteratorObject::Mode;
    switch (mode) {
    case M::Seq: cls = isKind(source, ObjKind::Tuple) ? T.tupleIteratorType : T.listIteratorType; break;
    case M::Str: cls = T.strIteratorType; break;
    case M::Range: cls = T.rangeIteratorType; break;
    case M::DictKeys: cls = T.dictKeyIteratorType; break;
    case M::DictValues: cls = T.dictValueIteratorType; break;
    case M::DictItems: cls = T.dictItemIteratorType; break;
    case M::Set: cls = T.setIteratorType; break;
    case M::Reversed: cls = T.reversedType; break;
    case M::Enumerate: cls = T.enumerateType; break;
    case M::Zip: cls = T.zipType; break;
    case M::Map: cls = T.mapType; break;
    case M::Filter: cls = T.filterType; break;
    case M::CallableSentinel: cls = T.callableIteratorType; break;
    }
    auto* it = m_vm.make<IteratorObject>(cls, mode);
    it->source = source;
    return it;
}

InstanceObject* CallContext::newInstance(ClassObject* cls) { return m_vm.make<InstanceObject>(cls); }

ExceptionObject* CallContext::newException(ClassObject* cls, std::vector<Value> args) {
    return makeException(*this, cls, std::move(args));
}

bool CallContext::checkAlloc(size_t bytes) {
    size_t limit = m_vm.limits().maxHeapBytes;
    // Garbage is only collected at safe points, so the heap may hold up to about twice the live
    // bytes here; the ceiling is set so that a run under the limit never trips it.
    size_t inUse = m_vm.heap().bytesInUse();
    if (bytes > limit || inUse + bytes > 2 * limit + (8u << 20)) {
        m_vm.limitHit = LimitKind::HeapBytes;
        m_vm.limitMessage = "heap limit reached: allocating " + std::to_string((bytes + (1u << 20) - 1) >> 20) +
                            " MB more with about " + std::to_string(inUse >> 20) + " MB in use exceeds the limit of " +
                            std::to_string(limit >> 20) + " MB (raise it with --max-heap-mb N)";
        raise(types().MemoryError, "heap limit reached");
        return false;
    }
    m_vm.heap().noteGrowth(bytes);
    return true;
}

Value CallContext::raise(ClassObject* cls, std::string_view message) {
    return setPending(*this, Value::object(makeException(*this, cls, {makeStr(message)})));
}

Value CallContext::raiseArgs(ClassObject* cls, std::vector<Value> args) {
    return setPending(*this, Value::object(makeException(*this, cls, std::move(args))));
}

Value CallContext::raiseValue(Value exc) {
    bool reraise = false;
    return doRaise(*this, exc, Value(), 1, reraise);
}

Value CallContext::raiseText(const il::text::Error& e) {
    const BuiltinTypes& T = types();
    ClassObject* cls = T.ValueError;
    switch (e.kind) {
    case text::ErrorKind::ValueError: cls = T.ValueError; break;
    case text::ErrorKind::TypeError: cls = T.TypeError; break;
    case text::ErrorKind::OverflowError: cls = T.OverflowError; break;
    case text::ErrorKind::IndexError: cls = T.IndexError; break;
    case text::ErrorKind::KeyError: cls = T.KeyError; break;
    }
    return raise(cls, e.message);
}

Value CallContext::raiseKeyError(Value key) { return raiseArgs(types().KeyError, {key}); }

bool CallContext::hasPending() const { return !m_task.pending.isNone(); }
Value CallContext::pending() const { return m_task.pending; }
bool CallContext::pendingIs(const ClassObject* cls) const {
    return hasPending() && typeOf(m_task.pending)->isSubclassOf(cls);
}
void CallContext::clearPending() { m_task.pending = Value(); }

ClassObject* typeOfValue(const BuiltinTypes& t, Value v) {
    switch (v.tag()) {
    case Tag::None: return t.noneType;
    case Tag::Bool: return t.boolType;
    case Tag::Int: return t.intType;
    case Tag::Float: return t.floatType;
    case Tag::Obj: return v.asObj()->cls;
    default: return t.noneType;
    }
}

ClassObject* CallContext::typeOf(Value v) const { return typeOfValue(types(), v); }
bool CallContext::isInstance(Value v, const ClassObject* cls) const { return typeOf(v)->isSubclassOf(cls); }
std::string_view CallContext::typeName(Value v) const { return typeOf(v)->name->view(); }

Value CallContext::repr(Value v) {
    std::string s;
    if (!reprAppend(*this, v, s)) return Value::error();
    return makeStr(s);
}
Value CallContext::str(Value v) {
    if (isKind(v, ObjKind::Str)) return v;
    std::string s;
    if (!strAppend(*this, v, s)) return Value::error();
    return makeStr(s);
}
bool CallContext::reprInto(Value v, std::string& out) { return reprAppend(*this, v, out); }
bool CallContext::strInto(Value v, std::string& out) { return strAppend(*this, v, out); }
int CallContext::truthy(Value v) { return truthOf(*this, v); }
bool CallContext::hash(Value v, int64_t& out) { return hashOf(*this, v, out); }
int CallContext::equal(Value a, Value b) { return eqValues(*this, a, b); }
int CallContext::lessThan(Value a, Value b) {
    if (a.isInt() && b.isInt()) return a.asInt() < b.asInt();
    Value r = richCompare(*this, a, b, CmpOp::Lt);
    if (r.isSignal()) return -1;
    if (r.isBool()) return r.asBool();
    return truthOf(*this, r);
}
Value CallContext::compare(Value a, Value b, CmpOp op) { return richCompare(*this, a, b, op); }
Value CallContext::binary(BinaryOp op, Value a, Value b) { return binaryOp(*this, op, a, b, false); }
int CallContext::contains(Value container, Value item) { return containsOp(*this, container, item); }
bool CallContext::len(Value v, int64_t& out) { return lenOf(*this, v, out); }

bool CallContext::index(Value v, int64_t& out) {
    if (v.isInt()) {
        out = v.asInt();
        return true;
    }
    if (v.isBool()) {
        out = v.asBool() ? 1 : 0;
        return true;
    }
    if (v.isObj())
        if (Value* fn = v.asObj()->cls->lookup(types().names.index)) {
            Value r = call(*fn, {v});
            if (r.isSignal()) return false;
            if (r.isInt()) {
                out = r.asInt();
                return true;
            }
        }
    typeError("'" + std::string(typeName(v)) + "' object cannot be interpreted as an integer");
    return false;
}

Value CallContext::call(Value callable, ArgView args) {
    Value r = callValue(*this, callable, args);
    if (r.isSuspend())
        return raise(types().RuntimeError, "a blocking operation was called from a callback of native code");
    return r;
}

Value CallContext::call(Value callable, std::initializer_list<Value> args) {
    return call(callable, ArgView{args.begin(), args.size(), nullptr, 0});
}

Value CallContext::callMethod(Value obj, std::string_view name, std::initializer_list<Value> args) {
    Value r = callMethodByName(*this, obj, m_vm.intern(name), ArgView{args.begin(), args.size(), nullptr, 0});
    if (r.isSuspend())
        return raise(types().RuntimeError, "a blocking operation was called from a callback of native code");
    return r;
}

Value CallContext::iter(Value iterable) { return getIter(*this, iterable); }
Next CallContext::next(Value iterator, Value& out) { return iterNext(*this, iterator, out); }

bool CallContext::collect(Value iterable, std::vector<Value>& out) {
    if (isKind(iterable, ObjKind::List)) {
        auto& items = as<ListObject>(iterable)->items;
        out.insert(out.end(), items.begin(), items.end());
        return true;
    }
    if (isKind(iterable, ObjKind::Tuple)) {
        auto& items = as<TupleObject>(iterable)->items;
        out.insert(out.end(), items.begin(), items.end());
        return true;
    }
    Value it = getIter(*this, iterable);
    if (it.isSignal()) return false;
    for (;;) {
        Value x;
        Next n = iterNext(*this, it, x);
        if (n == Next::Error) return false;
        if (n == Next::Done) return true;
        out.push_back(x);
    }
}

Value CallContext::getAttr(Value obj, StrObject* name) { return getAttribute(*this, obj, name); }
Value CallContext::getAttr(Value obj, std::string_view name) { return getAttribute(*this, obj, m_vm.intern(name)); }
int CallContext::findAttr(Value obj, StrObject* name, Value& out) { return lookupAttribute(*this, obj, name, out); }
bool CallContext::setAttr(Value obj, StrObject* name, Value v) { return setAttribute(*this, obj, name, v); }
bool CallContext::setAttr(Value obj, std::string_view name, Value v) {
    return setAttribute(*this, obj, m_vm.intern(name), v);
}
Value CallContext::getItem(Value obj, Value key) { return il::vm::getItem(*this, obj, key); }
bool CallContext::setItem(Value obj, Value key, Value v) { return il::vm::setItem(*this, obj, key, v); }
bool CallContext::delItem(Value obj, Value key) { return il::vm::delItem(*this, obj, key); }

// ---------------------------------------------------------------------------------------------
// Tasks and entry points
// ---------------------------------------------------------------------------------------------

Task::Task(Vm& vm, std::string name) : m_vm(vm), m_name(std::move(name)) { vm.registerTask(this); }

Task::~Task() {
    while (top) {
        Frame* f = top;
        top = f->back;
        if (f->flags & kFrameGenerator) {
            f->back = nullptr;
            if (f->gen) f->gen->running = false;
        } else {
            pool.release(f);
        }
    }
    m_vm.unregisterTask(this);
}

void startModule(Vm& vm, Task& task) {
    const Program& p = *vm.program();
    const CodeObject* code = p.module;
    Frame* f = task.pool.alloc(code->nlocals() + code->ncells() + code->stacksize);
    f->code = code;
    f->globals = vm.mainModule()->dict;
    f->locals = vm.mainModule()->dict;
    f->ip = code->code.data();
    f->sp = f->stackBase();
    f->back = task.top;
    task.top = f;
    ++task.depth;
}

bool execModule(CallContext& ctx, const CodeObject* code, ModuleObject* module) {
    Frame* f = ctx.task().pool.alloc(code->nlocals() + code->ncells() + code->stacksize);
    f->code = code;
    f->globals = module->dict;
    f->locals = module->dict;
    f->ip = code->code.data();
    f->sp = f->stackBase();
    return !runFrame(ctx, f).isError();
}

bool startCall(Vm& vm, Task& task, Value callable, ArgView args) {
    CallContext ctx(vm, task);
    Value result;
    Frame* frame = nullptr;
    CallKind k = prepareCall(ctx, callable, nullptr, args.pos, args.count, args.kw, args.kwCount, result, frame);
    if (k == CallKind::Error) return false;
    if (k == CallKind::Done || k == CallKind::Suspend) {
        task.result = result;
        return true;
    }
    return pushFrame(ctx, frame);
}

}  // namespace il::vm
