// Tests for core/escalation: the decayed index against hand-computed values, and response chains.
#include "core/escalation.h"

#include "fixture.h"

namespace rift {
using test::Day;
using test::Idx;

TEST(Escalation, IndexAtADay) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN");
    // 2012-10-08 (severity 1) is 588 days before 2014-05-19 (severity 4): 1 * 2^(-588/365) + 4.
    EXPECT_NEAR(EscalationAt(*ds, sel, us, cn, Day("2014-05-19")), 4.327381, 1e-5);
    // 2019-05-15: 4 + 4 * 2^(-1822/365) + 2^(-2410/365)
    EXPECT_NEAR(EscalationAt(*ds, sel, us, cn, Day("2019-05-15")), 4.136003, 1e-5);
    EXPECT_EQ(EscalationAt(*ds, sel, us, cn, Day("2012-10-07")), 0.0);
    EXPECT_EQ(EscalationAt(*ds, sel, us, *ds->FindCountry("RU"), Day("2025-01-01")), 0.0);
    EscalationParams fast;
    fast.half_life_days = 1.0;
    EXPECT_NEAR(EscalationAt(*ds, sel, us, cn, Day("2014-05-20"), fast), 2.0, 1e-6);
}

TEST(Escalation, MonthlySeriesEndsEachMonth) {
    auto ds = test::SmallDataset();
    auto sel = Filter(*ds, {});
    const CountryId us = *ds->FindCountry("US"), cn = *ds->FindCountry("CN");
    EscalationSeries s = Escalation(*ds, sel, us, cn, Day("2012-01-01"), Day("2019-12-31"));
    EXPECT_EQ(s.first_month, MonthIndex(Day("2012-01-01")));
    ASSERT_EQ(s.values.size(), 96u);
    EXPECT_EQ(s.values[0], 0.0f);
    // End of May 2014: 4 * 2^(-12/365) + 2^(-600/365)
    const size_t may2014 = static_cast<size_t>(MonthIndex(Day("2014-05-01")) - s.first_month);
    EXPECT_NEAR(s.values[may2014], 4.229882, 1e-4);
    // The series equals the point query at each month end.
    for (size_t m = 0; m < s.values.size(); m += 7) {
        const int32_t end = DayFromMonthIndex(s.first_month + static_cast<int32_t>(m) + 1) - 1;
        EXPECT_NEAR(s.values[m], EscalationAt(*ds, sel, us, cn, end), 1e-4);
    }
    EXPECT_TRUE(Escalation(*ds, sel, us, cn, Day("2020-01-01"), Day("2019-01-01")).values.empty());
}

TEST(Escalation, ResponseChainsBothWays) {
    auto ds = test::SmallDataset();
    ResponseChain c = ResponseChainOf(*ds, Idx(*ds, "us-2014-05-19-indictment"));
    EXPECT_TRUE(c.answered.empty());
    ASSERT_EQ(c.answered_by.size(), 1u);
    EXPECT_EQ(ds->events[c.answered_by[0]].id, "cn-2014-05-20-working-group");
    c = ResponseChainOf(*ds, Idx(*ds, "cn-2019-05-31-uel"));
    ASSERT_EQ(c.answered.size(), 1u);
    EXPECT_EQ(ds->events[c.answered[0]].id, "us-2019-05-15-entity-list");
    EXPECT_TRUE(c.answered_by.empty());
}

}  // namespace rift
