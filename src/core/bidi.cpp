// Arabic shaping and a single-paragraph subset of UAX #9 for left-to-right-only renderers (see bidi.h).
#include "core/bidi.h"

#include "core/dataset.h"  // InvalidUtf8At

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace rift {

namespace {

// ---- UTF-8 ----
bool Decode(std::string_view s, std::u32string& out) {
    out.clear();
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        char32_t c = 0;
        size_t len = 0;
        char32_t min = 0;
        if (b < 0x80) {
            out.push_back(b);
            ++i;
            continue;
        }
        if ((b & 0xE0) == 0xC0) {
            c = b & 0x1Fu;
            len = 2;
            min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            c = b & 0x0Fu;
            len = 3;
            min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            c = b & 0x07u;
            len = 4;
            min = 0x10000;
        } else
            return false;
        if (i + len > s.size()) return false;
        for (size_t k = 1; k < len; ++k) {
            const auto cb = static_cast<unsigned char>(s[i + k]);
            if ((cb & 0xC0) != 0x80) return false;
            c = (c << 6) | (cb & 0x3Fu);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
        out.push_back(c);
        i += len;
    }
    return true;
}

void Append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// ---- Arabic joining ----
enum class Join : uint8_t { None, Right, Dual, Causing, Transparent };

bool IsArabicMark(char32_t c) {
    return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
           (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 ||
           (c >= 0x06EA && c <= 0x06ED);
}

struct Letter {
    char32_t letter;
    char32_t isolated;  // then final, initial, medial
    Join join;
};

// Letters that have presentation forms; order: isolated, final, initial, medial (as encoded in Unicode).
constexpr Letter kLetters[] = {
    {0x0621, 0xFE80, Join::None},  {0x0622, 0xFE81, Join::Right}, {0x0623, 0xFE83, Join::Right},
    {0x0624, 0xFE85, Join::Right}, {0x0625, 0xFE87, Join::Right}, {0x0626, 0xFE89, Join::Dual},
    {0x0627, 0xFE8D, Join::Right}, {0x0628, 0xFE8F, Join::Dual},  {0x0629, 0xFE93, Join::Right},
    {0x062A, 0xFE95, Join::Dual},  {0x062B, 0xFE99, Join::Dual},  {0x062C, 0xFE9D, Join::Dual},
    {0x062D, 0xFEA1, Join::Dual},  {0x062E, 0xFEA5, Join::Dual},  {0x062F, 0xFEA9, Join::Right},
    {0x0630, 0xFEAB, Join::Right}, {0x0631, 0xFEAD, Join::Right}, {0x0632, 0xFEAF, Join::Right},
    {0x0633, 0xFEB1, Join::Dual},  {0x0634, 0xFEB5, Join::Dual},  {0x0635, 0xFEB9, Join::Dual},
    {0x0636, 0xFEBD, Join::Dual},  {0x0637, 0xFEC1, Join::Dual},  {0x0638, 0xFEC5, Join::Dual},
    {0x0639, 0xFEC9, Join::Dual},  {0x063A, 0xFECD, Join::Dual},  {0x0641, 0xFED1, Join::Dual},
    {0x0642, 0xFED5, Join::Dual},  {0x0643, 0xFED9, Join::Dual},  {0x0644, 0xFEDD, Join::Dual},
    {0x0645, 0xFEE1, Join::Dual},  {0x0646, 0xFEE5, Join::Dual},  {0x0647, 0xFEE9, Join::Dual},
    {0x0648, 0xFEED, Join::Right}, {0x0649, 0xFEEF, Join::Right}, {0x064A, 0xFEF1, Join::Dual},
    {0x0671, 0xFB50, Join::Right}, {0x067E, 0xFB56, Join::Dual},  {0x0686, 0xFB7A, Join::Dual},
    {0x0698, 0xFB8A, Join::Right}, {0x06A9, 0xFB8E, Join::Dual},  {0x06AF, 0xFB92, Join::Dual},
    {0x06CC, 0xFBFC, Join::Dual},
};

const Letter* FindLetter(char32_t c) {
    for (const Letter& l : kLetters)
        if (l.letter == c) return &l;
    return nullptr;
}

Join JoinOf(char32_t c) {
    if (const Letter* l = FindLetter(c)) return l->join;
    if (c == 0x0640 || c == 0x200D) return Join::Causing;  // tatweel, zero-width joiner
    if (IsArabicMark(c) || (c >= 0x0300 && c <= 0x036F)) return Join::Transparent;
    if (c >= 0x063B && c <= 0x063F) return Join::Dual;  // no presentation forms, but they still join
    return Join::None;
}

bool JoinsOnLeft(Join j) {
    return j == Join::Dual || j == Join::Causing;
}
bool JoinsOnRight(Join j) {
    return j == Join::Dual || j == Join::Right || j == Join::Causing;
}

// Lam + alef ligature (isolated form; the final form is the next code point), or 0.
char32_t LamAlef(char32_t alef) {
    switch (alef) {
        case 0x0622:
            return 0xFEF5;
        case 0x0623:
            return 0xFEF7;
        case 0x0625:
            return 0xFEF9;
        case 0x0627:
            return 0xFEFB;
        default:
            return 0;
    }
}

std::u32string Shape(const std::u32string& in) {
    const size_t n = in.size();
    std::vector<Join> join(n);
    for (size_t i = 0; i < n; ++i) join[i] = JoinOf(in[i]);
    std::u32string out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const Letter* l = FindLetter(in[i]);
        if (!l) {
            out.push_back(in[i]);
            continue;
        }
        size_t p = i;
        while (p > 0 && join[p - 1] == Join::Transparent) --p;
        size_t q = i + 1;
        while (q < n && join[q] == Join::Transparent) ++q;
        const bool joins_prev = JoinsOnRight(join[i]) && p > 0 && JoinsOnLeft(join[p - 1]);
        const bool joins_next = JoinsOnLeft(join[i]) && q < n && JoinsOnRight(join[q]);
        if (in[i] == 0x0644 && i + 1 < n && LamAlef(in[i + 1])) {
            out.push_back(LamAlef(in[i + 1]) + (joins_prev ? 1 : 0));
            ++i;
            continue;
        }
        char32_t form = l->isolated;
        if (l->join == Join::Dual) {
            if (joins_prev && joins_next)
                form += 3;
            else if (joins_next)
                form += 2;
            else if (joins_prev)
                form += 1;
        } else if (l->join == Join::Right && joins_prev) {
            form += 1;
        }
        out.push_back(form);
    }
    return out;
}

// ---- Bidi classes (a subset of UnicodeData's Bidi_Class) ----
enum class Bc : uint8_t { L, R, AL, EN, ES, ET, AN, CS, NSM, B, S, WS, ON };

Bc ClassOf(char32_t c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Bc::L;
        if (c >= '0' && c <= '9') return Bc::EN;
        switch (c) {
            case ' ':
            case 0x0C:
                return Bc::WS;
            case '\t':
            case 0x0B:
            case 0x1F:
                return Bc::S;
            case '\n':
            case '\r':
            case 0x1C:
            case 0x1D:
            case 0x1E:
                return Bc::B;
            case '+':
            case '-':
                return Bc::ES;
            case '#':
            case '$':
            case '%':
                return Bc::ET;
            case ',':
            case '.':
            case '/':
            case ':':
                return Bc::CS;
            default:
                return Bc::ON;
        }
    }
    if (c < 0x100) {
        if (c == 0xA0) return Bc::CS;
        if ((c >= 0xA2 && c <= 0xA5) || c == 0xB0 || c == 0xB1) return Bc::ET;
        if (c == 0xB2 || c == 0xB3 || c == 0xB9) return Bc::EN;
        if (c == 0xAA || c == 0xB5 || c == 0xBA) return Bc::L;
        if (c < 0xC0 || c == 0xD7 || c == 0xF7) return Bc::ON;
        return Bc::L;
    }
    if (c >= 0x0300 && c <= 0x036F) return Bc::NSM;
    if (c >= 0x0590 && c <= 0x05FF) {
        if ((c >= 0x0591 && c <= 0x05BD) || c == 0x05BF || c == 0x05C1 || c == 0x05C2 || c == 0x05C4 ||
            c == 0x05C5 || c == 0x05C7)
            return Bc::NSM;
        return Bc::R;
    }
    if (c >= 0x0600 && c <= 0x08FF) {
        if (c <= 0x0605 || (c >= 0x0660 && c <= 0x0669) || c == 0x066B || c == 0x066C) return Bc::AN;
        if (c >= 0x06F0 && c <= 0x06F9) return Bc::EN;
        if (c == 0x060C) return Bc::CS;
        if (c == 0x0609 || c == 0x060A || c == 0x066A) return Bc::ET;
        if (IsArabicMark(c) || (c >= 0x07A6 && c <= 0x07B0)) return Bc::NSM;
        if (c >= 0x07C0 && c <= 0x085F) return Bc::R;
        return Bc::AL;
    }
    if (c >= 0x2000 && c <= 0x206F) {
        if (c <= 0x200A || c == 0x2028) return Bc::WS;
        if (c == 0x200E) return Bc::L;
        if (c == 0x200F) return Bc::R;
        if (c == 0x2029) return Bc::B;
        if (c >= 0x2030 && c <= 0x2034) return Bc::ET;
        return Bc::ON;
    }
    if (c >= 0x2070 && c <= 0x2089) return c == 0x2071 || c == 0x207F ? Bc::L : Bc::EN;
    if (c >= 0x20A0 && c <= 0x20CF) return Bc::ET;
    if (c == 0x2212) return Bc::ES;
    if (c >= 0x2100 && c <= 0x2BFF) return Bc::ON;
    if (c == 0x3000) return Bc::WS;
    if (c >= 0xFB1D && c <= 0xFB4F) return c == 0xFB1E ? Bc::NSM : Bc::R;
    if (c >= 0xFB50 && c <= 0xFDFF) return Bc::AL;
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F)) return Bc::NSM;
    if (c >= 0xFE70 && c <= 0xFEFE) return Bc::AL;
    if (c >= 0x10800 && c <= 0x10FFF) return Bc::R;
    if (c >= 0x1E800 && c <= 0x1EFFF) return Bc::AL;
    return Bc::L;
}

