// random: deterministic per-process generator (xoshiro256**), seeded by random.seed(x).

#include <cmath>

#include "engine/vm/interp_internal.hpp"
#include "engine/vm/modules/modules.hpp"

namespace il::vm {

namespace {

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t nextU64(Vm& vm) {
    uint64_t* s = vm.rngState;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

double nextDouble(Vm& vm) { return double(nextU64(vm) >> 11) * (1.0 / 9007199254740992.0); }

uint64_t below(Vm& vm, uint64_t n) {
    if (n == 0) return 0;
    uint64_t limit = ~uint64_t(0) - (~uint64_t(0) % n);
    uint64_t r;
    do r = nextU64(vm);
    while (r >= limit);
    return r % n;
}

void seedWith(Vm& vm, uint64_t seed) {
    uint64_t z = seed;
    for (auto& s : vm.rngState) {
        z += 0x9e3779b97f4a7c15ull;
        uint64_t x = z;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
        s = x ^ (x >> 31);
    }
}

Value rSeed(CallContext& ctx, ArgView a) {
    int64_t h = 0;
    if (a.count >= 1 && !a[0].isNone() && !ctx.hash(a[0], h)) return Value::error();
    if (a.count >= 1 && isKind(a[0], ObjKind::Str)) {
        h = 0;
        for (unsigned char c : as<StrObject>(a[0])->data) h = h * 131 + c;
    }
    seedWith(ctx.vm(), uint64_t(h));
    return Value();
}
Value rRandom(CallContext& ctx, ArgView a) { return Value::real(nextDouble(ctx.vm())); }
Value rUniform(CallContext& ctx, ArgView a) {
    double lo, hi;
    if (a.count != 2 || !numberArg(ctx, a[0], lo, "uniform") || !numberArg(ctx, a[1], hi, "uniform"))
        return ctx.hasPending() ? Value::error() : ctx.typeError("uniform() takes 2 arguments");
    return Value::real(lo + (hi - lo) * nextDouble(ctx.vm()));
}
Value rRandint(CallContext& ctx, ArgView a) {
    int64_t lo, hi;
    if (a.count != 2) return ctx.typeError("randint() takes 2 positional arguments");
    if (!ctx.index(a[0], lo) || !ctx.index(a[1], hi)) return Value::error();
    if (hi < lo) return ctx.valueError("empty range for randrange() (" + std::to_string(lo) + ", " +
                                       std::to_string(hi + 1) + ", " + std::to_string(hi + 1 - lo) + ")");
    return Value::integer(lo + int64_t(below(ctx.vm(), uint64_t(hi - lo) + 1)));
}
Value rRandrange(CallContext& ctx, ArgView a) {
    int64_t start = 0, stop, step = 1;
    if (a.count == 1) {
        if (!ctx.index(a[0], stop)) return Value::error();
    } else if (a.count >= 2) {
        if (!ctx.index(a[0], start) || !ctx.index(a[1], stop)) return Value::error();
        if (a.count == 3 && !ctx.index(a[2], step)) return Value::error();
    } else {
        return ctx.typeError("randrange() missing required argument");
    }
    if (step == 0) return ctx.valueError("zero step for randrange()");
    int64_t n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / (-step);
    if (n <= 0) return ctx.valueError("empty range for randrange()");
    return Value::integer(start + step * int64_t(below(ctx.vm(), uint64_t(n))));
}
Value rChoice(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("choice() takes exactly one argument");
    int64_t n;
    if (!ctx.len(a[0], n)) return Value::error();
    if (n == 0) return ctx.indexError("Cannot choose from an empty sequence");
    return ctx.getItem(a[0], Value::integer(int64_t(below(ctx.vm(), uint64_t(n)))));
}
Value rShuffle(CallContext& ctx, ArgView a) {
    if (a.count != 1 || !isKind(a[0], ObjKind::List)) return ctx.typeError("shuffle() expects a list");
    auto& items = as<ListObject>(a[0])->items;
    for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(ctx.vm(), i)]);
    return Value();
}
Value rSample(CallContext& ctx, ArgView a) {
    if (a.count != 2) return ctx.typeError("sample() takes 2 arguments");
    std::vector<Value> pool;
    int64_t k;
    if (!ctx.collect(a[0], pool) || !ctx.index(a[1], k)) return Value::error();
    if (k < 0 || k > int64_t(pool.size())) return ctx.valueError("Sample larger than population or is negative");
    std::vector<Value> out;
    for (int64_t i = 0; i < k; ++i) {
        size_t j = size_t(i) + below(ctx.vm(), pool.size() - size_t(i));
        std::swap(pool[size_t(i)], pool[j]);
        out.push_back(pool[size_t(i)]);
    }
    return Value::object(ctx.newList(std::move(out)));
}
}  // namespace

void fillRandomModule(CallContext& ctx, ModuleObject* m) {
    addModuleFunction(ctx, m, "seed", rSeed);
    addModuleFunction(ctx, m, "random", rRandom);
    addModuleFunction(ctx, m, "uniform", rUniform);
    addModuleFunction(ctx, m, "randint", rRandint);
    addModuleFunction(ctx, m, "randrange", rRandrange);
    addModuleFunction(ctx, m, "choice", rChoice);
    addModuleFunction(ctx, m, "shuffle", rShuffle);
    addModuleFunction(ctx, m, "sample", rSample);
}

}  // namespace il::vm
