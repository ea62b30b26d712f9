// SPDX-License-Identifier: Apache-2.0
// EntityRules: the recognizer's immutable tables (gazetteer, keyer and lexicons folded into one
// phrase table), and Candidate, a typed mention before resolution. Private to core/.
#ifndef EVENTGRAPH_CORE_INTERNAL_ENTITY_RULES_H_
#define EVENTGRAPH_CORE_INTERNAL_ENTITY_RULES_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/entity.h"
#include "core/gazetteer.h"
#include "core/internal/flat_string_map.h"
#include "core/lexicon.h"
#include "core/name_key.h"
#include "core/status.h"

namespace eventgraph::internal {

/// Title classes (titles.txt). Keep in sync with the class column there.
enum class TitleClass : uint8_t { kNone, kHead, kGeneric, kRole, kModifier };

/// Organization cue positions (organization_cues.txt).
enum PhraseFlag : uint32_t {
  kPhraseHonorific = 1u << 0,
  kPhraseOrgCueFinal = 1u << 1,
  kPhraseOrgCueInitial = 1u << 2,
  kPhraseFacilityCue = 1u << 3,
  kPhraseGroupNoun = 1u << 4,
  kPhraseNonEntity = 1u << 5,
  kPhraseCueVerb = 1u << 6,
  kPhrasePlaceNoun = 1u << 7,
  kPhraseSentenceStarter = 1u << 8,
  kPhraseFunctionWord = 1u << 9,
  kPhraseMultiwordHead = 1u << 10,  // a longer phrase starts with this one ("new" of "new york")
  kPhraseOrgNoun = 1u << 11,        // organization_nouns.txt: "news agency", "group"
  kPhraseOfHead = 1u << 12,         // of_heads.txt: "officials" of "Officials of the EC"
};

/// What a phrase is, as bits, so the recognizer can ask "could a phrase of this sort start
/// here?" before it builds and looks up longer phrases. PhraseInfo::reach holds the bits of the
/// phrase and of every longer phrase that starts with it: "united" reaches kReachCountry through
/// "united states"; "said" reaches nothing, so no title or affiliation search starts there.
enum PhraseReach : uint32_t {
  kReachCountry = 1u << 0,       // PhraseInfo::country
  kReachDemonym = 1u << 1,       // any demonym, "-" included ("european")
  kReachRealDemonym = 1u << 2,   // a demonym of one country ("russian")
  kReachKnown = 1u << 3,         // known_entities.txt
  kReachKnownCountry = 1u << 4,  // a known entity standing for a country ("kremlin")
  kReachTitle = 1u << 5,         // titles.txt
  kReachNonEntity = 1u << 6,     // non_entities.txt
  kReachRegion = 1u << 7,        // a first-level region
  kReachCity = 1u << 8,          // a geonames city
  kReachAny = 0xffffffffu,
};

/// Everything the tables say about one folded phrase ("united states", "foreign minister").
struct PhraseInfo {
  uint32_t flags = 0;
  TitleClass title = TitleClass::kNone;
  std::string title_role;  // a title's folded phrase itself ("foreign minister"), else ""
  const GazetteerPlace* country = nullptr;
  const GazetteerPlace* region = nullptr;
  bool city = false;             // Gazetteer::FindCities() has readings
  uint32_t city_population = 0;  // of its most populous reading
  std::string demonym;           // alpha-2 or "-" when a demonym
  uint32_t reach = 0;            // PhraseReach bits of this phrase and its continuations
  std::span<const GazetteerPlace* const> cities;  // Gazetteer::FindCities(), most populous first
  bool known = false;                             // known_entities.txt
  EntityKind known_kind = EntityKind::kOrganization;
  std::string known_canonical;         // display canonical ("International Criminal Court") or ""
  std::string known_canonical_folded;  // FoldName(known_canonical), computed once
  std::string known_country;           // alpha-2 it stands for ("Kremlin" → RU) or ""
  std::string capital_of;              // capitals.txt: alpha-2 of the country it governs, or ""
  int32_t capital_until = 0;           // capitals.txt: up to this year (of the DCT) ...
  std::string capital_until_of;        // ... it governed this country instead ("SUHH"), or ""
};

/// The tables, built once by EntityRecognizer::Create() and shared read-only.
struct EntityRules {
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const EntityKeyer> keyer;
  FlatStringMap<PhraseInfo> phrases;  // folded phrase → info (everything)
  /// The lexicon phrases only (titles, cues, function words ...), without the ~40k gazetteer
  /// names: lower-case tokens are looked up here, a small table that stays in cache.
  FlatStringMap<PhraseInfo> lexicon_phrases;
  /// Entity::parent of each city reading: its folded region when that is a known region, else
  /// its folded country.
  std::unordered_map<const GazetteerPlace*, std::string> city_parents;
  size_t max_phrase_words = 1;
  /// Words that start a person's name, folded → kFirstNameGiven | kFirstNameFamily bits (one flat
  /// table: one probe answers both). Given names (given_names.txt): "lisa", "kiichi"; a multi-word
  /// name with no other person evidence is a person only when it starts with one of these or a
  /// family name. Family names written before the given name (family_names_first.txt), each
  /// folded and as EntityKeyer::NormalizeWord() gives it: "xi", "kim", "nguyen".
  FlatStringMap<uint8_t> first_names;
  /// Words that name the field of an institution (institution_domains.txt), folded:
  /// "securities", "food", "trade". A name goes on through "and" after one of them.
  FlatStringMap<uint8_t> domain_words;
  /// Words of a name that every country's institution has (generic_institution_words.txt),
  /// folded: "ministry", "central", "court", and the domain_words besides, in one table: a name of
  /// these words alone ("Finance Ministry") is keyed with its country (entity_recognizer.cc).
  FlatStringMap<uint8_t> institution_words;
  /// Row and heading words of results tables (table_labels.txt), folded: "shr", "mths", "net",
  /// "cts". Only asked about the label of a line that reads as a table row, or a heading line
  /// before one (entity_recognizer.cc): "Net" alone elsewhere may still start a name. The value is
  /// the word's part: kTableLabel ("shr"), kTableNumber ("five"), kTableUnit ("cts").
  FlatStringMap<uint8_t> table_labels;
  /// Bloom-style bits (kTableBitsLog2) over the Hash() of every table_labels key: a plain
  /// lower-case word whose bit is clear ("said", "company") is no table word, without a probe.
  std::vector<uint64_t> table_bits = std::vector<uint64_t>((size_t{1} << kTableBitsLog2) / 64, 0);
  static constexpr int kTableBitsLog2 = 12;  // 512 bytes for ~70 words
  /// False when no table_labels key has this Hash().
  bool MaybeTableWord(uint64_t hash) const { return TestBit(table_bits, kTableBitsLog2, hash); }
  static constexpr uint8_t kTableLabel = 1;
  static constexpr uint8_t kTableNumber = 2;
  static constexpr uint8_t kTableUnit = 3;
  static constexpr uint8_t kFirstNameGiven = 1;
  static constexpr uint8_t kFirstNameFamily = 2;
  /// A head of state or government from known_leaders.txt: "Ronald Reagan", US, 1981-1989.
  struct Leader {
    std::string name;     // the full name
    std::string country;  // alpha-2, or "SU", "UN", "EU"
    int32_t from = 0;     // first and last year in office
    int32_t to = 0;
    std::vector<std::string> roles;  // title words: "president", "prime minister"
  };
  std::vector<Leader> leaders;
  /// The name used alone, folded and normalized ("reagan", "zelensky") → indexes of `leaders`.
  std::unordered_map<std::string, std::vector<size_t>> leaders_by_name;
  /// Names of `leaders_by_name` that stand alone for the holder in office
  /// (leaders_named_alone.txt): "putin", "erdogan". A flat table (the value is 1): the scanner
  /// asks it of every lone capitalized word.
  FlatStringMap<uint8_t> leaders_named_alone;
  /// Bits by the first two bytes (first << 8 | second) of each leaders_named_alone name and of
  /// each name_variants.txt word that normalizes to one ("qadhafi" → "gaddafi"): a word outside
  /// them normalizes to no such name, as EntityKeyer::NormalizeWord() keeps the first two bytes of
  /// a word without a variant unless they are doubled ("aaron") or "dh" ("dhaka").
  std::vector<uint64_t> named_alone_starts = std::vector<uint64_t>((size_t{1} << 16) / 64, 0);
  /// False when EntityKeyer::NormalizeWord(`folded`) is no leaders_named_alone name, known
  /// without normalizing the word; true when it may be one.
  bool MaybeNamedAlone(std::string_view folded) const {
    if (folded.size() < 2 || folded[0] == folded[1] || (folded[0] == 'd' && folded[1] == 'h')) {
      return true;
    }
    const size_t start = static_cast<size_t>(static_cast<unsigned char>(folded[0])) << 8 |
                         static_cast<unsigned char>(folded[1]);
    return ((named_alone_starts[start >> 6] >> (start & 63)) & 1) != 0;
  }
  /// The one leader that `name` (as leaders_by_name keys it) names in office in `year`, whose
  /// title words occur in `folded_title` when that is not empty; nullptr when none or several
  /// ("reagan", 1987, "president": Ronald Reagan; "kim", 1998: two holders).
  const Leader* LeaderInOffice(const std::string& name, int32_t year,
                               std::string_view folded_title) const;
  /// Bloom-style bit sets over the high bits of FlatStringMap::Hash(): `lexicon_bits` of every
  /// key of lexicon_phrases, `phrase_bits` of every key of phrases. A token whose bit is clear
  /// is in no table, so the recognizer skips looking it up (most tokens of running text).
  std::vector<uint64_t> lexicon_bits = std::vector<uint64_t>(kLexiconBits / 64, 0);
  std::vector<uint64_t> phrase_bits = std::vector<uint64_t>(kPhraseBits / 64, 0);
  /// `title_start_bits`: of the lexicon_phrases keys that reach a title or an affiliation
  /// (kReachTitle, kReachCountry, kReachRealDemonym, kReachKnownCountry): "president", "foreign".
  std::vector<uint64_t> title_start_bits = std::vector<uint64_t>(kLexiconBits / 64, 0);
  /// `scan_start_bits`: title_start_bits and the words the scan stops at besides: the pronouns
  /// after a quote ("he", "she") and the determiners of a title reference ("the", "his"). A plain
  /// lower-case word whose bit is clear starts nothing the scan looks for ("said").
  std::vector<uint64_t> scan_start_bits = std::vector<uint64_t>(kLexiconBits / 64, 0);
  static constexpr int kLexiconBitsLog2 = 16;  // 8 KB: stays in L1
  static constexpr int kPhraseBitsLog2 = 20;   // 128 KB for ~60k phrases: stays in L2
  static constexpr size_t kLexiconBits = size_t{1} << kLexiconBitsLog2;
  static constexpr size_t kPhraseBits = size_t{1} << kPhraseBitsLog2;

