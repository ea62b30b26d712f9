// SPDX-License-Identifier: Apache-2.0
// Name folding and keys. FoldName() is hot (the recognizer folds every capitalized token), so
// ASCII takes a byte loop and only non-ASCII text goes through ICU: NFKD decomposition, combining
// marks dropped, simple case folding. Keys build on it; see EntityKeyer in the header for the
// rules.
#include "core/name_key.h"

#include <array>
#include <atomic>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/alias_table.h"
#include "core/gazetteer.h"

namespace eventgraph {
namespace {

// Appends a space unless `out` is empty or ends with one (collapses runs; no leading space).
void AppendSeparator(std::string* out, size_t start) {
  if (out->size() > start && out->back() != ' ') out->push_back(' ');
}

void AppendFoldedIcu(std::string_view name, std::string* out, size_t start) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) nfkd->normalize(source, decomposed, status);
  if (U_FAILURE(status)) decomposed = source;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    // Apostrophes and periods vanish: "O’Brien" → "obrien", "U.S." → "us".
    if (c == '.' || c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC) continue;
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isalnum(c)) {
      c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
      // Latin letters that NFKD does not decompose: "Łukasiewicz" → "lukasiewicz",
      // "Straße" → "strasse", "Søren" → "soren".
      const char* ascii = nullptr;
      switch (c) {
        case 0x0142:
          ascii = "l";
          break;  // ł
        case 0x00DF:
          ascii = "ss";
          break;  // ß
        case 0x0111:
          ascii = "d";
          break;  // đ
        case 0x00F8:
          ascii = "o";
          break;  // ø
        case 0x00E6:
          ascii = "ae";
          break;  // æ
        case 0x0153:
          ascii = "oe";
          break;  // œ
        case 0x00FE:
          ascii = "th";
          break;  // þ
        case 0x0131:
          ascii = "i";
          break;  // dotless ı
        default:
          break;
      }
      if (ascii != nullptr) {
        out->append(ascii);
      } else if (c < 0x80) {
        out->push_back(static_cast<char>(c));
      } else {
        AppendUtf8(static_cast<char32_t>(c), out);
      }
    } else {
      AppendSeparator(out, start);
    }
  }
}

}  // namespace

namespace {

// What the ASCII fold does with each byte: the lower-case letter or digit it becomes, kDrop
// (periods and apostrophes vanish), kSeparator (every other ASCII byte), kNonAscii (the name goes
// through ICU).
constexpr char kDrop = 0;
constexpr char kSeparator = 1;
constexpr char kNonAscii = 2;
constexpr std::array<char, 256> kAsciiFold = [] {
  std::array<char, 256> table{};
  for (size_t c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    if (c >= 0x80) {
      table[c] = kNonAscii;
    } else if (ch == '.' || ch == '\'') {
      table[c] = kDrop;
    } else if (ch >= 'A' && ch <= 'Z') {
      table[c] = static_cast<char>(ch + ('a' - 'A'));
    } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      table[c] = ch;
    } else {
      table[c] = kSeparator;
    }
  }
  return table;
}();

}  // namespace

namespace {

// The fold of each letter U+00C0..U+024F (two UTF-8 bytes: Latin-1 letters, Latin Extended-A
// and -B) as AppendFoldedIcu() gives it alone, when that is one or two ASCII letters or digits:
// "é" → "e", "Ł" → "l", "ß" → "ss", "Æ" → "ae". Size 0 for any other ("×" is a separator, "ŋ"
// stays non-ASCII, "ŀ" decomposes to "l" and a middle dot): a name with such a letter goes
// through ICU whole. A letter folds the same alone as inside a name (NFKD only decomposes and
// the marks it yields are dropped; case folding is per code point), so names of ASCII and these
// letters ("Łódź", "São Paulo", "Île-de-France") fold without ICU, byte for byte as with it.
// Built on first use, through ICU itself.
constexpr char32_t kLatinFirst = 0xC0;
constexpr char32_t kLatinEnd = 0x250;
struct LatinFold {
  char text[2];
  uint8_t size;
};
using LatinFoldTable = std::array<LatinFold, kLatinEnd - kLatinFirst>;

const LatinFoldTable& LatinFolds() {
  static const LatinFoldTable table = [] {
    LatinFoldTable t{};
    std::string utf8;
    std::string folded;
    for (char32_t c = kLatinFirst; c < kLatinEnd; ++c) {
      utf8.clear();
      folded.clear();
      AppendUtf8(c, &utf8);
      AppendFoldedIcu(utf8, &folded, 0);
      if (folded.empty() || folded.size() > 2) continue;
      bool ascii = true;
      for (char f : folded) ascii = ascii && ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9'));
      if (!ascii) continue;
      LatinFold& entry = t[c - kLatinFirst];
      entry.size = static_cast<uint8_t>(folded.size());
      for (size_t k = 0; k < folded.size(); ++k) entry.text[k] = folded[k];
    }
    return t;
  }();
  return table;
}

}  // namespace

