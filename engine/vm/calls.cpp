// Calls: argument binding, frames, nested runs for natives that call Python code.

#include <algorithm>
#include <iterator>

#include "engine/vm/host.hpp"
#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

std::string quotedList(const std::vector<std::string>& names) {
    std::string r;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) r += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        r += "'" + names[i] + "'";
    }
    return r;
}

Value missingArgs(CallContext& ctx, const CodeObject* code, const std::vector<std::string>& missing,
                  const char* kind) {
    std::string m = code->qualname->data + "() missing " + std::to_string(missing.size()) + " required " +
                    kind + " argument" + (missing.size() == 1 ? "" : "s") + ": " + quotedList(missing);
    return ctx.typeError(m);
}

}  // namespace

Frame* newFunctionFrame(CallContext& ctx, FunctionObject* fn, const Value* self, const Value* pos,
                        size_t npos, const KeywordArg* kw, size_t nkw, bool detached) {
    const CodeObject* code = fn->code;
    const BuiltinTypes& T = ctx.types();
    uint32_t nslots = code->nlocals() + code->ncells() + code->stacksize;
    Frame* f = detached ? FramePool::allocDetached(nslots) : ctx.task().pool.alloc(nslots);
    f->code = code;
    f->func = fn;
    f->globals = fn->globals;
    f->ip = code->code.data();
    f->sp = f->stackBase();
    Value* locals = f->slots();
    size_t total = npos + (self ? 1 : 0);
    uint32_t P = code->argcount;
    uint32_t K = code->kwonlyargcount;
    bool varargs = code->flags & kCoVarargs;
    bool varkw = code->flags & kCoVarkeywords;
    auto fail = [&]() -> Frame* {
        if (detached) FramePool::freeDetached(f);
        else ctx.task().pool.release(f);
        return nullptr;
    };
    auto argAt = [&](size_t i) { return self ? (i == 0 ? *self : pos[i - 1]) : pos[i]; };
    size_t ncopy = total < P ? total : P;
    for (size_t i = 0; i < ncopy; ++i) locals[i] = argAt(i);
    if (total > P) {
        if (!varargs) {
            size_t ndef = fn->defaults.size();
            std::string takes = ndef ? "from " + std::to_string(P - ndef) + " to " + std::to_string(P)
                                     : std::to_string(P);
            size_t kwGiven = 0;
            for (size_t i = 0; i < nkw; ++i) {
                for (uint32_t j = P; j < P + K; ++j)
                    if (code->varnames[j]->equals(kw[i].name)) ++kwGiven;
            }
            std::string m = code->qualname->data + "() takes " + takes + " positional argument" +
                            (P == 1 && !ndef ? "" : "s") + " but " + std::to_string(total) +
                            (kwGiven ? " positional argument" + std::string(total == 1 ? "" : "s") +
                                           " (and " + std::to_string(kwGiven) + " keyword-only argument" +
                                           (kwGiven == 1 ? "" : "s") + ") were given"
                                     : std::string(total == 1 ? " was" : " were") + " given");
            ctx.typeError(m);
            return fail();
        }
    }
    if (varargs) {
        auto* t = ctx.vm().make<TupleObject>(T.tupleType);
        for (size_t i = P; i < total; ++i) t->items.push_back(argAt(i));
        locals[P + K] = Value::object(t);
    }
    DictObject* kwdict = nullptr;
    if (varkw) {
        kwdict = ctx.newDict();
        locals[P + K + (varargs ? 1 : 0)] = Value::object(kwdict);
    }
    for (size_t i = 0; i < nkw; ++i) {
        StrObject* name = kw[i].name;
        int64_t slot = -1;
        for (uint32_t j = 0; j < P + K; ++j)
            if (code->varnames[j] == name || code->varnames[j]->equals(name)) {
                slot = j;
                break;
            }
        if (slot < 0) {
            if (kwdict) {
                kwdict->setStr(name, kw[i].value);
                continue;
            }
            ctx.typeError(code->qualname->data + "() got an unexpected keyword argument '" + name->data + "'");
            return fail();
        }
        if (!locals[slot].isError()) {
            ctx.typeError(code->qualname->data + "() got multiple values for argument '" + name->data + "'");
            return fail();
        }
        locals[slot] = kw[i].value;
    }
    if (total < P || K) {
        size_t ndef = fn->defaults.size();
        std::vector<std::string> missing;
        for (uint32_t i = 0; i < P; ++i) {
            if (!locals[i].isError()) continue;
            if (i >= P - ndef) locals[i] = fn->defaults[i - (P - ndef)];
            else missing.push_back(code->varnames[i]->data);
        }
        if (!missing.empty()) {
            missingArgs(ctx, code, missing, "positional");
            return fail();
        }
        for (uint32_t i = P; i < P + K; ++i) {
            if (!locals[i].isError()) continue;
            Value* d = fn->kwDefaults ? fn->kwDefaults->findStr(code->varnames[i]) : nullptr;
            if (d) locals[i] = *d;
            else missing.push_back(code->varnames[i]->data);
        }
        if (!missing.empty()) {
            missingArgs(ctx, code, missing, "keyword-only");
            return fail();
        }
    }
    // Cells: own cells (parameters copied in) then the closure's.
    Value* cells = f->cells();
    for (size_t i = 0; i < code->cellvars.size(); ++i) {
        auto* c = ctx.vm().make<CellObject>(T.cellType);
        int32_t p = code->cellParam[i];
        if (p >= 0 && !locals[p].isError()) {
            c->value = locals[p];
            c->empty = false;
        }
        cells[i] = Value::object(c);
    }
    for (size_t i = 0; i < code->freevars.size(); ++i)
        cells[code->cellvars.size() + i] = Value::object(fn->closure[i]);
    return f;
}

