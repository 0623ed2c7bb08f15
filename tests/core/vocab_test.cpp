// Tests for core/vocab: schema names map both ways, and the restriction ranking is ordered.
#include "core/vocab.h"

#include <gtest/gtest.h>

namespace rift {

TEST(Vocab, NamesRoundTrip) {
    for (int i = 0; i < kMeasureCount; ++i)
        EXPECT_EQ(ParseVocab<Measure>(kMeasureNames, Name(static_cast<Measure>(i))), static_cast<Measure>(i));
    EXPECT_EQ(ParseVocab<Sector>(kSectorNames, "critical_infrastructure"), Sector::CriticalInfrastructure);
    EXPECT_EQ(ParseVocab<Status>(kStatusNames, "revoked"), Status::Revoked);
    EXPECT_FALSE(ParseVocab<Measure>(kMeasureNames, "ban"));
    EXPECT_FALSE(ParseVocab<Measure>(kMeasureNames, "App_Ban"));
}

TEST(Vocab, StrengthRanksExportControlsAboveAccusations) {
    EXPECT_GT(RestrictionStrength(Measure::ExportControl), RestrictionStrength(Measure::ProcurementBan));
    EXPECT_GT(RestrictionStrength(Measure::ProcurementBan), RestrictionStrength(Measure::Accusation));
    EXPECT_EQ(RestrictionStrength(Measure::Diplomatic), 0);
}

}  // namespace rift
