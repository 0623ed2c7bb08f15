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

// The table is written as three strings and split at first use: every code is two letters, in order, with both names,
// and the names stay with their codes to the last (one name out of step would shift every name after it).
TEST(Countries, EveryCodeHasItsOwnNamesInOrder) {
    const auto all = AllCountries();
    ASSERT_FALSE(all.empty());
    for (size_t k = 0; k < all.size(); ++k) {
        EXPECT_EQ(all[k].code.size(), 2u) << k;
        EXPECT_FALSE(all[k].en.empty()) << all[k].code;
        EXPECT_FALSE(all[k].de.empty()) << all[k].code;
        EXPECT_EQ(all[k].en.find('\0'), std::string_view::npos) << all[k].code;
        if (k) {
            EXPECT_LT(all[k - 1].code, all[k].code);
        }
        EXPECT_EQ(FindCountry(all[k].code), &all[k]);
    }
    EXPECT_EQ(all.front().code, "AD");
    EXPECT_EQ(all.front().en, "Andorra");
    EXPECT_EQ(all.back().code, "ZW");
    EXPECT_EQ(all.back().en, "Zimbabwe");
    EXPECT_EQ(all.back().de, "Simbabwe");
    EXPECT_EQ(FindCountry("FR")->de, "Frankreich");
}

}  // namespace rift
