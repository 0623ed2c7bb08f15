// Tests for core/state_json: every key in JSON form, partial updates, clearing, bad values.
#include "core/state_json.h"

#include <gtest/gtest.h>

namespace rift {

TEST(StateJson, DefaultsHaveEveryKey) {
    const std::string j = StateToJson(ViewState{});
    for (const char* key : {"\"view\":\"timeline\"", "\"from\":null", "\"actor\":[]", "\"play\":false", "\"lang\":\"en\"",
                            "\"theme\":\"light\"", "\"embed\":false", "\"compare\":[\"US\",\"CN\"]", "\"t\":null", "\"v\":\"\""})
        EXPECT_NE(j.find(key), std::string::npos) << key << " in " << j;
}

TEST(StateJson, PartialUpdateWithArraysAndStrings) {
    ViewState base;
    base.theme = Theme::Dark;
    UrlParse p = StateFromJson(R"({"view":"compare","compare":["US","CN"],"actor":"US,GB","measure":["app_ban"],
                                   "from":"2014","play":true,"q":"a,b & c"})", base);
    EXPECT_TRUE(p.warnings.empty()) << p.warnings[0];
    EXPECT_EQ(p.state.view, View::Compare);
    EXPECT_EQ(p.state.compare, (std::vector<std::string>{"US", "CN"}));
    EXPECT_EQ(p.state.filter.actors, (std::vector<std::string>{"US", "GB"}));
    EXPECT_EQ(p.state.filter.measures, (std::vector<Measure>{Measure::AppBan}));
    EXPECT_EQ(FormatDate(*p.state.filter.from), "2014");
    EXPECT_TRUE(p.state.play);
    EXPECT_EQ(p.state.filter.text, "a,b & c");
    EXPECT_EQ(p.state.theme, Theme::Dark);  // untouched
    // And back: the JSON of the new state parses to the same state.
    EXPECT_EQ(StateFromJson(StateToJson(p.state), ViewState{}).state, p.state);
}

TEST(StateJson, NullClearsAndBadValuesWarn) {
    ViewState base;
    base.filter.actors = {"US"};
    base.filter.from = ParseDate("2014");
    base.event = "x";
    UrlParse p = StateFromJson(R"({"actor":null,"from":"","event":[],"view":42,"lang":"xx","theme":{"a":1}})", base);
    EXPECT_TRUE(p.state.filter.actors.empty());
    EXPECT_FALSE(p.state.filter.from);
    EXPECT_TRUE(p.state.event.empty());
    EXPECT_EQ(p.warnings.size(), 3u);  // view: unknown value "42"; lang; theme of the wrong type
    EXPECT_EQ(StateFromJson("[1,2]", base).warnings.size(), 1u);
    EXPECT_EQ(StateFromJson("{not json", base).state, base);
}

// Found by tests/fuzz/fuzz_host_message: keys cut at 40 bytes inside a character gave warnings that are not UTF-8.
TEST(StateJson, WarningsAreUtf8) {
    std::string key;
    for (int i = 0; i < 30; ++i) key += "\xE2\x82\xAC";
    UrlParse p = StateFromJson("{\"" + key + "\":null,\"" + key + "x\":{}}", ViewState{});
    ASSERT_EQ(p.warnings.size(), 2u);
    for (const std::string& w : p.warnings) EXPECT_EQ(InvalidUtf8At(w), std::string_view::npos) << w;
}

// Every key of the table is in the JSON, in its form (string, bool, date or null, array), and a host's JSON of a
// changed key reads back to the same state.
TEST(StateJson, EveryKeyOfTheTable) {
    ViewState s;
    s.filter.actors = {"US"};
    s.filter.from = ParseDate("2014-05");
    s.play = true;
    s.event = "x";
    const std::string j = StateToJson(s);
    for (const StateKey& k : StateKeys()) EXPECT_NE(j.find("\"" + std::string(k.name) + "\":"), std::string::npos) << k.name;
    for (const char* part : {"\"actor\":[\"US\"]", "\"from\":\"2014-05\"", "\"play\":true", "\"event\":\"x\"", "\"to\":null"})
        EXPECT_NE(j.find(part), std::string::npos) << part << " in " << j;
    EXPECT_EQ(StateFromJson(j, ViewState{}).state, s);
    UrlParse p = StateFromJson(R"({"nope":1,"compare":"US%2CCN"})", s);
    EXPECT_EQ(p.warnings.size(), 2u);  // an unknown key; "US%2CCN" is not a code (JSON values are not URL-encoded)
}

// setState with more than 64 KiB of JSON leaves the state as it was.
TEST(StateJson, OverLimitIsIgnored) {
    ViewState s;
    UrlParse p = StateFromJson(R"({"view":"map","q":")" + std::string(65536, 'a') + "\"}", s);
    EXPECT_EQ(p.state.view, View::Timeline);
    EXPECT_TRUE(p.state.filter.text.empty());
    ASSERT_EQ(p.warnings.size(), 1u);
    EXPECT_EQ(p.warnings[0], "state: larger than 64 KiB; ignored");
}

}  // namespace rift
