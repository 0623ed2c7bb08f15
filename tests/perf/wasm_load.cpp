// Times LoadDataset on one dataset file eight times in a row, in wasm under Node, built from the page's own core
// library with the page's link flags: the first run pays for V8's lazy compilation, the later ones show the code's
// steady speed. Run by tests/perf/wasm_load.sh (docs/PERFORMANCE.md, "Startup, a later round").
#include <emscripten.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/load.h"

static std::string ReadAll(const char* path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: wasm_load EVENTS.json VENDORS.json [first-view]\n");
        return 2;
    }
    const std::string events = ReadAll(argv[1]), vendors = ReadAll(argv[2]);
    rift::LoadOptions options;
    options.first_view = argc > 3;
    std::printf("%s (%zu bytes):", argv[1], events.size());
    for (int run = 0; run < 8; ++run) {
        const double start = emscripten_get_now();
        const rift::LoadResult result = rift::LoadDataset(events, vendors, options);
        std::printf(" %.1f", emscripten_get_now() - start);
        if (!result.ok()) {
            std::printf(" (not loaded: %zu problems)\n", result.problems.size());
            return 1;
        }
    }
    std::printf(" ms\n");
    return 0;
}
