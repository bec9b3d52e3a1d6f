// deepCopy(): copies a value from one process heap into another (fork / pickle semantics).
// Sharing and cycles are preserved through a memo map; immortal objects (builtin types, code
// objects, program constants) are shared by pointer.
//
// Message mode (CopyMode::Send / Receive, multiprocessing queues and pipes) sends module-level
// classes and functions by reference, as pickle does: on Send they become a GlobalRef in limbo
// (module + qualname), on Receive the GlobalRef is looked up in the receiver's sys.modules, so
// `isinstance(received, Point)` holds there and a received function is the receiver's own.

#include <unordered_map>

#include "engine/vm/host.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

// A class or function sent by reference, as it waits in limbo. It is a ClassObject so that it
// can stand where a class is expected (an instance's class, a class's bases); limbo runs no
// code, so nothing ever uses it as a class.
struct GlobalRef : ClassObject {
    std::string refModule, refQualname;
    bool isClass;
    GlobalRef(std::string m, std::string q, bool c) : refModule(std::move(m)), refQualname(std::move(q)), isClass(c) {}
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this) + refModule.size() + refQualname.size(); }
};

// attributeOf(): getattr(obj, name) as pickle's lookup sees it, without running code: a
// module's global or a class attribute along the MRO (a staticmethod gives its function).
Object* attributeOf(Object* obj, std::string_view name) {
    Value* v = nullptr;
    if (obj->kind == ObjKind::Module && static_cast<ModuleObject*>(obj)->dict)
        v = static_cast<ModuleObject*>(obj)->dict->findStr(name);
    else if (obj->kind == ObjKind::Class)
        v = static_cast<ClassObject*>(obj)->lookup(name);
    if (!v || !v->isObj()) return nullptr;
    Object* r = v->asObj();
    if (r && r->kind == ObjKind::StaticMethod) {
        Value f = static_cast<WrapperObject*>(r)->fget;
        return f.isObj() ? f.asObj() : nullptr;
    }
    return r;
}

// globalName(): the (__module__, __qualname__) pickle would save a class or function under.
bool globalName(Object* o, std::string& module, std::string& qualname) {
    if (o->kind == ObjKind::Class) {
        auto* c = static_cast<ClassObject*>(o);
        Value* m = c->dict ? c->dict->findStr("__module__") : nullptr;
        if (m && !isKind(*m, ObjKind::Str)) return false;
        module = m ? as<StrObject>(*m)->data : c->module;
        qualname = c->qualname;
    } else {
        auto* f = static_cast<FunctionObject*>(o);
        if (!isKind(f->module, ObjKind::Str) || !f->code || !f->code->qualname) return false;
        module = as<StrObject>(f->module)->data;
        qualname = f->code->qualname->data;
    }
    return !module.empty() && !qualname.empty() && qualname.find("<locals>") == std::string::npos;
}

// moduleRepr(): repr(module) as pickle's error message shows it.
std::string moduleRepr(Object* mod) {
    if (!mod || mod->kind != ObjKind::Module) return "<object>";
    auto* m = static_cast<ModuleObject*>(mod);
    std::string out = "<module '" + (m->name ? m->name->data : std::string("?")) + "'";
    Value* file = m->dict ? m->dict->findStr("__file__") : nullptr;
    if (file && isKind(*file, ObjKind::Str)) return out + " from '" + as<StrObject>(*file)->data + "'>";
    return out + " (built-in)>";
}

enum class Mode : uint8_t { Fork, Send, Receive };

class Copier {
public:
    Copier(Vm& from, Vm& to, Mode mode = Mode::Fork, CallContext* receiver = nullptr)
        : m_from(from), m_to(to), m_mode(mode), m_receiver(receiver) {}

    // failed(): a reference could not be resolved on Receive (the exception is pending).
    [[nodiscard]] bool failed() const { return m_failed; }

    Value copy(Value v) {
        if (!v.isObj() || !v.asObj()) return v;
        return Value::object(copyObj(v.asObj()));
    }

    template <class T>
    T* copyAs(T* o) {
        return o ? static_cast<T*>(copyObj(o)) : nullptr;
    }

