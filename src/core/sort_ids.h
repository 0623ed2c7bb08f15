// Sorting country and vendor ids (uint16_t), alone or with a count, through one shared std::sort each: each lambda handed to std::sort makes
// its own copy of the algorithm in the wasm (about 1.6 KB), and the UI and the core sort ids in many places.
#pragma once
#include <cstdint>
#include <span>
#include <utility>

namespace rift {

using IdLess = bool (*)(const void* context, uint16_t a, uint16_t b);

// std::sort(ids, less(context, a, b)): the same order as std::sort with that comparison, through an indirect
// call per comparison. For the few hundred countries or vendors of a facet, not for per-event data.
void SortIds(std::span<uint16_t> ids, IdLess less, const void* context);

template <typename Less>
void SortIds(std::span<uint16_t> ids, const Less& less) {
    SortIds(ids, [](const void* c, uint16_t a, uint16_t b) -> bool { return (*static_cast<const Less*>(c))(a, b); }, &less);
}

// The same for (id, count) pairs, e.g. vendors with their number of events.
using IdCount = std::pair<uint16_t, uint32_t>;
using IdCountLess = bool (*)(const void* context, const IdCount& a, const IdCount& b);
void SortIdCounts(std::span<IdCount> items, IdCountLess less, const void* context);

template <typename Less>
void SortIdCounts(std::span<IdCount> items, const Less& less) {
    SortIdCounts(
        items, [](const void* c, const IdCount& a, const IdCount& b) -> bool { return (*static_cast<const Less*>(c))(a, b); },
        &less);
}

}  // namespace rift
