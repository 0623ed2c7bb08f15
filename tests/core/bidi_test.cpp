// Tests for core/bidi: Arabic presentation forms, lam-alef, and the visual order of mixed right-to-left text.
#include "core/bidi.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace rift {

// Letters used below: ب beh U+0628 (dual-joining), د dal U+062F (right-joining), ل lam U+0644, ا alef U+0627,
// غ ghain U+063A, و waw U+0648 (right-joining), fatha U+064E (a transparent mark).

TEST(Bidi, DualJoiningForms) {
    EXPECT_EQ(ShapeArabic("\u0628"), "\uFE8F");                          // isolated
    EXPECT_EQ(ShapeArabic("\u0628\u0628"), "\uFE91\uFE90");              // initial, final
    EXPECT_EQ(ShapeArabic("\u0628\u0628\u0628"), "\uFE91\uFE92\uFE90");  // initial, medial, final
    EXPECT_EQ(ShapeArabic("\u0628 \u0628"), "\uFE8F \uFE8F");            // a space breaks the join
}

TEST(Bidi, RightJoiningLetterBreaksTheJoin) {
    // beh joins dal; dal does not join on its left, so the next beh stands alone.
    EXPECT_EQ(ShapeArabic("\u0628\u062F\u0628"), "\uFE91\uFEAA\uFE8F");
    // غوغل: initial ghain, final waw, initial ghain, final lam.
    EXPECT_EQ(ShapeArabic("\u063A\u0648\u063A\u0644"), "\uFECF\uFEEE\uFECF\uFEDE");
}

TEST(Bidi, TransparentMarksDoNotBreakTheJoin) {
    EXPECT_EQ(ShapeArabic("\u0628\u064E\u0628"), "\uFE91\u064E\uFE90");
    // Visually the mark stays after (drawn over) its letter.
    EXPECT_EQ(VisualOrder("\u0628\u064E\u0628"), "\uFE90\uFE91\u064E");
}

TEST(Bidi, LamAlefLigature) {
    EXPECT_EQ(ShapeArabic("\u0644\u0627"), "\uFEFB");              // isolated
    EXPECT_EQ(ShapeArabic("\u0628\u0644\u0627"), "\uFE91\uFEFC");  // final: lam joins the beh before it
    EXPECT_EQ(ShapeArabic("\u0644\u0623"), "\uFEF7");              // lam + alef with hamza above
}

TEST(Bidi, RightToLeftRunIsReversed) {
    EXPECT_EQ(VisualOrder("\u0628\u0628"), "\uFE90\uFE91");
    EXPECT_EQ(VisualOrder("\u063A\u0648\u063A\u0644"), "\uFEDE\uFECF\uFEEE\uFECF");
    // Two words: the first word is on the right.
    EXPECT_EQ(VisualOrder("\u0628\u0628 \u062F\u0628"), "\uFE8F\uFEA9 \uFE90\uFE91");
}

TEST(Bidi, DigitsInsideArabicStayLeftToRight) {
    EXPECT_EQ(VisualOrder("\u0628\u0628 21 \u0628\u0628"), "\uFE90\uFE91 21 \uFE90\uFE91");
    EXPECT_EQ(VisualOrder("\u0628\u0628 2022 \u0628\u0628"), "\uFE90\uFE91 2022 \uFE90\uFE91");
}

TEST(Bidi, MixedLabelKeepsLatinPartsInPlace) {
    EXPECT_EQ(VisualOrder("Reuters: \u0628\u0628 \u062F\u0628 (2022-07-18)"),
              "Reuters: \uFE8F\uFEA9 \uFE90\uFE91 (2022-07-18)");
    EXPECT_EQ(VisualOrder("Elnashra: \u0628\u0628 21 \u062F\u0628 (2022-07)"),
              "Elnashra: \uFE8F\uFEA9 21 \uFE90\uFE91 (2022-07)");
    // A Latin word inside an Arabic paragraph stays left to right.
    EXPECT_EQ(VisualOrder("\u0628\u0628 Google \u062F\u0628"), "\uFE8F\uFEA9 Google \uFE90\uFE91");
}

TEST(Bidi, BracketsAreMirroredInRightToLeftRuns) {
    EXPECT_EQ(VisualOrder("\u0628 (\u0628)"), "(\uFE8F) \uFE8F");
}

TEST(Bidi, EachLineIsItsOwnParagraph) {
    EXPECT_EQ(VisualOrder("\u0628\u0628\nab"), "\uFE90\uFE91\nab");
}

TEST(Bidi, LeftToRightTextIsUnchanged) {
    const std::string ascii = "Moscow court fines Google 21 billion roubles (2022-07-18)";
    EXPECT_FALSE(HasRtl(ascii));
    EXPECT_EQ(VisualOrder(ascii), ascii);
    const std::string cyrillic = "Роскомнадзор «ограничил» Google — 21 млрд";
    EXPECT_FALSE(HasRtl(cyrillic));
    EXPECT_EQ(VisualOrder(cyrillic), cyrillic);
    EXPECT_EQ(VisualOrder(""), "");
    EXPECT_TRUE(HasRtl("x \u0628"));
    EXPECT_TRUE(HasRtl("\u05D0"));
    EXPECT_TRUE(HasRtl("\uFEFB"));
}

TEST(Bidi, InvalidUtf8IsUnchanged) {
    const std::string truncated = "\xD8\xA8\xD8";  // beh, then half a character
    EXPECT_EQ(VisualOrder(truncated), truncated);
    EXPECT_EQ(ShapeArabic(truncated), truncated);
    const std::string stray = "\xD8\xA8\xFF\xD8\xA8";
    EXPECT_EQ(VisualOrder(stray), stray);
    const std::string overlong = "\xD8\xA8\xC0\xAF";
    EXPECT_EQ(VisualOrder(overlong), overlong);
}

TEST(Bidi, WrappedLinesKeepLogicalOrderTopToBottom) {
    // Break after the first word: it goes on the first line, each line reads right to left.
    const auto first_word = [](std::string_view rest) {
        const size_t space = rest.find(' ');
        return space == std::string_view::npos ? rest.size() : space;
    };
    const std::vector<std::string> lines = VisualLines("\u0628\u0628 \u062F\u0628", first_word);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "\uFE90\uFE91");
    EXPECT_EQ(lines[1], "\uFE8F\uFEA9");
    const std::vector<std::string> latin = VisualLines("ab cd", first_word);
    ASSERT_EQ(latin.size(), 2u);
    EXPECT_EQ(latin[0], "ab");
    EXPECT_EQ(latin[1], "cd");
    // A count of zero still moves on by one character.
    EXPECT_EQ(VisualLines("\u0628\u0628", [](std::string_view) { return size_t{0}; }).size(), 2u);
}

// Found by fuzz_bidi: left-to-right text cut at a byte count inside a two-byte letter gave lines that were not
// UTF-8. The cut moves forward to the end of the letter, as for right-to-left text.
TEST(Bidi, WrappedLeftToRightLinesEndOnCharacters) {
    const auto three_bytes = [](std::string_view rest) { return std::min<size_t>(rest.size(), 3); };
    const std::vector<std::string> lines = VisualLines("\u0421\u0443\u0434 ok", three_bytes);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], "\u0421\u0443");  // 3 bytes end inside the second letter: it comes whole
    EXPECT_EQ(lines[1], "\u0434");
    EXPECT_EQ(lines[2], "ok");
    // Bytes that are not UTF-8 are still cut where asked.
    EXPECT_EQ(VisualLines("\xC3\xC3\xC3\xC3", three_bytes).size(), 2u);
}

}  // namespace rift
