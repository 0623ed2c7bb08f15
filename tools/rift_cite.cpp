// rift-cite: prints the citation of an event (or of the dataset) as the explorer's Cite section writes it.
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/cite.h"
#include "core/io.h"
#include "core/load.h"

namespace {

int Usage() {
    std::fprintf(
        stderr,
        "usage: rift-cite [--page URL] [--accessed YYYY-MM-DD] [--de] EVENTS.json FORMAT [EVENT_ID]\n"
        "FORMAT is text, bibtex, csl or ris; without EVENT_ID the dataset release is cited.\n"
        "vendors.json beside EVENTS.json is used when it exists.\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    rift::CiteContext context;
    context.page_url = "https://rift.example/";
    context.accessed = rift::TodayUtc();
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--page" && i + 1 < argc) {
            context.page_url = argv[++i];
        } else if (arg == "--accessed" && i + 1 < argc) {
            const auto d = rift::ParseDate(argv[++i]);
            if (!d || d->precision != rift::Precision::Day) return Usage();
            context.accessed = d->day;
        } else if (arg == "--de") {
            context.german = true;
        } else if (!arg.empty() && arg[0] == '-') {
            return Usage();
        } else {
            args.push_back(arg);
        }
    }
    if (args.size() < 2 || args.size() > 3) return Usage();
    const auto format = rift::ParseCiteFormat(args[1]);
    if (!format) return Usage();
    rift::LoadOptions options;
    std::string error;
    const auto events = rift::ReadFile(args[0], options.limits.max_bytes, error);
    std::string vendors;
    const auto beside = std::filesystem::path(args[0]).parent_path() / "vendors.json";
    if (events && std::filesystem::exists(beside)) {
        if (auto v = rift::ReadFile(beside.string(), options.limits.max_bytes, error))
            vendors = std::move(*v);
    }
    if (!events) {
        std::fprintf(stderr, "%s: %s\n", args[0].c_str(), error.c_str());
        return 1;
    }
    const rift::LoadResult r = rift::LoadDataset(*events, vendors, options);
    if (!r.ok()) {
        for (const rift::Problem& p : r.problems)
            std::fprintf(stderr, "%s\n", rift::FormatProblem(p).c_str());
        return 1;
    }
    if (args.size() == 2) {
        std::fputs(rift::CiteDataset(r.dataset->version, *format, context).c_str(), stdout);
        return 0;
    }
    const auto event = r.dataset->FindEvent(args[2]);
    if (!event) {
        std::fprintf(stderr, "%s: no event with the id %s\n", args[0].c_str(), args[2].c_str());
        return 1;
    }
    std::fputs(rift::CiteEvent(*r.dataset, *event, *format, context).c_str(), stdout);
    return 0;
}