void AppendFoldedName(std::string_view name, std::string* out) {
  const size_t start = out->size();
  // ASCII: one pass writing into room made up front (a folded name is never longer than an ASCII
  // one, nor a two-byte letter's fold than its two bytes); the first non-ASCII byte that is no
  // letter of LatinFolds() hands the whole name to ICU instead.
  out->resize(start + name.size());
  char* const base = out->data() + start;
  char* w = base;
  const size_t size = name.size();
  for (size_t k = 0; k < size; ++k) {
    const unsigned char ch = static_cast<unsigned char>(name[k]);
    const char f = kAsciiFold[ch];
    if (f > kNonAscii) {
      *w++ = f;
    } else if (f == kSeparator) {
      if (w > base && w[-1] != ' ') *w++ = ' ';
    } else if (f == kNonAscii) {
      // A two-byte sequence of U+00C0..U+024F: lead byte 0xC3..0xC9, then a continuation byte.
      if (ch >= 0xC3 && ch <= 0xC9 && k + 1 < size) {
        const unsigned char next = static_cast<unsigned char>(name[k + 1]);
        const char32_t c = (char32_t{ch & 0x1Fu} << 6) | (next & 0x3Fu);
        if ((next & 0xC0) == 0x80 && c < kLatinEnd) {
          const LatinFold& fold = LatinFolds()[c - kLatinFirst];
          if (fold.size != 0) {
            for (size_t j = 0; j < fold.size; ++j) *w++ = fold.text[j];
            ++k;
            continue;
          }
        }
      }
      out->resize(start);
      AppendFoldedIcu(name, out, start);
      if (out->size() > start && out->back() == ' ') out->pop_back();
      return;
    }
  }
  if (w > base && w[-1] == ' ') --w;
  out->resize(start + static_cast<size_t>(w - base));
}

bool FoldsTo(std::string_view name, std::string_view folded) {
  // As the ASCII loop of AppendFoldedName(), comparing instead of writing: a separator becomes
  // the space written before the next letter or digit, when one was written before it.
  size_t matched = 0;  // bytes of `folded` the fold so far has matched
  bool separator = false;
  for (const char ch : name) {
    const char f = kAsciiFold[static_cast<unsigned char>(ch)];
    if (f > kNonAscii) {
      if (separator && matched > 0) {
        if (matched == folded.size() || folded[matched] != ' ') return false;
        ++matched;
      }
      separator = false;
      if (matched == folded.size() || folded[matched] != f) return false;
      ++matched;
    } else if (f == kSeparator) {
      separator = true;
    } else if (f == kNonAscii) {
      return FoldName(name) == folded;
    }
  }
  return matched == folded.size();
}

std::string FoldNameWithIcu(std::string_view name) {
  std::string out;
  AppendFoldedIcu(name, &out, 0);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  AppendFoldedName(name, &out);
  return out;
}

