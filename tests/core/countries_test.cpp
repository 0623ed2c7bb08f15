// Tests for core/countries: the table generated from iso-codes has names in both languages.
#include "core/countries.h"

#include <gtest/gtest.h>

namespace rift {

TEST(Countries, KnowsCodesAndNames) {
    const CountryName* de = FindCountry("DE");
    ASSERT_NE(de, nullptr);
    EXPECT_EQ(de->en, "Germany");
    EXPECT_EQ(de->de, "Deutschland");
    ASSERT_NE(FindCountry("EU"), nullptr);
    EXPECT_EQ(FindCountry("TW")->en, "Taiwan");
    EXPECT_EQ(FindCountry("KR")->en, "South Korea");
    EXPECT_EQ(FindCountry("XX"), nullptr);
    EXPECT_EQ(FindCountry("de"), nullptr);
    EXPECT_GE(AllCountries().size(), 249u);
}

}  // namespace rift
