// rift-validate: checks dataset files with the same rules the explorer uses, and prints every problem.
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/io.h"
#include "core/load.h"

namespace {

// Whether a source URL is on an official host: a government's, a parliament's, an official journal's or a
// regulator's own site (docs/DATASET.md, "Primary sources"). Copies of official text on other hosts do not count.
bool IsOfficialHost(const std::string& url) {
    const size_t start = url.find("://");
    if (start == std::string::npos) return false;
    std::string host = url.substr(start + 3, url.find_first_of("/?#:", start + 3) - start - 3);
    for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto ends = [&](std::string_view suffix) {
        return host.size() >= suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0 &&
               (host.size() == suffix.size() || host[host.size() - suffix.size() - 1] == '.' || suffix[0] == '.');
    };
    // Government second-level domains (.gov, .gov.uk, .gouv.fr, .gob.mx, .go.jp, .govt.nz, .mil and the like).
    for (std::string_view label : {".gov", ".gouv", ".gob", ".go", ".govt", ".mil", ".gc"}) {
        const size_t at = host.rfind(std::string(label) + ".");
        if (ends(label) || (at != std::string::npos && host.find('.', at + label.size() + 1) == std::string::npos))
            return true;
    }
    for (std::string_view official :
         {"europa.eu", "canada.ca", "parliament.uk", "admin.ch", "bund.de", "bundesregierung.de", "gv.at",
          "government.nl", "rijksoverheid.nl", "officielebekendmakingen.nl", "garanteprivacy.it", "cnil.fr",
          "ico.org.uk", "ofcom.org.uk", "nukib.cz", "regeringen.se", "government.se", "kremlin.ru", "pib.gov.in",
          "nic.in", "wto.org", "gpdp.it", "kam.lt", "domstol.se", "pts.se", "regjeringen.no", "nsm.no",
          "datenschutz-berlin.de", "kenyalaw.org", "belgium.be", "govcert.cz"})
        if (ends(official)) return true;
    return false;
}

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
        const rift::DatasetSummary s = rift::Summarize(ds);
        size_t primary_first = 0, since_2024 = 0;
        const int32_t y2024 = rift::ParseDate("2024-01-01")->day;
        for (const rift::Event& e : ds.events) {
            primary_first += !e.sources.empty() && IsOfficialHost(e.sources.front().url);
            since_2024 += e.date.day >= y2024;
        }
        const size_t n = s.events;
        std::printf("%s: ok: %zu events, %zu actors, %zu vendors (%zu used), %zu links, %zu sources (version %s)\n",
                    file.c_str(), n, s.actors, s.vendors, s.vendors_used, s.links, s.sources, ds.version.c_str());
        std::printf("%s: %zu dated to the day, %zu to the month or year (%zu of them with a date note); %zu since "
                    "2024; %zu (%.0f%%) with an official source first\n",
                    file.c_str(), s.dated_to_the_day, n - s.dated_to_the_day, s.dated_coarser_with_note, since_2024,
                    primary_first, n ? 100.0 * static_cast<double>(primary_first) / static_cast<double>(n) : 0.0);
        std::printf("%s: %zu without German text (title_de, summary_de); %zu of the links answer another state\n",
                    file.c_str(), s.without_german, s.links_between_states);
    }
    return status;
}
