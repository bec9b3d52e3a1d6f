#include <cstdio>

#include "engine/runtime/natives/natives.hpp"
#include "engine/vm/code.hpp"
#include "engine/vm/task.hpp"

namespace il::rt::natives {

vm::HandleObject* handleOf(vm::CallContext& ctx, vm::ArgView args, uint32_t tag, const char* method) {
    if (args.count > 0 && vm::isKind(args[0], vm::ObjKind::Native)) {
        auto* h = dynamic_cast<vm::HandleObject*>(vm::as<vm::NativeObject>(args[0]));
        if (h && h->tag == tag) {
            if (Runtime::of(ctx).notSharedHere(ctx, h->id)) return nullptr;
            // Every primitive operation passes here: in systematic exploration it ends the step
            // and conflicts with every other operation on the same primitive.
            ctx.vm().stepWatch.primitive(uint64_t(h->id) << 8 | tag);
            return h;
        }
    }
    ctx.typeError(std::string("descriptor '") + method + "' requires a runtime handle");
    return nullptr;
}

vm::Value newHandle(vm::CallContext& ctx, vm::ClassObject* cls, ResourceId id, uint32_t tag) {
    return vm::Value::object(ctx.make<vm::HandleObject>(cls, id, tag));
}

std::string creationName(vm::CallContext& ctx, std::string_view fallback) {
    std::string name;
    for (const vm::Frame* f = ctx.task().top; f; f = f->back) {
        if (isPreludeCode(f->code)) continue;
        const vm::CodeObject* code = f->code;
        // Skip the rest of the call expression's bookkeeping: the next instruction stores it.
        const uint32_t* ip = f->ip;
        if (ip < code->code.data() || ip >= code->code.data() + code->code.size()) break;
        uint32_t word = *ip;
        vm::Op op = vm::opOf(word);
        uint32_t arg = vm::argOf(word);
        switch (op) {
        case vm::Op::STORE_NAME:
        case vm::Op::STORE_GLOBAL:
        case vm::Op::STORE_ATTR: name = code->names[arg]->data; break;
        case vm::Op::STORE_FAST: name = code->varnames[arg]->data; break;
        case vm::Op::STORE_DEREF:
            name = arg < code->cellvars.size() ? code->cellvars[arg]->data
                                               : code->freevars[arg - code->cellvars.size()]->data;
            break;
        default: break;
        }
        break;
    }
    Runtime& rt = Runtime::of(ctx);
    if (name.empty()) {
        int n = ++rt.resourceNames["<" + std::string(fallback) + ">"];
        return std::string(fallback) + "-" + std::to_string(n);
    }
    int n = ++rt.resourceNames[name];
    return n == 1 ? name : name + "#" + std::to_string(n);
}

bool timeoutArg(vm::CallContext& ctx, const vm::Value* v, double& out, bool negativeMeansNone) {
    out = -1;
    if (!v || v->isNone()) return true;
    if (!vm::numberArg(ctx, *v, out, "timeout")) return false;
    if (out < 0 && !negativeMeansNone) {
        ctx.valueError("'timeout' must be a non-negative number");
        return false;
    }
    if (out < 0) out = -1;
    return true;
}

bool boolArg(vm::CallContext& ctx, const vm::Value* v, bool def, bool& out) {
    out = def;
    if (!v) return true;
    int b = ctx.truthy(*v);
    if (b < 0) return false;
    out = b != 0;
    return true;
}

std::string reprAt(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, " at %p", p);
    return buf;
}

}  // namespace il::rt::natives
