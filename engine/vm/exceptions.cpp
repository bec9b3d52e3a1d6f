// Exceptions: creation, raising (implicit __context__, `from`), matching, traceback entries and
// the CPython-style traceback text.

#include <algorithm>
#include <cerrno>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

// The subclass CPython's OSError(errno, ...) turns into for `errno` (Linux's numbers), or null.
ClassObject* osErrorClassFor(const BuiltinTypes& T, int64_t errnum) {
    switch (errnum) {
        case EAGAIN:  // == EWOULDBLOCK
        case EALREADY:
        case EINPROGRESS: return T.BlockingIOError;
        case ECHILD: return T.ChildProcessError;
        case EPIPE:
        case ESHUTDOWN: return T.BrokenPipeError;
        case ECONNABORTED: return T.ConnectionAbortedError;
        case ECONNREFUSED: return T.ConnectionRefusedError;
        case ECONNRESET: return T.ConnectionResetError;
        case EEXIST: return T.FileExistsError;
        case ENOENT: return T.FileNotFoundError;
        case EISDIR: return T.IsADirectoryError;
        case ENOTDIR: return T.NotADirectoryError;
        case EINTR: return T.InterruptedError;
        case EACCES:
        case EPERM: return T.PermissionError;
        case ESRCH: return T.ProcessLookupError;
        case ETIMEDOUT: return T.TimeoutError;
        default: return nullptr;
    }
}

}  // namespace

void setExceptionArgs(CallContext& ctx, ExceptionObject* e, std::vector<Value> args) {
    // OSError(errno, strerror, filename[, winerror[, filename2]]): a filename that is not None
    // goes to `filename` (the fifth argument to `filename2`), leaving args (errno, strerror).
    if (args.size() >= 3 && args.size() <= 5 && !args[2].isNone() && e->cls->isSubclassOf(ctx.types().OSError)) {
        if (!e->dict) e->dict = ctx.newDict();
        e->dict->setStr(ctx.vm().intern("filename"), args[2]);
        if (args.size() == 5 && !args[4].isNone()) e->dict->setStr(ctx.vm().intern("filename2"), args[4]);
        args.resize(2);
    }
    e->args = ctx.newTuple(std::move(args));
}

ExceptionObject* makeException(CallContext& ctx, ClassObject* cls, std::vector<Value> args) {
    // OSError(errno, strerror[, ...]) is made as the subclass its errno names, as in CPython.
    if (cls == ctx.types().OSError && args.size() >= 2 && args.size() <= 5 && args[0].isInt())
        if (ClassObject* sub = osErrorClassFor(ctx.types(), args[0].asInt())) cls = sub;
    auto* e = ctx.vm().make<ExceptionObject>(cls);
    setExceptionArgs(ctx, e, std::move(args));
    if (cls->isSubclassOf(ctx.types().StopIteration) && !e->args->items.empty())
        e->stopValue = e->args->items[0];
    return e;
}

void setContextFromHandled(CallContext& ctx, Value exc) {
    Value handled = ctx.task().handled;
    if (handled.isNone() || handled.identical(exc) || !isKind(exc, ObjKind::Exception)) return;
    auto* e = as<ExceptionObject>(exc);
    if (!e->context.isNone()) return;
    // Avoid cycles: do not chain if exc is already in handled's context chain.
    for (Value c = handled; isKind(c, ObjKind::Exception); c = as<ExceptionObject>(c)->context)
        if (c.identical(exc)) return;
    e->context = handled;
}

Value setPending(CallContext& ctx, Value exc) {
    setContextFromHandled(ctx, exc);
    ctx.task().pending = exc;
    return Value::error();
}

// toException(): an exception instance from `raise X` (class → instance).
static Value toException(CallContext& ctx, Value v) {
    const BuiltinTypes& T = ctx.types();
    if (isKind(v, ObjKind::Class) && as<ClassObject>(v)->isSubclassOf(T.BaseException)) {
        Value r = callValue(ctx, v, ArgView{});
        return r;
    }
    if (isKind(v, ObjKind::Exception)) return v;
    ctx.typeError("exceptions must derive from BaseException");
    return Value::error();
}

