// SPDX-License-Identifier: Apache-2.0
// Within-document resolution, in passes so that later short forms find the full names first:
//  1. persons named with two or more words: same normalized words, or same first and last word
//     with the same generational suffix ("Vladimir Vladimirovich Putin" = "Vladimir Putin";
//     "Donald Trump Jr." ≠ "Donald Trump");
//  2. one-word persons backed by a title or honorific ("President Putin", "Mr Trump"): the
//     person whose last name it is; with two candidates ("Raúl Castro", "Fidel Castro") the one
//     mentioned most, noted as a diagnostic;
//  3. countries by ISO code, places, organizations and groups by key;
//  4. organization acronyms to the organization whose initials they spell ("ICC" →
//     "International Criminal Court");
//  5. soft candidates: lone words to a person's last name (or a word inside a long name: "Lula"),
//     an acronym or an existing entity of the same key, else their fallback kind if any; title
//     references ("the Russian leader") to the one person whose titles match role and country;
//     pronouns after a quote to the one person of this or the previous sentence.
#include "core/internal/entity_resolver.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <map>
#include <string>
#include <utility>

#include "core/alias_table.h"
#include "core/internal/flat_string_map.h"
#include "core/name_key.h"

namespace eventgraph::internal {
namespace {

// `word` == `literal`: sizes first, then a memcmp() of a constant size that the compiler inlines
// (string_view's operator== is an out-of-line compare() call in this build, and these tests run on
// most tokens).
template <size_t N>
bool Eq(std::string_view word, const char (&literal)[N]) {
  return word.size() == N - 1 && std::memcmp(word.data(), literal, N - 1) == 0;
}

// `a` == `b`: sizes first, then a byte loop (the words of names are short: string_view's
// compare() is a memcmp() call of a variable size here).
bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

bool IsSuffix(std::string_view word) {
  return Eq(word, "jr") || Eq(word, "sr") || Eq(word, "ii") || Eq(word, "iii") || Eq(word, "iv");
}

// A lower-case particle of a person's surname: "von" in "von der Leyen", "de" in "de Gaulle".
bool IsNameParticle(std::string_view word) {
  return Eq(word, "al") || Eq(word, "bin") || Eq(word, "da") || Eq(word, "de") || Eq(word, "del") ||
         Eq(word, "della") || Eq(word, "den") || Eq(word, "der") || Eq(word, "du") ||
         Eq(word, "ibn") || Eq(word, "la") || Eq(word, "le") || Eq(word, "van") || Eq(word, "von");
}

// True when `name` has two or more ASCII letters and no lower-case one: "JAPAN", "NEW YORK".
bool IsAllCaps(std::string_view name) {
  size_t letters = 0;
  for (char ch : name) {
    if (ch >= 'a' && ch <= 'z') return false;
    if (ch >= 'A' && ch <= 'Z') ++letters;
  }
  return letters >= 2;
}

// The mixed-case form of an all-caps place or country name from a dateline or headline:
// "HELSINKI" → "Helsinki", "RIO DE JANEIRO" → "Rio de Janeiro", "ST. PAUL" → "St. Paul". A word
// is recased only when it reads as a word, not an acronym: four or more letters with two or more
// vowels ("USSR", "UAE" stay), a connector ("de", "of"), or a two-letter abbreviation with a period
// ("ST."). The gazetteer's own spelling is preferred where it folds the same (see Resolver::Emit).
char LowerAscii(char ch) {
  return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + ('a' - 'A')) : ch;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

std::string MixedCase(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  size_t pos = 0;
  bool first = true;
  while (pos < name.size()) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(pos, end - pos);
    size_t letters = 0;
    size_t vowels = 0;
    for (char ch : word) {
      const char c = LowerAscii(ch);
      if (c >= 'a' && c <= 'z') {
        ++letters;
        if (IsVowel(c)) ++vowels;
      }
    }
    bool connector = false;
    char lower[4];
    if (!first && word.size() <= sizeof(lower)) {
      for (size_t k = 0; k < word.size(); ++k) lower[k] = LowerAscii(word[k]);
      const std::string_view w(lower, word.size());
      connector = Eq(w, "de") || Eq(w, "del") || Eq(w, "da") || Eq(w, "do") || Eq(w, "dos") ||
                  Eq(w, "du") || Eq(w, "la") || Eq(w, "of") || Eq(w, "the") || Eq(w, "and") ||
                  Eq(w, "upon") || Eq(w, "on");
    }
    const bool abbreviation = letters == 2 && word.size() == 3 && word.back() == '.';
    if (!out.empty()) out.push_back(' ');
    if (connector) {
      out.append(lower, word.size());
    } else if ((letters >= 4 && vowels >= 2) || abbreviation) {
      bool start = true;  // upper case after a hyphen too: "BADEN-BADEN" → "Baden-Baden"
      for (char ch : word) {
        out.push_back(start ? ch : LowerAscii(ch));
        start = !(ch >= 'A' && ch <= 'Z');
      }
    } else {
      out += word;
    }
    first = false;
    pos = end + 1;
  }
  return out;
}

// FoldName() of an ISO code ("US" → "us", "US-AK" → "us ak"): letters and digits lower-cased in
// place, anything else through FoldName().
std::string FoldCode(std::string_view code) {
  std::string out(code);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') {
      ch = static_cast<char>(ch + ('a' - 'A'));
    } else if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9')) {
      return FoldName(code);
    }
  }
  return out;
}

struct Draft {
  EntityKind kind = EntityKind::kPerson;
  std::string key;                 // within-document identity
  std::vector<std::string> words;  // persons: normalized name words
  // The working name (Resolver::NameOf()): the tokens [name_begin, name_begin + name_tokens) of
  // its longest name or acronym mention so far; the text is built only when asked for.
  uint32_t name_begin = 0;
  uint32_t name_tokens = 0;
  std::vector<std::string> titles;
  // Folded role and class of each title, and the first title's alpha-2: views into the rules
  // (Candidate::title_role, Candidate::affiliation).
  std::vector<std::pair<std::string_view, TitleClass>> roles;
  std::string_view affiliation;
  const GazetteerPlace* place = nullptr;
  const GazetteerPlace* city = nullptr;
  bool default_reading = true;
  uint32_t count = 0;
  uint32_t first_token = 0;
  bool all_author = true;
  int32_t merged_into = -1;
  int32_t next_with_key = -1;  // the next draft with the same key (Resolver::key_slots_)
  int32_t initials = -1;  // organizations: AssignInitials(key) in ResolverScratch::initials, or -1

  std::string_view last_core() const {
    for (size_t k = words.size(); k > 0; --k) {
      if (!IsSuffix(words[k - 1])) return words[k - 1];
    }
    return {};
  }
  bool has_suffix() const { return !words.empty() && IsSuffix(words.back()); }
};

