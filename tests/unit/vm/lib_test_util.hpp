#pragma once
// Helpers for the builtin library's tests: a Vm with one task, and calls of natives by name
// that render the result as repr() (or "ExcType: message" when the native raised).

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "engine/vm/builtin_types.hpp"
#include "engine/vm/task.hpp"
#include "engine/vm/vm.hpp"

namespace il::vm::libtest {

struct LibFixture {
    Vm vm{Limits{}, [](Task&, std::string_view) {}};
    Task task{vm, "MainThread"};
    CallContext ctx{vm, task};

    Value s(std::string_view text) { return ctx.makeStr(text); }
    Value i(int64_t v) { return Value::integer(v); }
    Value fl(double v) { return Value::real(v); }
    Value list(std::vector<Value> items) { return Value::object(ctx.newList(std::move(items))); }
    Value tuple(std::vector<Value> items) { return Value::object(ctx.newTuple(std::move(items))); }

    // show() is repr(v), or "Type: message" if v is an error signal (the exception is cleared).
    std::string show(Value v) {
        if (v.isError()) {
            Value exc = ctx.pending();
            ctx.clearPending();
            std::string out(ctx.typeName(exc));
            std::string msg;
            if (ctx.strInto(exc, msg) && !msg.empty()) out += ": " + msg;
            return out;
        }
        std::string out;
        if (!ctx.reprInto(v, out)) return "<repr failed>";
        return out;
    }

    // Calls a method of `self`'s class (looked up along the MRO) with keyword arguments.
    Value method(Value self, const char* name, std::vector<Value> args = {},
                 std::vector<std::pair<const char*, Value>> kwargs = {}) {
        ClassObject* cls = ctx.typeOf(self);
        Value* fn = cls->lookup(std::string_view(name));
        REQUIRE_MESSAGE(fn != nullptr, name);
        args.insert(args.begin(), self);
        return callNative(*fn, args, kwargs);
    }

    // Calls a builtin from the builtins namespace (a function or a class with a constructor).
    Value builtin(const char* name, std::vector<Value> args = {},
                  std::vector<std::pair<const char*, Value>> kwargs = {}) {
        Value* fn = ctx.types().builtins->findStr(std::string_view(name));
        REQUIRE_MESSAGE(fn != nullptr, name);
        if (isKind(*fn, ObjKind::Class)) {
            args.insert(args.begin(), *fn);
            return construct(as<ClassObject>(*fn), args, kwargs);
        }
        return callNative(*fn, args, kwargs);
    }

    Value construct(ClassObject* cls, std::vector<Value> args, std::vector<std::pair<const char*, Value>> kwargs = {}) {
        REQUIRE(static_cast<bool>(cls->construct));
        std::vector<KeywordArg> kw;
        for (auto& [k, v] : kwargs) kw.push_back({internName(k), v});
        return cls->construct(ctx, ArgView{args.data(), args.size(), kw.data(), kw.size()});
    }

    Value callNative(Value fn, std::vector<Value>& args, const std::vector<std::pair<const char*, Value>>& kwargs) {
        Value target = fn;
        if (isKind(fn, ObjKind::ClassMethod) || isKind(fn, ObjKind::StaticMethod)) target = as<WrapperObject>(fn)->fget;
        REQUIRE(isKind(target, ObjKind::Builtin));
        std::vector<KeywordArg> kw;
        for (auto& [k, v] : kwargs) kw.push_back({internName(k), v});
        return as<BuiltinObject>(target)->fn(ctx, ArgView{args.data(), args.size(), kw.data(), kw.size()});
    }
};

}  // namespace il::vm::libtest
