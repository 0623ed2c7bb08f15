// Tests for core/text_pack: a written pack reads back to the same translations, and a broken one is refused with
// the byte where it breaks.
#include "core/text_pack.h"

#include <gtest/gtest.h>

namespace rift {

namespace {

std::optional<TextTable> Read(std::string bytes, std::string& error) { return ReadTextPack(std::move(bytes), error); }

std::string Refusal(std::string bytes) {
    std::string error;
    EXPECT_FALSE(Read(std::move(bytes), error));
    return error;
}

const std::string kMagic(kTextPackMagic);

}  // namespace

TEST(TextPack, ReadsBackWhatWasWritten) {
    const TextPair pairs[] = {{"Map", "Karte"}, {"Filters", "Filter"}, {"{} events", "{} Ereignisse"},
                              {"Announced", "Angekündigt"}, {"Same", ""}};
    std::string error;
    const auto table = Read(WriteTextPack(pairs), error);
    ASSERT_TRUE(table) << error;
    EXPECT_EQ(table->size(), 5u);
    for (const TextPair& p : pairs) {
        const char* found = table->Find(p.en);
        ASSERT_NE(found, nullptr) << p.en;
        EXPECT_EQ(std::string_view(found), p.text);
    }
    EXPECT_EQ(table->Find("Timeline"), nullptr);
    EXPECT_EQ(table->Find("Ma"), nullptr);    // a prefix of a key is not the key
    EXPECT_EQ(table->Find("Maps"), nullptr);  // nor is a longer text
    EXPECT_EQ(table->Find(""), nullptr);
}

TEST(TextPack, AnEmptyPackIsAnEmptyTable) {
    std::string error;
    const auto table = Read(kMagic, error);
    ASSERT_TRUE(table) << error;
    EXPECT_EQ(table->size(), 0u);
    EXPECT_EQ(table->Find("Map"), nullptr);
}

TEST(TextPack, TheTableOutlivesItsBytesBeingMoved) {
    const TextPair pairs[] = {{"Map", "Karte"}};
    std::string error;
    auto table = Read(WriteTextPack(pairs), error);
    ASSERT_TRUE(table) << error;
    std::optional<TextTable> moved = std::move(*table);
    table.reset();
    ASSERT_NE(moved->Find("Map"), nullptr);
    EXPECT_STREQ(moved->Find("Map"), "Karte");
}

TEST(TextPack, RefusesBrokenPacksWithTheByte) {
    EXPECT_EQ(Refusal(""), "byte 0: not a Rift text pack (it does not begin with RIFTTEXT 1)");
    EXPECT_EQ(Refusal("RIFTTEXT 2\nMap\0Karte\0"), "byte 0: not a Rift text pack (it does not begin with RIFTTEXT 1)");
    // (kMagic is 11 bytes: the first pair starts at byte 11.)
    EXPECT_EQ(Refusal(kMagic + "Map"), "byte 11: an English text without its closing NUL byte");
    EXPECT_EQ(Refusal(kMagic + std::string("Map\0", 4)), "byte 15: an English text without its translation");
    EXPECT_EQ(Refusal(kMagic + std::string("Map\0Karte", 9)), "byte 15: an English text without its translation");
    EXPECT_EQ(Refusal(kMagic + std::string("Map\0Karte\0\0x\0", 13)), "byte 21: an empty English text");
    EXPECT_EQ(Refusal(kMagic + std::string("Map\0Karte\0Map\0Landkarte\0", 24)),
              "byte 21: \"Map\" is translated twice");
    EXPECT_EQ(Refusal(kMagic + std::string("Map\0Kar\xfft\0", 10)), "byte 18: not UTF-8");
}

TEST(TextPack, WritesPairsInTheirOrderAfterTheMagic) {
    const TextPair pairs[] = {{"b", "B"}, {"a", "A"}};
    EXPECT_EQ(WriteTextPack(pairs), kMagic + std::string("b\0B\0a\0A\0", 8));
    EXPECT_EQ(WriteTextPack({}), kMagic);
}

}  // namespace rift
