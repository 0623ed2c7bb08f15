// Tests for core/synth: determinism, size, ordering and valid links.
#include "core/synth.h"

#include <gtest/gtest.h>

#include "core/filter.h"

namespace rift {

TEST(Synth, DeterministicAndWellFormed) {
    SynthOptions o;
    o.events = 5000;
    o.seed = 42;
    auto a = GenerateSynthetic(o);
    auto b = GenerateSynthetic(o);
    ASSERT_EQ(a->size(), 5000u);
    EXPECT_EQ(a->cols.day, b->cols.day);
    EXPECT_EQ(a->cols.actor, b->cols.actor);
    o.seed = 43;
    EXPECT_NE(GenerateSynthetic(o)->cols.actor, a->cols.actor);
    size_t links = 0;
    for (size_t i = 0; i < a->size(); ++i) {
        if (i) {
            EXPECT_LE(a->cols.day[i - 1], a->cols.day[i]);
        }
        EXPECT_GE(a->cols.day[i], o.first_day);
        EXPECT_LE(a->cols.day[i], o.last_day);
        for (EventIndex r : a->events[i].responds_to) {
            EXPECT_LE(a->cols.day[r], a->cols.day[i]);
            ++links;
        }
    }
    EXPECT_GT(links, 100u);
    EXPECT_EQ(Filter(*a, {}).size(), 5000u);
}

TEST(Synth, SkewedActors) {
    SynthOptions o;
    o.events = 20000;
    auto ds = GenerateSynthetic(o);
    std::vector<size_t> counts(ds->countries.size(), 0);
    for (CountryId c : ds->cols.actor) ++counts[c];
    EXPECT_GT(counts[0], counts[ds->countries.size() - 1] * 3);
}

}  // namespace rift

namespace rift {
// VendorId is 16 bits: asking for more vendors than it can name gives 65,535 (as the loader allows), not a hang.
TEST(Synth, VendorsCappedAtWhatVendorIdCanName) {
    SynthOptions o;
    o.events = 100;
    o.vendors = 70'000;
    auto ds = GenerateSynthetic(o);
    EXPECT_EQ(ds->vendors.size(), 65'535u);
    EXPECT_EQ(ds->size(), 100u);
}
}  // namespace rift
