// Tests for core/sort_ids: the same order as std::sort with the same comparison.
#include "core/sort_ids.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace rift {

TEST(SortIds, SameOrderAsStdSort) {
    std::vector<uint32_t> counts;
    for (uint32_t k = 0; k < 300; ++k) counts.push_back((k * 7919u) % 13u);  // many ties
    std::vector<uint16_t> ids(counts.size());
    for (uint16_t k = 0; k < ids.size(); ++k) ids[k] = static_cast<uint16_t>(ids.size() - 1 - k);
    auto by_count = [&](uint16_t a, uint16_t b) { return counts[a] > counts[b]; };  // ties: std::sort's own order
    std::vector<uint16_t> expected = ids;
    std::sort(expected.begin(), expected.end(), by_count);
    SortIds(ids, by_count);
    EXPECT_EQ(ids, expected);
}

TEST(SortIds, TotalOrderAndEdges) {
    const std::vector<std::string> names = {"b", "a", "c", "a"};
    std::vector<uint16_t> ids = {0, 1, 2, 3};
    SortIds(ids, [&](uint16_t a, uint16_t b) { return names[a] != names[b] ? names[a] < names[b] : a < b; });
    EXPECT_EQ(ids, (std::vector<uint16_t>{1, 3, 0, 2}));
    std::vector<uint16_t> none;
    SortIds(none, [](uint16_t a, uint16_t b) { return a < b; });
    EXPECT_TRUE(none.empty());
    std::vector<uint16_t> one = {5};
    SortIds(one, [](uint16_t a, uint16_t b) { return a < b; });
    EXPECT_EQ(one, (std::vector<uint16_t>{5}));
}

TEST(SortIds, IdCountsSameOrderAsStdSort) {
    std::vector<IdCount> items;
    for (uint16_t k = 0; k < 200; ++k) items.emplace_back(static_cast<uint16_t>((k * 37u) % 200u), (k * 11u) % 7u);
    auto by_count = [](const IdCount& a, const IdCount& b) { return a.second > b.second; };  // ties: std::sort's own
    std::vector<IdCount> expected = items;
    std::sort(expected.begin(), expected.end(), by_count);
    SortIdCounts(items, by_count);
    EXPECT_EQ(items, expected);
}

}  // namespace rift
