// SPDX-License-Identifier: Apache-2.0
#include "core/name_key.h"

#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "core/alias_table.h"
#include "core/gazetteer.h"
#include "core/internal/geonames_data.h"
#include "core/text.h"

namespace eventgraph {
namespace {

TEST_CASE("FoldName: folds case, diacritics and punctuation", "[core][entity]") {
  struct Row {
    const char* input;
    const char* folded;
  };
  const Row rows[] = {
      {"U.S.", "us"},
      {"United  States", "united states"},
      {"Raúl Castro", "raul castro"},
      {"Elmendorf-Richardson", "elmendorf richardson"},
      {"O\u2019Brien", "obrien"},
      {"ZELENSKYY", "zelenskyy"},
      {"  -- Nato --  ", "nato"},
      {"Łódź", "lodz"},
      {"Ångström", "angstrom"},
      {"", ""},
  };
  for (const Row& row : rows) {
    INFO(row.input);
    CHECK(FoldName(row.input) == row.folded);
  }
}

TEST_CASE("FoldName: folds Latin letters without ICU as ICU does", "[core][entity]") {
  // Every two-byte code point alone, between ASCII letters, after a separator, twice, and
  // beside a three-byte one: the fast path (U+00C0..U+024F) and the fallback must both give
  // exactly what ICU gives.
  std::string utf8;
  for (char32_t c = 0x80; c < 0x800; ++c) {
    utf8.clear();
    AppendUtf8(c, &utf8);
    for (const std::string& name :
         {utf8, "A" + utf8 + "b", "x-" + utf8, utf8 + utf8 + ".", utf8 + "\u2019s " + utf8,
          utf8 + "\u0301", "St. " + utf8 + " " + utf8}) {
      INFO(static_cast<uint32_t>(c) << " " << name);
      CHECK(FoldName(name) == FoldNameWithIcu(name));
    }
  }
  // A lead byte without its continuation byte, and a truncated sequence at the end.
  for (const char* name : {"Ca\xC3t", "Caf\xC3", "\xC9\xC9\x80"}) {
    CHECK(FoldName(name) == FoldNameWithIcu(name));
  }
  // The gazetteer's names, which are what the fast path is for.
  for (const char* name : {"São Paulo", "Île-de-France", "Łódź", "Zürich", "Ḩalab", "Ðakovo",
                           "Œuvre", "Ærøskøbing", "Ústí nad Labem", "Straße"}) {
    INFO(name);
    CHECK(FoldName(name) == FoldNameWithIcu(name));
  }
  size_t mismatches = 0;
  for (const internal::GeonamesCityRecord& city : internal::GeonamesCities()) {
    for (const char* name : {city.name, city.state}) {
      if (FoldName(name) != FoldNameWithIcu(name)) {
        ++mismatches;
        WARN(name);
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(FoldName("São Paulo") == "sao paulo");
  CHECK(FoldName("Île-de-France") == "ile de france");
}

TEST_CASE("FoldsTo: answers as comparing with FoldName", "[core][entity]") {
  const char* const names[] = {"",        "New York", "NEW  YORK", " -New York- ", "U.S.",
                               "O'Brien", "a . b",    "a.b",       "Baden-Baden",  "São Paulo",
                               "Łódź",    "x",        "--",        "New York."};
  const char* const folded[] = {"",          "new york", "new  york", "newyork", "new york ",
                                "us",        "obrien",   "a b",       "ab",      "baden baden",
                                "sao paulo", "lodz",     "new yor",   "x"};
  for (const char* name : names) {
    for (const char* fold : folded) {
      INFO(name << " | " << fold);
      CHECK(FoldsTo(name, fold) == (FoldName(name) == fold));
    }
  }
  for (const internal::GeonamesCityRecord& city : internal::GeonamesCities()) {
    const std::string state = FoldName(city.state);
    if (!FoldsTo(city.state, state) || FoldsTo(city.state, state + "x")) {
      FAIL(city.state);
    }
  }
}

TEST_CASE("NormalizeNameWord: meets transliteration variants", "[core][entity]") {
  struct Row {
    const char* a;
    const char* b;
  };
  const Row same[] = {
      {"zelensky", "zelenskiy"}, {"zelensky", "zelenskyy"}, {"sergei", "sergey"},
      {"yuri", "yury"},          {"dmitri", "dmitry"},      {"oleksii", "oleksiy"},
  };
  for (const Row& row : same) {
    INFO(row.a << " vs " << row.b);
    CHECK(NormalizeNameWord(row.a, nullptr) == NormalizeNameWord(row.b, nullptr));
  }
  // Short words and different names stay apart.
  CHECK(NormalizeNameWord("xi", nullptr) == "xi");
  CHECK(NormalizeNameWord("raul", nullptr) != NormalizeNameWord("fidel", nullptr));
  CHECK(NormalizeNameWord("putin", nullptr) == "putin");
}

TEST_CASE("NormalizeNameWord: makes doubled letters single and drops the h after a d",
          "[core][entity]") {
  struct Row {
    const char* word;
    const char* normal;
  };
  const Row rows[] = {
      {"qadhafi", "qadafy"}, {"gaddafi", "gadafy"}, {"muammar", "muamar"},
      {"dhdh", "dd"},        {"addh", "ad"},        {"mohammed", "mohamed"},
      {"elliott", "eliot"},  {"o2", "o2"},          {"", ""},
      {"hadh", "had"},       {"dhaka", "daka"},     {"sheikh", "sheikh"},
  };
  for (const Row& row : rows) {
    INFO(row.word);
    CHECK(NormalizeNameWord(row.word, nullptr) == row.normal);
  }
}

TEST_CASE("FlatStringMap: HashShort equals Hash of the same short key", "[core][entity]") {
  for (std::string_view key : {"", "a", "he", "the", "said", "shares", "minister", "ab0z9"}) {
    if (key.size() >= 8) continue;
    uint64_t w = 0;
    for (size_t k = 0; k < key.size(); ++k) {
      w |= uint64_t{static_cast<unsigned char>(key[k])} << (8 * k);
    }
    INFO(key);
    CHECK(internal::FlatStringMap<int>::HashShort(w, key.size()) ==
          internal::FlatStringMap<int>::Hash(key));
  }
}

// The FNV-style hash FlatStringMap::Hash() computes, one byte at a time: Hash() reads the tail
// of a key with overlapping loads, which must give the same value for every length and offset.
uint64_t ByteWiseHash(std::string_view key) {
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;
  uint64_t h = 0x243f6a8885a308d3ull ^ (key.size() * kMul);
  size_t pos = 0;
  for (; pos + 8 <= key.size(); pos += 8) {
    uint64_t w = 0;
    for (size_t k = 0; k < 8; ++k)
      w |= uint64_t{static_cast<unsigned char>(key[pos + k])} << (8 * k);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  if (pos < key.size()) {
    uint64_t w = 0;
    for (size_t k = pos; k < key.size(); ++k) {
      w |= uint64_t{static_cast<unsigned char>(key[k])} << (8 * (k - pos));
    }
    h = (h ^ w) * kMul;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 32);
}

TEST_CASE("FlatStringMap: Hash reads every key length as a byte loop would", "[core][entity]") {
  const std::string text =
      "the quick brown fox Zelenskyy \xc5\x81\xc3\xb3"
      "d\xc5\xba said on Tuesday";
  for (size_t begin = 0; begin < 8; ++begin) {
    for (size_t size = 0; begin + size <= text.size() && size <= 24; ++size) {
      const std::string_view key = std::string_view(text).substr(begin, size);
      INFO("'" << key << "'");
      CHECK(internal::FlatStringMap<int>::Hash(key) == ByteWiseHash(key));
    }
  }
  // Different keys that share their last eight bytes still differ.
  CHECK(internal::FlatStringMap<int>::Hash("ab12345678") !=
        internal::FlatStringMap<int>::Hash("cd12345678"));
}

class KeyFixture {
 public:
  KeyFixture() {
    auto gazetteer = Gazetteer::Create("", Gazetteer::Options{.cities = false});
    REQUIRE(gazetteer.ok());
    auto keyer = EntityKeyer::Create("", gazetteer.value(), nullptr);
    REQUIRE(keyer.ok());
    keyer_ = std::make_unique<EntityKeyer>(std::move(keyer).value());
  }
  std::string Key(std::string_view name, EntityKind kind) const { return keyer_->Key(name, kind); }

 private:
  std::unique_ptr<EntityKeyer> keyer_;
};

TEST_CASE("EntityKeyer: collapses spelling variants of one entity", "[core][entity]") {
  KeyFixture f;
  struct Row {
    const char* a;
    const char* b;
    EntityKind kind;
  };
  const Row same[] = {
      {"Volodymyr Zelensky", "Volodymyr Zelenskyy", EntityKind::kPerson},
      {"Volodymyr Zelenskiy", "Volodymyr Zelensky", EntityKind::kPerson},
      {"Sergei Lavrov", "Sergey Lavrov", EntityKind::kPerson},
      {"Yury Ushakov", "Yuri Ushakov", EntityKind::kPerson},
      {"Muammar Gaddafi", "Muammar Qadhafi", EntityKind::kPerson},
      {"Moammar Gadhafi", "Muammar al-Qaddafi", EntityKind::kPerson},
      {"Mr Putin", "Putin", EntityKind::kPerson},
      {"NATO", "Nato", EntityKind::kOrganization},
      {"ICC", "International Criminal Court", EntityKind::kOrganization},
      {"the International Criminal Court", "ICC", EntityKind::kOrganization},
      {"U.S.", "United States", EntityKind::kCountry},
      {"US", "America", EntityKind::kCountry},
      {"the United States of America", "U.S.", EntityKind::kCountry},
      {"Russia", "Russian Federation", EntityKind::kCountry},
      {"Britain", "United Kingdom", EntityKind::kCountry},
      {"Kiev", "Kyiv", EntityKind::kPlace},
      // A company with and without its legal form.
      {"General Motors Corp", "General Motors", EntityKind::kOrganization},
      {"Merrill Lynch and Co Inc", "Merrill Lynch", EntityKind::kOrganization},
      {"Merrill Lynch & Co.", "Merrill Lynch", EntityKind::kOrganization},
      {"Siemens AG", "Siemens", EntityKind::kOrganization},
  };
  for (const Row& row : same) {
    INFO(row.a << " vs " << row.b);
    CHECK(f.Key(row.a, row.kind) == f.Key(row.b, row.kind));
  }
  CHECK(f.Key("U.S.", EntityKind::kCountry) == "us");
  CHECK(f.Key("NATO", EntityKind::kOrganization) == "nato");
  CHECK(f.Key("Sergei Lavrov", EntityKind::kPerson) == "sergey lavrov");
}

TEST_CASE("EntityKeyer: NormalizeWord answers alike from its memo", "[core][entity]") {
  auto gazetteer = Gazetteer::Create("", Gazetteer::Options{.cities = false});
  REQUIRE(gazetteer.ok());
  auto keyer = EntityKeyer::Create("", gazetteer.value(), nullptr);
  REQUIRE(keyer.ok());
  // Words whose memo slots collide (the memo has 1024 slots indexed by the low hash bits)
  // evict each other: each must still get its own answer, the first time and again.
  std::vector<std::string> words = {"zelenskyy", "qadhafi", "sergei"};
  const uint64_t slot = internal::FlatStringMap<std::string>::Hash(words[0]) & 1023;
  for (int n = 0; words.size() < 5 && n < 100000; ++n) {
    std::string word = "w" + std::to_string(n) + "iy";
    if ((internal::FlatStringMap<std::string>::Hash(word) & 1023) == slot) words.push_back(word);
  }
  REQUIRE(words.size() == 5);
  std::vector<std::string> first;
  for (const std::string& word : words) first.push_back(NormalizeNameWord(word, nullptr));
  CHECK(keyer.value().NormalizeWord("zelenskyy") == "zelensky");
  CHECK(keyer.value().NormalizeWord("sergei") == "sergey");
  for (int round = 0; round < 3; ++round) {
    for (size_t k = 3; k < words.size(); ++k) {
      INFO(words[k]);
      CHECK(keyer.value().NormalizeWord(words[k]) == first[k]);
      CHECK(keyer.value().NormalizeWord(words[0]) == "zelensky");
    }
  }
  // Another keyer (its own id) answers from its own tables, not from this one's memo entries.
  auto other = EntityKeyer::Create("", gazetteer.value(), nullptr);
  REQUIRE(other.ok());
  CHECK(other.value().NormalizeWord("qadhafi") == keyer.value().NormalizeWord("qadhafi"));
}

TEST_CASE("EntityKeyer: keeps different entities apart", "[core][entity]") {
  KeyFixture f;
  struct Row {
    const char* a;
    const char* b;
    EntityKind kind;
  };
  const Row different[] = {
      {"Donald Trump", "Donald Trump Jr.", EntityKind::kPerson},
      {"Raúl Castro", "Fidel Castro", EntityKind::kPerson},
      {"John Paul II", "John Paul I", EntityKind::kPerson},  // numerals keep their letters
      {"Vladimir Putin", "Volodymyr Zelensky", EntityKind::kPerson},
      {"Russia", "Ukraine", EntityKind::kCountry},
      {"Russia", "United States", EntityKind::kCountry},
      {"Niger", "Nigeria", EntityKind::kCountry},
      {"Anchorage", "Alaska", EntityKind::kPlace},
      // A legal form alone is not stripped to nothing; other words stay.
      {"Co Inc", "Inc", EntityKind::kOrganization},
      {"Ford Motor Co", "Ford", EntityKind::kOrganization},
      {"Bank of America Corp", "Bank", EntityKind::kOrganization},
  };
  for (const Row& row : different) {
    INFO(row.a << " vs " << row.b);
    CHECK(f.Key(row.a, row.kind) != f.Key(row.b, row.kind));
  }
}

TEST_CASE("EntityKeyer: applies the user alias table", "[core][entity]") {
  auto table = AliasTable::ParseTsv("aliases.tsv",
                                    "# test\n"
                                    "Vladimir Putin\tVVP|V. V. Putin\tperson\n"
                                    "Mari Smith\t!Mary Smith\tperson\n");
  REQUIRE(table.ok());
  auto gazetteer = Gazetteer::Create("", Gazetteer::Options{.cities = false});
  REQUIRE(gazetteer.ok());
  auto keyer = EntityKeyer::Create("", gazetteer.value(),
                                   std::make_shared<const AliasTable>(std::move(table).value()));
  REQUIRE(keyer.ok());
  const EntityKeyer& k = keyer.value();
  CHECK(k.Key("VVP", EntityKind::kPerson) == k.Key("Vladimir Putin", EntityKind::kPerson));
  CHECK(k.Key("V. V. Putin", EntityKind::kPerson) == "vladimir putin");
  // Without the table the spelling rule would join them ("mari" → "mary").
  CHECK(EntityKey("Mari Smith", EntityKind::kPerson) ==
        EntityKey("Mary Smith", EntityKind::kPerson));
  CHECK(k.Key("Mari Smith", EntityKind::kPerson) != k.Key("Mary Smith", EntityKind::kPerson));
}

TEST_CASE("EntityKey: uses the compiled-in tables", "[core][entity]") {
  CHECK(EntityKey("America", EntityKind::kCountry) == "us");
  CHECK(EntityKey("Zelenskyy", EntityKind::kPerson) == EntityKey("Zelensky", EntityKind::kPerson));
  CHECK(EntityKey("", EntityKind::kPerson).empty());
}

}  // namespace
}  // namespace eventgraph
