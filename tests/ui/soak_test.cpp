// Soak test: 100 000 headless frames of the timeline playing on loop, with filter, view and selection
// changes, checking that memory does not grow once warmed up: the process's resident memory, or under
// AddressSanitizer the bytes the program holds allocated (its allocator's own count).
#include <gtest/gtest.h>
#include <imgui.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>

#include "ui_fixture.h"

#if defined(__SANITIZE_ADDRESS__)
#define RIFT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RIFT_ASAN 1
#endif
#endif
#ifdef RIFT_ASAN
#include <sanitizer/allocator_interface.h>
#endif

namespace rift {

namespace {

// Resident set size in bytes (second field of /proc/self/statm, in pages).
double RssBytes() {
    std::ifstream statm("/proc/self/statm");
    long total_pages = 0, resident_pages = 0;
    statm >> total_pages >> resident_pages;
    return static_cast<double>(resident_pages) * static_cast<double>(sysconf(_SC_PAGESIZE));
}

constexpr double kMiB = 1024.0 * 1024.0;

// AddressSanitizer holds freed memory in quarantine (256 MB), so resident memory says nothing under it: there the
// bound applies to the bytes the program holds allocated, which its allocator counts.
#ifdef RIFT_ASAN
constexpr bool kAddressSanitizer = true;
double HeldBytes() { return static_cast<double>(__sanitizer_get_current_allocated_bytes()); }
#else
constexpr bool kAddressSanitizer = false;
double HeldBytes() { return RssBytes(); }
#endif

class Soak : public ::testing::Test {
  protected:
    void SetUp() override {
        test::StartHeadlessImGui();
        test::LoadRealDataset(app);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    void Frame(double dt) { test::RunFrame(app, dt); }

    AppState app;
};

// The reader's changes, one every ~1000 frames: filters narrow and widen, views switch, events get selected.
void Vary(AppState& app, int step) {
    static const View kViews[] = {View::Timeline, View::Compare, View::Vendors, View::Events};
    app.view.view = kViews[step % 4];
    FilterSpec f;
    switch (step % 7) {
        case 0:
            break;
        case 1:
            f.actors = {"CN"};
            break;
        case 2:
            f.actors = {"US"};
            f.measures = {Measure::ExportControl};
            break;
        case 3:
            f.vendors = {"huawei", "zte"};
            break;
        case 4:
            f.from = ParseDate("2018");
            f.to = ParseDate("2021-06");
            break;
        case 5:
            f.text = "huawei";
            break;
        case 6:
            f.sectors = {Sector::Telecom};
            f.statuses = {Status::Enacted};
            break;
    }
    app.view.filter = f;
    static const std::vector<std::string> kCompare[] = {
        {"US", "CN"}, {"US", "CN", "GB"}, {"DE", "FR", "AU", "IN"}};
    app.view.compare = kCompare[step % 3];
}

}  // namespace

TEST_F(Soak, TimelineLoopsWithoutGrowingMemory) {
    constexpr int kFrames = 100'000, kWarmUp = 5'000;
    // The clock plays the whole range in 120 s: two-second frames loop the timeline every 60 frames.
    constexpr double kDt = 2.0;
    app.clock.loop = true;
    TogglePlay(app);
    ASSERT_TRUE(app.clock.playing);
    const auto start = std::chrono::steady_clock::now();
    double rss_warm = 0;
    int loops = 0, step = 0;
    for (int frame = 0; frame < kFrames; ++frame) {
        if (frame % 1000 == 0) Vary(app, step++);
        if (frame % 250 == 125 && !app.derived.selection.empty()) {
            const size_t k = static_cast<size_t>(frame / 250) * 7919 % app.derived.selection.size();
            SelectEvent(app, app.derived.selection[k]);
        } else if (frame % 250 == 200) {
            SelectEvent(app, std::nullopt);
        }
        const double before = app.clock.cursor;
        Frame(kDt);
        if (HasFatalFailure()) return;
        if (app.clock.cursor < before) ++loops;
        if (frame + 1 == kWarmUp) rss_warm = HeldBytes();
    }
    const double rss_end = HeldBytes();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "soak: %d frames in %.1f s, %d timeline loops, %d filter/view changes, %s %.1f MB -> %.1f MB (%+.0f KB), "
        "resident at the end %.1f MB\n",
        kFrames, seconds, loops, step, kAddressSanitizer ? "allocated" : "rss", rss_warm / kMiB, rss_end / kMiB,
        (rss_end - rss_warm) / 1024.0, RssBytes() / kMiB);
    EXPECT_TRUE(app.clock.playing);
    EXPECT_GT(loops, 1000);
    EXPECT_LT(rss_end - rss_warm, 8 * kMiB) << (kAddressSanitizer ? "allocated" : "resident") << " memory grew after the warm-up";
}

}  // namespace rift