// One key of Resolver::key_slots_, an open-addressing table of the first and last draft with
// each key (chained by Draft::next_with_key), sized once per document (no allocation per key).
struct ResolverKeySlot {
  uint64_t hash = 0;
  int32_t first = -1;
  int32_t last = -1;
};

// Per-thread buffers that one Resolver after another reuses (documents arrive one at a time per
// thread), so that their allocations are made once, not per document.
struct ResolverScratch {
  std::vector<int32_t> assigned;
  std::vector<Draft> drafts;
  std::vector<ResolverKeySlot> key_slots;
  std::vector<int32_t> order;  // Emit(): entity index of each root draft
  std::vector<size_t> firsts;  // Emit(): root draft of each entity
  std::vector<size_t> best_len;
  std::vector<size_t> first_mention;
  std::vector<size_t> alias_counts;
  std::vector<std::string> initials;  // Resolver::InitialsOf(), by Draft::initials
};

// Titles that name their holder by first name: "Prince Mohammed", "Sheikh Tamim", "King
// Charles", "Emir Tamim". Folded title roles as the scanner gives them.
bool IsFirstNameTitle(std::string_view role) {
  return role == "prince" || role == "crown prince" || role == "princess" || role == "king" ||
         role == "queen" || role == "sheikh" || role == "emir" || role == "sultan";
}

class Resolver {
  using KeySlot = ResolverKeySlot;

 public:
  Resolver(const EntityRules& rules, const Document& document, const std::vector<Token>& tokens,
           std::vector<Candidate>* candidates, Diagnostics* diagnostics, bool explain,
           ResolverScratch* scratch)
      : rules_(rules),
        document_(document),
        tokens_(tokens),
        diagnostics_(diagnostics),
        explain_(explain),
        candidate_vector_(*candidates),
        scratch_(*scratch),
        assigned_vector_(scratch->assigned),
        drafts_(scratch->drafts),
        key_slots_(scratch->key_slots) {
    drafts_.clear();
  }

