// One std::sort instantiation for every sort of ids.
#include "core/sort_ids.h"

#include <algorithm>

namespace rift {

namespace {
struct Compare {
    IdLess less;
    const void* context;
    bool operator()(uint16_t a, uint16_t b) const { return less(context, a, b); }
};
}  // namespace

void SortIds(std::span<uint16_t> ids, IdLess less, const void* context) {
    std::sort(ids.begin(), ids.end(), Compare{less, context});
}

void SortIdCounts(std::span<IdCount> items, IdCountLess less, const void* context) {
    std::sort(items.begin(), items.end(), [&](const IdCount& a, const IdCount& b) { return less(context, a, b); });
}

}  // namespace rift
