// repr() and str() of every value, f-string formatting glue (FORMAT_VALUE / BUILD_STRING).

#include <algorithm>
#include <cstdio>

#include "engine/text/float_repr.hpp"
#include "engine/text/utf8.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

std::string address(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
    return buf;
}

std::string className(const ClassObject* c) {
    if (c->module == "builtins") return c->qualname;
    return c->module + "." + c->qualname;
}

// userMethod(): the first class in the MRO defining `name`, if it is a user (non-builtin) class.
Value* userMethod(ClassObject* cls, StrObject* name) {
    for (ClassObject* c : cls->mro) {
        if (Value* v = c->dict->findStr(name)) return c->isBuiltin ? nullptr : v;
    }
    return nullptr;
}

struct ReprGuard {
    Vm& vm;
    bool entered;
    ReprGuard(Vm& v, Object* o) : vm(v) {
        entered = std::find(vm.reprStack.begin(), vm.reprStack.end(), o) == vm.reprStack.end();
        if (entered) vm.reprStack.push_back(o);
    }
    ~ReprGuard() {
        if (entered) vm.reprStack.pop_back();
    }
};

bool callStrMethod(CallContext& ctx, Value fn, Value self, std::string& out, const char* what) {
    Value args[1] = {self};
    Value r = callValue(ctx, fn, ArgView{args, 1, nullptr, 0});
    if (r.isSignal()) {
        if (r.isSuspend()) ctx.raise(ctx.types().RuntimeError, "__repr__/__str__ cannot block");
        return false;
    }
    if (!isKind(r, ObjKind::Str)) {
        ctx.typeError(std::string(what) + " returned non-string (type " + std::string(ctx.typeName(r)) + ")");
        return false;
    }
    out += as<StrObject>(r)->data;
    return true;
}

bool reprItems(CallContext& ctx, const std::vector<Value>& items, std::string& out) {
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        if (!reprAppend(ctx, items[i], out)) return false;
    }
    return true;
}

bool exceptionStr(CallContext& ctx, ExceptionObject* e, std::string& out) {
    const auto& args = e->args ? e->args->items : std::vector<Value>();
    if (args.empty()) return true;
    if (args.size() == 1) {
        if (e->cls->isSubclassOf(ctx.types().KeyError)) return reprAppend(ctx, args[0], out);
        return strAppend(ctx, args[0], out);
    }
    // OSError(errno, strerror) reads "[Errno 10] No child processes", with a filename
    // "[Errno 2] No such file or directory: 'x.txt'" and a second one "...: 'a' -> 'b'".
    if (args.size() >= 2 && args.size() <= 5 && e->cls->isSubclassOf(ctx.types().OSError)) {
        const Value* file = e->dict ? e->dict->findStr(ctx.vm().intern("filename")) : nullptr;
        const Value* file2 = e->dict ? e->dict->findStr(ctx.vm().intern("filename2")) : nullptr;
        out += "[Errno ";
        if (!strAppend(ctx, args[0], out)) return false;
        out += "] ";
        if (!strAppend(ctx, args[1], out)) return false;
        if (!file || file->isNone()) return true;
        out += ": ";
        if (!reprAppend(ctx, *file, out)) return false;
        if (!file2 || file2->isNone()) return true;
        out += " -> ";
        return reprAppend(ctx, *file2, out);
    }
    return reprAppend(ctx, Value::object(e->args), out);
}

}  // namespace

void reprStr(std::string_view s, std::string& out) {
    bool hasSingle = s.find('\'') != std::string_view::npos;
    bool hasDouble = s.find('"') != std::string_view::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    out += quote;
    size_t pos = 0;
    while (pos < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {
            ++pos;
            switch (c) {
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c == static_cast<unsigned char>(quote)) {
                    out += '\\';
                    out += char(c);
                } else if (c < 0x20 || c == 0x7f) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", c);
                    out += buf;
                } else {
                    out += char(c);
                }
            }
            continue;
        }
        size_t start = pos;
        char32_t cp = text::decodeAt(s, pos);
        if (text::isPrintable(cp)) {
            out.append(s.substr(start, pos - start));
        } else {
            char buf[16];
            if (cp <= 0xff) std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(cp));
            else if (cp <= 0xffff) std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp));
            else std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(cp));
            out += buf;
        }
    }
    out += quote;
}

