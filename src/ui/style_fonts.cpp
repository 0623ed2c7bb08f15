// Fonts: the atlas built from the font pack (an Inter subset and its fallbacks, from tools/gen_font.py).
#include <type_traits>
#include <vector>

#include "core/font_pack.h"
#include "ui/style.h"

namespace rift {

namespace {
ImFont* g_bold = nullptr;
// The atlas reads the font bytes and the glyph ranges whenever it is rebuilt, so the packs and their faces are kept
// (each pack's buffer stays where it is when the list grows: the faces point into it).
std::vector<std::vector<uint8_t>> g_packs;
std::vector<FontFace> g_faces;
float g_font_scale = 1.0f;
bool g_fonts_complete = false;

// Builds the atlas from g_faces: body and headings, each followed by the faces merged into it (its own further
// characters, which the page fetches after its first frame, then Noto Sans and Noto Sans Arabic). Horizontal oversampling (glyphs rasterised at `oversample` subpixel offsets) sharpens body text at one
// pixel per point; headings, and any text at twice that, look the same without it, at half the glyphs to rasterise
// before the first frame. The renderer uploads the atlas again when its texture id is null.
void BuildAtlas() {
    static_assert(std::is_same_v<ImWchar, uint16_t>, "the pack's ranges are handed to ImGui as they are");
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->SetTexID(nullptr);
    auto add = [&](const FontFace& f, float px, const ImFontConfig& c) {
        return io.Fonts->AddFontFromMemoryTTF(const_cast<uint8_t*>(f.bytes.data()), static_cast<int>(f.bytes.size()),
                                              px * f.size, &c, f.ranges.data());
    };
    auto add_with_merges = [&](FontRole role, float px, int oversample) -> ImFont* {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        cfg.OversampleH = oversample;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = oversample == 1;
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        ImFont* font = nullptr;
        for (const FontFace& f : g_faces)
            if (f.role == role) font = add(f, px, cfg);
        if (!font) return font;
        const FontRole more = role == FontRole::Bold ? FontRole::MoreBold : FontRole::MoreRegular;
        for (const FontRole merged : {more, FontRole::Merge})
            for (const FontFace& f : g_faces)
                if (f.role == merged) add(f, px, merge);
        return font;
    };
    const float size = 15.0f * g_font_scale;
    add_with_merges(FontRole::Regular, size, g_font_scale >= 1.5f ? 1 : 2);
    g_bold = add_with_merges(FontRole::Bold, size * 1.2f, 1);
    if (!g_bold) g_bold = io.Fonts->Fonts[0];
    io.Fonts->Build();
}

}  // namespace

bool LoadFonts(std::span<const uint8_t> pack, float scale, bool complete, std::string& error) {
    std::vector<uint8_t> bytes(pack.begin(), pack.end());
    auto parsed = ParseFontPack(bytes, error);
    if (!parsed) return false;
    g_packs.clear();
    g_packs.push_back(std::move(bytes));  // the buffer moves with it, so the faces still point into it
    g_faces = std::move(*parsed);
    g_font_scale = scale;
    g_fonts_complete = complete;
    BuildAtlas();
    return true;
}

bool AddFonts(std::span<const uint8_t> pack, std::string& error) {
    if (g_packs.empty()) {
        error = "no base font pack loaded yet";
        return false;
    }
    std::vector<uint8_t> bytes(pack.begin(), pack.end());
    auto parsed = ParseFontPack(bytes, error, FontPackKind::Extra);
    if (!parsed) return false;
    g_fonts_complete = true;
    if (parsed->empty()) return true;
    g_packs.push_back(std::move(bytes));
    g_faces.insert(g_faces.end(), parsed->begin(), parsed->end());
    BuildAtlas();
    return true;
}

bool FontsComplete() { return g_fonts_complete; }

ImFont* BoldFont() {
    return g_bold;
}


}  // namespace rift
