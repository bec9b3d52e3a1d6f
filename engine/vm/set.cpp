// SetObject: CPython's set table (setobject.c), so iteration order matches CPython's.

#include "engine/vm/ops.hpp"

namespace il::vm {

namespace {
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr size_t kMinSize = 8;
}  // namespace

void SetObject::insertClean(Value key, int64_t hash) {
    size_t mask = table.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = uint64_t(hash) & mask;
    for (;;) {
        Slot* entry = &table[i];
        if (entry->state == 0) goto found;
        if (i + kLinearProbes <= mask) {
            for (size_t j = 0; j < kLinearProbes; ++j) {
                ++entry;
                if (entry->state == 0) goto found;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        entry->state = 1;
        return;
    }
}

void SetObject::resize(size_t minUsed) {
    size_t newSize = kMinSize;
    while (newSize <= minUsed) newSize <<= 1;
    std::vector<Slot> old;
    old.swap(table);
    table.assign(newSize, Slot{});
    fill = used;
    for (const Slot& s : old)
        if (s.state == 1) insertClean(s.key, s.hash);
}

bool SetObject::addHashed(CallContext& ctx, Value key, int64_t hash) {
    if (table.empty()) table.assign(kMinSize, Slot{});
    size_t mask = table.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = uint64_t(hash) & mask;
    for (;;) {
        Slot* entry = &table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (;;) {
            if (entry->state == 0) {
                entry->key = key;
                entry->hash = hash;
                entry->state = 1;
                ++fill;
                ++used;
                ++version;
                if (fill * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                return true;
            }
            if (entry->state == 1 && entry->hash == hash) {
                if (entry->key.identical(key)) return true;
                int eq = eqValues(ctx, entry->key, key);
                if (eq < 0) return false;
                if (eq) return true;
            }
            if (probes == 0) break;
            --probes;
            ++entry;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool SetObject::add(CallContext& ctx, Value key) {
    int64_t h;
    if (!hashOf(ctx, key, h)) return false;
    return addHashed(ctx, key, h);
}

// findSlot(): the live slot holding key, or null; error set on comparison failure.
static SetObject::Slot* findSlot(SetObject& s, CallContext& ctx, Value key, int64_t hash, bool& err) {
    err = false;
    if (s.table.empty()) return nullptr;
    size_t mask = s.table.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = uint64_t(hash) & mask;
    for (;;) {
        SetObject::Slot* entry = &s.table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (;;) {
            if (entry->state == 0) return nullptr;
            if (entry->state == 1 && entry->hash == hash) {
                if (entry->key.identical(key)) return entry;
                int eq = eqValues(ctx, entry->key, key);
                if (eq < 0) {
                    err = true;
                    return nullptr;
                }
                if (eq) return entry;
            }
            if (probes == 0) break;
            --probes;
            ++entry;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

Found SetObject::contains(CallContext& ctx, Value key) {
    int64_t h;
    if (!hashOf(ctx, key, h)) return Found::Error;
    bool err;
    Slot* s = findSlot(*this, ctx, key, h, err);
    if (err) return Found::Error;
    return s ? Found::Yes : Found::No;
}

Found SetObject::discard(CallContext& ctx, Value key) {
    int64_t h;
    if (!hashOf(ctx, key, h)) return Found::Error;
    bool err;
    Slot* s = findSlot(*this, ctx, key, h, err);
    if (err) return Found::Error;
    if (!s) return Found::No;
    s->state = 2;
    s->key = Value();
    s->hash = -1;
    --used;
    ++version;
    return Found::Yes;
}

void SetObject::clear() {
    table.clear();
    fill = used = 0;
    ++version;
}

}  // namespace il::vm
