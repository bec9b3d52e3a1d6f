// math: the common functions and constants.

#include <cmath>
#include <numeric>

#include "engine/vm/modules/modules.hpp"

namespace il::vm {

namespace {

using F1 = double (*)(double);

template <F1 fn, bool domainCheck = false>
Value unary(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("math function takes exactly one argument (" + std::to_string(a.count) + " given)");
    double x;
    if (!numberArg(ctx, a[0], x, "math")) return Value::error();
    double r = fn(x);
    if (std::isnan(r) && !std::isnan(x)) return ctx.valueError("math domain error");
    if (domainCheck && std::isinf(r) && !std::isinf(x)) return ctx.valueError("math domain error");
    return Value::real(r);
}

Value intResult(CallContext& ctx, double r) {
    if (std::isnan(r)) return ctx.valueError("cannot convert float NaN to integer");
    if (std::isinf(r)) return ctx.overflowError("cannot convert float infinity to integer");
    return Value::integer(int64_t(r));
}

Value mFloor(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("floor() takes exactly one argument");
    if (a[0].isInt()) return a[0];
    double x;
    if (!numberArg(ctx, a[0], x, "floor")) return Value::error();
    return intResult(ctx, std::floor(x));
}
Value mCeil(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("ceil() takes exactly one argument");
    if (a[0].isInt()) return a[0];
    double x;
    if (!numberArg(ctx, a[0], x, "ceil")) return Value::error();
    return intResult(ctx, std::ceil(x));
}
Value mTrunc(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("trunc() takes exactly one argument");
    if (a[0].isInt()) return a[0];
    double x;
    if (!numberArg(ctx, a[0], x, "trunc")) return Value::error();
    return intResult(ctx, std::trunc(x));
}
Value mSqrt(CallContext& ctx, ArgView a) {
    if (a.count != 1) return ctx.typeError("sqrt() takes exactly one argument");
    double x;
    if (!numberArg(ctx, a[0], x, "sqrt")) return Value::error();
    if (x < 0) return ctx.valueError("math domain error");
    return Value::real(std::sqrt(x));
}
Value mLog(CallContext& ctx, ArgView a) {
    if (a.count < 1 || a.count > 2) return ctx.typeError("log expected 1 or 2 arguments");
    double x, base = 0;
    if (!numberArg(ctx, a[0], x, "log")) return Value::error();
    if (x <= 0) return ctx.valueError("math domain error");
    if (a.count == 2) {
        if (!numberArg(ctx, a[1], base, "log")) return Value::error();
        if (base <= 0 || base == 1) return ctx.valueError("math domain error");
        return Value::real(std::log(x) / std::log(base));
    }
    return Value::real(std::log(x));
}
Value mPow(CallContext& ctx, ArgView a) {
    double x, y;
    if (a.count != 2 || !numberArg(ctx, a[0], x, "pow") || !numberArg(ctx, a[1], y, "pow"))
        return ctx.hasPending() ? Value::error() : ctx.typeError("pow expected 2 arguments");
    return Value::real(std::pow(x, y));
}
Value mAtan2(CallContext& ctx, ArgView a) {
    double x, y;
    if (a.count != 2 || !numberArg(ctx, a[0], y, "atan2") || !numberArg(ctx, a[1], x, "atan2"))
        return ctx.hasPending() ? Value::error() : ctx.typeError("atan2 expected 2 arguments");
    return Value::real(std::atan2(y, x));
}
Value mHypot(CallContext& ctx, ArgView a) {
    double s = 0;
    for (size_t i = 0; i < a.count; ++i) {
        double x;
        if (!numberArg(ctx, a[i], x, "hypot")) return Value::error();
        s += x * x;
    }
    return Value::real(std::sqrt(s));
}
Value mIsClose(CallContext& ctx, ArgView a) {
    double x, y, rel = 1e-9, abs = 0.0;
    if (a.count != 2 || !numberArg(ctx, a[0], x, "isclose") || !numberArg(ctx, a[1], y, "isclose"))
        return ctx.hasPending() ? Value::error() : ctx.typeError("isclose expected 2 arguments");
    if (const Value* v = a.kwarg("rel_tol"))
        if (!numberArg(ctx, *v, rel, "isclose")) return Value::error();
    if (const Value* v = a.kwarg("abs_tol"))
        if (!numberArg(ctx, *v, abs, "isclose")) return Value::error();
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs);
}
Value mIsNan(CallContext& ctx, ArgView a) {
    double x;
    if (a.count != 1 || !numberArg(ctx, a[0], x, "isnan")) return Value::error();
    return Value::boolean(std::isnan(x));
}
Value mIsInf(CallContext& ctx, ArgView a) {
    double x;
    if (a.count != 1 || !numberArg(ctx, a[0], x, "isinf")) return Value::error();
    return Value::boolean(std::isinf(x));
}
Value mGcd(CallContext& ctx, ArgView a) {
    int64_t r = 0;
    for (size_t i = 0; i < a.count; ++i) {
        int64_t x;
        if (!ctx.index(a[i], x)) return Value::error();
        r = std::gcd(r, x < 0 ? -x : x);
    }
    return Value::integer(r);
}
Value mFactorial(CallContext& ctx, ArgView a) {
    int64_t n;
    if (a.count != 1 || !ctx.index(a[0], n)) return Value::error();
    if (n < 0) return ctx.valueError("factorial() not defined for negative values");
    int64_t r = 1;
    for (int64_t i = 2; i <= n; ++i)
        if (__builtin_mul_overflow(r, i, &r)) return ctx.overflowError("int too large (Interleave ints are 64-bit)");
    return Value::integer(r);
}
Value mFsum(CallContext& ctx, ArgView a) {
    std::vector<Value> items;
    if (a.count != 1 || !ctx.collect(a[0], items)) return Value::error();
    long double s = 0;
    for (Value v : items) {
        double x;
        if (!numberArg(ctx, v, x, "fsum")) return Value::error();
        s += x;
    }
    return Value::real(double(s));
}
double degrees(double x) { return x * 180.0 / M_PI; }
double radians(double x) { return x * M_PI / 180.0; }
double fabsD(double x) { return std::fabs(x); }
double expD(double x) { return std::exp(x); }
double log2D(double x) { return x <= 0 ? NAN : std::log2(x); }
double log10D(double x) { return x <= 0 ? NAN : std::log10(x); }
double sinD(double x) { return std::sin(x); }
double cosD(double x) { return std::cos(x); }
double tanD(double x) { return std::tan(x); }
double asinD(double x) { return std::asin(x); }
double acosD(double x) { return std::acos(x); }
double atanD(double x) { return std::atan(x); }
}  // namespace

