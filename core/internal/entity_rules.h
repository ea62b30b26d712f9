// SPDX-License-Identifier: Apache-2.0
// EntityRules: the recognizer's immutable tables (gazetteer, keyer and lexicons folded into one
// phrase table), and Candidate, a typed mention before resolution. Private to core/.
#ifndef EVENTGRAPH_CORE_INTERNAL_ENTITY_RULES_H_
#define EVENTGRAPH_CORE_INTERNAL_ENTITY_RULES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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
};

/// Everything the tables say about one folded phrase ("united states", "foreign minister").
struct PhraseInfo {
  uint32_t flags = 0;
  TitleClass title = TitleClass::kNone;
  const GazetteerPlace* country = nullptr;
  const GazetteerPlace* region = nullptr;
  bool city = false;             // Gazetteer::FindCities() has readings
  uint32_t city_population = 0;  // of its most populous reading
  std::string demonym;           // alpha-2 or "-" when a demonym
  bool known = false;            // known_entities.txt
  EntityKind known_kind = EntityKind::kOrganization;
  std::string known_canonical;  // display canonical ("International Criminal Court") or ""
  std::string known_country;    // alpha-2 it stands for ("Kremlin" → RU) or ""
};

/// The tables, built once by EntityRecognizer::Create() and shared read-only.
struct EntityRules {
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const EntityKeyer> keyer;
  FlatStringMap<PhraseInfo> phrases;  // folded phrase → info (everything)
  /// The lexicon phrases only (titles, cues, function words ...), without the ~40k gazetteer
  /// names: lower-case tokens are looked up here, a small table that stays in cache.
  FlatStringMap<PhraseInfo> lexicon_phrases;
  size_t max_phrase_words = 1;
  /// A Bloom-style bit set over LowerWordHash() of every single word in lexicon_phrases: a plain
  /// lower-case token whose bit is clear is in no lexicon, so the recognizer skips folding and
  /// looking it up (most tokens of running text).
  std::vector<uint64_t> lower_word_bits = std::vector<uint64_t>(kLowerWordBits / 64, 0);
  static constexpr size_t kLowerWordBits = 1 << 16;

  /// FNV-1a over the bytes of a folded (lower-case ASCII) word, reduced to kLowerWordBits.
  static size_t LowerWordHash(std::string_view word) {
    uint64_t h = 1469598103934665603ull;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<size_t>((h ^ (h >> 29)) & (kLowerWordBits - 1));
  }
  bool MaybeLexiconWord(size_t hash) const {
    return (lower_word_bits[hash >> 6] >> (hash & 63)) & 1;
  }

  /// Info for a folded phrase, or nullptr. `lexicon_only` searches lexicon_phrases.
  const PhraseInfo* Find(std::string_view folded, bool lexicon_only = false) const {
    return (lexicon_only ? lexicon_phrases : phrases).Find(folded);
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
  std::string rule;
  std::string folded;      // folded name ("vladimir putin")
  std::string title;       // surface title, "US President"; "" when none
  std::string title_role;  // folded role word(s) ("president", "foreign minister")
  TitleClass title_class = TitleClass::kNone;
  std::string affiliation;  // alpha-2 from the title ("US")
  const GazetteerPlace* place = nullptr;
  std::string canonical;   // known entity display canonical
  std::string place_hint;  // folded region/country named after a city ("idaho")
};

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_ENTITY_RULES_H_
