// Tests for core/vocab: schema names map both ways, and the restriction ranking is ordered.
#include "core/vocab.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace rift {

TEST(Vocab, NamesRoundTrip) {
    for (int i = 0; i < kMeasureCount; ++i)
        EXPECT_EQ(ParseVocab<Measure>(kMeasureNames, Name(static_cast<Measure>(i))), static_cast<Measure>(i));
    EXPECT_EQ(ParseVocab<Sector>(kSectorNames, "critical_infrastructure"), Sector::CriticalInfrastructure);
    EXPECT_EQ(ParseVocab<Status>(kStatusNames, "revoked"), Status::Revoked);
    EXPECT_FALSE(ParseVocab<Measure>(kMeasureNames, "ban"));
    EXPECT_FALSE(ParseVocab<Measure>(kMeasureNames, "App_Ban"));
}

// Every measure type's rank is the one docs/DATASET.md documents ("In force, and the strongest measure"): the
// table is read from the document, so the ranking and its documentation cannot drift apart.
TEST(Vocab, StrengthRanksAreTheDocumentedOnes) {
    std::ifstream doc(std::string(RIFT_SOURCE_DIR) + "/docs/DATASET.md");
    ASSERT_TRUE(doc.good());
    std::map<std::string, int> documented;
    std::string line;
    bool in_section = false;
    while (std::getline(doc, line)) {
        if (line.rfind("## ", 0) == 0) in_section = line == "## In force, and the strongest measure";
        if (!in_section || line.rfind("| ", 0) != 0 || line.find('`') == std::string::npos) continue;
        const int rank = std::stoi(line.substr(2));
        for (size_t at = line.find('`'); at != std::string::npos; at = line.find('`', line.find('`', at + 1) + 1)) {
            const size_t end = line.find('`', at + 1);
            documented[line.substr(at + 1, end - at - 1)] = rank;
        }
    }
    ASSERT_EQ(documented.size(), static_cast<size_t>(kMeasureCount)) << "every measure type has one documented rank";
    for (int i = 0; i < kMeasureCount; ++i) {
        const std::string name(kMeasureNames[static_cast<size_t>(i)]);
        ASSERT_TRUE(documented.count(name)) << name;
        EXPECT_EQ(RestrictionStrength(static_cast<Measure>(i)), documented[name]) << name;
    }
}

}  // namespace rift
