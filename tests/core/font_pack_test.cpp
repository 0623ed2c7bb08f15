// Tests for core/font_pack: reading well-formed packs byte by byte, and refusing broken ones with the offset.
#include "core/font_pack.h"

#include <gtest/gtest.h>

namespace rift {

namespace {

// A face as gen_font.py writes it: role, size, range count, ranges, length, bytes.
void AddFace(std::vector<uint8_t>& p, uint8_t role, std::vector<std::pair<uint16_t, uint16_t>> ranges,
             std::vector<uint8_t> bytes, uint16_t size = 1000) {
    p.push_back(role);
    p.push_back(static_cast<uint8_t>(size));
    p.push_back(static_cast<uint8_t>(size >> 8));
    p.push_back(static_cast<uint8_t>(ranges.size()));
    p.push_back(static_cast<uint8_t>(ranges.size() >> 8));
    for (auto [a, b] : ranges)
        for (uint16_t v : {a, b}) {
            p.push_back(static_cast<uint8_t>(v));
            p.push_back(static_cast<uint8_t>(v >> 8));
        }
    const auto n = static_cast<uint32_t>(bytes.size());
    for (int k = 0; k < 4; ++k) p.push_back(static_cast<uint8_t>(n >> (8 * k)));
    p.insert(p.end(), bytes.begin(), bytes.end());
}

std::vector<uint8_t> Pack(uint8_t count) { return {'R', 'F', 'P', '1', count}; }

}  // namespace

TEST(FontPack, ReadsFacesInOrderWithTheirRangesAndBytes) {
    auto p = Pack(3);
    AddFace(p, 0, {{32, 126}, {160, 255}}, {1, 2, 3});
    AddFace(p, 1, {{32, 126}}, {4});
    AddFace(p, 2, {{0x400, 0x44F}}, {5, 6}, 1745);
    std::string error;
    auto faces = ParseFontPack(p, error);
    ASSERT_TRUE(faces) << error;
    ASSERT_EQ(faces->size(), 3u);
    EXPECT_EQ((*faces)[0].role, FontRole::Regular);
    EXPECT_EQ((*faces)[0].ranges, (std::vector<uint16_t>{32, 126, 160, 255, 0}));
    EXPECT_EQ(std::vector<uint8_t>((*faces)[0].bytes.begin(), (*faces)[0].bytes.end()), (std::vector<uint8_t>{1, 2, 3}));
    EXPECT_EQ((*faces)[1].role, FontRole::Bold);
    EXPECT_EQ((*faces)[2].role, FontRole::Merge);
    EXPECT_EQ((*faces)[2].ranges, (std::vector<uint16_t>{0x400, 0x44F, 0}));
    EXPECT_FLOAT_EQ((*faces)[0].size, 1.0f);
    EXPECT_FLOAT_EQ((*faces)[2].size, 1.745f);
    // The bytes point into the pack: the face's data starts 4 + 1 + (1 + 2 + 2 + 8 + 4) bytes in.
    EXPECT_EQ((*faces)[0].bytes.data(), p.data() + 22);
}

TEST(FontPack, RefusesAnotherFileType) {
    std::vector<uint8_t> p = {'w', 'O', 'F', 'F', 1};
    std::string error;
    EXPECT_FALSE(ParseFontPack(p, error));
    EXPECT_EQ(error, "font pack, byte 0: not a Rift font pack (it should start with RFP1)");
    EXPECT_FALSE(ParseFontPack({}, error));
}

TEST(FontPack, RefusesATruncatedFaceAndNamesTheOffset) {
    auto p = Pack(1);
    AddFace(p, 0, {{32, 126}}, {1, 2, 3, 4});
    p.pop_back();  // one byte short
    std::string error;
    EXPECT_FALSE(ParseFontPack(p, error));
    EXPECT_EQ(error, "font pack, byte 14: face 0 says it has 4 bytes, but 3 follow");
}

TEST(FontPack, RefusesBadRangesRolesAndTrailingBytes) {
    std::string error;
    auto bad_range = Pack(1);
    AddFace(bad_range, 0, {{126, 32}}, {1});
    EXPECT_FALSE(ParseFontPack(bad_range, error));
    EXPECT_EQ(error, "font pack, byte 10: range 126-32 is not valid");

    auto bad_role = Pack(1);
    AddFace(bad_role, 7, {{32, 126}}, {1});
    EXPECT_FALSE(ParseFontPack(bad_role, error));
    EXPECT_EQ(error, "font pack, byte 5: unknown face role 7");

    auto bad_size = Pack(1);
    AddFace(bad_size, 0, {{32, 126}}, {1}, 0);
    EXPECT_FALSE(ParseFontPack(bad_size, error));
    EXPECT_EQ(error, "font pack, byte 6: face size 0/1000 is not plausible");

    auto trailing = Pack(1);
    AddFace(trailing, 0, {{32, 126}}, {1});
    trailing.push_back(0);
    EXPECT_FALSE(ParseFontPack(trailing, error));
    EXPECT_EQ(error, "font pack, byte 19: unexpected bytes after the last face");
}

TEST(FontPack, NeedsExactlyOneRegularFace) {
    std::string error;
    auto none = Pack(1);
    AddFace(none, 1, {{32, 126}}, {1});
    EXPECT_FALSE(ParseFontPack(none, error));
    EXPECT_EQ(error, "font pack, byte 19: a pack needs one regular face and at most one bold face");
    auto two = Pack(2);
    AddFace(two, 0, {{32, 126}}, {1});
    AddFace(two, 0, {{32, 126}}, {1});
    EXPECT_FALSE(ParseFontPack(two, error));
    EXPECT_FALSE(ParseFontPack(Pack(0), error));
}

TEST(FontPack, AnExtraPackHoldsOnlyMergedFaces) {
    std::string error;
    auto extra = Pack(1);
    AddFace(extra, 2, {{0xFE70, 0xFEFC}}, {7, 8}, 1745);
    auto faces = ParseFontPack(extra, error, FontPackKind::Extra);
    ASSERT_TRUE(faces) << error;
    ASSERT_EQ(faces->size(), 1u);
    EXPECT_EQ((*faces)[0].role, FontRole::Merge);
    EXPECT_FLOAT_EQ((*faces)[0].size, 1.745f);
    EXPECT_EQ((*faces)[0].ranges, (std::vector<uint16_t>{0xFE70, 0xFEFC, 0}));
    // ... which is not a base pack, and a base pack is not an extra one.
    EXPECT_FALSE(ParseFontPack(extra, error));
    EXPECT_EQ(error, "font pack, byte 20: a pack needs one regular face and at most one bold face");
    auto base = Pack(1);
    AddFace(base, 0, {{32, 126}}, {1});
    EXPECT_FALSE(ParseFontPack(base, error, FontPackKind::Extra));
    EXPECT_EQ(error, "font pack, byte 19: an extra pack holds only faces merged into the body font or the headings");
    // More of the body font's and the headings' own characters (the page's extra pack carries Inter's beyond what
    // the first view shows).
    auto more = Pack(2);
    AddFace(more, 3, {{0x0400, 0x044F}}, {3});
    AddFace(more, 4, {{0x0400, 0x044F}}, {4});
    faces = ParseFontPack(more, error, FontPackKind::Extra);
    ASSERT_TRUE(faces) << error;
    EXPECT_EQ((*faces)[0].role, FontRole::MoreRegular);
    EXPECT_EQ((*faces)[1].role, FontRole::MoreBold);
    auto beyond = Pack(1);
    AddFace(beyond, 5, {{32, 126}}, {1});
    EXPECT_FALSE(ParseFontPack(beyond, error, FontPackKind::Extra));
    EXPECT_EQ(error, "font pack, byte 5: unknown face role 5");
    // An extra pack may be empty (every script the data uses is in the base pack).
    auto empty = ParseFontPack(Pack(0), error, FontPackKind::Extra);
    ASSERT_TRUE(empty) << error;
    EXPECT_TRUE(empty->empty());
}

}  // namespace rift
