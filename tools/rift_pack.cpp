// rift-pack: writes a dataset as a binary snapshot (core/packed), which reads back without a JSON parse. The web build
// writes the page's first-view data this way (data/events.first.bin, with this tool built for Node.js: src/app), and
// the German interface text as the text pack the page fetches when it shows German (assets/de.bin, core/text_pack).
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "core/io.h"
#include "core/load.h"
#include "core/packed.h"
#include "core/text_pack.h"
#include "ui/i18n.h"

namespace {

int Usage() {
    std::fprintf(stderr,
                 "usage: rift-pack [--first-view | --titles] EVENTS.json VENDORS.json OUT\n"
                 "       rift-pack --german OUT\n"
                 "Loads and checks the dataset as Rift does, then writes it as a binary snapshot, read back once to\n"
                 "check it. --first-view: EVENTS.json is the page's first-view file (tools/gen_page.py first-view:\n"
                 "the events without titles, summaries and sources), and the snapshot says it is partial.\n"
                 "--titles: writes the events' titles instead (core/packed's PackTitles: data/events.titles.txt,\n"
                 "which the page puts into its first-view snapshot after the first frame).\n"
                 "--german: writes the German interface text (src/ui/i18n_de.cpp) as a text pack (assets/de.bin).\n");
    return 2;
}

bool Write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (out.flush()) return true;
    std::fprintf(stderr, "rift-pack: cannot write %s\n", path.c_str());
    return false;
}

// The German text pack, read back once: a text translated twice is refused here, at build time.
int WriteGerman(const std::string& path) {
    const std::string bytes = rift::WriteTextPack(rift::BuiltInGerman());
    std::string error;
    const auto table = rift::ReadTextPack(bytes, error);
    if (!table) {
        std::fprintf(stderr, "rift-pack: the German text does not read back: %s\n", error.c_str());
        return 1;
    }
    if (!Write(path, bytes)) return 1;
    std::printf("rift-pack: %s: %zu translations, %zu bytes\n", path.c_str(), table->size(), bytes.size());
    return 0;
}

std::optional<std::string> Read(const std::string& path) {
    std::string error;
    auto text = rift::ReadFile(path, rift::Limits{}.max_bytes, error);
    if (!text) std::fprintf(stderr, "rift-pack: %s: %s\n", path.c_str(), error.c_str());
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    rift::LoadOptions options;
    bool titles = false;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--first-view") options.first_view = true;
        else if (arg == "--titles") titles = true;
        else if (arg == "--german" && i + 2 == argc) return WriteGerman(argv[i + 1]);
        else if (!arg.empty() && arg[0] == '-') return Usage();
        else args.push_back(arg);
    }
    if (args.size() != 3 || (titles && options.first_view)) return Usage();
    const auto events = Read(args[0]);
    const auto vendors = Read(args[1]);
    if (!events || !vendors) return 1;
    const rift::LoadResult r = rift::LoadDataset(*events, *vendors, options);
    if (!r.ok()) {
        for (const rift::Problem& p : r.problems) std::fprintf(stderr, "%s\n", rift::FormatProblem(p).c_str());
        return 1;
    }
    const std::string bytes = titles ? rift::PackTitles(*r.dataset) : rift::PackDataset(*r.dataset);
    if (bytes.empty()) {
        std::fprintf(stderr, "rift-pack: a title is empty or holds a line break\n");
        return 1;
    }
    // Read back: the snapshot as itself; the titles into the same events' snapshot, as the page does.
    const rift::LoadResult back = titles ? rift::UnpackDataset(rift::PackDataset(*r.dataset), {}, bytes)
                                         : rift::UnpackDataset(bytes);
    const bool same = back.ok() && (titles ? rift::PackTitles(*back.dataset) : rift::PackDataset(*back.dataset)) == bytes;
    if (!same) {
        std::fprintf(stderr, "rift-pack: the %s does not read back the same%s%s\n", titles ? "titles file" : "snapshot",
                     back.ok() ? "" : ": ", back.ok() ? "" : rift::FormatProblem(back.problems[0]).c_str());
        return 1;
    }
    if (!Write(args[2], bytes)) return 1;
    std::printf("rift-pack: %s: %zu events, %zu bytes\n", args[2].c_str(), r.dataset->size(), bytes.size());
    return 0;
}
