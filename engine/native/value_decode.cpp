// Decoding the codec's bytes into a receiving Vm (see value_codec.hpp and value_codec_wire.hpp).

#include <bit>
#include <vector>

#include "engine/native/value_codec.hpp"
#include "engine/native/value_codec_wire.hpp"

namespace il::native {

using namespace il::vm;
using wire::Tag;

namespace {

// moduleRepr(): repr(module) as pickle's "Can't get attribute" message shows it.
std::string moduleRepr(Value mod) {
    if (!isKind(mod, ObjKind::Module)) return "<object>";
    auto* m = as<ModuleObject>(mod);
    std::string out = "<module '" + (m->name ? m->name->data : std::string("?")) + "'";
    Value* file = m->dict ? m->dict->findStr("__file__") : nullptr;
    if (file && isKind(*file, ObjKind::Str)) return out + " from '" + as<StrObject>(*file)->data + "'>";
    return out + " (built-in)>";
}

class Decoder {
public:
    Decoder(CallContext& ctx, std::string_view in) : m_ctx(ctx), m_r{in} {}

    Value message() {
        if (m_r.byte() != static_cast<uint8_t>(wire::kMagic0) || m_r.byte() != static_cast<uint8_t>(wire::kMagic1))
            return corrupt("not an encoded value");
        if (m_r.byte() != wire::kVersion) return corrupt("unknown version");
        Value v = value();
        if (v.isError()) return v;
        if (m_r.pos != m_r.in.size()) return corrupt("trailing bytes");
        return v;
    }

private:
    Value corrupt(std::string_view why) {
        return m_ctx.valueError("cannot decode a message from another process: " + std::string(why));
    }

    // created(): records a new object in its reserved memo slot (if the tag asked for one).
    Value created(Object* o, int64_t slot) {
        if (slot >= 0) m_memo[static_cast<size_t>(slot)] = o;
        return Value::object(o);
    }

    // count(): an item count no larger than the bytes left (each item takes at least one), so
    // corrupt input cannot make us reserve absurd amounts.
    bool count(uint64_t& n) {
        n = m_r.varint();
        return !m_r.bad && n <= m_r.in.size() - m_r.pos;
    }

    Value value() {
        if (++m_depth > wire::kMaxDepth) return corrupt("nested too deeply");
        Value v = decode();
        --m_depth;
        return v;
    }

    Value decode() {
        uint8_t b = m_r.byte();
        if (m_r.bad) return corrupt("truncated");
        int64_t slot = -1;
        if (b & wire::kMemo) {
            slot = static_cast<int64_t>(m_memo.size());
            m_memo.push_back(nullptr);
        }
        switch (static_cast<Tag>(b & ~wire::kMemo)) {
        case Tag::None: return Value::none();
        case Tag::False: return Value::boolean(false);
        case Tag::True: return Value::boolean(true);
        case Tag::Int: {
            int64_t i = static_cast<int64_t>(m_r.fixed64());
            return m_r.bad ? corrupt("truncated") : Value::integer(i);
        }
        case Tag::Float: {
            double d = std::bit_cast<double>(m_r.fixed64());
            return m_r.bad ? corrupt("truncated") : Value::real(d);
        }
        case Tag::Str: {
            std::string_view s = m_r.text();
            return m_r.bad ? corrupt("truncated") : created(m_ctx.newStr(s), slot);
        }
        case Tag::Tuple:
        case Tag::List: {
            uint64_t n;
            if (!count(n)) return corrupt("bad length");
            bool isTuple = (b & ~wire::kMemo) == static_cast<uint8_t>(Tag::Tuple);
            Object* o = isTuple ? static_cast<Object*>(m_ctx.newTuple()) : m_ctx.newList();
            created(o, slot);
            std::vector<Value>& items = isTuple ? static_cast<TupleObject*>(o)->items : static_cast<ListObject*>(o)->items;
            items.reserve(n);
            for (uint64_t i = 0; i < n; ++i) {
                Value v = value();
                if (v.isError()) return v;
                items.push_back(v);
            }
            return Value::object(o);
        }
        case Tag::Dict: {
            uint64_t n;
            if (!count(n)) return corrupt("bad length");
            DictObject* d = m_ctx.newDict();
            created(d, slot);
            for (uint64_t i = 0; i < n; ++i) {
                Value k = value();
                if (k.isError()) return k;
                Value v = value();
                if (v.isError()) return v;
                if (!d->set(m_ctx, k, v)) return Value::error();
            }
            return Value::object(d);
        }
        case Tag::Set:
        case Tag::FrozenSet: {
            uint64_t n;
            if (!count(n)) return corrupt("bad length");
            SetObject* s = m_ctx.newSet((b & ~wire::kMemo) == static_cast<uint8_t>(Tag::FrozenSet));
            created(s, slot);
            for (uint64_t i = 0; i < n; ++i) {
                Value k = value();
                if (k.isError()) return k;
                if (!s->add(m_ctx, k)) return Value::error();
            }
            return Value::object(s);
        }
        case Tag::Global: return global();
        case Tag::Instance:
        case Tag::Exception: return instance((b & ~wire::kMemo) == static_cast<uint8_t>(Tag::Exception), slot);
        case Tag::WithClass: {
            Value cls = value();
            if (cls.isError()) return cls;
            Value obj = value();
            if (obj.isError()) return obj;
            // The object was built with the builtin class of its layout: the subclass must derive from it.
            if (!isKind(cls, ObjKind::Class) || !obj.isObj() || !as<ClassObject>(cls)->isSubclassOf(obj.asObj()->cls))
                return corrupt("class does not match its object");
            obj.asObj()->cls = as<ClassObject>(cls);
            return obj;
        }
        case Tag::Ref: {
            uint64_t i = m_r.varint();
            if (m_r.bad || i >= m_memo.size() || !m_memo[i]) return corrupt("bad reference");
            return Value::object(m_memo[i]);
        }
        case Tag::Range: {
            auto* r = m_ctx.make<RangeObject>(m_ctx.types().rangeType);
            r->start = static_cast<int64_t>(m_r.fixed64());
            r->stop = static_cast<int64_t>(m_r.fixed64());
            r->step = static_cast<int64_t>(m_r.fixed64());
            return m_r.bad ? corrupt("truncated") : Value::object(r);
        }
        case Tag::Slice: {
            Value f[3];
            for (Value& x : f)
                if ((x = value()).isError()) return x;
            auto* s = m_ctx.make<SliceObject>(m_ctx.types().sliceType);
            s->start = f[0], s->stop = f[1], s->step = f[2];
            return Value::object(s);
        }
        case Tag::BoundMethod: {
            Value self = value();
            if (self.isError()) return self;
            Value fn = value();
            if (fn.isError()) return fn;
            auto* m = m_ctx.make<BoundMethodObject>(m_ctx.types().methodType);
            m->self = self, m->function = fn;
            return Value::object(m);
        }
        }
        return corrupt("unknown tag");
    }