char32_t Mirror(char32_t c) {
    switch (c) {
        case '(':
            return ')';
        case ')':
            return '(';
        case '[':
            return ']';
        case ']':
            return '[';
        case '{':
            return '}';
        case '}':
            return '{';
        case '<':
            return '>';
        case '>':
            return '<';
        case 0xAB:
            return 0xBB;
        case 0xBB:
            return 0xAB;
        case 0x2039:
            return 0x203A;
        case 0x203A:
            return 0x2039;
        default:
            return c;
    }
}

bool IsNumber(Bc t) {
    return t == Bc::EN || t == Bc::AN;
}
bool IsStrong(Bc t) {
    return t == Bc::L || t == Bc::R;
}

struct Paragraph {
    std::u32string text;       // shaped, logical order
    std::vector<Bc> original;  // classes before resolution (for L1 and L3)
    std::vector<uint8_t> levels;
    uint8_t base = 0;
};

// P2-P3, W1-W7, N1-N2 (changed, see bidi.h), I1-I2.
Paragraph Resolve(std::u32string text) {
    Paragraph p;
    const size_t n = text.size();
    p.text = std::move(text);
    p.original.resize(n);
    for (size_t i = 0; i < n; ++i) p.original[i] = ClassOf(p.text[i]);
    for (Bc t : p.original) {
        if (t == Bc::L) break;
        if (t == Bc::R || t == Bc::AL) {
            p.base = 1;
            break;
        }
    }
    const Bc sos = p.base ? Bc::R : Bc::L;
    std::vector<Bc> t = p.original;
    for (size_t i = 0; i < n; ++i)  // W1
        if (t[i] == Bc::NSM) t[i] = i == 0 ? sos : t[i - 1];
    Bc strong = sos;
    for (size_t i = 0; i < n; ++i) {  // W2, W3
        if (t[i] == Bc::L || t[i] == Bc::R || t[i] == Bc::AL) strong = t[i];
        if (t[i] == Bc::EN && strong == Bc::AL) t[i] = Bc::AN;
        if (t[i] == Bc::AL) t[i] = Bc::R;
    }
    for (size_t i = 1; i + 1 < n; ++i) {  // W4
        if (t[i] == Bc::ES && t[i - 1] == Bc::EN && t[i + 1] == Bc::EN)
            t[i] = Bc::EN;
        else if (t[i] == Bc::CS && IsNumber(t[i - 1]) && t[i + 1] == t[i - 1])
            t[i] = t[i - 1];
    }
    for (size_t i = 0; i < n;) {  // W5
        if (t[i] != Bc::ET) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < n && t[j] == Bc::ET) ++j;
        if ((i > 0 && t[i - 1] == Bc::EN) || (j < n && t[j] == Bc::EN))
            std::fill(t.begin() + i, t.begin() + j, Bc::EN);
        i = j;
    }
    for (Bc& x : t)  // W6
        if (x == Bc::ES || x == Bc::ET || x == Bc::CS) x = Bc::ON;
    strong = sos;
    for (Bc& x : t) {  // W7
        if (IsStrong(x))
            strong = x;
        else if (x == Bc::EN && strong == Bc::L)
            x = Bc::L;
    }
    for (size_t i = 0; i < n;) {  // N1/N2 over neutrals and numbers together
        if (IsStrong(t[i])) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < n && !IsStrong(t[j])) ++j;
        const Bc before = i == 0 ? sos : t[i - 1];
        const Bc after = j == n ? sos : t[j];
        const Bc dir = before == after ? before : sos;
        for (size_t k = i; k < j; ++k)
            if (!IsNumber(t[k]) || dir == Bc::L) t[k] = dir;
        i = j;
    }
    p.levels.resize(n);
    for (size_t i = 0; i < n; ++i) {  // I1, I2
        int level = 0;
        if (p.base == 0)
            level = t[i] == Bc::R ? 1 : IsNumber(t[i]) ? 2 : 0;
        else
            level = t[i] == Bc::R ? 1 : 2;
        if (p.original[i] == Bc::S || p.original[i] == Bc::B) level = p.base;  // L1
        p.levels[i] = static_cast<uint8_t>(level);
    }
    return p;
}

