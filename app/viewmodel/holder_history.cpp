#include "app/viewmodel/holder_history.hpp"

#include <algorithm>

namespace il::viewmodel {

using trace::EventKind;
using trace::kOpenEnd;
using trace::ResourceKind;

void HolderHistory::update(const trace::TraceLog& log) {
    for (; m_seen < log.size(); ++m_seen) {
        const trace::Event& e = log.at(m_seen);
        switch (e.kind) {
            case EventKind::ResourceCreated: {
                const auto kind = static_cast<ResourceKind>(e.value);
                if (e.object >= m_exclusive.size()) m_exclusive.resize(e.object + 1, false);
                m_exclusive[e.object] = kind == ResourceKind::Lock || kind == ResourceKind::RLock || kind == ResourceKind::Gil;
                break;
            }
            case EventKind::LockAcquired: take(e.object, e.task, e.timeNs, false); break;
            case EventKind::GilTaken: take(e.object, e.task, e.timeNs, true); break;
            case EventKind::LockReleased:
                // An RLock released with recursion left (value = count left) is still held.
                if (e.value == 0) drop(e.object, e.task, e.timeNs);
                break;
            case EventKind::GilDropped: drop(e.object, e.task, e.timeNs); break;
            default: break;
        }
    }
}

void HolderHistory::take(trace::ResourceId r, trace::TaskId t, uint64_t ns, bool exclusive) {
    if (r >= m_byResource.size()) m_byResource.resize(r + 1);
    auto& hs = m_byResource[r];
    const bool isExclusive = exclusive || (r < m_exclusive.size() && m_exclusive[r]);
    for (auto it = hs.rbegin(); it != hs.rend() && it->endNs == kOpenEnd; ++it) {
        if (it->task == t) return;  // already held (an RLock taken again)
        // A take of an exclusive resource without the previous holder's release ends that
        // holding (a GIL handed over inside one instant).
        if (isExclusive) it->endNs = std::max(ns, it->startNs);
    }
    hs.push_back(Holding{ns, kOpenEnd, t});
}

void HolderHistory::drop(trace::ResourceId r, trace::TaskId t, uint64_t ns) {
    if (r >= m_byResource.size()) return;
    auto& hs = m_byResource[r];
    // The open holding of `t` is among the last few: holdings close roughly in order.
    for (auto it = hs.rbegin(); it != hs.rend(); ++it) {
        if (it->task == t && it->endNs == kOpenEnd) {
            it->endNs = std::max(ns, it->startNs);
            return;
        }
        if (static_cast<size_t>(it - hs.rbegin()) > kMaxLookBack) return;
    }
}

const std::vector<Holding>& HolderHistory::holdings(trace::ResourceId resource) const {
    static const std::vector<Holding> kNone;  // immutable empty result
    return resource < m_byResource.size() ? m_byResource[resource] : kNone;
}

std::vector<trace::TaskId> HolderHistory::holdersAt(trace::ResourceId resource, uint64_t ns) const {
    std::vector<trace::TaskId> out;
    const auto& hs = holdings(resource);
    auto it = std::upper_bound(hs.begin(), hs.end(), ns, [](uint64_t v, const Holding& h) { return v < h.startNs; });
    const bool exclusive = resource < m_exclusive.size() && m_exclusive[resource];
    for (size_t looked = 0; it != hs.begin() && looked < kMaxLookBack; ++looked) {
        --it;
        if (ns < it->endNs) out.push_back(it->task);
        if (exclusive) break;  // disjoint holdings: only the latest start can cover `ns`
    }
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace il::viewmodel
