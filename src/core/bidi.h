// Right-to-left text for a renderer that only draws left to right (Dear ImGui): Arabic shaping and bidi
// reordering.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rift {

// True if `utf8` holds a right-to-left character (U+0590-U+08FF, U+FB1D-U+FDFF, U+FE70-U+FEFF). A byte scan,
// no decoding: callers use it to skip VisualOrder for the common left-to-right text.
bool HasRtl(std::string_view utf8);

// Maps Arabic letters (U+0621-U+064A, and پ چ ژ ک گ ی) to their isolated, initial, medial or final
// presentation forms (U+FE70-U+FEFF, U+FB50-U+FBFF) from their joining types (dual-joining, right-joining
// like ا د ذ ر ز و ة ى; harakat and other marks are transparent; tatweel and ZWJ join, ZWNJ breaks), and lam
// + alef (ا أ إ آ) to the mandatory ligatures U+FEF5-U+FEFC. Stays in logical order. Alef maksura is taken as
// right-joining (its initial and medial forms only exist for Uighur). Invalid UTF-8 is returned unchanged.
std::string ShapeArabic(std::string_view utf8);

// Shapes `utf8` and returns it in visual (left-to-right) order. Input without right-to-left characters or
// with invalid UTF-8 is returned unchanged. Each line ('\n') is its own paragraph.
//
// The subset of the Unicode Bidirectional Algorithm (UAX #9) implemented, per paragraph:
// - P2/P3: the base direction is that of the first strong character (L, or R/AL), left to right if none.
// - No explicit embeddings, overrides or isolates (X1-X10): the format characters are kept as neutrals.
// - W1-W7 on a simplified class table: NSM takes the previous class; European digits after Arabic letters
// become
//   Arabic numbers; one separator between two numbers joins them ("2022-07-18", "1.5", "21,000"); terminators
//   next to European digits join them ("$368", "10%"); digits after a Latin letter become L.
// - N1/N2 with one change: a sequence of neutrals and numbers between strong characters of the same direction
//   takes that direction (the numbers keep their left-to-right order inside it); between different
//   directions, or against the start/end of the paragraph of a different direction, the whole sequence takes
//   the base direction. UAX #9 would attach a number to the Arabic run before it, which shows
//   "Reuters: <title> (2022-07-18)" as "Reuters: 18-07-2022) <title>)"; here it stays as written.
// - I1/I2 levels, L1 (trailing whitespace of a line at the base level), L2 reversal, L3 (marks stay after
// their
//   base letter), L4 mirroring of ( ) [ ] { } < > « » ‹ › in right-to-left runs.
std::string VisualOrder(std::string_view utf8);

// Like VisualOrder, for text wrapped over several lines: levels are resolved over the whole paragraph, and
// `next_line` is given the rest of the shaped paragraph (logical order) and returns how many of its bytes go
// on the next line (ImGui's CalcWordWrapPositionA). Whitespace at the breaks is dropped; each line comes back
// in visual order. A count that does not fall on a character boundary is moved forward to one.
std::vector<std::string> VisualLines(std::string_view utf8,
                                     const std::function<size_t(std::string_view)>& next_line);

}  // namespace rift
