// DictObject: CPython's compact insertion-ordered dict (see object.hpp).

#include "engine/vm/ops.hpp"

namespace il::vm {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

// keysEqual(): fast equality for dict keys; 1/0/-1. ctx may be null only for str-only lookups.
int keysEqual(CallContext* ctx, Value a, Value b) {
    if (a.identical(b)) return 1;
    if (isKind(a, ObjKind::Str) && isKind(b, ObjKind::Str))
        return as<StrObject>(a)->equals(as<StrObject>(b)) ? 1 : 0;
    if (!ctx) return 0;
    return eqValues(*ctx, a, b);
}

}  // namespace

void DictObject::rebuildIndex(size_t minSize) {
    size_t size = 8;
    while (size < minSize) size <<= 1;
    // Compact the entries first.
    if (used != entries.size()) {
        size_t w = 0;
        for (size_t r = 0; r < entries.size(); ++r)
            if (entries[r].live) entries[w++] = entries[r];
        entries.resize(w);
    }
    index.assign(size, kEmpty);
    // Room for every entry the new index takes before insertNew rebuilds it again: the entries
    // then grow once per rebuild instead of at every power of two (dict inserts were ~4% of an
    // explore run, half of it malloc/free).
    entries.reserve((size * 2 - 1) / 3);
    size_t mask = size - 1;
    for (size_t pos = 0; pos < entries.size(); ++pos) {
        uint64_t h = uint64_t(entries[pos].hash);
        size_t i = h & mask;
        uint64_t perturb = h;
        while (index[i] != kEmpty) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        index[i] = int32_t(pos);
    }
}

int64_t DictObject::lookupSlot(CallContext* ctx, Value key, int64_t hash, bool& error) {
    error = false;
    if (index.empty()) return -1;
    size_t mask = index.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = uint64_t(hash) & mask;
    for (;;) {
        int32_t ix = index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            Entry& e = entries[size_t(ix)];
            if (e.hash == hash) {
                int eq = keysEqual(ctx, e.key, key);
                if (eq < 0) {
                    error = true;
                    return -1;
                }
                if (eq) return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void DictObject::insertNew(Value key, int64_t hash, Value value) {
    if (index.empty() || (entries.size() + 1) * 3 >= index.size() * 2) rebuildIndex((used + 1) * 3);
    entries.push_back(Entry{key, value, hash, true});
    ++used;
    ++version;
    size_t mask = index.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = uint64_t(hash) & mask;
    while (index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = int32_t(entries.size() - 1);
}

Found DictObject::getHashed(CallContext& ctx, Value key, int64_t hash, Value& out) {
    bool err;
    int64_t ix = lookupSlot(&ctx, key, hash, err);
    if (err) return Found::Error;
    if (ix < 0) return Found::No;
    out = entries[size_t(ix)].value;
    return Found::Yes;
}

Found DictObject::get(CallContext& ctx, Value key, Value& out) {
    int64_t h;
    if (!hashOf(ctx, key, h)) return Found::Error;
    return getHashed(ctx, key, h, out);
}

bool DictObject::setHashed(CallContext& ctx, Value key, int64_t hash, Value value) {
    bool err;
    int64_t ix = lookupSlot(&ctx, key, hash, err);
    if (err) return false;
    if (ix >= 0) {
        entries[size_t(ix)].value = value;
        return true;
    }
    insertNew(key, hash, value);
    return true;
}

bool DictObject::set(CallContext& ctx, Value key, Value value) {
    int64_t h;
    if (!hashOf(ctx, key, h)) return false;
    return setHashed(ctx, key, h, value);
}

Found DictObject::remove(CallContext& ctx, Value key, Value& out) {
    int64_t h;
    if (!hashOf(ctx, key, h)) return Found::Error;
    if (index.empty()) return Found::No;
    size_t mask = index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = uint64_t(h) & mask;
    for (;;) {
        int32_t ix = index[i];
        if (ix == kEmpty) return Found::No;
        if (ix >= 0) {
            Entry& e = entries[size_t(ix)];
            if (e.hash == h) {
                int eq = keysEqual(&ctx, e.key, key);
                if (eq < 0) return Found::Error;
                if (eq) {
                    out = e.value;
                    e.live = false;
                    e.key = Value();
                    e.value = Value();
                    index[i] = kDeleted;
                    --used;
                    ++version;
                    if (used == 0) {
                        entries.clear();
                        index.assign(8, kEmpty);
                    }
                    return Found::Yes;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value* DictObject::findStr(const StrObject* key) {
    if (index.empty()) return nullptr;
    int64_t hash = key->strHash();
    size_t mask = index.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = uint64_t(hash) & mask;
    for (;;) {
        int32_t ix = index[i];
        if (ix == kEmpty) return nullptr;
        if (ix >= 0) {
            Entry& e = entries[size_t(ix)];
            if (e.key.isObj() && e.key.asObj() == key) return &e.value;
            if (e.hash == hash && isKind(e.key, ObjKind::Str) && as<StrObject>(e.key)->equals(key))
                return &e.value;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value* DictObject::findStr(std::string_view key) {
    for (Entry& e : entries)
        if (e.live && isKind(e.key, ObjKind::Str) && as<StrObject>(e.key)->data == key) return &e.value;
    return nullptr;
}

void DictObject::setStr(StrObject* key, Value value) {
    if (Value* v = findStr(key)) {
        *v = value;
        return;
    }
    insertNew(Value::object(key), key->strHash(), value);
}

bool DictObject::removeStr(const StrObject* key) {
    Value* v = findStr(key);
    if (!v) return false;
    for (size_t i = 0; i < index.size(); ++i) {
        int32_t ix = index[i];
        if (ix >= 0 && &entries[size_t(ix)].value == v) {
            Entry& e = entries[size_t(ix)];
            e.live = false;
            e.key = Value();
            e.value = Value();
            index[i] = kDeleted;
            --used;
            ++version;
            return true;
        }
    }
    return false;
}

void DictObject::clear() {
    entries.clear();
    index.clear();
    used = 0;
    ++version;
}

}  // namespace il::vm