bool reprAppend(CallContext& ctx, Value v, std::string& out) {
    const BuiltinTypes& T = ctx.types();
    switch (v.tag()) {
    case Tag::None: out += "None"; return true;
    case Tag::Bool: out += v.asBool() ? "True" : "False"; return true;
    case Tag::Int: out += std::to_string(v.asInt()); return true;
    case Tag::Float: out += text::reprFloat(v.asFloat()); return true;
    case Tag::Obj: break;
    default: out += "<signal>"; return true;
    }
    Object* o = v.asObj();
    if (o->kind == ObjKind::Str) {
        reprStr(static_cast<StrObject*>(o)->data, out);
        return true;
    }
    NestingGuard nesting(ctx, " while getting the repr of an object");
    if (!nesting.ok()) return false;
    // A subclass of a builtin container (class Pair(tuple)) may define its own __repr__.
    if (!o->cls->isBuiltin && o->kind != ObjKind::Exception && o->kind != ObjKind::Instance)
        if (Value* fn = userMethod(o->cls, T.names.repr)) return callStrMethod(ctx, *fn, v, out, "__repr__");
    switch (o->kind) {
    case ObjKind::List: {
        ReprGuard g(ctx.vm(), o);
        if (!g.entered) {
            out += "[...]";
            return true;
        }
        out += '[';
        if (!reprItems(ctx, static_cast<ListObject*>(o)->items, out)) return false;
        out += ']';
        return true;
    }
    case ObjKind::Tuple: {
        auto& items = static_cast<TupleObject*>(o)->items;
        ReprGuard g(ctx.vm(), o);
        if (!g.entered) {
            out += "(...)";
            return true;
        }
        out += '(';
        if (!reprItems(ctx, items, out)) return false;
        if (items.size() == 1) out += ',';
        out += ')';
        return true;
    }
    case ObjKind::Dict: {
        ReprGuard g(ctx.vm(), o);
        if (!g.entered) {
            out += "{...}";
            return true;
        }
        out += '{';
        bool first = true;
        for (auto& e : static_cast<DictObject*>(o)->entries) {
            if (!e.live) continue;
            if (!first) out += ", ";
            first = false;
            if (!reprAppend(ctx, e.key, out)) return false;
            out += ": ";
            if (!reprAppend(ctx, e.value, out)) return false;
        }
        out += '}';
        return true;
    }
    case ObjKind::Set:
    case ObjKind::FrozenSet: {
        auto* s = static_cast<SetObject*>(o);
        bool frozen = o->kind == ObjKind::FrozenSet;
        if (s->size() == 0) {
            out += frozen ? "frozenset()" : "set()";
            return true;
        }
        ReprGuard g(ctx.vm(), o);
        if (!g.entered) {
            out += frozen ? "frozenset(...)" : "{...}";
            return true;
        }
        out += frozen ? "frozenset({" : "{";
        bool first = true;
        for (auto& slot : s->table) {
            if (slot.state != 1) continue;
            if (!first) out += ", ";
            first = false;
            if (!reprAppend(ctx, slot.key, out)) return false;
        }
        out += frozen ? "})" : "}";
        return true;
    }
    case ObjKind::DictView: {
        auto* view = static_cast<DictViewObject*>(o);
        out += o->cls->qualname + "([";
        bool first = true;
        for (auto& e : view->dict->entries) {
            if (!e.live) continue;
            if (!first) out += ", ";
            first = false;
            if (view->which == DictViewObject::Which::Keys) {
                if (!reprAppend(ctx, e.key, out)) return false;
            } else if (view->which == DictViewObject::Which::Values) {
                if (!reprAppend(ctx, e.value, out)) return false;
            } else {
                out += '(';
                if (!reprAppend(ctx, e.key, out)) return false;
                out += ", ";
                if (!reprAppend(ctx, e.value, out)) return false;
                out += ')';
            }
        }
        out += "])";
        return true;
    }
    case ObjKind::Range: {
        auto* r = static_cast<RangeObject*>(o);
        out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
        if (r->step != 1) out += ", " + std::to_string(r->step);
        out += ')';
        return true;
    }
    case ObjKind::Slice: {
        auto* s = static_cast<SliceObject*>(o);
        out += "slice(";
        if (!reprAppend(ctx, s->start, out)) return false;
        out += ", ";
        if (!reprAppend(ctx, s->stop, out)) return false;
        out += ", ";
        if (!reprAppend(ctx, s->step, out)) return false;
        out += ')';
        return true;
    }
    case ObjKind::Class: out += "<class '" + className(static_cast<ClassObject*>(o)) + "'>"; return true;
    case ObjKind::Function: {
        auto* fn = static_cast<FunctionObject*>(o);
        out += "<function " + fn->code->qualname->data + " at " + address(o) + ">";
        return true;
    }
    case ObjKind::Builtin: {
        auto* b = static_cast<BuiltinObject*>(o);
        if (b->hasBound)
            out += std::string("<built-in method ") + b->name + " of " + std::string(ctx.typeName(b->bound)) +
                   " object at " + address(b->bound.isObj() ? b->bound.asObj() : nullptr) + ">";
        else
            out += std::string("<built-in function ") + b->name + ">";
        return true;
    }
    case ObjKind::BoundMethod: {
        auto* bm = static_cast<BoundMethodObject*>(o);
        std::string name = isKind(bm->function, ObjKind::Function)
                               ? as<FunctionObject>(bm->function)->code->qualname->data
                               : "?";
        out += "<bound method " + name + " of ";
        if (!reprAppend(ctx, bm->self, out)) return false;
        out += ">";
        return true;
    }
    case ObjKind::Module:
        out += "<module '" + static_cast<ModuleObject*>(o)->name->data + "' (built-in)>";
        return true;
    case ObjKind::Generator: {
        auto* g = static_cast<GeneratorObject*>(o);
        out += std::string(g->isCoroutine ? "<coroutine object " : "<generator object ") +
               (g->name ? g->name->data : "?") + " at " + address(o) + ">";
        return true;
    }
    case ObjKind::Exception: {
        if (Value* fn = userMethod(o->cls, T.names.repr)) return callStrMethod(ctx, *fn, v, out, "__repr__");
        auto* e = static_cast<ExceptionObject*>(o);
        out += o->cls->name->data + "(";
        if (e->args) {
            if (!reprItems(ctx, e->args->items, out)) return false;
        }
        out += ")";
        return true;
    }
    case ObjKind::Instance: {
        if (v.identical(T.notImplemented)) {
            out += "NotImplemented";
            return true;
        }
        if (v.identical(T.ellipsis)) {
            out += "Ellipsis";
            return true;
        }
        if (Value* fn = o->cls->lookup(T.names.repr)) {
            if (!isKind(*fn, ObjKind::Builtin)) return callStrMethod(ctx, *fn, v, out, "__repr__");
        }
        out += "<" + className(o->cls) + " object at " + address(o) + ">";
        return true;
    }
    case ObjKind::Code:
        out += "<code object " + static_cast<CodeObject*>(o)->name->data + ">";
        return true;
    default: break;
    }
    if (Value* fn = o->cls->lookup(T.names.repr)) return callStrMethod(ctx, *fn, v, out, "__repr__");
    out += "<" + className(o->cls) + " object at " + address(o) + ">";
    return true;
}

