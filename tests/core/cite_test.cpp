// Tests for core/cite: an event and the dataset in the four formats, TeX escaping, UTF-8 kept, sources
// listed.
#include "core/cite.h"

#include <nlohmann/json.hpp>

#include "fixture.h"

namespace rift {

namespace {
std::shared_ptr<const Dataset> CiteFixture() {
    static const std::shared_ptr<const Dataset> ds = test::LoadFixtureDataset("cite");
    return ds;
}
CiteContext Context() {
    CiteContext c;
    c.page_url = "https://rift.example/";
    c.accessed = ParseDate("2026-12-02")->day;
    return c;
}
bool Has(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}
}  // namespace

TEST(Cite, FormatNames) {
    EXPECT_EQ(ParseCiteFormat("bibtex"), CiteFormat::Bibtex);
    EXPECT_EQ(ParseCiteFormat("csl"), CiteFormat::Csl);
    EXPECT_EQ(ParseCiteFormat("ris"), CiteFormat::Ris);
    EXPECT_EQ(ParseCiteFormat("text"), CiteFormat::Text);
    EXPECT_FALSE(ParseCiteFormat("BibTeX").has_value());
    EXPECT_FALSE(ParseCiteFormat("").has_value());
}

TEST(Cite, EscapesEveryTexSpecial) {
    EXPECT_EQ(BibtexEscape("{a} \\ % & $ # _ ^ ~"),
              "\\{a\\} \\textbackslash{} \\% \\& \\$ \\# \\_ \\textasciicircum{} \\textasciitilde{}");
    EXPECT_EQ(BibtexEscape("Größe 网信办 مراجعة"), "Größe 网信办 مراجعة");  // UTF-8 as it is
}

TEST(Cite, PlainReference) {
    auto ds = test::SmallDataset();
    const std::string t =
        CiteEvent(*ds, test::Idx(*ds, "us-2014-05-19-indictment"), CiteFormat::Text, Context());
    EXPECT_EQ(
        t,
        "Rift. \u201CUS indicts five officers.\u201D 2014-05-19. In Rift: state measures against foreign "
        "technology vendors, release fixture-1. https://rift.example/#event=us-2014-05-19-indictment "
        "(accessed 2026-12-02). Sources: https://example.org/rift-fixture.");
}

TEST(Cite, BibtexEscapedWithSources) {
    auto ds = CiteFixture();
    const std::string b =
        CiteEvent(*ds, test::Idx(*ds, "de-2021-05-28-it-sig"), CiteFormat::Bibtex, Context());
    EXPECT_EQ(b.rfind("@misc{rift:de-2021-05-28-it-sig,\n", 0), 0u) << b;
    EXPECT_TRUE(Has(b, "  author = {{Rift}},\n"));
    EXPECT_TRUE(Has(b,
                    "title = {Germany's IT Security Act 2.0: 100\\% \\{critical\\} parts \\& \\$costs \\#5 "
                    "under\\_score \\textasciicircum{} \\textasciitilde{} \\textbackslash{} review},"))
        << b;
    EXPECT_TRUE(Has(b, "  year = {2021},\n  month = {5},\n"));
    EXPECT_TRUE(Has(b, "  url = {https://rift.example/#event=de-2021-05-28-it-sig},\n"));
    EXPECT_TRUE(Has(b, "  urldate = {2026-12-02},\n"));
    EXPECT_TRUE(Has(
        b, "\\url{https://example.org/de/gesetz_2.0%C3%A4#abschnitt-9b}, \\url{https://example.org/second}"));
    EXPECT_EQ(b.substr(b.size() - 4), "}\n}\n");
    // Braces balance (a parser reads one entry).
    int depth = 0;
    for (size_t k = 0; k < b.size(); ++k) {
        if (b[k] == '\\') {
            ++k;
            continue;
        }
        depth += b[k] == '{' ? 1 : b[k] == '}' ? -1 : 0;
        ASSERT_GE(depth, 0);
    }
    EXPECT_EQ(depth, 0);
}

TEST(Cite, GermanTitleWhenAsked) {
    auto ds = CiteFixture();
    CiteContext c = Context();
    c.german = true;
    const std::string t = CiteEvent(*ds, test::Idx(*ds, "de-2021-05-28-it-sig"), CiteFormat::Text, c);
    EXPECT_TRUE(Has(t, "IT-Sicherheitsgesetz 2.0: Prüfung kritischer Komponenten für Größe & Maß")) << t;
    // An event without German text keeps its own.
    EXPECT_TRUE(Has(CiteEvent(*ds, test::Idx(*ds, "cn-2023-05-21-micron"), CiteFormat::Text, c), "网信办"));
}

TEST(Cite, CslJsonHasTheRequiredFields) {
    auto ds = CiteFixture();
    const std::string j = CiteEvent(*ds, test::Idx(*ds, "sa-2020-03-arabic"), CiteFormat::Csl, Context());
    const auto items = nlohmann::json::parse(j);
    ASSERT_TRUE(items.is_array());
    ASSERT_EQ(items.size(), 1u);
    const auto& it = items[0];
    EXPECT_EQ(it["id"], "rift:sa-2020-03-arabic");
    EXPECT_EQ(it["type"], "entry");
    EXPECT_EQ(it["title"], "مراجعة أمنية لمعدات هواوي");
    EXPECT_EQ(it["author"][0]["literal"], "Rift");
    EXPECT_EQ(it["issued"]["date-parts"], nlohmann::json::parse("[[2020,3]]"));  // to the month only
    EXPECT_EQ(it["accessed"]["date-parts"], nlohmann::json::parse("[[2026,12,2]]"));
    EXPECT_EQ(it["URL"], "https://rift.example/#event=sa-2020-03-arabic");
    EXPECT_EQ(it["version"], "2026-12-02.2");
    EXPECT_EQ(it["note"], "Sources: https://example.org/ar?q=هواوي&x=1");
}

TEST(Cite, RisTagsOnePerLine) {
    auto ds = CiteFixture();
    const std::string r = CiteEvent(*ds, test::Idx(*ds, "de-2021-05-28-it-sig"), CiteFormat::Ris, Context());
    EXPECT_EQ(r.rfind("TY  - ELEC\r\n", 0), 0u);
    EXPECT_TRUE(Has(r, "\r\nAU  - Rift\r\n"));
    EXPECT_TRUE(Has(r, "\r\nDA  - 2021/05/28/\r\n"));
    EXPECT_TRUE(Has(r, "\r\nUR  - https://rift.example/#event=de-2021-05-28-it-sig\r\n"));
    EXPECT_TRUE(Has(r, "\r\nL2  - https://example.org/second\r\n"));
    EXPECT_TRUE(Has(r, "\r\nY2  - 2026-12-02\r\n"));
    EXPECT_EQ(r.substr(r.size() - 8), "ER  - \r\n");
    const std::string month = CiteEvent(*ds, test::Idx(*ds, "sa-2020-03-arabic"), CiteFormat::Ris, Context());
    EXPECT_TRUE(Has(month, "\r\nDA  - 2020/03//\r\n"));
}

TEST(Cite, Dataset) {
    const CiteContext c = Context();
    EXPECT_EQ(
        CiteDataset("2026-12-02.2", CiteFormat::Text, c),
        "The Rift contributors (2026). Rift: state measures against foreign technology vendors (version "
        "2026-12-02.2) [Data set]. CC BY 4.0. https://rift.example/ (accessed 2026-12-02).");
    const std::string b = CiteDataset("2026-12-02.2", CiteFormat::Bibtex, c);
    EXPECT_EQ(b.rfind("@misc{rift-dataset-2026-12-02.2,\n", 0), 0u) << b;
    EXPECT_TRUE(Has(b, "author = {{The Rift contributors}}"));
    EXPECT_TRUE(Has(b, "date = {2026-12-02}"));
    const auto csl = nlohmann::json::parse(CiteDataset("2026-12-02.2", CiteFormat::Csl, c));
    EXPECT_EQ(csl[0]["type"], "dataset");
    EXPECT_EQ(csl[0]["license"], "CC-BY-4.0");
    EXPECT_TRUE(Has(CiteDataset("2026-12-02.2", CiteFormat::Ris, c), "TY  - DATA\r\n"));
    // A version that is not a date (an own dataset) has no release date.
    EXPECT_FALSE(Has(CiteDataset("my-data.csv", CiteFormat::Bibtex, c), "year ="));
}

}  // namespace rift