  void Run(std::vector<Mention>* mentions, std::vector<Entity>* entities,
           std::vector<std::string>* explanations) {
    std::vector<Candidate>& candidates = candidate_vector_;
    auto by_token = [](const Candidate& a, const Candidate& b) {
      return a.token_begin < b.token_begin;
    };
    if (!std::is_sorted(candidates.begin(), candidates.end(), by_token)) {
      // Sort indices, then move each candidate once (a Candidate is large).
      std::vector<uint32_t> order(candidates.size());
      for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<uint32_t>(k);
      std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return candidates[a].token_begin < candidates[b].token_begin;
      });
      std::vector<Candidate> sorted;
      sorted.reserve(candidates.size());
      for (uint32_t k : order) sorted.push_back(std::move(candidates[k]));
      candidates = std::move(sorted);
    }
    // From here on the candidates and assignments are read through plain pointers (through
    // references to vectors, every access reloads the data pointer).
    candidates_ = candidates.data();
    candidate_count_ = candidates.size();
    assigned_vector_.assign(candidate_count_, -1);
    assigned_ = assigned_vector_.data();
    drafts_.reserve(candidate_count_);
    size_t slots = 16;
    while (slots < 2 * candidate_count_ + 2) slots *= 2;
    key_slots_.assign(slots, KeySlot{});
    // Evidence is only ever recorded when explaining.
    if (explain_) resolution_.assign(candidate_count_, std::string());
    // Pass 1 and 2: persons by name.
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = 0; i < candidate_count_; ++i) {
        const Candidate& c = candidates_[i];
        if (c.kind != EntityKind::kPerson || c.form != MentionForm::kName || c.soft) continue;
        // Folded names have single spaces between words and none at the ends.
        if (c.folded.empty()) continue;
        const bool multi = c.folded.find(' ') != std::string::npos;
        if ((pass == 0) != multi) continue;
        std::vector<std::string> words = NameWords(c.folded);
        int32_t entity = multi ? FindFullName(words, i)
                               : FindSurname(words[0], FlatStringMap<int>::Hash(words[0]), i, true);
        Assign(i, entity, std::move(words));
      }
    }
    // Pass 3: everything else that is hard.
    for (size_t i = 0; i < candidate_count_; ++i) {
      const Candidate& c = candidates_[i];
      if (c.kind == EntityKind::kPerson || c.soft) continue;
      AssignByKey(i);
    }
    MergeAcronyms();
    // Pass 5: soft candidates.
    for (size_t i = 0; i < candidate_count_; ++i) {
      if (candidates_[i].soft) ResolveSoft(i);
    }
    Emit(mentions, entities, explanations);
  }

 private:
  std::vector<std::string> NameWords(std::string_view folded) const {
    std::vector<std::string> words;
    words.reserve(static_cast<size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1);
    size_t pos = 0;
    while (pos < folded.size()) {
      size_t space = folded.find(' ', pos);
      if (space == std::string_view::npos) space = folded.size();
      words.emplace_back(rules_.keyer->NormalizeWordRef(folded.substr(pos, space - pos)));
      pos = space + 1;
    }
    return words;
  }

  int32_t Root(int32_t e) const {
    while (e >= 0 && drafts_[static_cast<size_t>(e)].merged_into >= 0) {
      e = drafts_[static_cast<size_t>(e)].merged_into;
    }
    return e;
  }

  // A multi-word name: an existing person with the same words, or the same first and last
  // word and suffix.
  int32_t FindFullName(const std::vector<std::string>& words, size_t candidate) {
    // The probe's last word before any suffix, and its suffix: as Draft::last_core() and
    // has_suffix() of a draft with these words.
    std::string_view probe_last;
    for (size_t k = words.size(); k > 0; --k) {
      if (!IsSuffix(words[k - 1])) {
        probe_last = words[k - 1];
        break;
      }
    }
    const bool probe_suffix = !words.empty() && IsSuffix(words.back());
    const AliasTable* aliases = rules_.keyer->aliases();
    for (size_t d = 0; d < drafts_.size(); ++d) {
      const Draft& draft = drafts_[d];
      if (draft.kind != EntityKind::kPerson || draft.merged_into >= 0) continue;
      // The user's alias table may forbid what the spelling rules allow ("Mari" ≠ "Mary").
      if (aliases != nullptr &&
          aliases->Forbids(NameOf(draft), Surface(candidates_[candidate].token_begin,
                                                  candidates_[candidate].token_end))) {
        continue;
      }
      if (draft.words == words) {
        if (explain_) evidence_ = "same_name: '" + NameOf(draft) + "'";
        return static_cast<int32_t>(d);
      }
      // A surname with its particle: "Von der Leyen" after "Ursula von der Leyen" (not "Der
      // Spiegel", which starts with no particle word of a person's name), or a hyphenated one
      // written as one word: "Amir-Abdollahian" after "Hossein Amir-Abdollahian".
      const Candidate& probe = candidates_[candidate];
      const bool hyphenated = probe.token_end == probe.token_begin + 1;
      if ((IsNameParticle(words.front()) ||
           (hyphenated && draft.words.size() == words.size() + 1)) &&
          draft.words.size() > words.size() &&
          std::equal(words.begin(), words.end(),
                     draft.words.end() - static_cast<std::ptrdiff_t>(words.size()))) {
        if (explain_) evidence_ = "surname: '" + NameOf(draft) + "' ends with this name";
        return static_cast<int32_t>(d);
      }
      if (draft.words.size() >= 2 && draft.words.front() == words.front() &&
          draft.last_core() == probe_last && draft.has_suffix() == probe_suffix &&
          (!draft.has_suffix() || draft.words.back() == words.back())) {
        if (explain_)
          evidence_ = "first_last_name: same first and last name as '" + NameOf(draft) + "'";
        return static_cast<int32_t>(d);
      }
    }
    return -1;
  }

  // A one-word person: the person whose last name it is (the most mentioned when several), or
  // whose family name it is when that comes first: "Xi" after "Xi Jinping" (family_names_first.txt;
  // "Jinping" would be a given name). A family name that starts two persons' names stays
  // unresolved: "Kim" after "Kim Jong Un" and "Kim Yo Jong" is neither.
  // `hash`: FlatStringMap<int>::Hash(word), which the caller may reuse (one hash per word).
  int32_t FindSurname(std::string_view word, uint64_t hash, size_t candidate, bool allow_single) {
    int32_t best = -1;
    size_t matches = 0;
    bool family_first = false;  // some match is by a family name written first
    bool titled_first = false;  // ... or by the first name a royal title goes with
    int32_t same_word = -1;     // a one-word person of this very word (an earlier unresolved one)
    // No person draft has this word where a match could find it: nothing to scan.
    if (!TestSurnameBit(hash)) return -1;
    const uint8_t* first_name = rules_.first_names.FindHashed(word, hash);
    const bool family_name =
        first_name != nullptr && (*first_name & EntityRules::kFirstNameFamily) != 0;
    // Royalty and sheikhs go by their first name with the title: "Prince Mohammed" after
    // "Crown Prince Mohammed bin Salman", "Sheikh Tamim" after "Sheikh Tamim bin Hamad al-Thani",
    // "King Charles" after "King Charles III". Not "President Mohammed" (a family name there).
    const bool by_first_name =
        candidate < candidate_count_ && IsFirstNameTitle(candidates_[candidate].title_role);
    // "President Reagan" in 1987 is Ronald Reagan (known_leaders.txt), not "Nancy Reagan" named
    // before him: a titled surname skips full names whose first name is not the leader's.
    const std::string_view leader_first = LeaderFirstName(word, candidate);
    for (size_t d = 0; d < drafts_.size(); ++d) {
      const Draft& draft = drafts_[d];
      if (draft.kind != EntityKind::kPerson || draft.merged_into >= 0) continue;
      if (!leader_first.empty() && draft.words.size() >= 2 &&
          !SameWord(draft.words.front(), leader_first)) {
        continue;
      }
      bool hit = draft.words.size() >= 2
                     ? SameWord(draft.last_core(), word) || IsInteriorName(draft, word)
                     : allow_single && draft.words.size() == 1 && SameWord(draft.words[0], word);
      if (!hit && (family_name || by_first_name) && draft.words.size() >= 2 &&
          SameWord(draft.words.front(), word)) {
        hit = true;
        family_first = true;
        titled_first = !family_name;
      }
      if (!hit) continue;
      if (draft.words.size() == 1) same_word = static_cast<int32_t>(d);
      ++matches;
      if (best < 0 || draft.count > drafts_[static_cast<size_t>(best)].count) {
        best = static_cast<int32_t>(d);
      }
    }
    if (family_first && matches > 1) {
      if (same_word >= 0) {
        if (explain_)
          evidence_ = "same_name: '" + NameOf(drafts_[static_cast<size_t>(same_word)]) + "'";
        return same_word;
      }
      Note(candidate, "'" + std::string(word) + "' could name " + std::to_string(matches) +
                          " persons; left unresolved");
      return -1;
    }
    if (best >= 0) {
      const Draft& draft = drafts_[static_cast<size_t>(best)];
      if (explain_)
        evidence_ = titled_first ? "first_name: '" + std::string(word) + "' after the title '" +
                                       std::string(candidates_[candidate].title_role) +
                                       "' is the first name of '" + NameOf(draft) + "'"
                    : family_first ? "family_name: '" + std::string(word) +
                                         "' is the family name of '" + NameOf(draft) + "'"
                    : draft.words.size() >= 2 ? "surname: '" + std::string(word) +
                                                    "' is the last name of '" + NameOf(draft) + "'"
                                              : "same_name: '" + NameOf(draft) + "'";
      if (matches > 1) {
        if (explain_)
          evidence_ += " (the most mentioned of " + std::to_string(matches) + " candidates)";
        Note(candidate, "'" + std::string(word) + "' could name " + std::to_string(matches) +
                            " persons; attached to the most mentioned, '" + NameOf(draft) + "'");
      }
    }
    return best;
  }

  // The folded first name of the leader that a titled one-word person `word` names in the
  // article's year ("reagan" with "President" in 1987: "ronald"), or "" when none or several.
  std::string_view LeaderFirstName(std::string_view word, size_t candidate) {
    if (candidate >= candidate_count_ || candidates_[candidate].title.empty() ||
        rules_.leaders.empty()) {
      return {};
    }
    const std::optional<CivilDate>& dct = document_.dct();
    if (!dct) return {};
    const std::string title = FoldName(candidates_[candidate].title);
    const EntityRules::Leader* match = rules_.LeaderInOffice(std::string(word), dct->year, title);
    if (match == nullptr) return {};
    leader_first_ = FoldName(match->name.substr(0, match->name.find(' ')));
    return leader_first_;
  }

  // A word inside a name of three or more words that people go by alone: "Lula" of "Luiz
  // Inacio Lula da Silva", "Lopez" of "Andres Manuel Lopez Obrador". Not the first word, a
  // particle ("da", "bin") or an initial.
  static bool IsInteriorName(const Draft& draft, std::string_view word) {
    if (draft.words.size() < 3 || word.size() < 3) return false;
    const std::string_view last = draft.last_core();
    for (size_t k = 1; k + 1 < draft.words.size() && !SameWord(draft.words[k], last); ++k) {
      if (SameWord(draft.words[k], word)) return !IsNameParticle(word);
    }
    return false;
  }

  // Bloom bit of a person-name word in surname_bits_.
  // No person draft has a word of this bit as its last name (before a suffix), as its one word,
  // or as its first word (a family name written first) when surname_bits_ lacks it:
  // FindSurname() would find none.
  // 256 bits, by the top eight bits of the hash: a document names up to a few dozen persons,
  // whose words would fill 64 bits.
  bool TestSurnameBit(uint64_t hash) const {
    return ((surname_bits_[hash >> 62] >> ((hash >> 56) & 63)) & 1) != 0;
  }
  void SetSurnameBit(std::string_view word) {
    const uint64_t hash = FlatStringMap<int>::Hash(word);
    surname_bits_[hash >> 62] |= uint64_t{1} << ((hash >> 56) & 63);
  }

  void Note(size_t candidate, std::string message) {
    if (diagnostics_ == nullptr) return;
    uint32_t offset = tokens_[candidates_[candidate].token_begin].span.begin;
    LineColumn lc = LineColumnAt(document_.text(), offset);
    diagnostics_->Add(Severity::kNote, "entity_recognizer", document_.path(), lc.line, lc.column,
                      std::move(message));
  }

  // A new draft for candidate `c` with the key `key` (not empty), whose slot is `key_slot`
  // (FindKeySlot(key)).
  int32_t NewDraft(const Candidate& c, std::string&& key, KeySlot* key_slot) {
    ++keyed_drafts_;
    const int32_t index = static_cast<int32_t>(drafts_.size());
    if (key_slot->first < 0) {
      key_slot->first = index;
    } else {
      drafts_[static_cast<size_t>(key_slot->last)].next_with_key = index;
    }
    key_slot->last = index;
    Draft& draft = AddDraft(c);
    draft.key = std::move(key);
    return index;
  }

  // A new draft without a key for candidate `c`, a person named by `words`.
  int32_t NewDraft(const Candidate& c, std::vector<std::string>&& words) {
    const int32_t index = static_cast<int32_t>(drafts_.size());
    Draft& draft = AddDraft(c);
    draft.words = std::move(words);
    if (draft.kind == EntityKind::kPerson && !draft.words.empty()) {
      SetSurnameBit(draft.words.front());
      SetSurnameBit(draft.last_core());
      for (size_t k = 1; k + 1 < draft.words.size(); ++k) {
        SetSurnameBit(draft.words[k]);  // IsInteriorName()
      }
    }
    return index;
  }

  // NewDraft() less the key or words.
  Draft& AddDraft(const Candidate& c) {
    if (c.kind == EntityKind::kPerson) ++person_drafts_;
    // Built in place: a Draft holds several strings and vectors, moving one costs.
    Draft& draft = drafts_.emplace_back();
    draft.kind = c.kind;
    draft.first_token = c.token_begin;
    return draft;
  }

  // Assigns candidate `i` to the draft `entity`, or to a new draft of the person name `words`
  // when `entity` < 0.
  void Assign(size_t i, int32_t entity, std::vector<std::string>&& words) {
    if (entity < 0) {
      entity = NewDraft(candidates_[i], std::move(words));
      evidence_.clear();
    }
    Assign(i, entity);
  }

  // Assigns candidate `i` to the draft `entity` (>= 0).
  void Assign(size_t i, int32_t entity) {
    const Candidate& c = candidates_[i];
    assigned_[i] = entity;
    if (explain_) {
      resolution_[i] = evidence_;
      evidence_.clear();
    }
    Draft& draft = drafts_[static_cast<size_t>(entity)];
    ++draft.count;
    // The working name (for evidence and matching): the mention with the most tokens so far.
    if ((c.form == MentionForm::kName || c.form == MentionForm::kAcronym) &&
        (draft.name_tokens == 0 || c.token_end - c.token_begin > draft.name_tokens)) {
      draft.name_begin = c.token_begin;
      draft.name_tokens = c.token_end - c.token_begin;
    }
    draft.all_author = draft.all_author && c.author;
    if (!c.title.empty() && c.form == MentionForm::kName) {
      if (std::find(draft.titles.begin(), draft.titles.end(), c.title) == draft.titles.end())
        draft.titles.push_back(c.title);
      draft.roles.emplace_back(c.title_role, c.title_class);
      if (draft.affiliation.empty()) draft.affiliation = c.affiliation;
    }
  }

  // Picks the geonames reading: the state or country named after it ("Moscow, Idaho"), else the
  // most populous.
  const GazetteerPlace* CityReading(const Candidate& c, bool* is_default) const {
    std::span<const GazetteerPlace* const> cities =
        c.cities_known ? c.cities : rules_.gazetteer->FindCities(c.folded);
    *is_default = true;
    if (cities.empty()) return nullptr;
    if (!c.place_hint.empty()) {
      const GazetteerPlace* country = rules_.gazetteer->FindCountry(c.place_hint);
      for (const GazetteerPlace* city : cities) {
        if (FoldsTo(city->region, c.place_hint) ||
            (country != nullptr && country->iso_code == city->country)) {
          *is_default = city == cities.front();
          return city;
        }
      }
    }
    return cities.front();
  }

  std::string KeyOf(const Candidate& c, const GazetteerPlace** city, bool* is_default) const {
    *city = nullptr;
    *is_default = true;
    if (c.kind == EntityKind::kCountry && c.place != nullptr) {
      return FoldCode(c.place->iso_code);
    }
    if (c.kind == EntityKind::kPlace && c.place == nullptr) {
      *city = CityReading(c, is_default);
      if (*city != nullptr && !*is_default) {
        return rules_.keyer->KeyFolded(std::string(c.folded) + " " + FoldName((*city)->region),
                                       c.kind);
      }
    }
    if (!c.canonical.empty()) return rules_.keyer->KeyFolded(c.canonical_folded, c.kind);
    return rules_.keyer->KeyFolded(c.folded, c.kind);
  }

  // The slot of `key` in key_slots_: its drafts, or the empty slot where they would go. The table
  // has room for every candidate twice over, so probing always ends. `hash`:
  // FlatStringMap<int>::Hash(key).
  KeySlot& FindKeySlot(std::string_view key, uint64_t hash) {
    const size_t mask = key_slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      KeySlot& slot = key_slots_[i];
      if (slot.first < 0) {
        slot.hash = hash;
        return slot;
      }
      if (slot.hash != hash) continue;
      const std::string& other = drafts_[static_cast<size_t>(slot.first)].key;
      if (other.size() == key.size() &&
          (key.empty() || std::memcmp(other.data(), key.data(), key.size()) == 0))
        return slot;
    }
  }

  // The first unmerged draft of `kind` in the chain of drafts with one key that starts at `d`.
  int32_t FindInChain(int32_t d, EntityKind kind) const {
    while (d >= 0) {
      const Draft& draft = drafts_[static_cast<size_t>(d)];
      if (draft.merged_into < 0 && draft.kind == kind) return d;
      d = draft.next_with_key;
    }
    return -1;
  }

  void AssignByKey(size_t i) {
    const GazetteerPlace* city = nullptr;
    bool is_default = true;
    std::string key = KeyOf(candidates_[i], &city, &is_default);
    const uint64_t hash = FlatStringMap<int>::Hash(key);
    AssignByKey(i, std::move(key), hash, city, is_default);
  }

  // AssignByKey() with the KeyOf() of candidate `i` at hand (ResolveSoft() has it): the key, its
  // FlatStringMap<int>::Hash(), and the city and is_default that KeyOf() gave with it.
  void AssignByKey(size_t i, std::string&& key, uint64_t hash, const GazetteerPlace* city,
                   bool is_default) {
    const Candidate& c = candidates_[i];
    if (key.empty()) return;
    // One slot look-up for finding the draft and, when there is none, for adding it (key_slots_
    // is sized once per document: the reference stays valid).
    KeySlot& slot = FindKeySlot(key, hash);
    int32_t entity = FindInChain(slot.first, c.kind);
    if (entity >= 0) {
      if (explain_) evidence_ = "same_key: '" + key + "'";
    } else {
      entity = NewDraft(c, std::move(key), &slot);
      Draft& draft = drafts_[static_cast<size_t>(entity)];
      draft.place = c.place;
      draft.city = city;
      draft.default_reading = is_default;
    }
    Assign(i, entity);
  }

  // The first letters of the words of a folded name but "of", "the", "for", "and", "on":
  // "international criminal court" → "icc", "bank of england" → "be".
  // Written into `out` (cleared first; a string reused from document to document).
  static void AssignInitials(std::string_view name, std::string* out) {
    out->clear();
    size_t pos = 0;
    while (pos < name.size()) {
      size_t end = pos;
      while (end < name.size() && name[end] != ' ') ++end;
      const std::string_view word = name.substr(pos, end - pos);
      if (!word.empty() && !Eq(word, "of") && !Eq(word, "the") && !Eq(word, "for") &&
          !Eq(word, "and") && !Eq(word, "on")) {
        out->push_back(word[0]);
      }
      pos = end + 1;
    }
  }

  // AssignInitials() of draft `d`'s key, computed once per draft (the acronym passes ask often).
  // Kept beside the drafts (in strings reused from document to document), not in each Draft.
  const std::string& InitialsOf(size_t d) {
    Draft& draft = drafts_[d];
    std::vector<std::string>& initials = scratch_.initials;
    if (draft.initials < 0) {
      draft.initials = static_cast<int32_t>(initials_count_++);
      if (initials.size() < initials_count_) initials.emplace_back();
      AssignInitials(draft.key, &initials[static_cast<size_t>(draft.initials)]);
    }
    return initials[static_cast<size_t>(draft.initials)];
  }

  // "ICC" and "International Criminal Court" in one article are one organization.
  void MergeAcronyms() {
    for (size_t a = 0; a < drafts_.size(); ++a) {
      Draft& acronym = drafts_[a];
      if (acronym.kind != EntityKind::kOrganization || acronym.merged_into >= 0 ||
          acronym.key.find(' ') != std::string::npos || acronym.key.size() < 2) {
        continue;
      }
      for (size_t f = 0; f < drafts_.size(); ++f) {
        if (f == a || drafts_[f].kind != EntityKind::kOrganization || drafts_[f].merged_into >= 0)
          continue;
        if (SameWord(InitialsOf(f), acronym.key)) {
          acronym.merged_into = static_cast<int32_t>(f);
          if (explain_) {
            merge_evidence_[a] =
                "acronym: '" + acronym.key + "' spells the initials of '" + drafts_[f].key + "'";
          }
          break;
        }
      }
    }
  }

  void ResolveSoft(size_t i) {
    const Candidate& c = candidates_[i];
    if (c.form == MentionForm::kPronoun) return ResolvePronoun(i);
    if (c.form == MentionForm::kTitle) return ResolveTitle(i);
    // A person's last name: "Rubio" after "Marco Rubio", "Castro" after "Fidel Castro". Folded
    // names have single spaces between words: one word has none.
    const bool one_word = !c.folded.empty() && c.folded.find(' ') == std::string::npos;
    // NormalizeWordRef() of a one-word name, once computed: the memo's own string, read only
    // before the next NormalizeWordRef() (KeyOf() below may make one, but then `word` is done).
    std::string_view word;
    uint64_t word_hash = 0;  // its FlatStringMap<int>::Hash(), once computed
    // A hyphenated family name alone: "Amir-Abdollahian" after "Hossein Amir-Abdollahian" (one
    // token, two words folded).
    if (person_drafts_ > 0 && !one_word && !c.folded.empty() && c.token_end == c.token_begin + 1) {
      const std::vector<std::string> words = NameWords(c.folded);
      for (size_t d = 0; d < drafts_.size(); ++d) {
        const Draft& draft = drafts_[d];
        // A given name and the family name, no more: "Air Filter Co. Allis-Chalmers" (a firm
        // read as a person) does not take the firm "Allis-Chalmers".
        if (draft.kind != EntityKind::kPerson || draft.merged_into >= 0 ||
            draft.words.size() != words.size() + 1 ||
            !std::equal(words.begin(), words.end(),
                        draft.words.end() - static_cast<std::ptrdiff_t>(words.size()))) {
          continue;
        }
        if (explain_) evidence_ = "surname: '" + NameOf(draft) + "' ends with this name";
        candidates_[i].kind = EntityKind::kPerson;
        candidates_[i].form = MentionForm::kName;
        return Assign(i, static_cast<int32_t>(d));
      }
    }
    if (person_drafts_ > 0 && one_word) {
      word = rules_.keyer->NormalizeWordRef(c.folded);
      word_hash = FlatStringMap<int>::Hash(word);
      int32_t person = FindSurname(word, word_hash, i, true);
      if (person >= 0) {
        candidates_[i].kind = EntityKind::kPerson;
        candidates_[i].form = MentionForm::kName;
        return Assign(i, person);
      }
    }
    // An acronym of an organization here: "ICC".
    if (c.form == MentionForm::kAcronym) {
      for (size_t d = 0; d < drafts_.size(); ++d) {
        if (drafts_[d].kind == EntityKind::kOrganization && drafts_[d].merged_into < 0 &&
            SameWord(InitialsOf(d), c.folded)) {
          if (explain_)
            evidence_ = "acronym: '" + std::string(c.folded) + "' spells the initials of '" +
                        drafts_[d].key + "'";
          candidates_[i].kind = EntityKind::kOrganization;
          return Assign(i, static_cast<int32_t>(d));
        }
      }
    }
    // The same name already typed in this document ("Moscow" twice).
    std::string key;  // KeyOf(c), when asked
    uint64_t key_hash = 0;
    const GazetteerPlace* city = nullptr;  // as KeyOf() gives them, once it has been asked
    bool is_default = true;
    bool key_of = false;  // `key` is KeyOf(c)
    if (keyed_drafts_ > 0) {
      std::string_view lookup;  // the key looked up: `word` or `key`
      if (c.kind == EntityKind::kPerson && one_word && c.canonical.empty() &&
          rules_.keyer->aliases() == nullptr) {
        // KeyOf() of a one-word person name without an alias table: its NormalizeWord().
        if (word.empty()) {
          word = rules_.keyer->NormalizeWordRef(c.folded);
          word_hash = FlatStringMap<int>::Hash(word);
        }
        lookup = word;
        key_hash = word_hash;
      } else {
        key = KeyOf(c, &city, &is_default);
        key_hash = FlatStringMap<int>::Hash(key);
        key_of = true;
        lookup = key;
      }
      // The draft of this key for each kind in turn, through one slot look-up.
      const int32_t first = FindKeySlot(lookup, key_hash).first;
      for (EntityKind kind :
           {EntityKind::kPlace, EntityKind::kCountry, EntityKind::kOrganization}) {
        int32_t entity = FindInChain(first, kind);
        if (entity >= 0) {
          candidates_[i].kind = kind;
          if (explain_) evidence_ = "same_key: '" + std::string(lookup) + "'";
          return Assign(i, entity);
        }
      }
      // A lone word read as a person ("Apple said") that names a company here: "Apple Inc".
      if (c.kind == EntityKind::kPerson && one_word) {
        // KeyOf() of a one-word organization name without an alias table: the word itself (a
        // known entity's canonical name never reaches here as a person).
        std::string keyed;
        if (rules_.keyer->aliases() != nullptr) {
          keyed = rules_.keyer->KeyFolded(c.folded, EntityKind::kOrganization);
        }
        const std::string_view org_key = rules_.keyer->aliases() != nullptr ? keyed : c.folded;
        const int32_t entity =
            FindInChain(FindKeySlot(org_key, FlatStringMap<int>::Hash(org_key)).first,
                        EntityKind::kOrganization);
        if (entity >= 0) {
          candidates_[i].kind = EntityKind::kOrganization;
          if (explain_) evidence_ = "same_key: '" + std::string(org_key) + "' (an organization)";
          return Assign(i, entity, {});
        }
      }
    }
    if (!c.fallback) return;
    if (c.kind == EntityKind::kPerson) return Assign(i, -1, NameWords(c.folded));
    if (key_of) return AssignByKey(i, std::move(key), key_hash, city, is_default);
    AssignByKey(i);
  }

  void ResolveTitle(size_t i) {
    const Candidate& c = candidates_[i];
    int32_t found = -1;
    size_t count = 0;
    for (size_t d = 0; d < drafts_.size(); ++d) {
      const Draft& draft = drafts_[d];
      if (draft.kind != EntityKind::kPerson || draft.merged_into >= 0 || draft.all_author) continue;
      if (!c.affiliation.empty() && draft.affiliation != c.affiliation) continue;
      bool match = false;
      for (size_t t = 0; t < draft.roles.size(); ++t) {
        TitleClass cls = draft.roles[t].second;
        if (c.title_class == TitleClass::kGeneric) {
          // "the Russian leader", "his counterpart": a head of state or a generic title.
          match = match || cls == TitleClass::kHead || cls == TitleClass::kGeneric;
        } else if (c.title_class == TitleClass::kHead) {
          match = match || draft.roles[t].first == c.title_role ||
                  (!c.affiliation.empty() && cls == TitleClass::kGeneric);
        } else {
          match = match || draft.roles[t].first == c.title_role;
        }
      }
      if (!match) continue;
      ++count;
      found = static_cast<int32_t>(d);
    }
    if (count != 1) return;
    if (explain_)
      evidence_ = "title: '" + c.title + "' matches the titles of '" +
                  NameOf(drafts_[static_cast<size_t>(found)]) + "'";
    Assign(i, found);
  }

  void ResolvePronoun(size_t i) {
    const Candidate& c = candidates_[i];
    std::vector<int32_t> here;
    std::vector<int32_t> before;
    for (size_t k = 0; k < i; ++k) {
      int32_t e = Root(assigned_[k]);
      if (e < 0 || drafts_[static_cast<size_t>(e)].kind != EntityKind::kPerson ||
          candidates_[k].author)
        continue;
      std::vector<int32_t>* list = candidates_[k].sentence == c.sentence       ? &here
                                   : candidates_[k].sentence + 1 == c.sentence ? &before
                                                                               : nullptr;
      if (list != nullptr && std::find(list->begin(), list->end(), e) == list->end())
        list->push_back(e);
    }
    const std::vector<int32_t>& pool = here.empty() ? before : here;
    if (pool.size() != 1) return;
    if (explain_)
      evidence_ = "pronoun: the only person in " +
                  std::string(here.empty() ? "the previous sentence" : "this sentence") + ", '" +
                  NameOf(drafts_[static_cast<size_t>(pool[0])]) + "'";
    Assign(i, pool[0]);
  }

  void Emit(std::vector<Mention>* mentions, std::vector<Entity>* entities,
            std::vector<std::string>* explanations);

  // The working name of `draft`, "" when it has no name or acronym mention.
  std::string NameOf(const Draft& draft) const {
    if (draft.name_tokens == 0) return std::string();
    return Surface(draft.name_begin, draft.name_begin + draft.name_tokens);
  }

  std::string Surface(uint32_t b, uint32_t e) const {
    std::string out;
    AppendSurface(b, e, &out);
    return out;
  }

  // Surface(b, e) appended to `out` (Emit() writes each alias in place, not through a temporary).
  void AppendSurface(uint32_t b, uint32_t e, std::string* out) const {
    Span span{tokens_[b].span.begin, tokens_[e - 1].span.end};
    const std::string_view slice = document_.Slice(span);
    // Most names are written with single spaces: copy them as they are. A token holds no white
    // space (the tokenizer splits there), so only the gaps between the tokens are read, most of
    // them one space: "Vladimir Putin" is plain, "Vladimir\nPutin" and "Vladimir  Putin" are not.
    const std::string_view text = document_.text();
    bool plain = true;
    for (uint32_t k = b + 1; k < e && plain; ++k) {
      const uint32_t gap = tokens_[k - 1].span.end;
      const uint32_t next = tokens_[k].span.begin;
      if (next == gap || (next == gap + 1 && text[gap] == ' ')) continue;
      for (uint32_t j = gap; j < next; ++j) {
        const char ch = text[j];
        if (static_cast<unsigned char>(ch) > ' ') continue;
        if (ch == ' ' ? j + 1 < next && text[j + 1] == ' '
                      : ch == '\n' || ch == '\t' || ch == '\r') {
          plain = false;
          break;
        }
      }
    }
    if (plain) {
      out->append(slice);
      return;
    }
    // Written into room made up front (white space only shrinks), not a push_back() per byte.
    const size_t start = out->size();
    out->resize(start + slice.size());
    char* const base = out->data() + start;
    char* w = base;
    bool space = false;
    for (char ch : slice) {
      if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
        space = true;
        continue;
      }
      if (space && w > base) *w++ = ' ';
      space = false;
      *w++ = ch;
    }
    out->resize(start + static_cast<size_t>(w - base));
  }

  const EntityRules& rules_;
  const Document& document_;
  std::string leader_first_;  // LeaderFirstName()'s result
  const std::vector<Token>& tokens_;
  Diagnostics* diagnostics_;
  const bool explain_;
  std::vector<Candidate>& candidate_vector_;  // the caller's, sorted by token_begin in Run()
  Candidate* candidates_ = nullptr;           // candidate_vector_'s, once sorted
  size_t candidate_count_ = 0;
  ResolverScratch& scratch_;
  std::vector<int32_t>& assigned_vector_;
  int32_t* assigned_ = nullptr;  // assigned_vector_'s, candidate_count_ of them
  std::vector<std::string> resolution_;
  std::vector<Draft>& drafts_;
  std::map<size_t, std::string> merge_evidence_;
  std::vector<KeySlot>& key_slots_;  // drafts by key, of any kind
  std::string evidence_;
  // Drafts of persons, and drafts with a key: while there are none, FindSurname() and
  // a key look-up find nothing, so ResolveSoft() need not build the words or key to look up.
  size_t person_drafts_ = 0;
  std::array<uint64_t, 4> surname_bits_{};  // SetSurnameBit() of the words FindSurname() matches
  size_t keyed_drafts_ = 0;
  size_t initials_count_ = 0;  // entries of scratch_.initials in use for this document
};

