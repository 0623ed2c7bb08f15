// Tests for core/json_io: the writer writes what nlohmann's dump() writes; the limited parse and its errors.
#include "core/json_io.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace rift {

using nlohmann::json;

TEST(JsonIo, WriterMatchesDumpCompactAndIndented) {
    const std::string text = "q\"b\\s/\b\f\n\r\t\x01\x1f\x7f é → 😀";
    const json doc = {{"a", json::array()},
                      {"b", json::object()},
                      {"c", {1, -2, 3}},
                      {"d", {{"x", true}, {"y", false}, {"z", nullptr}}},
                      {"e", text},
                      {"f", {{{"k", "v"}}, json::array({json::array()})}},
                      {"g", uint64_t{18446744073709551615u}},
                      {"h", int64_t{-9223372036854775807 - 1}}};
    for (int indent : {-1, 0, 1, 4}) {
        JsonWriter w(indent);
        w.BeginObject().Key("a").BeginArray().EndArray().Key("b").BeginObject().EndObject();
        w.Key("c").BeginArray().Int(1).Int(-2).Int(3).EndArray();
        w.Key("d").BeginObject().Field("x", true).Field("y", false).Key("z").Null().EndObject();
        w.Field("e", text);
        w.Key("f").BeginArray().BeginObject().Field("k", "v").EndObject().BeginArray().BeginArray().EndArray().EndArray().EndArray();
        w.Key("g").Uint(18446744073709551615u).Key("h").Int(-9223372036854775807 - 1).EndObject();
        EXPECT_EQ(w.str(), doc.dump(indent)) << indent;
    }
}

TEST(JsonIo, TopLevelValuesAndStringArrays) {
    EXPECT_EQ(JsonWriter().String("x").str(), "\"x\"");
    EXPECT_EQ(JsonWriter().Null().str(), "null");
    const std::vector<std::string> items = {"US", "", "a\"b"};
    EXPECT_EQ(JsonWriter().Strings(items).str(), json(items).dump());
    EXPECT_EQ(JsonWriter(2).Strings(items).str(), json(items).dump(2));
    EXPECT_EQ(JsonWriter(2).Strings({}).str(), "[]");
}

TEST(JsonIo, DoublesReadBackAndMatchDump) {
    for (float f : {0.0f, -0.0f, 1.0f, 12.5f, 100.0f, 0.1f, 1234.567f, -3.25e-3f, 1e-5f, 16777216.0f}) {
        const double v = static_cast<double>(f);
        const std::string text = JsonWriter().Double(v).str();
        EXPECT_EQ(text, json(v).dump()) << v;
        EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
    }
    EXPECT_EQ(JsonWriter().Double(1.0 / 3.0).str(), json(1.0 / 3.0).dump());
    EXPECT_EQ(JsonWriter().Double(std::numeric_limits<double>::infinity()).str(), "null");
    EXPECT_EQ(JsonWriter().Double(std::numeric_limits<double>::quiet_NaN()).str(), "null");
}

TEST(JsonIo, ParseBuildsTheDom) {
    json j;
    std::string error;
    size_t position = 0;
    ASSERT_TRUE(ParseJson(R"({"a":[1,2.5,"x",null,true],"b":{}})", j, {}, error, position)) << error;
    EXPECT_EQ(j["a"][1].get<double>(), 2.5);
    EXPECT_EQ(j["a"][2].get<std::string>(), "x");
    EXPECT_TRUE(j["b"].is_object());
    // What the writer writes reads back to the same document.
    const json round = {{"s", "\x01\"\\é"}, {"n", -7}, {"l", {"a", "b"}}};
    json back;
    ASSERT_TRUE(ParseJson(round.dump(), back, {}, error, position));
    EXPECT_EQ(back, round);
}

TEST(JsonIo, ParseErrorsAndLimits) {
    json j;
    std::string error;
    size_t position = 0;
    EXPECT_FALSE(ParseJson("{\"a\":1,}", j, {}, error, position));
    EXPECT_EQ(position, 8u);
    EXPECT_EQ(error.find("[json.exception"), std::string::npos) << error;
    EXPECT_NE(error.find("syntax error"), std::string::npos) << error;
    EXPECT_FALSE(ParseJson("[1] 2", j, {}, error, position));  // one value only
    EXPECT_FALSE(ParseJson("[[[1]]]", j, {2, 100}, error, position));
    EXPECT_EQ(error, "nesting deeper than 2 levels");
    EXPECT_EQ(position, 0u);
    EXPECT_TRUE(ParseJson("[[1]]", j, {2, 100}, error, position));
    EXPECT_FALSE(ParseJson(R"({"abcdef":1})", j, {4, 5}, error, position));
    EXPECT_EQ(error, "a string of 6 bytes is longer than the limit of 5");
    EXPECT_FALSE(ParseJson(R"(["abcdef"])", j, {4, 5}, error, position));
    EXPECT_TRUE(ParseJson(R"(["abcde"])", j, {4, 5}, error, position));
    EXPECT_FALSE(ParseJson("\"\xff\"", j, {}, error, position));  // not UTF-8
    // Without limits or reasons.
    EXPECT_TRUE(ParseJson(R"({"rift":"getState"})", j));
    EXPECT_EQ(j["rift"], "getState");
    EXPECT_FALSE(ParseJson("{\"a\":1,}", j));
}

}  // namespace rift
