// SPDX-License-Identifier: Apache-2.0
// Name folding and cross-document entity keys: "Zelenskyy" and "Zelensky" share the key
// "volodymyr zelensky"; "U.S." and "America" share "us".
#ifndef EVENTGRAPH_CORE_NAME_KEY_H_
#define EVENTGRAPH_CORE_NAME_KEY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/entity.h"
#include "core/internal/flat_string_map.h"
#include "core/lexicon.h"
#include "core/status.h"

namespace eventgraph {

class AliasTable;
class Gazetteer;

/// Folds a name for comparison: Unicode case folding and diacritics removed (ICU, NFKD), periods
/// and apostrophes dropped, every other run of non-alphanumerics one space, trimmed.
/// "U.S." → "us", "Raúl" → "raul", "Elmendorf-Richardson" → "elmendorf richardson",
/// "O’Brien" → "obrien". ASCII input, and names whose other letters are of U+00C0..U+024F
/// ("Łódź"), take a fast path without ICU; the result is the same.
std::string FoldName(std::string_view name);

/// FoldName() with every non-ASCII name through ICU, never the fast paths: the reference they
/// must match (tests). Slow.
std::string FoldNameWithIcu(std::string_view name);

/// As FoldName(), appending to `out` (which keeps its capacity: no allocation once warm).
void AppendFoldedName(std::string_view name, std::string* out);

/// FoldName(name) == folded, without building the fold of an ASCII name: its bytes are folded
/// and compared one by one, and the first that differs answers ("Oregon" vs "idaho": one byte).
/// Other names are folded whole.
bool FoldsTo(std::string_view name, std::string_view folded);

/// The spelling-normal form of one folded word of a person's name, so transliteration variants
/// meet: doubled letters single, "dh" → "d", final "iy"/"ei"/"i" → "y" (after a consonant, for
/// words of 4+ letters). "zelenskiy"/"zelenskyy" → "zelensky", "sergei" → "sergey", "yuri" →
/// "yury". `variants` (name_variants.txt, may be null) maps whole words first ("qadhafi" →
/// "gaddafi").
std::string NormalizeNameWord(std::string_view folded_word, const Lexicon* variants);

/// Computes Entity::key, the cross-document merge key, from a name and kind. The graph merges
/// two entities when kind and key are equal. Rules, in order:
///  1. the user alias table (if any): an alias takes its canonical name's key (and so merges);
///     a name listed as forbidden gets an exact key "=<folded>" that nothing else can produce;
///  2. country: the ISO 3166-1 alpha-2 code in lower case ("America", "U.S.", "United States"
///     → "us"; "Russian Federation", "Russia" → "ru"), else the folded name;
///  3. organization: the canonical name from known_entities.txt ("ICC" → "international criminal
///     court", "Nato" → "nato"), else the folded name without a leading "the";
///  4. person: honorifics and inner Arabic articles dropped ("Mr Putin" → "putin", "Muammar
///     al-Qaddafi" → "muamar gadafy"), each word NormalizeNameWord()-ed;
///     generational suffixes stay ("donald trump jr" ≠ "donald trump");
///  5. place, group: the folded name without a leading "the" ("kyiv"; "kiev" → "kyiv").
/// A one-word person key ("putin") is what a document that never gives the full name yields;
/// the graph may attach it to the one full-name key ending in the same word.
/// Immutable after Create(); thread-safe. Movable and copyable (shares its tables).
class EntityKeyer {
 public:
  /// Loads name_variants.txt, known_entities.txt and honorifics.txt from `data_dir` (empty:
  /// compiled in). `gazetteer` must not be null; `aliases` may be.
  static Result<EntityKeyer> Create(std::string_view data_dir,
                                    std::shared_ptr<const Gazetteer> gazetteer,
                                    std::shared_ptr<const AliasTable> aliases);

  /// The key for `name` of `kind`; "" for a name with no letters or digits.
  std::string Key(std::string_view name, EntityKind kind) const;

  /// The key of a name already folded with FoldName().
  std::string KeyFolded(std::string_view folded, EntityKind kind) const;

  /// A folded organization name without the legal-form words at its end (legal_forms.txt):
  /// "general motors corp" → "general motors", "merrill lynch and co inc" → "merrill lynch".
  /// One word always remains ("co inc" → "co inc"). A view into `folded`.
  std::string_view WithoutLegalForm(std::string_view folded) const;

  /// Whether the folded word is a legal form of a company ("co", "inc", "ltd").
  bool IsLegalForm(std::string_view folded_word) const {
    return legal_forms_->Find(folded_word) != nullptr;
  }

  /// NormalizeNameWord(folded_word, &name_variants()), through a faster table.
  std::string NormalizeWord(std::string_view folded_word) const {
    return NormalizeWordRef(folded_word);
  }

  /// NormalizeWord() without a string of its own: a reference into this thread's memo of recent
  /// answers, valid until the next NormalizeWord() or NormalizeWordRef() on this thread (copy it
  /// or append it before that).
  const std::string& NormalizeWordRef(std::string_view folded_word) const;

  const Lexicon& name_variants() const { return *name_variants_; }
  const AliasTable* aliases() const { return aliases_.get(); }

 private:
  EntityKeyer() = default;
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const AliasTable> aliases_;
  std::shared_ptr<const Lexicon> name_variants_;
  std::shared_ptr<const Lexicon> honorifics_;
  // folded known name → folded canonical name (known_entities.txt).
  std::shared_ptr<const internal::FlatStringMap<std::string>> canonical_;
  // name_variants.txt word → its variant (entries with one), and the folded honorifics: the
  // lexicons as flat tables, for the per-mention lookups.
  std::shared_ptr<const internal::FlatStringMap<std::string>> variants_;
  std::shared_ptr<const internal::FlatStringMap<uint8_t>> honorific_set_;
  std::shared_ptr<const internal::FlatStringMap<uint8_t>> legal_forms_;  // legal_forms.txt
  /// Tells apart the keyers that Create() made (copies share it): NormalizeWord() remembers
  /// recent answers per thread under it.
  uint64_t id_ = 0;
};

/// EntityKeyer::Key() with the compiled-in tables and no alias table (built once, on first use,
/// into an immutable function-local object). For callers without a recognizer at hand, such as
/// graph/ merging entities read from JSON.
std::string EntityKey(std::string_view name, EntityKind kind);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_NAME_KEY_H_
