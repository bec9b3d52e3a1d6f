// deepCopy(): copies a value from one process heap into another (fork / pickle semantics).
// Sharing and cycles are preserved through a memo map; immortal objects (builtin types, code
// objects, program constants) are shared by pointer.

#include <unordered_map>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

class Copier {
public:
    Copier(Vm& from, Vm& to) : m_from(from), m_to(to) {}

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
        Heap& h = m_to.heap();
        ClassObject* cls = o->cls->immortal ? o->cls : nullptr;
        switch (o->kind) {
        case ObjKind::Str: {
            auto* src = static_cast<StrObject*>(o);
            auto* d = h.make<StrObject>(cls);
            remember(o, d);
            d->data = src->data;
            d->length = src->length;
            d->ascii = src->ascii;
            d->hash = src->hash;
            return d;
        }
        case ObjKind::Tuple: {
            auto* d = h.make<TupleObject>(cls);
            remember(o, d);
            for (Value v : static_cast<TupleObject*>(o)->items) d->items.push_back(copy(v));
            return d;
        }
        case ObjKind::List: {
            auto* d = h.make<ListObject>(cls);
            remember(o, d);
            for (Value v : static_cast<ListObject*>(o)->items) d->items.push_back(copy(v));
            return d;
        }
        case ObjKind::Dict: {
            auto* src = static_cast<DictObject*>(o);
            auto* d = h.make<DictObject>(cls);
            remember(o, d);
            d->entries.reserve(src->entries.size());
            for (auto& e : src->entries)
                if (e.live) d->entries.push_back(DictObject::Entry{copy(e.key), copy(e.value), e.hash, true});
            d->used = d->entries.size();
            d->rebuildIndex(d->used * 3 + 1);
            return d;
        }
        case ObjKind::Set:
        case ObjKind::FrozenSet: {
            auto* src = static_cast<SetObject*>(o);
            auto* d = h.make<SetObject>(cls, o->kind == ObjKind::FrozenSet);
            remember(o, d);
            d->table = src->table;
            for (auto& s : d->table) s.key = copy(s.key);
            d->fill = src->fill;
            d->used = src->used;
            return d;
        }
        case ObjKind::Class: {
            auto* src = static_cast<ClassObject*>(o);
            auto* d = h.make<ClassObject>(cls);
            remember(o, d);
            d->name = copyAs(src->name);
            d->qualname = src->qualname;
            d->module = src->module;
            d->instanceKind = src->instanceKind;
            for (ClassObject* b : src->bases) d->bases.push_back(copyAs(b));
            for (ClassObject* b : src->mro) d->mro.push_back(copyAs(b));
            d->dict = copyAs(src->dict);
            return d;
        }
        case ObjKind::Instance: {
            auto* src = static_cast<InstanceObject*>(o);
            auto* d = h.make<InstanceObject>(cls);
            remember(o, d);
            d->dict = copyAs(src->dict);
            d->payload = src->payload ? copyObj(src->payload) : nullptr;
            return d;
        }
        case ObjKind::Exception: {
            auto* src = static_cast<ExceptionObject*>(o);
            auto* d = h.make<ExceptionObject>(cls);
            remember(o, d);
            d->dict = copyAs(src->dict);
            d->args = copyAs(src->args);
            d->cause = copy(src->cause);
            d->context = copy(src->context);
            d->suppressContext = src->suppressContext;
            d->traceback = src->traceback;
            d->stopValue = copy(src->stopValue);
            return d;
        }
        case ObjKind::Function: {
            auto* src = static_cast<FunctionObject*>(o);
            auto* d = h.make<FunctionObject>(cls);
            remember(o, d);
            d->code = src->code;
            d->globals = copyAs(src->globals);
            for (Value v : src->defaults) d->defaults.push_back(copy(v));
            d->kwDefaults = copyAs(src->kwDefaults);
            for (CellObject* c : src->closure) d->closure.push_back(copyAs(c));
            d->dict = copyAs(src->dict);
            d->module = copy(src->module);
            return d;
        }
        case ObjKind::Cell: {
            auto* src = static_cast<CellObject*>(o);
            auto* d = h.make<CellObject>(cls);
            remember(o, d);
            d->value = copy(src->value);
            d->empty = src->empty;
            return d;
        }
        case ObjKind::BoundMethod: {
            auto* src = static_cast<BoundMethodObject*>(o);
            auto* d = h.make<BoundMethodObject>(cls);
            remember(o, d);
            d->self = copy(src->self);
            d->function = copy(src->function);
            return d;
        }
        case ObjKind::Builtin: {
            auto* src = static_cast<BuiltinObject*>(o);
            auto* d = h.make<BuiltinObject>(cls, src->name, src->fn);
            remember(o, d);
            d->bound = copy(src->bound);
            d->isMethod = src->isMethod;
            d->hasBound = src->hasBound;
            return d;
        }
        case ObjKind::Module: {
            auto* src = static_cast<ModuleObject*>(o);
            auto* d = h.make<ModuleObject>(cls);
            remember(o, d);
            d->name = copyAs(src->name);
            d->dict = copyAs(src->dict);
            return d;
        }
        case ObjKind::Range: {
            auto* src = static_cast<RangeObject*>(o);
            auto* d = h.make<RangeObject>(cls);
            remember(o, d);
            d->start = src->start;
            d->stop = src->stop;
            d->step = src->step;
            return d;
        }
        case ObjKind::Slice: {
            auto* src = static_cast<SliceObject*>(o);
            auto* d = h.make<SliceObject>(cls);
            remember(o, d);
            d->start = copy(src->start);
            d->stop = copy(src->stop);
            d->step = copy(src->step);
            return d;
        }
        case ObjKind::Property:
        case ObjKind::StaticMethod:
        case ObjKind::ClassMethod: {
            auto* src = static_cast<WrapperObject*>(o);
            auto* d = h.make<WrapperObject>(cls, o->kind);
            remember(o, d);
            d->fget = copy(src->fget);
            d->fset = copy(src->fset);
            d->fdel = copy(src->fdel);
            return d;
        }
        case ObjKind::DictView: {
            auto* src = static_cast<DictViewObject*>(o);
            auto* d = h.make<DictViewObject>(cls);
            remember(o, d);
            d->dict = copyAs(src->dict);
            d->which = src->which;
            return d;
        }
        case ObjKind::Iterator: {
            auto* src = static_cast<IteratorObject*>(o);
            auto* d = h.make<IteratorObject>(cls, src->mode);
            remember(o, d);
            d->source = copy(src->source);
            for (Value v : src->extra) d->extra.push_back(copy(v));
            d->index = src->index;
            d->end = src->end;
            d->step = src->step;
            d->version = src->version;
            d->exhausted = src->exhausted;
            return d;
        }
        default: {
            // Generators, code and runtime handles: shared handles are not copied (a later
            // issue gives NativeObject a clone hook); a finished stand-in keeps the copy valid.
            auto* d = h.make<InstanceObject>(m_to.types().object);
            remember(o, d);
            return d;
        }
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
        return changed;
    }

private:
    void remember(Object* src, Object* dst) { m_memo.emplace(src, dst); }
    Vm& m_from;
    Vm& m_to;
    std::unordered_map<Object*, Object*> m_memo;
};

}  // namespace

Value deepCopy(Value v, Vm& from, Vm& to) {
    Copier c(from, to);
    Value r = c.copy(v);
    // fixClasses may copy more classes, whose objects need fixing too: iterate to a fixpoint.
    while (c.fixClasses()) {
    }
    return r;
}

}  // namespace il::vm
