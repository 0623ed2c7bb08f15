// Tests for core/io: whole-file reads with a size limit.
#include "core/io.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace rift {

TEST(Io, ReadsAndRefuses) {
    // A name of its own: two builds' test runs (the sanitizer run and the main one) may run this at once.
    const auto path = std::filesystem::temp_directory_path() /
                      ("rift_io_test_" + std::to_string(std::random_device{}()) + ".txt");
    { std::ofstream(path) << "hello"; }
    std::string error;
    auto text = ReadFile(path.string(), 100, error);
    ASSERT_TRUE(text);
    EXPECT_EQ(*text, "hello");
    EXPECT_FALSE(ReadFile(path.string(), 4, error));
    EXPECT_NE(error.find("more than the limit"), std::string::npos);
    EXPECT_FALSE(ReadFile((path.string() + ".missing"), 100, error));
    EXPECT_NE(error.find("cannot read"), std::string::npos);
    std::filesystem::remove(path);
}

}  // namespace rift