    Object* copyObj(Object* o) {
        if (o->immortal) return o;
        auto it = m_memo.find(o);
        if (it != m_memo.end()) return it->second;
        Object* ref = nullptr;
        if (m_mode == Mode::Send && (o->kind == ObjKind::Class || o->kind == ObjKind::Function))
            ref = sendByReference(o);
        else if (m_mode == Mode::Receive && o->kind == ObjKind::Class)
            if (auto* g = dynamic_cast<GlobalRef*>(o)) ref = resolve(*g);
        if (ref) {
            m_memo.emplace(o, ref);
            return ref;
        }
        Object* d = shell(o);
        m_memo.emplace(o, d);
        m_work.push_back(o);
        return d;
    }

    // run() fills every shell created so far (iteratively: deep structures use no C++ stack).
    void run() {
        while (!m_work.empty()) {
            Object* src = m_work.back();
            m_work.pop_back();
            fill(src, m_memo[src]);
        }
    }

    Object* shell(Object* o) {
        Heap& h = m_to.heap();
        ClassObject* cls = o->cls->immortal ? o->cls : nullptr;
        switch (o->kind) {
        case ObjKind::Str: return h.make<StrObject>(cls);
        case ObjKind::Tuple: return h.make<TupleObject>(cls);
        case ObjKind::List: return h.make<ListObject>(cls);
        case ObjKind::Dict: return h.make<DictObject>(cls);
        case ObjKind::Set:
        case ObjKind::FrozenSet: return h.make<SetObject>(cls, o->kind == ObjKind::FrozenSet);
        case ObjKind::Class: return h.make<ClassObject>(cls);
        case ObjKind::Instance: return h.make<InstanceObject>(cls);
        case ObjKind::Exception: return h.make<ExceptionObject>(cls);
        case ObjKind::Function: return h.make<FunctionObject>(cls);
        case ObjKind::Cell: return h.make<CellObject>(cls);
        case ObjKind::BoundMethod: return h.make<BoundMethodObject>(cls);
        case ObjKind::Builtin: {
            auto* src = static_cast<BuiltinObject*>(o);
            return h.make<BuiltinObject>(cls, src->name, src->fn);
        }
        case ObjKind::Module: return h.make<ModuleObject>(cls);
        case ObjKind::Range: return h.make<RangeObject>(cls);
        case ObjKind::Slice: return h.make<SliceObject>(cls);
        case ObjKind::Property:
        case ObjKind::StaticMethod:
        case ObjKind::ClassMethod: return h.make<WrapperObject>(cls, o->kind);
        case ObjKind::DictView: return h.make<DictViewObject>(cls);
        case ObjKind::Iterator: return h.make<IteratorObject>(cls, static_cast<IteratorObject*>(o)->mode);
        case ObjKind::Native:
            // A handle to shared runtime state (a multiprocessing lock, queue, pipe end) is
            // shared: the copy names the same state, as an inherited handle does after fork;
            // the host copies the state of a threading primitive for a forked child.
            if (auto* handle = dynamic_cast<HandleObject*>(o)) {
                uint32_t id = handle->id;
                if (m_mode == Mode::Fork && m_to.host) id = m_to.host->forkHandle(id, handle->tag, m_to);
                return h.make<HandleObject>(cls, id, handle->tag);
            }
            return h.make<InstanceObject>(m_to.types().object);
        default:
            // Generators and code are not copied; a plain stand-in keeps the copy valid.
            return h.make<InstanceObject>(m_to.types().object);
        }
    }

