// Shared by the core tests: loads the small hand-made fixture dataset.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "core/io.h"
#include "core/load.h"

namespace rift::test {

inline std::string ReadFixture(const std::string& rel) {
    std::string error;
    auto text = ReadFile(std::string(RIFT_SOURCE_DIR) + "/tests/fixtures/" + rel, 1u << 26, error);
    EXPECT_TRUE(text.has_value()) << error;
    return text.value_or("");
}

// tests/fixtures/<name>/{events,vendors}.json, loaded once; any problem fails the test that asked.
inline std::shared_ptr<const Dataset> LoadFixtureDataset(const std::string& name) {
    LoadResult r = LoadDataset(ReadFixture(name + "/events.json"), ReadFixture(name + "/vendors.json"));
    for (const Problem& p : r.problems) ADD_FAILURE() << FormatProblem(p);
    return r.dataset;
}

inline std::shared_ptr<const Dataset> SmallDataset() {
    static const std::shared_ptr<const Dataset> ds = LoadFixtureDataset("small");
    return ds;
}

// Vendors with parents and aliases, and events with vendor roles, a date note and an alias (tests/fixtures/families).
inline std::shared_ptr<const Dataset> FamiliesDataset() {
    static const std::shared_ptr<const Dataset> ds = LoadFixtureDataset("families");
    return ds;
}

inline EventIndex Idx(const Dataset& ds, std::string_view id) {
    auto i = ds.FindEvent(id);
    EXPECT_TRUE(i.has_value()) << id;
    return i.value_or(0);
}

inline int32_t Day(std::string_view text) { return ParseDate(text).value().day; }

}  // namespace rift::test