bool IsBlank(Bc t) {
    return t == Bc::WS || t == Bc::S || t == Bc::B;
}

// L1 (trailing whitespace), L2 (reversal), L3 (marks after their base), L4 (mirroring) for [begin, end).
std::string Reorder(const Paragraph& p, size_t begin, size_t end) {
    while (end > begin && IsBlank(p.original[end - 1])) --end;
    struct Unit {
        size_t begin, end;
        uint8_t level;
    };
    std::vector<Unit> units;
    for (size_t i = begin; i < end; ++i) {
        if (p.original[i] == Bc::NSM && !units.empty())
            units.back().end = i + 1;
        else
            units.push_back({i, i + 1, p.levels[i]});
    }
    uint8_t high = 0, low_odd = 255;
    for (const Unit& u : units) {
        high = std::max(high, u.level);
        if (u.level % 2) low_odd = std::min(low_odd, u.level);
    }
    for (int level = high; level >= low_odd && level > 0; --level) {
        for (size_t i = 0; i < units.size();) {
            if (units[i].level < level) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < units.size() && units[j].level >= level) ++j;
            std::reverse(units.begin() + static_cast<long>(i), units.begin() + static_cast<long>(j));
            i = j;
        }
    }
    std::string out;
    for (const Unit& u : units)
        for (size_t i = u.begin; i < u.end; ++i) Append(out, p.levels[i] % 2 ? Mirror(p.text[i]) : p.text[i]);
    return out;
}