bool strAppend(CallContext& ctx, Value v, std::string& out) {
    const BuiltinTypes& T = ctx.types();
    if (isKind(v, ObjKind::Str)) {
        out += as<StrObject>(v)->data;
        return true;
    }
    if (isKind(v, ObjKind::Exception)) {
        if (Value* fn = userMethod(v.asObj()->cls, T.names.str)) return callStrMethod(ctx, *fn, v, out, "__str__");
        if (userMethod(v.asObj()->cls, T.names.repr)) {
            // Python's BaseException.__str__ ignores __repr__; keep builtin behaviour.
        }
        return exceptionStr(ctx, as<ExceptionObject>(v), out);
    }
    if (isKind(v, ObjKind::Instance)) {
        if (Value* fn = v.asObj()->cls->lookup(T.names.str))
            if (!isKind(*fn, ObjKind::Builtin)) return callStrMethod(ctx, *fn, v, out, "__str__");
    }
    return reprAppend(ctx, v, out);
}

Value formatValueOp(CallContext& ctx, Value v, uint32_t flags, Value spec) {
    uint32_t conv = flags & kFvConvMask;
    if (conv) {
        std::string s;
        bool ok = conv == 1 ? strAppend(ctx, v, s) : reprAppend(ctx, v, s);
        if (!ok) return Value::error();
        v = ctx.makeStr(s);
    }
    return formatValue(ctx, v, spec);
}

Value formatValue(CallContext& ctx, Value v, Value spec) {
    const BuiltinTypes& T = ctx.types();
    bool emptySpec = spec.isNone() || (isKind(spec, ObjKind::Str) && as<StrObject>(spec)->data.empty());
    if (emptySpec) {
        if (isKind(v, ObjKind::Str)) return v;
        if (!isKind(v, ObjKind::Instance)) {
            std::string s;
            if (!strAppend(ctx, v, s)) return Value::error();
            return ctx.makeStr(s);
        }
    }
    Value specStr = spec.isNone() ? ctx.makeStr("") : spec;
    ClassObject* cls = ctx.typeOf(v);
    if (Value* fn = cls->lookup(T.names.format)) {
        Value args[2] = {v, specStr};
        Value r = callValue(ctx, *fn, ArgView{args, 2, nullptr, 0});
        if (r.isSignal()) return Value::error();
        if (!isKind(r, ObjKind::Str))
            return ctx.typeError("__format__ must return a str, not " + std::string(ctx.typeName(r)));
        return r;
    }
    if (emptySpec) {
        std::string s;
        if (!strAppend(ctx, v, s)) return Value::error();
        return ctx.makeStr(s);
    }
    return ctx.typeError("unsupported format string passed to " + cls->qualname + ".__format__");
}

Value buildString(CallContext& ctx, const Value* items, size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) {
        if (isKind(items[i], ObjKind::Str)) s += as<StrObject>(items[i])->data;
        else if (!strAppend(ctx, items[i], s)) return Value::error();
    }
    return ctx.makeStr(s);
}

}  // namespace il::vm