// The fields of a Mention, converted to one where it is to be stored (see Resolver::Emit()).
struct MentionInPlace {
  Span span;
  uint32_t sentence;
  EntityKind kind;
  MentionForm form;
  int32_t entity;
  bool author;
  std::string_view rule;

  // Implicit: the conversion that emplace_back() makes.
  operator Mention() const {
    return Mention{span, sentence, kind, form, entity, author, std::string(rule)};
  }
};

// Removes the last alias when an earlier one is the same ("Reagan" ... "Reagan"): the aliases
// of an entity are few distinct surfaces, often repeated, so that comparing each new one with
// those kept costs less than sorting every repeat and removing it afterwards.
void DropRepeatedAlias(std::vector<std::string>* aliases) {
  const std::string& last = aliases->back();
  if (std::any_of(aliases->begin(), aliases->end() - 1,
                  [&](const std::string& alias) { return SameWord(alias, last); })) {
    aliases->pop_back();
  }
}

void Resolver::Emit(std::vector<Mention>* mentions, std::vector<Entity>* entities,
                    std::vector<std::string>* explanations) {
  // Entities in order of first mention, after following merges.
  std::vector<int32_t>& order = scratch_.order;
  order.assign(drafts_.size(), -1);
  std::vector<size_t>& firsts = scratch_.firsts;
  firsts.clear();
  std::vector<size_t>& alias_counts = scratch_.alias_counts;  // aliases (with repeats) of each
  alias_counts.clear();
  for (size_t i = 0; i < candidate_count_; ++i) {
    int32_t root = Root(assigned_[i]);
    if (explain_ && root != assigned_[i]) {
      auto it = merge_evidence_.find(static_cast<size_t>(assigned_[i]));
      if (it != merge_evidence_.end()) resolution_[i] = it->second;
    }
    assigned_[i] = root;
    if (root < 0) continue;
    if (order[static_cast<size_t>(root)] < 0) {
      order[static_cast<size_t>(root)] = static_cast<int32_t>(firsts.size());
      firsts.push_back(static_cast<size_t>(root));
      alias_counts.push_back(0);
    }
    const Candidate& c = candidates_[i];
    if (c.form == MentionForm::kName || c.form == MentionForm::kAcronym) {
      alias_counts[static_cast<size_t>(order[static_cast<size_t>(root)])] +=
          c.prefix_begin < c.token_begin ? 2 : 1;
    }
  }
  const size_t base = entities->size();
  entities->reserve(base + firsts.size());
  mentions->reserve(mentions->size() + candidate_count_);
  const size_t mention_base = mentions->size();
  const size_t explanation_base = explanations != nullptr ? explanations->size() : 0;
  // Entities are filled in place (an Entity holds several strings: moving one costs).
  entities->resize(base + firsts.size());
  Entity* const out = entities->data() + base;
  for (size_t index = 0; index < firsts.size(); ++index)
    out[index].aliases.reserve(alias_counts[index]);
  std::vector<size_t>& best_len = scratch_.best_len;
  best_len.assign(firsts.size(), 0);
  std::vector<size_t>& first_mention = scratch_.first_mention;
  first_mention.assign(firsts.size(), candidate_count_);
  for (size_t i = 0; i < candidate_count_; ++i) {
    if (assigned_[i] < 0) continue;
    const Candidate& c = candidates_[i];
    const size_t index = static_cast<size_t>(order[static_cast<size_t>(assigned_[i])]);
    Entity& entity = out[index];
    const Draft& draft = drafts_[static_cast<size_t>(assigned_[i])];
    ++entity.mention_count;
    // Built whole, the rule id too (assigning a `const char*` to a default string is an
    // out-of-line _M_replace() call, several times the cost), and in the vector's own storage:
    // emplace_back() converts a MentionInPlace, whose Mention prvalue is constructed there, not
    // moved in from a temporary (a string move and destruction per mention). Braces, not
    // emplace_back's parenthesized aggregate initialization, which clang 14 (the sanitizer build)
    // lacks.
    mentions->emplace_back(MentionInPlace{
        Span{tokens_[c.token_begin].span.begin, tokens_[c.token_end - 1].span.end}, c.sentence,
        draft.kind, c.form, static_cast<int32_t>(base + index), c.author, c.rule});
    if (first_mention[index] == candidate_count_) {
      first_mention[index] = i;
      if (explanations != nullptr) explanations->push_back("new entity");
    } else if (explanations != nullptr) {
      explanations->push_back(resolution_[i].empty() ? "same_name" : resolution_[i]);
    }
    if (c.form != MentionForm::kName && c.form != MentionForm::kAcronym) continue;
    // Written in place as an alias, not through a temporary.
    std::string& surface = entity.aliases.emplace_back();
    AppendSurface(c.token_begin, c.token_end, &surface);
    // The fullest form: the most words, then written in mixed case ("Anchorage" over the
    // dateline's "ANCHORAGE"), then the most bytes; the first such on ties.
    const bool mixed_case =
        std::any_of(surface.begin(), surface.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    size_t len = (static_cast<size_t>(std::count(surface.begin(), surface.end(), ' ')) << 16) +
                 (mixed_case ? size_t{1} << 15 : 0) + surface.size();
    if (len > best_len[index]) {
      best_len[index] = len;
      entity.name = surface;
    }
    DropRepeatedAlias(&entity.aliases);
    if (c.prefix_begin < c.token_begin) {
      AppendSurface(c.prefix_begin, c.token_end, &entity.aliases.emplace_back());
      DropRepeatedAlias(&entity.aliases);
    }
  }
  for (size_t index = 0; index < firsts.size(); ++index) {
    Draft& draft = drafts_[firsts[index]];
    Entity& entity = out[index];
    entity.kind = draft.kind;
    if (entity.name.empty()) {
      entity.name = draft.place != nullptr ? draft.place->name : NameOf(draft);
    }
    if (entity.name.empty() && !draft.titles.empty()) entity.name = draft.titles.front();
    // A country takes the gazetteer's display name, whatever the surface ("U.S." → "United
    // States", "Kingdom of Sweden" → "Sweden", "FRance" → "France"): one name in every
    // document, so the merge need not choose between "Sweden" and "Kingdom of Sweden". The
    // surfaces stay aliases.
    if (draft.kind == EntityKind::kCountry && draft.place != nullptr) {
      entity.name = draft.place->name;
    }
    // An all-caps dateline or headline name ("JAPAN", "NEW YORK") never stays the display name
    // of a country or place: the gazetteer's spelling when it folds the same ("Japan"), else the
    // name recased ("PEKING" → "Peking"). Acronyms stay ("U.S.", "USSR"). The key is unchanged.
    if ((draft.kind == EntityKind::kCountry || draft.kind == EntityKind::kPlace) &&
        IsAllCaps(entity.name)) {
      std::string folded;  // FoldName(entity.name), when there is a place to compare
      const std::string* spelling = nullptr;  // the gazetteer's, when it folds the same
      for (const GazetteerPlace* place : {draft.place, draft.city}) {
        if (place == nullptr || IsAllCaps(place->name)) continue;
        if (folded.empty()) folded = FoldName(entity.name);
        if (FoldsTo(place->name, folded)) {
          spelling = &place->name;
          break;
        }
      }
      // Recased only when the gazetteer has no spelling (most datelines' places have one).
      entity.name = spelling != nullptr ? *spelling : MixedCase(entity.name);
    }
    // Most entities have one or two surfaces: those need no sort.
    std::vector<std::string>& aliases = entity.aliases;
    if (aliases.size() == 2) {
      if (aliases[1] < aliases[0]) {
        aliases[0].swap(aliases[1]);
      } else if (aliases[0] == aliases[1]) {
        aliases.pop_back();
      }
    } else if (aliases.size() > 2) {
      std::sort(aliases.begin(), aliases.end());
      aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    }
    entity.titles = std::move(draft.titles);  // each draft is emitted once
    entity.author = draft.all_author;
    switch (draft.kind) {
      case EntityKind::kPerson:
        entity.key = rules_.keyer->Key(entity.name, EntityKind::kPerson);
        // Most persons have none: an empty assignment is an out-of-line call all the same.
        if (!draft.affiliation.empty()) entity.country = draft.affiliation;
        break;
      case EntityKind::kCountry:
        entity.key = std::move(draft.key);
        if (draft.place != nullptr) {
          entity.iso_code = draft.place->iso_code;
          entity.country = draft.place->iso_code;
        }
        break;
      case EntityKind::kPlace:
        entity.key = std::move(draft.key);
        if (draft.place != nullptr) {  // a region
          entity.iso_code = draft.place->iso_code;
          entity.country = draft.place->country;
          entity.parent = FoldCode(draft.place->country);
        } else if (draft.city != nullptr) {
          entity.country = draft.city->country;
          entity.latitude = draft.city->latitude;
          entity.longitude = draft.city->longitude;
          if (auto parent = rules_.city_parents.find(draft.city);
              parent != rules_.city_parents.end()) {
            entity.parent = parent->second;
          } else {
            entity.parent = CityParentKey(*rules_.gazetteer, *draft.city);
          }
        }
        break;
      case EntityKind::kOrganization:
      case EntityKind::kGroup:
        entity.key = std::move(draft.key);
        break;
    }
  }
  // Sort the new mentions by span (keeping explanations parallel); most documents' already are.
  if (std::is_sorted(mentions->begin() + static_cast<std::ptrdiff_t>(mention_base), mentions->end(),
                     [](const Mention& a, const Mention& b) { return a.span < b.span; })) {
    return;
  }
  std::vector<size_t> order_by_span(mentions->size() - mention_base);
  for (size_t k = 0; k < order_by_span.size(); ++k) order_by_span[k] = mention_base + k;
  std::stable_sort(order_by_span.begin(), order_by_span.end(),
                   [&](size_t a, size_t b) { return (*mentions)[a].span < (*mentions)[b].span; });
  std::vector<Mention> sorted;
  std::vector<std::string> sorted_explanations;
  sorted.reserve(order_by_span.size());
  for (size_t k : order_by_span) {
    sorted.push_back(std::move((*mentions)[k]));
    if (explanations != nullptr) {
      sorted_explanations.push_back(
          std::move((*explanations)[k - mention_base + explanation_base]));
    }
  }
  std::move(sorted.begin(), sorted.end(),
            mentions->begin() + static_cast<std::ptrdiff_t>(mention_base));
  if (explanations != nullptr) {
    std::move(sorted_explanations.begin(), sorted_explanations.end(),
              explanations->begin() + static_cast<std::ptrdiff_t>(explanation_base));
  }
}

}  // namespace

void ResolveEntities(const EntityRules& rules, const Document& document,
                     const std::vector<Token>& tokens, std::vector<Candidate>* candidates,
                     std::vector<Mention>* mentions, std::vector<Entity>* entities,
                     Diagnostics* diagnostics, std::vector<std::string>* explanations) {
  // One scratch per thread: ResolveEntities() may run on many threads at once, each on its own.
  thread_local ResolverScratch scratch;
  Resolver resolver(rules, document, tokens, candidates, diagnostics, explanations != nullptr,
                    &scratch);
  resolver.Run(mentions, entities, explanations);
}

}  // namespace eventgraph::internal