    void fill(Object* o, Object* dst) {
        switch (o->kind) {
        case ObjKind::Str: {
            auto* src = static_cast<StrObject*>(o);
            auto* d = static_cast<StrObject*>(dst);
            d->data = src->data, d->length = src->length, d->ascii = src->ascii, d->hash = src->hash;
            return;
        }
        case ObjKind::Tuple: {
            auto* d = static_cast<TupleObject*>(dst);
            for (Value v : static_cast<TupleObject*>(o)->items) d->items.push_back(copy(v));
            return;
        }
        case ObjKind::List: {
            auto* d = static_cast<ListObject*>(dst);
            for (Value v : static_cast<ListObject*>(o)->items) d->items.push_back(copy(v));
            return;
        }
        case ObjKind::Dict: {
            auto* src = static_cast<DictObject*>(o);
            auto* d = static_cast<DictObject*>(dst);
            d->entries.reserve(src->entries.size());
            for (auto& e : src->entries)
                if (e.live) d->entries.push_back(DictObject::Entry{copy(e.key), copy(e.value), e.hash, true});
            d->used = d->entries.size();
            d->rebuildIndex(d->used * 3 + 1);
            return;
        }
        case ObjKind::Set:
        case ObjKind::FrozenSet: {
            auto* src = static_cast<SetObject*>(o);
            auto* d = static_cast<SetObject*>(dst);
            d->table = src->table;
            for (auto& slot : d->table) slot.key = copy(slot.key);
            d->fill = src->fill;
            d->used = src->used;
            return;
        }
        case ObjKind::Class: {
            auto* src = static_cast<ClassObject*>(o);
            auto* d = static_cast<ClassObject*>(dst);
            d->name = copyAs(src->name);
            d->qualname = src->qualname;
            d->module = src->module;
            d->instanceKind = src->instanceKind;
            d->construct = src->construct;
            for (ClassObject* b : src->bases) d->bases.push_back(copyAs(b));
            for (ClassObject* b : src->mro) d->mro.push_back(copyAs(b));
            d->dict = copyAs(src->dict);
            return;
        }
        case ObjKind::Instance: {
            auto* src = static_cast<InstanceObject*>(o);
            auto* d = static_cast<InstanceObject*>(dst);
            d->dict = copyAs(src->dict);
            d->payload = src->payload ? copyObj(src->payload) : nullptr;
            return;
        }
        case ObjKind::Exception: {
            auto* src = static_cast<ExceptionObject*>(o);
            auto* d = static_cast<ExceptionObject*>(dst);
            d->dict = copyAs(src->dict);
            d->args = copyAs(src->args);
            d->cause = copy(src->cause);
            d->context = copy(src->context);
            d->suppressContext = src->suppressContext;
            d->traceback = src->traceback;
            d->stopValue = copy(src->stopValue);
            return;
        }
        case ObjKind::Function: {
            auto* src = static_cast<FunctionObject*>(o);
            auto* d = static_cast<FunctionObject*>(dst);
            d->code = src->code;
            d->globals = copyAs(src->globals);
            for (Value v : src->defaults) d->defaults.push_back(copy(v));
            d->kwDefaults = copyAs(src->kwDefaults);
            for (CellObject* c : src->closure) d->closure.push_back(copyAs(c));
            d->dict = copyAs(src->dict);
            d->module = copy(src->module);
            return;
        }
        case ObjKind::Cell: {
            auto* src = static_cast<CellObject*>(o);
            auto* d = static_cast<CellObject*>(dst);
            d->value = copy(src->value);
            d->empty = src->empty;
            return;
        }
        case ObjKind::BoundMethod: {
            auto* src = static_cast<BoundMethodObject*>(o);
            auto* d = static_cast<BoundMethodObject*>(dst);
            d->self = copy(src->self);
            d->function = copy(src->function);
            return;
        }
        case ObjKind::Builtin: {
            auto* src = static_cast<BuiltinObject*>(o);
            auto* d = static_cast<BuiltinObject*>(dst);
            d->bound = copy(src->bound), d->isMethod = src->isMethod, d->hasBound = src->hasBound;
            return;
        }
        case ObjKind::Module: {
            auto* src = static_cast<ModuleObject*>(o);
            auto* d = static_cast<ModuleObject*>(dst);
            d->name = copyAs(src->name);
            d->dict = copyAs(src->dict);
            return;
        }
        case ObjKind::Range: {
            auto* src = static_cast<RangeObject*>(o);
            auto* d = static_cast<RangeObject*>(dst);
            d->start = src->start, d->stop = src->stop, d->step = src->step;
            return;
        }
        case ObjKind::Slice: {
            auto* src = static_cast<SliceObject*>(o);
            auto* d = static_cast<SliceObject*>(dst);
            d->start = copy(src->start), d->stop = copy(src->stop), d->step = copy(src->step);
            return;
        }
        case ObjKind::Property:
        case ObjKind::StaticMethod:
        case ObjKind::ClassMethod: {
            auto* src = static_cast<WrapperObject*>(o);
            auto* d = static_cast<WrapperObject*>(dst);
            d->fget = copy(src->fget), d->fset = copy(src->fset), d->fdel = copy(src->fdel);
            return;
        }
        case ObjKind::DictView: {
            auto* src = static_cast<DictViewObject*>(o);
            auto* d = static_cast<DictViewObject*>(dst);
            d->dict = copyAs(src->dict);
            d->which = src->which;
            return;
        }
        case ObjKind::Iterator: {
            auto* src = static_cast<IteratorObject*>(o);
            auto* d = static_cast<IteratorObject*>(dst);
            d->source = copy(src->source);
            for (Value v : src->extra) d->extra.push_back(copy(v));
            d->index = src->index, d->end = src->end, d->step = src->step;
            d->version = src->version, d->exhausted = src->exhausted;
            return;
        }
        default: return;
        }
    }

