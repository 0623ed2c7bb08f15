// Tests for core/host_message: setState and getState from a host page; anything else is ignored safely.
#include "core/host_message.h"

#include <gtest/gtest.h>

namespace rift {

TEST(HostMessage, SetStateChangesAndReplies) {
    ViewState current;
    HostReply r = HandleHostMessage(R"({"rift":"setState","state":{"t":"2014-05-19","event":"us-2014-05-19-x"}})", current);
    EXPECT_TRUE(r.handled);
    EXPECT_TRUE(r.state_changed);
    EXPECT_EQ(FormatDate(*r.state.cursor), "2014-05-19");
    EXPECT_EQ(r.reply.rfind(R"({"rift":"state","state":{)", 0), 0u) << r.reply;
    EXPECT_NE(r.reply.find(R"("event":"us-2014-05-19-x")"), std::string::npos);
}

TEST(HostMessage, GetStateAnswersWithoutChange) {
    ViewState current;
    current.view = View::Map;
    HostReply r = HandleHostMessage(R"({"rift":"getState"})", current);
    EXPECT_TRUE(r.handled);
    EXPECT_FALSE(r.state_changed);
    EXPECT_NE(r.reply.find(R"("view":"map")"), std::string::npos);
}

TEST(HostMessage, OthersAreIgnored) {
    ViewState current;
    for (const char* m : {"", "null", "42", "\"rift\"", "{}", R"({"type":"resize"})", R"({"rift":7})", "{\"rift\":",
                          R"([{"rift":"setState"}])"}) {
        HostReply r = HandleHostMessage(m, current);
        EXPECT_FALSE(r.handled) << m;
        EXPECT_TRUE(r.reply.empty());
    }
    HostReply r = HandleHostMessage(R"({"rift":"explode"})", current);
    EXPECT_TRUE(r.handled);
    EXPECT_EQ(r.warnings.size(), 1u);
    r = HandleHostMessage(R"({"rift":"setState","state":"view=map"})", current);
    EXPECT_FALSE(r.state_changed);
    EXPECT_EQ(r.warnings.size(), 1u);
}

// Found by tests/fuzz/fuzz_host_message: a message type cut at 40 bytes inside a character gave a warning that
// is not UTF-8; and a current state holding non-UTF-8 text (from a link) made the reply throw.
TEST(HostMessage, WarningsAndRepliesAreUtf8) {
    std::string type;
    for (int i = 0; i < 30; ++i) type += "\xC3\xBC";
    HostReply r = HandleHostMessage(R"({"rift":")" + type + "\"}", ViewState{});
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(InvalidUtf8At(r.warnings[0]), std::string_view::npos) << r.warnings[0];
    const ViewState from_link = FromUrl("q=%FF%FE&theme=dark").state;
    r = HandleHostMessage(R"({"rift":"getState"})", from_link);
    EXPECT_NE(r.reply.find(R"("theme":"dark")"), std::string::npos) << r.reply;
}

// A host message over 64 KiB is not obeyed, only reported.
TEST(HostMessage, OverLimitIsIgnored) {
    const std::string big = R"({"rift":"setState","state":{"view":"map"},"x_pad":")" + std::string(65536, 'a') + "\"}";
    ViewState current;
    HostReply r = HandleHostMessage(big, current);
    EXPECT_FALSE(r.state_changed);
    EXPECT_EQ(r.state.view, View::Timeline);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0], "host message larger than 64 KiB; ignored");
    EXPECT_EQ(HandleHostMessage(R"({"rift":"setState","state":{"view":"map"}})", current).state.view, View::Map);
}

}  // namespace rift
