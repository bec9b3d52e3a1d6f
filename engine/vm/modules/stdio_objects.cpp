// sys.stdout / sys.stderr and print().
//
// [SECTION] The stream objects
// [SECTION] print()

#include "engine/vm/modules/stdio_objects.hpp"

#include <cstdio>

#include "engine/vm/interp_internal.hpp"
#include "engine/vm/lib/lib_util.hpp"

namespace il::vm {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] The stream objects
// ---------------------------------------------------------------------------------------------

// Immortal and stateless, so every process (a forked child's copy of sys too) shares the same
// two objects and `file is sys.stdout` holds everywhere.
struct StdStream : NativeObject {
    int fd;
    explicit StdStream(int f) : fd(f) {}
    [[nodiscard]] size_t byteSize() const override { return sizeof(*this); }
};

struct Streams {
    ClassObject* cls;
    StdStream* out;
    StdStream* err;
    StrObject* write;  // names print() looks up
    StrObject* flush;
    StrObject* sys;
    StrObject* stdoutName;
};

const Streams& streams();

StdStream* streamOf(Value v) {
    if (!v.isObj() || v.asObj()->cls != streams().cls) return nullptr;
    return static_cast<StdStream*>(v.asObj());
}

// What a stream writes goes through the Vm's output functions, so the runtime routes it like
// the rest of its process's output (the run's stdout/stderr, a pipe, a forked child's link).
void writeTo(CallContext& ctx, const StdStream& s, std::string_view text) {
    if (s.fd == 1) ctx.vm().write(ctx.task(), text);
    else ctx.vm().writeErr(ctx.task(), text);
}

const char* nameOf(const StdStream& s) { return s.fd == 1 ? "<stdout>" : "<stderr>"; }

// CPython's argument check names None itself, not its type.
Value notStr(CallContext& ctx, Value v) {
    return ctx.typeError("write() argument must be str, not " + std::string(v.isNone() ? "None" : ctx.typeName(v)));
}

Value streamWrite(CallContext& ctx, ArgView a) {
    if (!lib::noKwargs(ctx, a, "TextIOWrapper.write") || !lib::arity(ctx, a, "TextIOWrapper.write", 1, 1))
        return Value::error();
    if (!lib::isStr(a[1])) return notStr(ctx, a[1]);
    auto* text = as<StrObject>(a[1]);
    writeTo(ctx, *streamOf(a[0]), text->view());
    return Value::integer(int64_t(text->length));
}

// IOBase.writelines(): self.write() of each item, nothing added between them.
Value streamWriteLines(CallContext& ctx, ArgView a) {
    if (!lib::arity(ctx, a, "TextIOWrapper.writelines", 1, 1)) return Value::error();
    std::vector<Value> lines;
    if (!ctx.collect(a[1], lines)) return Value::error();
    for (Value line : lines) {
        if (!lib::isStr(line)) return notStr(ctx, line);
        writeTo(ctx, *streamOf(a[0]), lib::sv(line));
    }
    return Value();
}

// Text goes out as soon as it is written: there is no buffer to flush.
Value streamFlush(CallContext& ctx, ArgView a) {
    return lib::arity(ctx, a, "TextIOWrapper.flush", 0, 0) ? Value() : Value::error();
}
Value streamFileno(CallContext& ctx, ArgView a) {
    return lib::arity(ctx, a, "TextIOWrapper.fileno", 0, 0) ? Value::integer(streamOf(a[0])->fd) : Value::error();
}
// The run's output is captured (the trace, the GUI's console, a pipe), never a terminal the
// script could draw on.
Value streamIsatty(CallContext& ctx, ArgView a) {
    return lib::arity(ctx, a, "TextIOWrapper.isatty", 0, 0) ? Value::boolean(false) : Value::error();
}
Value streamWritable(CallContext& ctx, ArgView a) {
    return lib::arity(ctx, a, "TextIOWrapper.writable", 0, 0) ? Value::boolean(true) : Value::error();
}
Value streamReadable(CallContext& ctx, ArgView a) {
    return lib::arity(ctx, a, "TextIOWrapper.readable", 0, 0) ? Value::boolean(false) : Value::error();
}
Value streamRepr(CallContext& ctx, ArgView a) {
    return ctx.makeStr(std::string("<_io.TextIOWrapper name='") + nameOf(*streamOf(a[0])) +
                       "' mode='w' encoding='utf-8'>");
}
Value streamName(CallContext& ctx, ArgView a) { return ctx.makeStr(nameOf(*streamOf(a[0]))); }
Value streamMode(CallContext& ctx, ArgView) { return ctx.makeStr("w"); }
Value streamEncoding(CallContext& ctx, ArgView) { return ctx.makeStr("utf-8"); }
Value streamErrors(CallContext& ctx, ArgView a) {
    return ctx.makeStr(streamOf(a[0])->fd == 1 ? "strict" : "backslashreplace");
}
Value streamClosed(CallContext&, ArgView) { return Value::boolean(false); }

