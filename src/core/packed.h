// The binary snapshot of a dataset (issue 21): a loaded, finalized dataset written as bytes that read back without a
// JSON parse. The build writes the page's first-view data this way (tools/rift_pack.cpp: data/events.first.bin, the
// events without titles, summaries and sources, with the vendors; the titles follow as text, PackTitles below), so
// the page's first frame does not wait for nlohmann's parser; the JSON stays the source of truth and the format for
// anyone's own data (docs/DATASET.md).
//
// Format (all integers little-endian):
//   "RIFTPACK" · u32 format (2) · u64 FNV-1a of the rest · payload
//   payload: numbers, counts and lengths are LEB128 (seven bits a byte); strings are a length + UTF-8 bytes; lists
//   are a count + items; the events are stored column by column; see packed.cpp for the order.
// Reading checks everything the JSON loader guarantees to the rest of Rift (every index in range, lists without
// repeats, vendor parents and responses without cycles, valid UTF-8, enums in range), so no byte string can crash
// it or what draws its result; a file that is not exactly what PackDataset wrote is refused with the byte offset.
#pragma once
#include <string>
#include <string_view>

#include "core/dataset.h"
#include "core/load.h"

namespace rift {

inline constexpr std::string_view kPackMagic = "RIFTPACK";
inline constexpr uint32_t kPackFormat = 2;

// Whether `bytes` begin as a snapshot does (the page hands the app either a snapshot or JSON text).
inline bool IsPacked(std::string_view bytes) { return bytes.substr(0, kPackMagic.size()) == kPackMagic; }

// The dataset as bytes (deterministic: the same dataset gives the same bytes).
std::string PackDataset(const Dataset& ds);
// A payload with the snapshot's header in front (magic, format, its check): what PackDataset ends with, and how the
// tests and the fuzzer make a file whose check is right around any payload.
std::string WithPackHeader(std::string_view payload);

// The dataset back (finalized), or one problem: file "snapshot", path "byte N", what is wrong there.
// `titles`, when given, is PackTitles's text for the same events: they are put in before the dataset is finalized
// (so search finds them). Titles that do not fit refuse the whole result with their problem (file "titles", path
// "line N"); the caller keeps the dataset it had.
LoadResult UnpackDataset(std::string_view bytes, const Limits& limits = {}, std::string_view titles = {});

// The events' titles as UTF-8 text, which the page fetches right after its first frame (data/events.titles.txt):
// the first-view snapshot leaves them out, since the default view's first frame draws none and they are half its
// bytes. A header line names the format, the number of events, a check of their ids in order (FNV-1a 64 over each
// id and a line feed, 16 hex digits) and the dataset's version; then one title per line, in the dataset's order:
//   rift-titles 1 953 0123456789abcdef 2026-12-03
//   Australia excludes Huawei from the National Broadband Network tenders
// Empty when a title is empty or holds a line break (which this format cannot carry).
std::string PackTitles(const Dataset& ds);

}  // namespace rift