    // fixClasses(): objects whose class was not immortal get the copied class.
    bool fixClasses() {
        std::vector<std::pair<Object*, Object*>> todo(m_memo.begin(), m_memo.end());
        bool changed = false;
        for (auto& [src, dst] : todo)
            if (!dst->cls) {
                dst->cls = static_cast<ClassObject*>(copyObj(src->cls));
                changed = true;
            }
        run();
        return changed;
    }

private:
    // sendByReference(): a GlobalRef in limbo for a class or function pickle saves by reference
    // (found under its own name in the sender's sys.modules), else null (copied by value).
    Object* sendByReference(Object* o) {
        std::string module, qualname;
        if (!globalName(o, module, qualname)) return nullptr;
        Value* mod = m_from.modules()->findStr(module);
        if (!mod || !mod->isObj() || lookupQualname(mod->asObj(), qualname) != o) return nullptr;
        ClassObject* meta = o->cls && o->cls->immortal ? o->cls : m_to.types().type;
        return m_to.heap().make<GlobalRef>(meta, std::move(module), std::move(qualname), o->kind == ObjKind::Class);
    }

    // resolve(): the receiver's object a GlobalRef names (importing its module if needed, as
    // pickle does). On failure the exception is left pending in the receiver and a harmless
    // stand-in is returned so the copy stays well-formed; later references are not resolved.
    Object* resolve(const GlobalRef& ref) {
        Object* standIn = m_to.types().object;
        if (m_failed || !m_receiver) return m_failed = true, standIn;
        CallContext& ctx = *m_receiver;
        Value mod = m_to.importModule(ctx, ref.refModule);
        if (mod.isError()) return m_failed = true, standIn;
        Object* found = mod.isObj() ? lookupQualname(mod.asObj(), ref.refQualname) : nullptr;
        if (!found) {
            ctx.raise(ctx.types().AttributeError, "Can't get attribute '" + ref.refQualname + "' on " +
                                                      moduleRepr(mod.isObj() ? mod.asObj() : nullptr));
            return m_failed = true, standIn;
        }
        if (ref.isClass && found->kind != ObjKind::Class) {
            ctx.typeError("cannot unpickle: " + ref.refModule + "." + ref.refQualname + " is not a class");
            return m_failed = true, standIn;
        }
        return found;
    }

    Vm& m_from;
    Vm& m_to;
    Mode m_mode;
    CallContext* m_receiver;
    bool m_failed = false;
    std::unordered_map<Object*, Object*> m_memo;
    std::vector<Object*> m_work;
};

Value copyWith(Copier& c, Value v) {
    Value r = c.copy(v);
    c.run();
    // fixClasses may copy more classes, whose objects need fixing too: iterate to a fixpoint.
    while (c.fixClasses()) {
    }
    return c.failed() ? Value::error() : r;
}

}  // namespace

Object* lookupQualname(Object* obj, std::string_view qualname) {
    while (obj) {
        size_t dot = qualname.find('.');
        obj = attributeOf(obj, qualname.substr(0, dot));
        if (dot == std::string_view::npos) return obj;
        qualname.remove_prefix(dot + 1);
    }
    return nullptr;
}

Value deepCopy(Value v, Vm& from, Vm& to) {
    Copier c(from, to);
    return copyWith(c, v);
}

Value deepCopy(Value v, Vm& from, Vm& to, CopyMode mode, CallContext* receiver) {
    Copier c(from, to, mode == CopyMode::Send ? Mode::Send : Mode::Receive, receiver);
    return copyWith(c, v);
}

}  // namespace il::vm
