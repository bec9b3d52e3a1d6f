// "Did you mean: 'count'?" for NameError and AttributeError, with CPython 3.11's algorithm
// (Python/suggestions.c: a Levenshtein distance where a case flip costs less than a change).

#include <algorithm>
#include <climits>

#include "engine/vm/interp_internal.hpp"

namespace il::vm {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr int kMoveCost = 2;
constexpr int kCaseCost = 1;

int substitutionCost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

int levenshtein(std::string_view a, std::string_view b, int maxCost) {
    if (a == b) return 0;
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return int(a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return maxCost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if (int(b.size() - a.size()) * kMoveCost > maxCost) return maxCost + 1;
    int buffer[kMaxStringSize];
    for (size_t i = 0; i < a.size(); ++i) buffer[i] = int(i + 1) * kMoveCost;
    int result = 0;
    for (size_t bIndex = 0; bIndex < b.size(); ++bIndex) {
        char code = b[bIndex];
        int distance = result = int(bIndex) * kMoveCost;
        int minimum = INT_MAX;
        for (size_t index = 0; index < a.size(); ++index) {
            int substitute = distance + substitutionCost(code, a[index]);
            distance = buffer[index];
            int insertDelete = std::min(result, distance) + kMoveCost;
            result = std::min(insertDelete, substitute);
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > maxCost) return maxCost + 1;
    }
    return result;
}

}  // namespace

std::string suggestName(const std::vector<std::string>& candidates, std::string_view name) {
    if (candidates.size() > kMaxCandidates) return "";
    std::string best;
    int bestDistance = INT_MAX;
    for (const std::string& item : candidates) {
        if (item == name) continue;
        int maxDistance = int(name.size() + item.size() + 3) * kMoveCost / 6;
        maxDistance = std::min(maxDistance, bestDistance - 1);
        int d = levenshtein(name, item, maxDistance);
        if (d > maxDistance) continue;
        if (best.empty() || d < bestDistance) {
            best = item;
            bestDistance = d;
        }
    }
    return best;
}

static void dictKeys(DictObject* d, std::vector<std::string>& out) {
    if (!d) return;
    d->forEach([&](Value k, Value) {
        if (isKind(k, ObjKind::Str)) out.push_back(as<StrObject>(k)->data);
    });
}

std::string suggestForNameError(const Frame* f, std::string_view name) {
    std::vector<std::string> names;
    if (f->code->flags & kCoFunction) {
        for (StrObject* s : f->code->varnames) names.push_back(s->data);
    } else {
        dictKeys(f->locals, names);
    }
    std::string s = suggestName(names, name);
    if (!s.empty()) return s;
    names.clear();
    dictKeys(f->globals, names);
    s = suggestName(names, name);
    if (!s.empty()) return s;
    names.clear();
    dictKeys(builtinTypes().builtins, names);
    return suggestName(names, name);
}

std::string suggestForAttributeError(CallContext& ctx, Value obj, std::string_view name) {
    std::vector<std::string> names;
    if (isKind(obj, ObjKind::Module)) {
        dictKeys(as<ModuleObject>(obj)->dict, names);
    } else {
        if (isKind(obj, ObjKind::Instance) || isKind(obj, ObjKind::Exception)) dictKeys(as<InstanceObject>(obj)->dict, names);
        ClassObject* cls = isKind(obj, ObjKind::Class) ? as<ClassObject>(obj) : ctx.typeOf(obj);
        for (ClassObject* c : cls->mro) dictKeys(c->dict, names);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return suggestName(names, name);
}

}  // namespace il::vm
