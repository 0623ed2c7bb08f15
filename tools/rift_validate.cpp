// rift-validate: checks dataset files with the same rules the explorer uses, and prints every problem.
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/io.h"
#include "core/load.h"

namespace {

int Usage() {
    std::fprintf(stderr,
                 "usage: rift-validate [--vendors VENDORS.json] EVENTS.json...\n"
                 "Checks each dataset; without --vendors, vendors.json beside the file is used when it exists\n"
                 "(a dataset may also bring its own \"vendors\" array). Exit status 1 when there is a problem.\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string vendors_path;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--vendors" && i + 1 < argc) vendors_path = argv[++i];
        else if (arg == "-h" || arg == "--help") return Usage();
        else if (!arg.empty() && arg[0] == '-') return Usage();
        else files.push_back(arg);
    }
    if (files.empty()) return Usage();

    rift::LoadOptions options;
    options.today = rift::TodayUtc();
    int status = 0;
    for (const std::string& file : files) {
        std::string error;
        auto events = rift::ReadFile(file, options.limits.max_bytes, error);
        if (!events) {
            std::printf("%s: %s\n", file.c_str(), error.c_str());
            status = 1;
            continue;
        }
        std::string vpath = vendors_path;
        if (vpath.empty()) {
            const auto beside = std::filesystem::path(file).parent_path() / "vendors.json";
            if (std::filesystem::exists(beside) && std::filesystem::path(file).filename() != "vendors.json")
                vpath = beside.string();
        }
        std::string vendors;
        if (!vpath.empty()) {
            auto v = rift::ReadFile(vpath, options.limits.max_bytes, error);
            if (!v) {
                std::printf("%s: %s\n", vpath.c_str(), error.c_str());
                status = 1;
                continue;
            }
            vendors = std::move(*v);
        }
        const rift::LoadResult r = rift::LoadDataset(*events, vendors, options);
        for (const rift::Problem& p : r.problems) {
            const std::string& name = p.file == "vendors" ? vpath : file;
            std::printf("%s: %s%s%s\n", name.c_str(), p.path.c_str(), p.path.empty() ? "" : ": ", p.message.c_str());
        }
        if (r.problems_not_listed) std::printf("%s: ... and %zu more problems\n", file.c_str(), r.problems_not_listed);
        if (!r.ok()) {
            std::printf("%s: %zu problem%s\n", file.c_str(), r.problems.size() + r.problems_not_listed,
                        r.problems.size() + r.problems_not_listed == 1 ? "" : "s");
            status = 1;
            continue;
        }
        const rift::Dataset& ds = *r.dataset;
        std::set<rift::CountryId> actors;
        std::set<rift::VendorId> vendors_used;
        size_t links = 0, sources = 0;
        for (const rift::Event& e : ds.events) {
            actors.insert(e.actor);
            vendors_used.insert(e.vendors.begin(), e.vendors.end());
            links += e.responds_to.size();
            sources += e.sources.size();
        }
        std::printf("%s: ok: %zu events, %zu actors, %zu vendors (%zu used), %zu links, %zu sources (version %s)\n",
                    file.c_str(), ds.events.size(), actors.size(), ds.vendors.size(), vendors_used.size(), links,
                    sources, ds.version.c_str());
    }
    return status;
}