void fillMathModule(CallContext& ctx, ModuleObject* m) {
    addModuleValue(ctx, m, "pi", Value::real(M_PI));
    addModuleValue(ctx, m, "e", Value::real(M_E));
    addModuleValue(ctx, m, "tau", Value::real(2 * M_PI));
    addModuleValue(ctx, m, "inf", Value::real(INFINITY));
    addModuleValue(ctx, m, "nan", Value::real(NAN));
    addModuleFunction(ctx, m, "floor", mFloor);
    addModuleFunction(ctx, m, "ceil", mCeil);
    addModuleFunction(ctx, m, "trunc", mTrunc);
    addModuleFunction(ctx, m, "sqrt", mSqrt);
    addModuleFunction(ctx, m, "log", mLog);
    addModuleFunction(ctx, m, "pow", mPow);
    addModuleFunction(ctx, m, "atan2", mAtan2);
    addModuleFunction(ctx, m, "hypot", mHypot);
    addModuleFunction(ctx, m, "isclose", mIsClose);
    addModuleFunction(ctx, m, "isnan", mIsNan);
    addModuleFunction(ctx, m, "isinf", mIsInf);
    addModuleFunction(ctx, m, "gcd", mGcd);
    addModuleFunction(ctx, m, "factorial", mFactorial);
    addModuleFunction(ctx, m, "fsum", mFsum);
    addModuleFunction(ctx, m, "fabs", unary<fabsD>);
    addModuleFunction(ctx, m, "exp", unary<expD, true>);
    addModuleFunction(ctx, m, "log2", unary<log2D>);
    addModuleFunction(ctx, m, "log10", unary<log10D>);
    addModuleFunction(ctx, m, "sin", unary<sinD>);
    addModuleFunction(ctx, m, "cos", unary<cosD>);
    addModuleFunction(ctx, m, "tan", unary<tanD>);
    addModuleFunction(ctx, m, "asin", unary<asinD>);
    addModuleFunction(ctx, m, "acos", unary<acosD>);
    addModuleFunction(ctx, m, "atan", unary<atanD>);
    addModuleFunction(ctx, m, "degrees", unary<degrees>);
    addModuleFunction(ctx, m, "radians", unary<radians>);
}

}  // namespace il::vm