  static uint64_t Hash(std::string_view folded) { return FlatStringMap<PhraseInfo>::Hash(folded); }
  static void SetBit(std::vector<uint64_t>* bits, int log2, uint64_t hash) {
    const uint64_t bit = hash >> (64 - log2);
    (*bits)[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  static bool TestBit(const std::vector<uint64_t>& bits, int log2, uint64_t hash) {
    return TestBit(bits.data(), log2, hash);
  }
  /// TestBit() of the bits at `bits` (a vector's data(), for loops that keep it in a register).
  static bool TestBit(const uint64_t* bits, int log2, uint64_t hash) {
    const uint64_t bit = hash >> (64 - log2);
    return ((bits[bit >> 6] >> (bit & 63)) & 1) != 0;
  }
  /// `org_noun_start_bits`: of the first word of each organization noun
  /// (organization_nouns.txt): "news" of "news agency", "group". A plain lower-case word whose bit
  /// is clear ("said") starts none.
  std::vector<uint64_t> org_noun_start_bits = std::vector<uint64_t>(kLexiconBits / 64, 0);
  /// False when no organization noun starts with a word of this Hash().
  bool MaybeOrgNounStart(uint64_t hash) const {
    return TestBit(org_noun_start_bits, kLexiconBitsLog2, hash);
  }
  /// False when no lexicon phrase that reaches a title or an affiliation has this Hash().
  bool MaybeTitleStart(uint64_t hash) const {
    return TestBit(title_start_bits, kLexiconBitsLog2, hash);
  }
  /// False when `hash` is no title start, pronoun or determiner (scan_start_bits).
  bool MaybeScanStart(uint64_t hash) const {
    return TestBit(scan_start_bits, kLexiconBitsLog2, hash);
  }
  /// Info for a folded phrase whose Hash() is `hash`, or nullptr; the Bloom bits answer most
  /// misses without touching the table.
  const PhraseInfo* FindHashed(std::string_view folded, uint64_t hash, bool lexicon_only) const {
    if (lexicon_only) {
      if (!TestBit(lexicon_bits, kLexiconBitsLog2, hash)) return nullptr;
      return lexicon_phrases.FindHashed(folded, hash);
    }
    if (!TestBit(phrase_bits, kPhraseBitsLog2, hash)) return nullptr;
    return phrases.FindHashed(folded, hash);
  }

  /// Info for a folded phrase, or nullptr. `lexicon_only` searches lexicon_phrases.
  const PhraseInfo* Find(std::string_view folded, bool lexicon_only = false) const {
    return FindHashed(folded, Hash(folded), lexicon_only);
  }

  static Result<std::shared_ptr<const EntityRules>> Create(
      std::string_view data_dir, std::shared_ptr<const EntityKeyer> keyer,
      std::shared_ptr<const Gazetteer> gazetteer);
};

/// A typed mention before resolution (entity_recognizer.cc → entity_resolver.cc).
struct Candidate {
  uint32_t token_begin = 0;  // the name itself: [token_begin, token_end)
  uint32_t token_end = 0;
  uint32_t prefix_begin = 0;  // first token of honorific/title written before it ("Mr", "US")
  uint32_t sentence = 0;
  EntityKind kind = EntityKind::kPerson;
  MentionForm form = MentionForm::kName;
  bool author = false;
  /// A lone capitalized word typed only by weak evidence; the resolver first tries the
  /// document's persons ("Rubio" after "Marco Rubio"), then `kind` when `fallback` is true.
  bool soft = false;
  bool fallback = false;
  /// The rule id: a view of a string literal (its size known, so that the Mention's string is
  /// built without a strlen()).
  std::string_view rule;
  /// Folded name ("vladimir putin"): a view into the scanner's per-thread buffers (the folded
  /// token of a one-token name, or the joined words of a longer one), valid until the next
  /// document is scanned on this thread; built once per name, not copied per candidate.
  std::string_view folded;
  uint32_t joined_offset = 0;  // scanner only: where a multi-token `folded` starts in its buffer
  std::string title;           // surface title, "US President"; "" when none
  /// Folded role word(s) ("president", "foreign minister") and the alpha-2 from the title
  /// ("US"), "" when none: views into the rules (PhraseInfo::title_role, the gazetteer's codes),
  /// valid while the EntityRules live.
  std::string_view title_role;
  TitleClass title_class = TitleClass::kNone;
  std::string_view affiliation;
  const GazetteerPlace* place = nullptr;
  /// Gazetteer::FindCities(folded) when `cities_known` (the scanner had the phrase's info at
  /// hand), so the resolver need not look the name up again.
  std::span<const GazetteerPlace* const> cities;
  bool cities_known = false;
  /// A known entity's display canonical and its FoldName(), "" when none: views into the
  /// rules' PhraseInfo (valid while the EntityRules live), not copied per candidate.
  std::string_view canonical;
  std::string_view canonical_folded;
  std::string place_hint;  // folded region/country named after a city ("idaho")
};

/// Entity::parent of a city reading: its folded region when `gazetteer` knows that region and
/// the name does not stand for a large city instead ("alaska" for Anchorage), else its folded
/// country ("jp" for Tokyo, whose region is Tokyo too; "us" for Buffalo, whose "New York" is
/// the city).
std::string CityParentKey(const Gazetteer& gazetteer, const GazetteerPlace& city);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_ENTITY_RULES_H_