Value doRaise(CallContext& ctx, Value exc, Value cause, int nargs, bool& reraise) {
    const BuiltinTypes& T = ctx.types();
    if (nargs == 0) {
        Value h = ctx.task().handled;
        if (h.isNone()) return ctx.raise(T.RuntimeError, "No active exception to reraise");
        ctx.task().pending = h;
        reraise = true;
        return Value::error();
    }
    Value e = toException(ctx, exc);
    if (e.isSignal()) return Value::error();
    if (nargs == 2) {
        Value c;
        if (cause.isNone()) c = Value();
        else {
            c = toException(ctx, cause);
            if (c.isSignal()) return Value::error();
        }
        as<ExceptionObject>(e)->cause = c;
        as<ExceptionObject>(e)->suppressContext = true;
    }
    return setPending(ctx, e);
}

int matchException(CallContext& ctx, Value exc, Value type) {
    const BuiltinTypes& T = ctx.types();
    ClassObject* ec = ctx.typeOf(exc);
    if (isKind(type, ObjKind::Tuple)) {
        for (Value t : as<TupleObject>(type)->items) {
            int m = matchException(ctx, exc, t);
            if (m) return m;
        }
        return 0;
    }
    if (!isKind(type, ObjKind::Class) || !as<ClassObject>(type)->isSubclassOf(T.BaseException)) {
        ctx.typeError("catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return ec->isSubclassOf(as<ClassObject>(type)) ? 1 : 0;
}

Value raiseNameError(CallContext& ctx, const Frame* f, StrObject* name) {
    ctx.raise(ctx.types().NameError, "name '" + name->data + "' is not defined");
    as<ExceptionObject>(ctx.pending())->suggestion = suggestForNameError(f, name->data);
    return Value::error();
}

void addTraceback(Value exc, const Frame* f) {
    if (!isKind(exc, ObjKind::Exception)) return;
    auto* e = as<ExceptionObject>(exc);
    uint32_t off = uint32_t(f->ip - f->code->code.data());
    off = off ? off - 1 : 0;
    e->traceback.push_back(TracebackEntry{f->code, f->code->lineFor(off)});
}

// --- traceback text ---

namespace {

std::string stripped(std::string_view line) {
    size_t b = line.find_first_not_of(" \t\f");
    if (b == std::string_view::npos) return "";
    size_t e = line.find_last_not_of(" \t\r\n");
    return std::string(line.substr(b, e - b + 1));
}

std::string exceptionLine(CallContext& ctx, Value exc) {
    ClassObject* cls = ctx.typeOf(exc);
    std::string name = cls->qualname;
    if (cls->module != "builtins" && cls->module != "__main__") name = cls->module + "." + name;
    std::string msg;
    if (!ctx.strInto(exc, msg)) {
        ctx.clearPending();
        msg = "<exception str() failed>";
    }
    if (isKind(exc, ObjKind::Exception) && !as<ExceptionObject>(exc)->suggestion.empty())
        msg += ". Did you mean: '" + as<ExceptionObject>(exc)->suggestion + "'?";
    return msg.empty() ? name + "\n" : name + ": " + msg + "\n";
}

void formatOne(CallContext& ctx, Value exc, std::string& out, std::vector<Object*>& seen) {
    if (!isKind(exc, ObjKind::Exception)) return;
    auto* e = as<ExceptionObject>(exc);
    if (std::find(seen.begin(), seen.end(), e) != seen.end()) return;
    seen.push_back(e);
    if (isKind(e->cause, ObjKind::Exception)) {
        formatOne(ctx, e->cause, out, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (isKind(e->context, ObjKind::Exception) && !e->suppressContext) {
        formatOne(ctx, e->context, out, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (!e->traceback.empty()) {
        out += "Traceback (most recent call last):\n";
        std::string last;
        int repeat = 0;
        auto flushRepeat = [&]() {
            if (repeat > 3) {
                int more = repeat - 3;
                out += "  [Previous line repeated " + std::to_string(more) + " more time" +
                       (more == 1 ? "" : "s") + "]\n";
            }
        };
        for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
            const CodeObject* code = it->code;
            std::string entry = "  File \"" + (code->source ? code->source->name() : std::string("?")) +
                                "\", line " + std::to_string(it->line) + ", in " + code->name->data + "\n";
            if (code->source) {
                std::string src = stripped(code->source->line(it->line));
                if (!src.empty()) entry += "    " + src + "\n";
            }
            if (entry == last) {
                ++repeat;
                if (repeat <= 3) out += entry;
                continue;
            }
            flushRepeat();
            last = entry;
            repeat = 1;
            out += entry;
        }
        flushRepeat();
    }
    out += exceptionLine(ctx, exc);
}

}  // namespace

std::string formatTraceback(CallContext& ctx, Value exc) {
    std::string out;
    std::vector<Object*> seen;
    formatOne(ctx, exc, out, seen);
    return out;
}

}  // namespace il::vm
