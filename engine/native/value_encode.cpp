// Encoding a Vm value into the codec's bytes (see value_codec.hpp and value_codec_wire.hpp).

#include <bit>
#include <unordered_map>

#include "engine/native/value_codec.hpp"
#include "engine/native/value_codec_wire.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/host.hpp"

namespace il::native {

using namespace il::vm;
using wire::Tag;

namespace {

std::string typeNameOf(const Object* o) {
    return o->cls && o->cls->name ? o->cls->name->data : std::string("object");
}

class Encoder {
public:
    Encoder(Vm& from, std::string& out, CodecError& error) : m_from(from), m_out(out), m_error(error) {}

    bool value(Value v) {
        switch (v.tag()) {
        case vm::Tag::None: return tag(Tag::None);
        case vm::Tag::Bool: return tag(v.asBool() ? Tag::True : Tag::False);
        case vm::Tag::Int:
            tag(Tag::Int);
            wire::putFixed64(m_out, static_cast<uint64_t>(v.asInt()));
            return true;
        case vm::Tag::Float:
            tag(Tag::Float);
            wire::putFixed64(m_out, std::bit_cast<uint64_t>(v.asFloat()));
            return true;
        case vm::Tag::Obj:
            if (!v.asObj()) return tag(Tag::None);
            if (++m_depth > wire::kMaxDepth || m_depth > m_from.limits().maxRecursion)
                return fail(CodecError::Kind::RecursionError, "maximum recursion depth exceeded while pickling an object");
            {
                bool ok = object(v.asObj());
                --m_depth;
                return ok;
            }
        default: return fail(CodecError::Kind::RuntimeError, "internal: a signal value cannot be sent");
        }
    }

private:
    bool tag(Tag t) {
        m_out.push_back(static_cast<char>(t));
        return true;
    }
    // memoTag(): writes a tag that introduces `o` and gives it the next memo index.
    void memoTag(Tag t, Object* o) {
        m_out.push_back(static_cast<char>(static_cast<uint8_t>(t) | wire::kMemo));
        m_memo.emplace(o, m_memo.size());
    }
    bool fail(CodecError::Kind k, std::string message) {
        m_error = CodecError{k, std::move(message)};
        return false;
    }
    bool cannotPickle(const Object* o) {
        return fail(CodecError::Kind::TypeError, "cannot pickle '" + typeNameOf(o) + "' object");
    }

    // A builtin container whose class is a user subclass carries that class first.
    bool classPrefix(Object* o, ClassObject* builtin) {
        if (o->cls == builtin) return true;
        tag(Tag::WithClass);
        return global(o->cls, wire::GlobalKind::Class);
    }

    bool items(const std::vector<Value>& vs) {
        wire::putVarint(m_out, vs.size());
        for (Value v : vs)
            if (!value(v)) return false;
        return true;
    }

    bool object(Object* o) {
        if (auto it = m_memo.find(o); it != m_memo.end()) {
            tag(Tag::Ref);
            wire::putVarint(m_out, it->second);
            return true;
        }
        const BuiltinTypes& t = m_from.types();
        switch (o->kind) {
        case ObjKind::Str:
            // Immortal strs (constants, names) are not memoised: their identity is not the
            // program's to observe, and the receiver builds its own.
            if (o->immortal) tag(Tag::Str);
            else if (!classPrefix(o, t.strType)) return false;
            else memoTag(Tag::Str, o);
            wire::putText(m_out, static_cast<StrObject*>(o)->data);
            return true;
        case ObjKind::Tuple:
            if (!classPrefix(o, t.tupleType)) return false;
            memoTag(Tag::Tuple, o);
            return items(static_cast<TupleObject*>(o)->items);
        case ObjKind::List:
            if (!classPrefix(o, t.listType)) return false;
            memoTag(Tag::List, o);
            return items(static_cast<ListObject*>(o)->items);
        case ObjKind::Dict: {
            if (!classPrefix(o, t.dictType)) return false;
            memoTag(Tag::Dict, o);
            auto* d = static_cast<DictObject*>(o);
            wire::putVarint(m_out, d->size());
            for (const DictObject::Entry& e : d->entries)
                if (e.live && (!value(e.key) || !value(e.value))) return false;
            return true;
        }
        case ObjKind::Set:
        case ObjKind::FrozenSet: {
            bool frozen = o->kind == ObjKind::FrozenSet;
            if (!classPrefix(o, frozen ? t.frozensetType : t.setType)) return false;
            memoTag(frozen ? Tag::FrozenSet : Tag::Set, o);
            auto* s = static_cast<SetObject*>(o);
            wire::putVarint(m_out, s->size());
            for (const SetObject::Slot& slot : s->table)
                if (slot.state == 1 && !value(slot.key)) return false;
            return true;
        }
        case ObjKind::Class: return global(o, wire::GlobalKind::Class);
        case ObjKind::Function: return global(o, wire::GlobalKind::Function);
        case ObjKind::Builtin: {
            auto* b = static_cast<BuiltinObject*>(o);
            if (b->hasBound || !o->immortal) return cannotPickle(o);
            return global(o, wire::GlobalKind::Builtin);
        }
        case ObjKind::Instance: {
            auto* inst = static_cast<InstanceObject*>(o);
            // Native state under a user class (a Process or Thread subclass) stays home.
            if (inst->payload) return cannotPickle(inst->payload);
            memoTag(Tag::Instance, o);
            if (!global(o->cls, wire::GlobalKind::Class)) return false;
            return inst->dict ? value(Value::object(inst->dict)) : tag(Tag::None);
        }
        case ObjKind::Exception: {
            auto* e = static_cast<ExceptionObject*>(o);
            memoTag(Tag::Exception, o);
            if (!global(o->cls, wire::GlobalKind::Class)) return false;
            if (e->args ? !value(Value::object(e->args)) : !tag(Tag::None)) return false;
            return e->dict ? value(Value::object(e->dict)) : tag(Tag::None);
        }
        case ObjKind::Range: {
            auto* r = static_cast<RangeObject*>(o);
            tag(Tag::Range);
            for (int64_t x : {r->start, r->stop, r->step}) wire::putFixed64(m_out, static_cast<uint64_t>(x));
            return true;
        }
        case ObjKind::Slice: {
            auto* s = static_cast<SliceObject*>(o);
            tag(Tag::Slice);
            return value(s->start) && value(s->stop) && value(s->step);
        }
        case ObjKind::BoundMethod: {
            auto* m = static_cast<BoundMethodObject*>(o);
            tag(Tag::BoundMethod);
            return value(m->self) && value(m->function);
        }
        case ObjKind::Native:
            if (dynamic_cast<HandleObject*>(o))
                return fail(CodecError::Kind::RuntimeError,
                            typeNameOf(o) + " objects should only be shared between processes through inheritance");
            return cannotPickle(o);
        default: return cannotPickle(o);  // generator, module, cell, code, iterator, view, ...
        }
    }