template <typename F>
void ForEachParagraph(std::string_view s, F&& f) {
    for (size_t start = 0;;) {
        const size_t nl = s.find('\n', start);
        f(s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start),
          nl != std::string_view::npos);
        if (nl == std::string_view::npos) return;
        start = nl + 1;
    }
}

}  // namespace

bool HasRtl(std::string_view utf8) {
    const auto* b = reinterpret_cast<const unsigned char*>(utf8.data());
    const size_t n = utf8.size();
    for (size_t i = 0; i < n; ++i) {
        // Eight ASCII bytes at a time: most dataset text is ASCII.
        while (i + 8 <= n) {
            uint64_t word;
            std::memcpy(&word, b + i, 8);
            if (word & 0x8080808080808080u) break;
            i += 8;
        }
        if (i >= n) break;
        const unsigned char c = b[i];
        if (c < 0xD6) continue;
        if (c <= 0xDF) return true;  // U+0580-U+07FF (U+0580-U+058F is Armenian: a harmless false positive)
        if (i + 1 < n) {
            const unsigned char d = b[i + 1];
            if (c == 0xE0 && d >= 0xA0 && d <= 0xA3) return true;  // U+0800-U+08FF
            if (c == 0xEF && ((d >= 0xAC && d <= 0xB7) || (d >= 0xB9 && d <= 0xBB)))
                return true;  // FB00-FDFF, FE40-FEFF
        }
    }
    return false;
}