namespace {

// Whether the `size` bytes at `a` and `b` are equal, read eight (or four) at a time with loads
// that overlap at the end: no library call for the short words of names.
bool SameBytes(const char* a, const char* b, size_t size) {
  if (size >= 8) {
    for (size_t k = 0; k + 8 <= size; k += 8) {
      uint64_t x;
      uint64_t y;
      std::memcpy(&x, a + k, 8);
      std::memcpy(&y, b + k, 8);
      if (x != y) return false;
    }
    uint64_t x;
    uint64_t y;
    std::memcpy(&x, a + size - 8, 8);
    std::memcpy(&y, b + size - 8, 8);
    return x == y;
  }
  if (size >= 4) {
    uint32_t x0;
    uint32_t y0;
    uint32_t x1;
    uint32_t y1;
    std::memcpy(&x0, a, 4);
    std::memcpy(&y0, b, 4);
    std::memcpy(&x1, a + size - 4, 4);
    std::memcpy(&y1, b + size - 4, 4);
    return x0 == y0 && x1 == y1;
  }
  for (size_t k = 0; k < size; ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

// NormalizeNameWord() after the whole-word variant lookup.
std::string NormalizeSpelling(std::string_view word) {
  // A Roman numeral stays as it is: "John Paul II" is not "John Paul I".
  // (A byte loop: find_first_not_of() calls memchr() for every byte.)
  bool roman = !word.empty();
  for (size_t k = 0; roman && k < word.size(); ++k) {
    roman = word[k] == 'i' || word[k] == 'v' || word[k] == 'x';
  }
  if (roman) return std::string(word);
  // Doubled letters single: "zelenskyy" → "zelensky", "gaddafi" → "gadafi". Then "dh" → "d":
  // "qadhafi" → "qadafi" (rejects nothing common in English names); each "h" right after a
  // kept "d" goes, left to right. One pass over room made up front.
  std::string out(word.size(), '\0');
  char* const base = out.data();
  char* w = base;    // end of the deduplicated letters
  char* d = base;    // end of the letters kept after the "dh" rule (d <= w)
  char last = '\0';  // the last deduplicated letter (before the "dh" rule)
  for (char c : word) {
    if (w > base && last == c && c >= 'a' && c <= 'z') continue;
    last = c;
    ++w;
    if (c == 'h' && d > base && d[-1] == 'd') continue;
    *d++ = c;
  }
  out.resize(static_cast<size_t>(d - base));
  auto is_consonant = [](char c) {
    return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' &&
           c != 'y';
  };
  // Final vowel endings of Slavic transliterations: "zelenskiy" → "zelensky", "sergei" →
  // "sergey", "yuri" → "yury", "oleksii" (→ "oleksi") → "oleksy". Short words stay: "xi", "li".
  if (out.size() >= 4) {
    if (out.ends_with("iy")) {
      out.erase(out.size() - 2, 1);
    } else if (out.ends_with("ei")) {
      out.back() = 'y';
    } else if (out.back() == 'i' && is_consonant(out[out.size() - 2])) {
      out.back() = 'y';
    }
  }
  return out;
}

}  // namespace

std::string NormalizeNameWord(std::string_view folded_word, const Lexicon* variants) {
  std::string_view word = folded_word;
  if (variants != nullptr) {
    if (const LexiconEntry* entry = variants->Find(word);
        entry != nullptr && !entry->fields.empty())
      word = entry->fields[0];
  }
  return NormalizeSpelling(word);
}

const std::string& EntityKeyer::NormalizeWordRef(std::string_view folded_word) const {
  // Names recur within an article and across a corpus ("reagan", "texaco"), and resolution
  // normalizes each word several times (name words, keys, surnames): a per-thread direct-mapped
  // memo of recent answers, tagged with the keyer's id_, answers most calls with one hash and
  // one compare.
  struct Memo {
    uint64_t keyer = 0;  // id_ of the keyer that computed it; 0: empty
    std::string word;
    std::string normalized;
  };
  constexpr size_t kMemoSize = 4096;
  thread_local std::array<Memo, kMemoSize> memo;
  const uint64_t hash = internal::FlatStringMap<std::string>::Hash(folded_word);
  Memo& slot = memo[hash & (kMemoSize - 1)];
  // Sizes first, then the bytes inline: string == string_view is an out-of-line compare() here,
  // and memcmp() of a variable size a library call.
  if (slot.keyer == id_ && slot.word.size() == folded_word.size() &&
      SameBytes(slot.word.data(), folded_word.data(), folded_word.size())) {
    return slot.normalized;
  }
  std::string_view word = folded_word;
  if (const std::string* variant = variants_->FindHashed(word, hash); variant != nullptr)
    word = *variant;
  slot.keyer = id_;
  slot.word.assign(folded_word);
  slot.normalized = NormalizeSpelling(word);
  return slot.normalized;
}

Result<EntityKeyer> EntityKeyer::Create(std::string_view data_dir,
                                        std::shared_ptr<const Gazetteer> gazetteer,
                                        std::shared_ptr<const AliasTable> aliases) {
  static std::atomic<uint64_t> next_id{1};
  EntityKeyer keyer;
  keyer.id_ = next_id.fetch_add(1, std::memory_order_relaxed);
  keyer.gazetteer_ = std::move(gazetteer);
  keyer.aliases_ = std::move(aliases);
  Result<Lexicon> variants = Lexicon::Load("name_variants.txt", data_dir);
  if (!variants.ok()) return variants.status();
  keyer.name_variants_ = std::make_shared<const Lexicon>(std::move(variants).value());
  Result<Lexicon> honorifics = Lexicon::Load("honorifics.txt", data_dir);
  if (!honorifics.ok()) return honorifics.status();
  Lexicon folded_honorifics;
  {
    std::string content;
    for (const LexiconEntry& entry : honorifics.value().entries()) {
      content += FoldName(entry.key);
      content += '\n';
    }
    Result<Lexicon> parsed = Lexicon::Parse("honorifics.txt", content);
    if (!parsed.ok()) return parsed.status();
    folded_honorifics = std::move(parsed).value();
  }
  auto honorific_set = std::make_shared<internal::FlatStringMap<uint8_t>>();
  for (const LexiconEntry& entry : folded_honorifics.entries()) (*honorific_set)[entry.key] = 1;
  keyer.honorific_set_ = std::move(honorific_set);
  auto variant_map = std::make_shared<internal::FlatStringMap<std::string>>();
  for (const LexiconEntry& entry : keyer.name_variants_->entries()) {
    if (entry.fields.empty() || variant_map->Find(entry.key) != nullptr) continue;
    (*variant_map)[entry.key] = entry.fields[0];
  }
  keyer.variants_ = std::move(variant_map);
  keyer.honorifics_ = std::make_shared<const Lexicon>(std::move(folded_honorifics));
  Result<Lexicon> legal_forms = Lexicon::Load("legal_forms.txt", data_dir);
  if (!legal_forms.ok()) return legal_forms.status();
  auto legal_form_set = std::make_shared<internal::FlatStringMap<uint8_t>>();
  for (const LexiconEntry& entry : legal_forms.value().entries()) {
    (*legal_form_set)[FoldName(entry.key)] = 1;
  }
  keyer.legal_forms_ = std::move(legal_form_set);
  Result<Lexicon> known = Lexicon::Load("known_entities.txt", data_dir);
  if (!known.ok()) return known.status();
  auto canonical = std::make_shared<internal::FlatStringMap<std::string>>();
  for (const LexiconEntry& entry : known.value().entries()) {
    const std::string& target =
        entry.fields.size() >= 2 && entry.fields[1] != "-" ? entry.fields[1] : entry.key;
    const std::string folded = FoldName(entry.key);
    if (canonical->Find(folded) != nullptr) continue;  // the first entry wins
    (*canonical)[folded] = FoldName(target);
  }
  keyer.canonical_ = std::move(canonical);
  return keyer;
}

std::string EntityKeyer::Key(std::string_view name, EntityKind kind) const {
  // Folded into a per-thread buffer that keeps its capacity (FoldName() allocated for every name
  // longer than the short-string buffer: most full names). KeyFolded() folds nothing through it.
  thread_local std::string folded;
  folded.clear();
  AppendFoldedName(name, &folded);
  return KeyFolded(folded, kind);
}

std::string_view EntityKeyer::WithoutLegalForm(std::string_view folded) const {
  std::string_view base = folded;
  for (;;) {
    const size_t space = base.rfind(' ');
    if (space == std::string_view::npos) return base;
    const std::string_view last = base.substr(space + 1);
    std::string_view rest = base.substr(0, space);
    if (legal_forms_->Find(last) == nullptr) return base;
    // "merrill lynch and co": the "and" goes with the form; a word must remain.
    for (std::string_view joiner : {" and", " &"}) {
      if (rest.ends_with(joiner) && rest.size() > joiner.size()) {
        rest.remove_suffix(joiner.size());
        break;
      }
    }
    if (rest.empty() || rest == "and" || rest == "&") return base;
    base = rest;
  }
}

std::string EntityKeyer::KeyFolded(std::string_view folded_name, EntityKind kind) const {
  std::string_view folded = folded_name;
  if (folded.starts_with("the ")) folded.remove_prefix(4);
  if (folded.empty()) return std::string();
  std::string canonical_buffer;
  if (aliases_ != nullptr) {
    if (const AliasEntry* entry = aliases_->Find(folded); entry != nullptr) {
      if (entry->forbidden_key(folded)) return std::string("=").append(folded);
      canonical_buffer = FoldName(entry->canonical);
      folded = canonical_buffer;
      if (entry->kind) kind = *entry->kind;
    }
  }
  switch (kind) {
    case EntityKind::kCountry:
      if (const GazetteerPlace* country = gazetteer_->FindCountry(folded); country != nullptr) {
        return FoldName(country->iso_code);
      }
      return std::string(folded);
    case EntityKind::kOrganization:
    case EntityKind::kPlace:
    case EntityKind::kGroup: {
      if (const std::string* canonical = canonical_->Find(folded); canonical != nullptr) {
        return *canonical;
      }
      if (kind == EntityKind::kOrganization) {
        // "General Motors Corp", "Merrill Lynch and Co Inc": the company without its form.
        const std::string_view base = WithoutLegalForm(folded);
        if (base.size() != folded.size()) {
          if (const std::string* canonical = canonical_->Find(base); canonical != nullptr) {
            return *canonical;
          }
          return std::string(base);
        }
      }
      if (kind == EntityKind::kPlace) {
        if (const std::string* v = variants_->Find(folded); v != nullptr) return *v;
      }
      return std::string(folded);
    }
    case EntityKind::kPerson:
      break;
  }
  std::string key;
  key.reserve(folded.size());
  bool first = true;
  size_t pos = 0;
  while (pos < folded.size()) {
    size_t space = folded.find(' ', pos);
    if (space == std::string_view::npos) space = folded.size();
    std::string_view word = folded.substr(pos, space - pos);
    pos = space + 1;
    // "mr putin" → "putin"; only leading honorifics, so "Sir" inside a name stays.
    if (first && key.empty() && pos < folded.size() && honorific_set_->Find(word) != nullptr)
      continue;
    first = false;
    // Arabic articles are written or left out at will: "Muammar al-Qaddafi" = "Muammar
    // Qaddafi", "Bashar al-Assad" = "Bashar Assad". A final "Al" stays (a given name).
    if ((word == "al" || word == "el") && pos < folded.size()) continue;
    if (!key.empty()) key.push_back(' ');
    key += NormalizeWordRef(word);
  }
  return key;
}

std::string EntityKey(std::string_view name, EntityKind kind) {
  static const std::unique_ptr<const EntityKeyer> kDefaultKeyer =
      []() -> std::unique_ptr<EntityKeyer> {
    Result<std::shared_ptr<const Gazetteer>> gazetteer =
        Gazetteer::Create("", Gazetteer::Options{.cities = false});
    if (!gazetteer.ok()) return nullptr;
    Result<EntityKeyer> created = EntityKeyer::Create("", std::move(gazetteer).value(), nullptr);
    if (!created.ok()) return nullptr;
    return std::make_unique<EntityKeyer>(std::move(created).value());
  }();
  if (kDefaultKeyer == nullptr) return FoldName(name);
  return kDefaultKeyer->Key(name, kind);
}

}  // namespace eventgraph