    // builtinModuleOf(): the module a builtin function is found in under its name, as its
    // __module__ would say in CPython (time.sleep: "time"); "builtins" when none holds it.
    std::string builtinModuleOf(Object* o, const std::string& name) {
        Value* b = m_from.types().builtins->findStr(name);
        if (b && b->isObj() && b->asObj() == o) return "builtins";
        std::string module = "builtins";
        m_from.modules()->forEach([&](Value key, Value mod) {
            if (module == "builtins" && isKind(key, ObjKind::Str) && mod.isObj() &&
                vm::lookupQualname(mod.asObj(), name) == o)
                module = as<StrObject>(key)->data;
        });
        return module;
    }

    // global(): a class, function or builtin by reference, as pickle saves them: refused unless
    // its own (module, qualname) leads back to it in the sender, so the receiver can find it.
    bool global(Object* o, wire::GlobalKind kind) {
        std::string module, qualname, shown;
        if (kind == wire::GlobalKind::Class) {
            auto* c = static_cast<ClassObject*>(o);
            Value* m = c->dict ? c->dict->findStr("__module__") : nullptr;
            module = m && isKind(*m, ObjKind::Str) ? as<StrObject>(*m)->data : c->module;
            qualname = c->qualname;
            shown = "<class '" + (module == "builtins" ? qualname : module + "." + qualname) + "'>";
        } else if (kind == wire::GlobalKind::Function) {
            auto* f = static_cast<FunctionObject*>(o);
            if (isKind(f->module, ObjKind::Str)) module = as<StrObject>(f->module)->data;
            if (f->code && f->code->qualname) qualname = f->code->qualname->data;
            shown = "<function " + qualname + ">";
        } else {
            qualname = static_cast<BuiltinObject*>(o)->name;
            module = builtinModuleOf(o, qualname);
            shown = "<built-in function " + qualname + ">";
        }
        if (qualname.find("<locals>") != std::string::npos)
            return fail(CodecError::Kind::AttributeError, "Can't pickle local object '" + qualname + "'");
        Object* found = nullptr;
        if (module == "builtins") {
            Value* b = m_from.types().builtins->findStr(qualname);
            found = b && b->isObj() ? b->asObj() : nullptr;
        } else if (Value* mod = module.empty() ? nullptr : m_from.modules()->findStr(module); mod && mod->isObj()) {
            found = vm::lookupQualname(mod->asObj(), qualname);
        }
        if (!found)
            return fail(CodecError::Kind::PicklingError,
                        "Can't pickle " + shown + ": attribute lookup " + qualname + " on " + module + " failed");
        if (found != o)
            return fail(CodecError::Kind::PicklingError,
                        "Can't pickle " + shown + ": it's not the same object as " + module + "." + qualname);
        tag(Tag::Global);
        m_out.push_back(static_cast<char>(kind));
        wire::putText(m_out, module);
        wire::putText(m_out, qualname);
        return true;
    }

    Vm& m_from;
    std::string& m_out;
    CodecError& m_error;
    std::unordered_map<Object*, uint64_t> m_memo;
    int m_depth = 0;
};

}  // namespace

bool encodeValue(Vm& from, Value v, std::string& out, CodecError& error) {
    size_t start = out.size();
    out.push_back(wire::kMagic0);
    out.push_back(wire::kMagic1);
    out.push_back(static_cast<char>(wire::kVersion));
    Encoder e(from, out, error);
    if (e.value(v)) return true;
    out.resize(start);
    return false;
}

Value raiseCodecError(CallContext& ctx, const CodecError& error) {
    const BuiltinTypes& t = ctx.types();
    ClassObject* cls = t.TypeError;
    switch (error.kind) {
    case CodecError::Kind::AttributeError: cls = t.AttributeError; break;
    case CodecError::Kind::RecursionError: cls = t.RecursionError; break;
    case CodecError::Kind::RuntimeError: cls = t.RuntimeError; break;
    default: break;
    }
    return ctx.raise(cls, error.message);
}

}  // namespace il::native
