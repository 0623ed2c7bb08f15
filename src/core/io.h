// Reading whole files (the core's only file I/O), with a size limit checked before reading.
#pragma once
#include <optional>
#include <string>

namespace rift {

// The file's bytes, or std::nullopt with `error` set (missing, unreadable, larger than max_bytes).
std::optional<std::string> ReadFile(const std::string& path, size_t max_bytes, std::string& error);

}  // namespace rift
