// A deterministic, seeded generator of synthetic datasets of any size, for benchmarks and tests.
#pragma once
#include <cstdint>
#include <memory>

#include "core/dataset.h"

namespace rift {

struct SynthOptions {
    size_t events = 10'000;
    uint64_t seed = 1;
    size_t countries = 60;   // actors are drawn with a Zipf-like skew (a few states act most)
    size_t vendors = 300;    // at most 65,535 (VendorId), like a loaded dataset
    int32_t first_day = 15340;  // 2012-01-01
    int32_t last_day = 20400;   // 2025-11-08
};

// Events have short generated titles and no sources; links point to earlier events of the reverse dyad.
std::shared_ptr<const Dataset> GenerateSynthetic(const SynthOptions& options);

}  // namespace rift
