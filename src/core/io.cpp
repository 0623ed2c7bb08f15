// File reading with a size check first, so a 200 MB file is refused without being read.
#include "core/io.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace rift {

std::optional<std::string> ReadFile(const std::string& path, size_t max_bytes, std::string& error) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = "cannot read " + path + ": " + ec.message();
        return std::nullopt;
    }
    if (size > max_bytes) {
        error = path + " is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(max_bytes);
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string data(static_cast<size_t>(size), '\0');
    if (!in.read(data.data(), static_cast<std::streamsize>(size))) {
        error = "cannot read " + path;
        return std::nullopt;
    }
    return data;
}

}  // namespace rift
