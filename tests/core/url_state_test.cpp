// Tests for core/url_state: round trips of every key, bad values dropped one by one with a warning.
#include "core/url_state.h"

#include <gtest/gtest.h>

namespace rift {

TEST(UrlState, DefaultsSerialiseToNothing) { EXPECT_EQ(ToUrl(ViewState{}), ""); }

TEST(UrlState, EveryKeyRoundTrips) {
    ViewState s;
    s.view = View::Compare;
    s.filter.from = ParseDate("2014");
    s.filter.to = ParseDate("2020-06");
    s.filter.actors = {"US", "CN"};
    s.filter.targets = {"CN"};
    s.filter.vendors = {"huawei", "zte"};
    s.filter.measures = {Measure::AppBan, Measure::ExportControl};
    s.filter.sectors = {Sector::Telecom};
    s.filter.statuses = {Status::Enacted, Status::Revoked};
    s.filter.text = "Windows 8 & more=yes, ü";
    s.cursor = ParseDate("2014-05-19");
    s.play = true;
    s.compare = {"US", "CN", "GB"};
    s.event = "us-2014-05-19-pla-indictment";
    s.lang = Lang::De;
    s.theme = Theme::Dark;
    s.embed = true;
    s.data = "https://example.org/my data.json";
    s.data_version = "2026-11-26";
    const std::string url = ToUrl(s);
    EXPECT_EQ(url.substr(0, 37), "view=compare&from=2014&to=2020-06&act");
    UrlParse p = FromUrl("#" + url);
    EXPECT_TRUE(p.warnings.empty());
    EXPECT_EQ(p.state, s);
}

TEST(UrlState, BadValuesAreDroppedOneByOne) {
    UrlParse p = FromUrl("view=galaxy&from=2014-13&actor=US,XX,CN&measure=app_ban,nuke&lang=fr&play=2&compare=US&"
                         "data=javascript:alert(1)&foo=1&theme=dark&q=huawei");
    EXPECT_EQ(p.state.view, View::Timeline);
    EXPECT_FALSE(p.state.filter.from);
    EXPECT_EQ(p.state.filter.actors, (std::vector<std::string>{"US", "CN"}));
    EXPECT_EQ(p.state.filter.measures, (std::vector<Measure>{Measure::AppBan}));
    EXPECT_EQ(p.state.lang, Lang::En);
    EXPECT_FALSE(p.state.play);
    EXPECT_EQ(p.state.compare, ViewState{}.compare) << "one country is no comparison: the current one stays";
    EXPECT_TRUE(p.state.data.empty());
    EXPECT_EQ(p.state.theme, Theme::Dark);
    EXPECT_EQ(p.state.filter.text, "huawei");
    EXPECT_EQ(p.warnings.size(), 9u);
    for (const std::string& w : p.warnings) EXPECT_NE(w.find("ignored"), std::string::npos) << w;
}

TEST(UrlState, KeepsBaseAndHandlesOddInput) {
    ViewState base;
    base.theme = Theme::Dark;
    UrlParse p = FromUrl("?&&=&view=map&%zz=1&q=%E2%82%AC%2", base);
    EXPECT_EQ(p.state.view, View::Map);
    EXPECT_EQ(p.state.theme, Theme::Dark);
    EXPECT_EQ(p.state.filter.text, "\xE2\x82\xAC%2");
    EXPECT_EQ(PercentDecode("a%2Cb+c%"), "a,b c%");
    EXPECT_EQ(PercentEncode("a,b c"), "a%2Cb%20c");
    p = FromUrl(std::string(9000, 'a'));
    EXPECT_EQ(p.warnings.size(), 1u);
    p = FromUrl("compare=US,CN,GB,DE,FR");
    EXPECT_EQ(p.state.compare.size(), 4u);
}

// Found by tests/fuzz/fuzz_url: values that are not UTF-8 made StateToJson throw (getState, host replies).
TEST(UrlState, ValuesMustBeUtf8AndWarningsAreUtf8) {
    std::string code = std::string(20, 'x');  // an unknown country code, clipped inside a character
    for (int i = 0; i < 15; ++i) code += "%C3%BC";
    UrlParse p = FromUrl("q=%FFabc&data=x%C3&v=ok&%FE=1&actor=" + code);
    // Found by fuzz_url after the table of keys: a key that is not UTF-8, with a value that is not either.
    for (const std::string& w : FromUrl("%D6[=%FF").warnings) EXPECT_EQ(InvalidUtf8At(w), std::string_view::npos) << w;
    EXPECT_TRUE(p.state.filter.text.empty());
    EXPECT_TRUE(p.state.data.empty());
    EXPECT_EQ(p.state.data_version, "ok");
    ASSERT_EQ(p.warnings.size(), 4u);
    for (const std::string& w : p.warnings) EXPECT_EQ(InvalidUtf8At(w), std::string_view::npos) << w;
    EXPECT_NE(p.warnings[0].find("not UTF-8"), std::string::npos) << p.warnings[0];
}

// Found by tests/fuzz/fuzz_url: a link of 8000 characters ('+' for spaces, many vendors) gave a state whose own
// link was longer than the 8192 FromUrl accepted, so the state was lost on the way back.
TEST(UrlState, EveryStateReadsBackFromItsOwnLink) {
    std::string vendors;
    for (int i = 0; i < 300; ++i) vendors += (i ? "," : "") + std::string("vendor-") + std::to_string(i);
    UrlParse p = FromUrl("data=" + std::string(1990, '+') + "&vendor=" + vendors + "&q=" + std::string(200, '+'));
    EXPECT_EQ(p.state.data, std::string(1990, ' '));
    EXPECT_EQ(p.state.filter.vendors.size(), 256u);
    EXPECT_EQ(p.state.filter.text.size(), 200u);
    const std::string url = ToUrl(p.state);
    EXPECT_GT(url.size(), 8192u);
    UrlParse back = FromUrl(url);
    EXPECT_TRUE(back.warnings.empty());
    EXPECT_EQ(back.state, p.state);
    EXPECT_TRUE(FromUrl("data=https://example.org/" + std::string(2000, 'a')).state.data.empty());
    EXPECT_EQ(FromUrl(std::string(70000, 'a')).warnings.size(), 1u);
}

// Host pages and content systems write links with URLSearchParams: a list's commas arrive as %2C, spaces as +.
// Each value is decoded before it is split, so these are lists, not one unknown value.
TEST(UrlState, PercentEncodedListsAreLists) {
    UrlParse p = FromUrl("actor=US%2CCN&measure=export_control%2Centity_listing&compare=US%2cCN%2CGB&q=chip+tools");
    EXPECT_TRUE(p.warnings.empty()) << p.warnings[0];
    EXPECT_EQ(p.state.filter.actors, (std::vector<std::string>{"US", "CN"}));
    EXPECT_EQ(p.state.filter.measures, (std::vector<Measure>{Measure::ExportControl, Measure::EntityListing}));
    EXPECT_EQ(p.state.compare, (std::vector<std::string>{"US", "CN", "GB"}));
    EXPECT_EQ(p.state.filter.text, "chip tools");
    // An unknown item is still named on its own after decoding.
    p = FromUrl("actor=US%2CXX");
    EXPECT_EQ(p.state.filter.actors, (std::vector<std::string>{"US"}));
    ASSERT_EQ(p.warnings.size(), 1u);
    EXPECT_EQ(p.warnings[0], "actor: unknown country code \"XX\" ignored");
    // Encoded key names too.
    EXPECT_EQ(FromUrl("%76iew=map").state.view, View::Map);
}

// The table of keys drives the link, the JSON and clearing: for every key, a state that differs only there writes
// exactly that key, reads back from its link and its JSON, and clears back to the default.
TEST(UrlState, EveryKeyOfTheTable) {
    const std::vector<std::pair<std::string_view, std::string>> samples = {
        {"view", "vendors"},    {"from", "2014-05"},      {"to", "2020"},         {"actor", "US,CN"},
        {"target", "CN"},       {"vendor", "huawei,zte"}, {"exact", "1"}, {"measure", "app_ban"}, {"sector", "telecom,finance"},
        {"status", "revoked"},  {"q", "Windows 8, IBM"},  {"t", "2014-05-19"},    {"span", "2014-05-01..2014-06-15"}, {"play", "1"},
        {"compare", "DE,FR,GB"}, {"event", "cn-2014-05-16-windows-8"}, {"lang", "de"}, {"theme", "dark"},
        {"embed", "1"},         {"title", "China's measures, May 2014"}, {"map", "received"}, {"families", "1"}, {"mapvendor", "tiktok"}, {"count", "1"}, {"cstatus", "in_force"}, {"scope", "gov"}, {"data", "https://example.org/d.json"}, {"v", "2026-12-02"}};
    ASSERT_EQ(samples.size(), StateKeys().size()) << "a sample for every key";
    for (const auto& [name, value] : samples) {
        const StateKey* key = FindStateKey(name);
        ASSERT_NE(key, nullptr) << name;
        ViewState s;
        std::vector<std::string> warnings;
        key->read(s, value, warnings);
        EXPECT_TRUE(warnings.empty()) << name;
        EXPECT_NE(s, ViewState{}) << name;
        const std::string url = ToUrl(s);
        EXPECT_EQ(url.substr(0, name.size() + 1), std::string(name) + "=") << url;
        EXPECT_EQ(url.find('&'), std::string::npos) << "only the key that differs: " << url;
        EXPECT_EQ(FromUrl(url).state, s) << url;
        key->clear(s);
        EXPECT_EQ(s, ViewState{}) << name;
    }
    EXPECT_EQ(FindStateKey("nope"), nullptr);
}

// A link over 64 KiB is ignored as a whole (with a warning), however valid its first keys.
TEST(UrlState, OverlongLinkIsIgnored) {
    const std::string link = "view=map&actor=CN&q=" + std::string(65536, 'a');
    UrlParse p = FromUrl(link);
    EXPECT_EQ(p.state.view, View::Timeline);
    EXPECT_TRUE(p.state.filter.actors.empty());
    ASSERT_EQ(p.warnings.size(), 1u);
    EXPECT_NE(p.warnings[0].find("longer than 65536 characters"), std::string::npos) << p.warnings[0];
    EXPECT_EQ(FromUrl(link.substr(0, 200)).state.view, View::Map);  // the same link, short, is read
}

}  // namespace rift