std::string ShapeArabic(std::string_view utf8) {
    std::u32string cps;
    if (!Decode(utf8, cps)) return std::string(utf8);
    std::string out;
    for (char32_t c : Shape(cps)) Append(out, c);
    return out;
}

std::string VisualOrder(std::string_view utf8) {
    if (!HasRtl(utf8)) return std::string(utf8);
    std::u32string cps;
    if (!Decode(utf8, cps)) return std::string(utf8);
    std::string out;
    ForEachParagraph(utf8, [&](std::string_view line, bool newline) {
        std::u32string text;
        Decode(line, text);
        const Paragraph p = Resolve(Shape(text));
        std::string visual = Reorder(p, 0, p.text.size());
        // Reorder drops trailing blanks (L1 puts them at the end anyway): keep them as they were.
        size_t kept = line.size();
        while (kept > 0 && (line[kept - 1] == ' ' || line[kept - 1] == '\t' || line[kept - 1] == '\r'))
            --kept;
        out += visual;
        out += line.substr(kept);
        if (newline) out += '\n';
    });
    return out;
}

std::vector<std::string> VisualLines(std::string_view utf8,
                                     const std::function<size_t(std::string_view)>& next_line) {
    std::vector<std::string> lines;
    std::u32string cps;
    const bool reorder = HasRtl(utf8) && Decode(utf8, cps);
    ForEachParagraph(utf8, [&](std::string_view para, bool) {
        Paragraph p;
        std::string shaped;
        std::vector<size_t> offset;  // byte offset of each code point in `shaped`, and the end
        if (reorder) {
            std::u32string text;
            Decode(para, text);
            p = Resolve(Shape(text));
            for (char32_t c : p.text) {
                offset.push_back(shaped.size());
                Append(shaped, c);
            }
        } else {
            shaped = std::string(para);
            // Character boundaries: a count that ends inside a UTF-8 sequence moves forward to its end (text that
            // is not UTF-8 is cut at any byte).
            const bool valid = InvalidUtf8At(shaped) == std::string_view::npos;
            for (size_t i = 0; i < shaped.size(); ++i)
                if (!valid || (static_cast<unsigned char>(shaped[i]) & 0xC0) != 0x80) offset.push_back(i);
        }
        offset.push_back(shaped.size());
        const size_t n = offset.size() - 1;
        size_t start = 0;
        do {
            size_t bytes = next_line(std::string_view(shaped).substr(offset[start]));
            size_t end = start + 1;
            while (end < n && offset[end] < offset[start] + bytes) ++end;
            end = std::min(end, n);
            if (reorder) {
                lines.push_back(Reorder(p, start, end));
            } else {
                size_t e = offset[end];
                while (e > offset[start] && (shaped[e - 1] == ' ' || shaped[e - 1] == '\t')) --e;
                lines.push_back(shaped.substr(offset[start], e - offset[start]));
            }
            start = end;
            while (start < n && (shaped[offset[start]] == ' ' || shaped[offset[start]] == '\t' ||
                                 (reorder && IsBlank(p.original[start]))))
                ++start;
        } while (start < n);
    });
    return lines;
}

}  // namespace rift