    // instance(): a user-class instance or an exception: class, [args], attribute dict.
    Value instance(bool exception, int64_t slot) {
        Value cls = value();
        if (cls.isError()) return cls;
        if (!isKind(cls, ObjKind::Class)) return corrupt("instance of a non-class");
        auto* c = as<ClassObject>(cls);
        InstanceObject* inst = nullptr;
        if (exception) {
            if (!c->isSubclassOf(m_ctx.types().BaseException))
                return m_ctx.typeError("cannot unpickle: " + c->qualname + " is not an exception class");
            inst = m_ctx.newException(c, {});
        } else {
            if (c->instanceKind != ObjKind::Instance)
                return m_ctx.typeError("cannot unpickle: " + c->qualname + " instances are not plain objects here");
            inst = m_ctx.newInstance(c);
        }
        created(inst, slot);
        if (exception) {
            Value args = value();
            if (args.isError()) return args;
            if (isKind(args, ObjKind::Tuple)) static_cast<ExceptionObject*>(inst)->args = as<TupleObject>(args);
            else if (!args.isNone()) return corrupt("exception args are not a tuple");
        }
        Value dict = value();
        if (dict.isError()) return dict;
        if (isKind(dict, ObjKind::Dict)) inst->dict = as<DictObject>(dict);
        else if (!dict.isNone()) return corrupt("attributes are not a dict");
        return Value::object(inst);
    }

    // global(): the receiver's object for (module, qualname), importing the module if needed.
    Value global() {
        auto kind = static_cast<wire::GlobalKind>(m_r.byte());
        std::string module(m_r.text());
        std::string qualname(m_r.text());
        if (m_r.bad) return corrupt("truncated");
        Object* found = nullptr;
        Value mod;
        if (module == "builtins") {
            Value* b = m_ctx.types().builtins->findStr(qualname);
            found = b && b->isObj() ? b->asObj() : nullptr;
        } else {
            mod = m_ctx.vm().importModule(m_ctx, module);
            if (mod.isError()) return mod;
            found = mod.isObj() ? vm::lookupQualname(mod.asObj(), qualname) : nullptr;
        }
        if (!found)
            return m_ctx.raise(m_ctx.types().AttributeError,
                               "Can't get attribute '" + qualname + "' on " + (module == "builtins" ? "<module 'builtins' (built-in)>" : moduleRepr(mod)));
        if (kind == wire::GlobalKind::Class && found->kind != ObjKind::Class)
            return m_ctx.typeError("cannot unpickle: " + module + "." + qualname + " is not a class");
        return Value::object(found);
    }

    CallContext& m_ctx;
    wire::Reader m_r;
    std::vector<Object*> m_memo;
    int m_depth = 0;
};

}  // namespace

Value decodeValue(CallContext& ctx, std::string_view bytes) {
    Decoder d(ctx, bytes);
    return d.message();
}

}  // namespace il::native
