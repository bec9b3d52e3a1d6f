// Python's hash(): CPython's numeric hashes (so dict/set orders match), its tuple hash
// (xxHash-based), str hashes cached per object, __hash__ of instances, unhashable types.

#include <cmath>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {
bool isIntLike(Value v) { return v.isInt() || v.isBool(); }
int64_t intOf(Value v) { return v.isInt() ? v.asInt() : (v.asBool() ? 1 : 0); }
}  // namespace

// --- hashing ---

int64_t hashInt(int64_t i) {
    constexpr uint64_t P = (uint64_t(1) << 61) - 1;
    uint64_t m = i < 0 ? uint64_t(-(i + 1)) + 1 : uint64_t(i);
    int64_t h = int64_t(m % P);
    if (i < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t hashFloat(double d) {
    constexpr uint64_t P = (uint64_t(1) << 61) - 1;
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    if (std::isnan(d)) return 0;
    double ip;
    if (std::modf(d, &ip) == 0.0 && std::fabs(d) < 9.2e18) return hashInt(int64_t(d));
    int e;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
    x = ((x << e) & P) | x >> (61 - e);
    int64_t h = int64_t(x) * sign;
    return h == -1 ? -2 : h;
}

bool hashOf(CallContext& ctx, Value v, int64_t& out) {
    switch (v.tag()) {
    case Tag::None: out = 0x5f3759df; return true;
    case Tag::Bool: out = v.asBool() ? 1 : 0; return true;
    case Tag::Int: out = hashInt(v.asInt()); return true;
    case Tag::Float: out = hashFloat(v.asFloat()); return true;
    case Tag::Obj: break;
    default: out = 0; return true;
    }
    Object* o = v.asObj();
    switch (o->kind) {
    case ObjKind::Str: out = static_cast<StrObject*>(o)->strHash(); return true;
    case ObjKind::Tuple: {
        NestingGuard nesting(ctx, "");
        if (!nesting.ok()) return false;
        constexpr uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                           P5 = 2870177450012600261ULL;
        uint64_t acc = P5;
        auto& items = static_cast<TupleObject*>(o)->items;
        for (Value item : items) {
            int64_t lane;
            if (!hashOf(ctx, item, lane)) return false;
            acc += uint64_t(lane) * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += items.size() ^ (P5 ^ 3527539UL);
        out = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
        return true;
    }
    case ObjKind::FrozenSet: {
        uint64_t h = 0;
        static_cast<SetObject*>(o)->forEach([&](Value k) {
            int64_t kh = 0;
            (void)hashOf(ctx, k, kh);
            uint64_t x = uint64_t(kh);
            h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
        });
        h ^= (static_cast<SetObject*>(o)->size() + 1) * 1927868237UL;
        out = int64_t(h == uint64_t(-1) ? 590923713UL : h);
        return true;
    }
    case ObjKind::List:
    case ObjKind::Dict:
    case ObjKind::Set:
    case ObjKind::DictView:
        ctx.typeError("unhashable type: '" + std::string(ctx.typeName(v)) + "'");
        return false;
    case ObjKind::Instance:
    case ObjKind::Exception: {
        const BuiltinTypes& T = ctx.types();
        Value* fn = o->cls->lookup(T.names.hash);
        if (fn && fn->isNone()) {
            ctx.typeError("unhashable type: '" + std::string(ctx.typeName(v)) + "'");
            return false;
        }
        if (fn && !o->cls->isBuiltin) {
            Value args[1] = {v};
            Value r = callValue(ctx, *fn, ArgView{args, 1, nullptr, 0});
            if (r.isSignal()) return false;
            if (!isIntLike(r)) {
                ctx.typeError("__hash__ method should return an integer");
                return false;
            }
            out = hashInt(intOf(r));
            return true;
        }
        if (!fn) {
            // A class that defines __eq__ without __hash__ is unhashable (like Python).
            for (ClassObject* c : o->cls->mro) {
                if (c->isBuiltin) break;
                if (c->dict->findStr(T.names.eq)) {
                    ctx.typeError("unhashable type: '" + std::string(ctx.typeName(v)) + "'");
                    return false;
                }
            }
        }
        break;
    }
    default: break;
    }
    out = int64_t(reinterpret_cast<uintptr_t>(o) >> 4);
    return true;
}

}  // namespace il::vm