bool pushFrame(CallContext& ctx, Frame* f) {
    Task& task = ctx.task();
    if (task.depth >= ctx.vm().limits().maxRecursion) {
        if (f->flags & kFrameGenerator) FramePool::freeDetached(f);
        else task.pool.release(f);
        ctx.raise(ctx.types().RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    f->back = task.top;
    task.top = f;
    ++task.depth;
    return true;
}

void popFrame(Task& task) {
    Frame* f = task.top;
    task.top = f->back;
    --task.depth;
    if (!(f->flags & kFrameGenerator)) task.pool.release(f);
}

// retypeInstance(): gives a builtin-layout object made by a base constructor the subclass `cls`
// (copying it first when the constructor returned a shared object, e.g. str(x) returning x).
static Value retypeInstance(CallContext& ctx, Value obj, ClassObject* cls, const std::vector<Value>& args) {
    Object* o = obj.asObj();
    bool shared = o->immortal;
    for (Value a : args) shared = shared || a.identical(obj);
    if (shared) {
        switch (o->kind) {
        case ObjKind::Str: obj = ctx.makeStr(static_cast<StrObject*>(o)->data); break;
        case ObjKind::Tuple: obj = Value::object(ctx.newTuple(static_cast<TupleObject*>(o)->items)); break;
        default: return obj;
        }
    }
    obj.asObj()->cls = cls;
    return obj;
}

// constructCall(): calling a class.
static CallKind constructCall(CallContext& ctx, ClassObject* cls, const Value* self, const Value* pos,
                              size_t npos, const KeywordArg* kw, size_t nkw, Value& result, Frame*& frame) {
    const BuiltinTypes& T = ctx.types();
    if (cls->construct) {
        std::vector<Value> args;
        args.reserve(npos + 2);
        args.push_back(Value::object(cls));
        if (self) args.push_back(*self);
        args.insert(args.end(), pos, pos + npos);
        result = cls->construct(ctx, ArgView{args.data(), args.size(), kw, nkw});
        if (result.isError()) return CallKind::Error;
        if (result.isSuspend()) return CallKind::Suspend;
        if (!cls->isBuiltin && result.isObj() && result.asObj()->cls != cls) {
            result = retypeInstance(ctx, result, cls, args);
            Value* init = cls->lookup(T.names.init);
            ClassObject* owner = nullptr;
            for (ClassObject* c : cls->mro)
                if (c->dict->findStr(T.names.init)) {
                    owner = c;
                    break;
                }
            if (init && owner && !owner->isBuiltin) {
                if (isKind(*init, ObjKind::Function)) {
                    frame = newFunctionFrame(ctx, as<FunctionObject>(*init), &result, args.data() + 1,
                                             args.size() - 1, kw, nkw, false);
                    if (!frame) return CallKind::Error;
                    frame->flags |= kFrameConstruct;
                    frame->extra = result;
                    return CallKind::Frame;
                }
            }
        }
        return CallKind::Done;
    }
    std::vector<Value> all;
    if (self) {
        all.push_back(*self);
        all.insert(all.end(), pos, pos + npos);
        pos = all.data();
        npos = all.size();
    }
    Value inst;
    if (cls->instanceKind == ObjKind::Exception) {
        ExceptionObject* e = makeException(ctx, cls, std::vector<Value>(pos, pos + npos));
        inst = Value::object(e);
    } else {
        inst = Value::object(ctx.newInstance(cls));
    }
    Value* init = cls->lookup(T.names.init);
    Value* objectInit = T.object->dict->findStr(T.names.init);
    if (init && objectInit && init->identical(*objectInit)) init = nullptr;
    if (!init) {
        if ((npos || nkw) && cls->instanceKind != ObjKind::Exception) {
            ctx.typeError(cls->name->data + "() takes no arguments");
            return CallKind::Error;
        }
        result = inst;
        return CallKind::Done;
    }
    if (isKind(*init, ObjKind::Function)) {
        frame = newFunctionFrame(ctx, as<FunctionObject>(*init), &inst, pos, npos, kw, nkw, false);
        if (!frame) return CallKind::Error;
        frame->flags |= kFrameConstruct;
        frame->extra = inst;
        return CallKind::Frame;
    }
    Value r;
    if (isKind(*init, ObjKind::Builtin)) {
        std::vector<Value> args;
        args.push_back(inst);
        args.insert(args.end(), pos, pos + npos);
        r = as<BuiltinObject>(*init)->fn(ctx, ArgView{args.data(), args.size(), kw, nkw});
    } else {
        std::vector<Value> args;
        args.push_back(inst);
        args.insert(args.end(), pos, pos + npos);
        r = callValue(ctx, *init, ArgView{args.data(), args.size(), kw, nkw});
    }
    if (r.isError()) return CallKind::Error;
    if (r.isSuspend()) return CallKind::Suspend;
    result = inst;
    return CallKind::Done;
}

// mayConsumeGenerator(): the cheap test before a builtin function or class is called: a generator
// object is the first or last positional argument (list(gen), sum(gen, start), sep.join(gen)).
static inline bool mayConsumeGenerator(const Value* pos, size_t npos) {
    return npos && (isKind(pos[0], ObjKind::Generator) || isKind(pos[npos - 1], ObjKind::Generator));
}

// generatorFallback(): a builtin that would run a generator to completion in a nested run (which
// cannot suspend the task) is called with one; the host may name a Python function of the same
// role (Host::builtinFallback), called instead as a frame of the task so the generator can block.
// Returns false to call the builtin itself; otherwise `k` is the outcome of calling the function.
[[gnu::noinline]] static bool generatorFallback(CallContext& ctx, Value callable, const Value* bound,
                                                const Value* self, const Value* pos, size_t npos,
                                                const KeywordArg* kw, size_t nkw, Value& result, Frame*& frame,
                                                CallKind& k) {
    Host* host = ctx.vm().host;
    if (!host) return false;
    // The receivers and the arguments in one array (no allocation for the usual few arguments:
    // next(gen), iter(gen), enumerate(gen)... come here too and are refused).
    Value small[8];
    std::vector<Value> large;
    size_t n = npos + (bound ? 1 : 0) + (self ? 1 : 0);
    Value* args = small;
    if (n > std::size(small)) {
        large.resize(n);
        args = large.data();
    }
    Value* out = args;
    if (bound) *out++ = *bound;
    if (self) *out++ = *self;
    std::copy(pos, pos + npos, out);
    Value fn = host->builtinFallback(ctx, callable, args, n, kw, nkw);
    if (fn.isNone()) return false;
    if (fn.isError()) {
        k = CallKind::Error;
        return true;
    }
    k = prepareCall(ctx, fn, nullptr, args, n, kw, nkw, result, frame);
    return true;
}

CallKind prepareCall(CallContext& ctx, Value callable, const Value* self, const Value* pos, size_t npos,
                     const KeywordArg* kw, size_t nkw, Value& result, Frame*& frame) {
    const BuiltinTypes& T = ctx.types();
    if (!callable.isObj()) {
        ctx.typeError("'" + std::string(ctx.typeName(callable)) + "' object is not callable");
        return CallKind::Error;
    }
    Object* o = callable.asObj();
    switch (o->kind) {
    case ObjKind::Function: {
        auto* fn = static_cast<FunctionObject*>(o);
        uint32_t flags = fn->code->flags;
        bool isGen = flags & (kCoGenerator | kCoCoroutine);
        Frame* f = newFunctionFrame(ctx, fn, self, pos, npos, kw, nkw, isGen);
        if (!f) return CallKind::Error;
        if (isGen) {
            auto* g = ctx.vm().make<GeneratorObject>((flags & kCoCoroutine) && !(flags & kCoGenerator)
                                                         ? T.coroutineType : T.generatorType);
            g->frame = f;
            g->name = fn->code->name;
            g->isCoroutine = (flags & kCoCoroutine) != 0;
            f->flags |= kFrameGenerator;
            f->gen = g;
            result = Value::object(g);
            return CallKind::Done;
        }
        frame = f;
        return CallKind::Frame;
    }
    case ObjKind::Builtin: {
        auto* b = static_cast<BuiltinObject*>(o);
        bool hasBound = b->hasBound;
        if (mayConsumeGenerator(pos, npos)) [[unlikely]] {
            CallKind k;
            if (generatorFallback(ctx, callable, hasBound ? &b->bound : nullptr, self, pos, npos, kw, nkw, result,
                                  frame, k))
                return k;
        }
        if (!hasBound && !self) {
            result = b->fn(ctx, ArgView{pos, npos, kw, nkw});
        } else {
            std::vector<Value> args;
            args.reserve(npos + 2);
            if (hasBound) args.push_back(b->bound);
            if (self) args.push_back(*self);
            args.insert(args.end(), pos, pos + npos);
            result = b->fn(ctx, ArgView{args.data(), args.size(), kw, nkw});
        }
        if (result.isError()) return CallKind::Error;
        if (result.isSuspend()) return CallKind::Suspend;
        return CallKind::Done;
    }
    case ObjKind::BoundMethod: {
        auto* bm = static_cast<BoundMethodObject*>(o);
        if (!self) return prepareCall(ctx, bm->function, &bm->self, pos, npos, kw, nkw, result, frame);
        std::vector<Value> args;
        args.push_back(*self);
        args.insert(args.end(), pos, pos + npos);
        return prepareCall(ctx, bm->function, &bm->self, args.data(), args.size(), kw, nkw, result, frame);
    }
    case ObjKind::Class:
        if (mayConsumeGenerator(pos, npos)) [[unlikely]] {
            CallKind k;
            if (generatorFallback(ctx, callable, nullptr, self, pos, npos, kw, nkw, result, frame, k)) return k;
        }
        return constructCall(ctx, static_cast<ClassObject*>(o), self, pos, npos, kw, nkw, result, frame);
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod: break;
    default: break;
    }
    // Instances with __call__.
    if (Value* call = o->cls->lookup(T.names.call)) {
        std::vector<Value> args;
        if (self) args.push_back(*self);
        args.insert(args.end(), pos, pos + npos);
        return prepareCall(ctx, *call, &callable, args.data(), args.size(), kw, nkw, result, frame);
    }
    ctx.typeError("'" + std::string(ctx.typeName(callable)) + "' object is not callable");
    return CallKind::Error;
}

Value runFrame(CallContext& ctx, Frame* f) {
    Task& task = ctx.task();
    if (task.nativeDepth > 150) {
        if (f->flags & kFrameGenerator) FramePool::freeDetached(f);
        else task.pool.release(f);
        return ctx.raise(ctx.types().RecursionError, "maximum recursion depth exceeded");
    }
    f->flags |= kFrameEntry;
    if (!pushFrame(ctx, f)) return Value::error();
    ++task.nativeDepth;
    Value out;
    ExecStatus s = execute(ctx.vm(), task, ~uint64_t(0) >> 1, true, out);
    --task.nativeDepth;
    if (s == ExecStatus::Returned || s == ExecStatus::Yielded) return out;
    return Value::error();
}

Value callValue(CallContext& ctx, Value callable, ArgView args) {
    Value result;
    Frame* frame = nullptr;
    CallKind k = prepareCall(ctx, callable, nullptr, args.pos, args.count, args.kw, args.kwCount, result, frame);
    switch (k) {
    case CallKind::Done: return result;
    case CallKind::Error: return Value::error();
    case CallKind::Suspend: return Value::suspend();
    case CallKind::Frame: {
        Value v = runFrame(ctx, frame);
        return v;
    }
    }
    return Value::error();
}

Value callMethodByName(CallContext& ctx, Value obj, StrObject* name, ArgView args) {
    Value self;
    Value m = loadMethod(ctx, obj, name, self);
    if (m.isError()) return m;
    if (self.isError()) return callValue(ctx, m, args);
    std::vector<Value> all;
    all.reserve(args.count + 1);
    all.push_back(self);
    all.insert(all.end(), args.pos, args.pos + args.count);
    return callValue(ctx, m, ArgView{all.data(), all.size(), args.kw, args.kwCount});
}

Value makeFunction(CallContext& ctx, Frame* f, uint32_t flags, Value* args) {
    const BuiltinTypes& T = ctx.types();
    Value* p = args;
    auto* fn = ctx.vm().make<FunctionObject>(T.functionType);
    if (flags & kMfDefaults) fn->defaults = as<TupleObject>(*p++)->items;
    if (flags & kMfKwDefaults) fn->kwDefaults = as<DictObject>(*p++);
    if (flags & kMfClosure)
        for (Value c : as<TupleObject>(*p++)->items) fn->closure.push_back(as<CellObject>(c));
    fn->code = as<CodeObject>(*p);
    fn->globals = f->globals;
    if (Value* m = f->globals->findStr(T.names.name)) fn->module = *m;
    return Value::object(fn);
}

}  // namespace il::vm