const Streams& streams() {
    static const Streams s = [] {
        Streams k{};
        k.cls = makeBuiltinClass("TextIOWrapper", "_io");
        addNative(k.cls, "write", streamWrite);
        addNative(k.cls, "writelines", streamWriteLines);
        addNative(k.cls, "flush", streamFlush);
        addNative(k.cls, "fileno", streamFileno);
        addNative(k.cls, "isatty", streamIsatty);
        addNative(k.cls, "writable", streamWritable);
        addNative(k.cls, "readable", streamReadable);
        addNative(k.cls, "__repr__", streamRepr);
        addReadOnlyProperty(k.cls, "name", streamName);
        addReadOnlyProperty(k.cls, "mode", streamMode);
        addReadOnlyProperty(k.cls, "encoding", streamEncoding);
        addReadOnlyProperty(k.cls, "errors", streamErrors);
        addReadOnlyProperty(k.cls, "closed", streamClosed);
        k.out = makeImmortal<StdStream>(k.cls, 1);
        k.err = makeImmortal<StdStream>(k.cls, 2);
        k.write = internName("write");
        k.flush = internName("flush");
        k.sys = internName("sys");
        k.stdoutName = internName("stdout");
        return k;
    }();
    return s;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] print()
// ---------------------------------------------------------------------------------------------

// print()'s default file is whatever sys.stdout is now (a script may replace it, None
// included: print then writes nothing), the real one while sys was never imported. False with
// RuntimeError pending when sys.stdout was deleted.
bool defaultFile(CallContext& ctx, Value& file) {
    const Streams& s = streams();
    file = Value::object(s.out);
    Value* sys = ctx.vm().modules()->findStr(s.sys);
    if (!sys || !isKind(*sys, ObjKind::Module)) return true;
    Value* out = as<ModuleObject>(*sys)->dict->findStr(s.stdoutName);
    if (!out) {
        ctx.raise(ctx.types().RuntimeError, "lost sys.stdout");
        return false;
    }
    file = *out;
    return true;
}

// writePiece() is CPython's PyFile_WriteObject: file.write(str(v)), `write` looked up first.
bool writePiece(CallContext& ctx, Value file, Value v) {
    Value writer = ctx.getAttr(file, streams().write);
    if (writer.isError()) return false;
    Value text = ctx.str(v);
    if (text.isError()) return false;
    return !ctx.call(writer, {text}).isError();
}

// Any object with write(): one call per argument, per separator and for the end, as CPython.
Value printToObject(CallContext& ctx, ArgView a, Value file, Value sep, Value end, bool flush) {
    if (sep.isNone()) sep = ctx.makeStr(" ");
    if (end.isNone()) end = ctx.makeStr("\n");
    for (size_t i = 0; i < a.count; ++i) {
        if (i && !writePiece(ctx, file, sep)) return Value::error();
        if (!writePiece(ctx, file, a[i])) return Value::error();
    }
    if (!writePiece(ctx, file, end)) return Value::error();
    if (flush && ctx.callMethod(file, "flush", {}).isError()) return Value::error();
    return Value();
}

}  // namespace

// A Vm nobody gave an error output (a test, a tool) still shows what the script wrote to
// sys.stderr, where an uncaught error would be expected: on this process's stderr.
void Vm::writeErr(Task& task, std::string_view text) {
    if (m_err) m_err(task, text);
    else std::fwrite(text.data(), 1, text.size(), stderr);
}

Value stdStream(int fd) { return Value::object(fd == 1 ? streams().out : streams().err); }

Value builtinPrint(CallContext& ctx, ArgView a) {
    Value sep, end, file;
    bool flush = false;
    for (size_t i = 0; i < a.kwCount; ++i) {
        const std::string& n = a.kw[i].name->data;
        Value v = a.kw[i].value;
        if (n == "sep") sep = v;
        else if (n == "end") end = v;
        else if (n == "file") file = v;
        else if (n == "flush") {
            const int t = ctx.truthy(v);
            if (t < 0) return Value::error();
            flush = t;
        } else {
            return ctx.typeError("'" + n + "' is an invalid keyword argument for print()");
        }
    }
    if (file.isNone()) {
        if (!defaultFile(ctx, file)) return Value::error();
        if (file.isNone()) return Value();
    }
    for (auto [name, v] : {std::pair<const char*, Value>{"sep", sep}, {"end", end}})
        if (!v.isNone() && !lib::isStr(v))
            return ctx.typeError(std::string(name) + " must be None or a string, not " + std::string(ctx.typeName(v)));
    const StdStream* stream = streamOf(file);
    if (!stream) return printToObject(ctx, a, file, sep, end, flush);
    // One write of the whole line: one Print event, and a thread's line is never cut by another's.
    const std::string_view sepText = sep.isNone() ? " " : lib::sv(sep);
    std::string out;
    for (size_t i = 0; i < a.count; ++i) {
        if (i) out += sepText;
        if (!ctx.strInto(a[i], out)) {
            if (!out.empty()) writeTo(ctx, *stream, out);  // what CPython wrote before the failing str()
            return Value::error();
        }
    }
    out += end.isNone() ? "\n" : lib::sv(end);
    writeTo(ctx, *stream, out);
    return Value();
}

}  // namespace il::vm
