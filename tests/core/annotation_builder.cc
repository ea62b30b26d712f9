// SPDX-License-Identifier: Apache-2.0
#include "tests/core/annotation_builder.h"

#include <algorithm>
#include <sstream>

#include "core/sentence_splitter.h"
#include "core/tokenizer.h"
#include "tests/test_util.h"

namespace eventgraph::testing {

namespace {

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

TimeValue ValueOf(const std::string& value) {
  TimeValue t;
  t.value = value;
  int y = std::stoi(value.substr(0, 4));
  if (value.size() >= 10) {
    int m = std::stoi(value.substr(5, 2));
    int d = std::stoi(value.substr(8, 2));
    t.precision = Precision::kDay;
    t.begin = CivilDate{y, m, d};
    t.end = t.begin;
  } else if (value.size() >= 7) {
    int m = std::stoi(value.substr(5, 2));
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int last = kDays[m - 1];
    if (m == 2 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) last = 28;
    t.precision = Precision::kMonth;
    t.begin = CivilDate{y, m, 1};
    t.end = CivilDate{y, m, last};
  } else {
    t.precision = Precision::kYear;
    t.begin = CivilDate{y, 1, 1};
    t.end = CivilDate{y, 12, 31};
  }
  return t;
}

}  // namespace

AnnotationBuilder::AnnotationBuilder(std::string text, std::string dct, std::string id)
    : text_(std::move(text)), dct_(std::move(dct)), id_(std::move(id)) {}

AnnotationBuilder& AnnotationBuilder::Entity(const std::string& name, EntityKind kind,
                                             std::vector<std::string> forms,
                                             const std::string& parent) {
  eventgraph::Entity e;
  e.name = name;
  e.kind = kind;
  e.key = Lower(name);
  e.parent = parent;
  e.aliases = forms;
  std::sort(e.aliases.begin(), e.aliases.end());
  entities_.push_back(e);
  for (std::string& f : forms) {
    forms_.push_back(
        Form{std::move(f), static_cast<int32_t>(entities_.size() - 1), MentionForm::kName});
  }
  return *this;
}

AnnotationBuilder& AnnotationBuilder::Unconfirmed(const std::string& name) {
  for (eventgraph::Entity& e : entities_) {
    if (e.name != name) continue;
    e.kind = EntityKind::kOrganization;
    e.unconfirmed_person = true;
  }
  return *this;
}

AnnotationBuilder& AnnotationBuilder::Title(const std::string& name, const std::string& title) {
  for (eventgraph::Entity& e : entities_) {
    if (e.name == name) e.titles.push_back(title);
  }
  return *this;
}

AnnotationBuilder& AnnotationBuilder::Demonym(const std::string& name,
                                              std::vector<std::string> forms) {
  for (size_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].name != name) continue;
    for (std::string& f : forms) {
      forms_.push_back(Form{std::move(f), static_cast<int32_t>(i), MentionForm::kDemonym});
    }
  }
  return *this;
}

AnnotationBuilder& AnnotationBuilder::Timex(const std::string& surface, const std::string& value,
                                            int nth) {
  timexes_.push_back(TimexSpec{surface, value, nth});
  return *this;
}

Annotations AnnotationBuilder::Build() const {
  Annotations a;
  a.document = Document(id_, id_, text_);
  if (!dct_.empty()) a.document.set_dct(ParseIsoDate(dct_), DctSource::kHeader);
  Tokenizer tokenizer = Tokenizer::Create("").value();
  SentenceSplitter splitter = SentenceSplitter::Create("").value();
  a.tokens = tokenizer.Tokenize(a.document, a.document.body());
  a.sentences = splitter.Split(a.document.text(), a.tokens);
  a.entities = entities_;
  auto sentence_of = [&](uint32_t offset) {
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      if (a.sentences[s].span.begin <= offset && offset < a.sentences[s].span.end) return s;
    }
    return 0u;
  };
  std::vector<Form> forms = forms_;
  std::stable_sort(forms.begin(), forms.end(),
                   [](const Form& x, const Form& y) { return x.text.size() > y.text.size(); });
  std::vector<bool> taken(text_.size(), false);
  for (const Form& f : forms) {
    size_t pos = 0;
    while ((pos = text_.find(f.text, pos)) != std::string::npos) {
      size_t end = pos + f.text.size();
      bool boundary = (pos == 0 || !IsWordChar(text_[pos - 1])) &&
                      (end >= text_.size() || !IsWordChar(text_[end]));
      bool free = std::none_of(taken.begin() + static_cast<long>(pos),
                               taken.begin() + static_cast<long>(end), [](bool b) { return b; });
      if (boundary && free) {
        std::fill(taken.begin() + static_cast<long>(pos), taken.begin() + static_cast<long>(end),
                  true);
        Mention m;
        m.span = Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
        m.sentence = sentence_of(m.span.begin);
        m.kind = entities_[static_cast<size_t>(f.entity)].kind;
        m.form = f.form;
        m.entity = f.entity;
        m.rule = "test";
        a.mentions.push_back(m);
        ++a.entities[static_cast<size_t>(f.entity)].mention_count;
      }
      pos = end;
    }
  }
  std::sort(a.mentions.begin(), a.mentions.end(),
            [](const Mention& x, const Mention& y) { return x.span < y.span; });
  for (const TimexSpec& spec : timexes_) {
    size_t pos = 0;
    for (int n = 0; n <= spec.nth && pos != std::string::npos; ++n) {
      pos = text_.find(spec.surface, n == 0 ? 0 : pos + 1);
    }
    if (pos == std::string::npos) continue;
    eventgraph::Timex t;
    t.span = Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + spec.surface.size())};
    t.sentence = sentence_of(t.span.begin);
    t.rule = "test";
    if (!spec.value.empty() && spec.value[0] == 'P') {  // a duration: "three days" = P3D
      t.type = TimexType::kDuration;
      t.value = spec.value;
      a.timexes.push_back(t);
      continue;
    }
    // Days counted from the article's date, as the tagger anchors them.
    for (const char* day : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                            "Sunday", "today", "yesterday", "tomorrow"}) {
      if (spec.surface == day) t.anchor = "dct";
    }
    TimeValue v = ValueOf(spec.value);
    t.value = v.value;
    t.precision = v.precision;
    t.begin = v.begin;
    t.end = v.end;
    a.timexes.push_back(t);
  }
  std::sort(a.timexes.begin(), a.timexes.end(),
            [](const eventgraph::Timex& x, const eventgraph::Timex& y) { return x.span < y.span; });
  return a;
}

// Leaders, countries and places of the examples (all written for these tests).
AnnotationBuilder TestWorld(const std::string& text, const std::string& dct,
                            const std::string& id) {
  AnnotationBuilder b(text, dct, id);
  b.Entity("Olaf Scholz", EntityKind::kPerson, {"Olaf Scholz", "Scholz"})
      .Entity("Emmanuel Macron", EntityKind::kPerson, {"Emmanuel Macron", "Macron"})
      .Entity("Xi Jinping", EntityKind::kPerson, {"Xi Jinping", "Xi"})
      .Entity("Joe Biden", EntityKind::kPerson, {"Joe Biden", "Biden"})
      .Entity("Antony Blinken", EntityKind::kPerson, {"Antony Blinken", "Blinken"})
      .Entity("Jake Sullivan", EntityKind::kPerson, {"Jake Sullivan", "Sullivan"})
      .Entity("Wang Yi", EntityKind::kPerson, {"Wang Yi"})
      .Entity("Cai Qi", EntityKind::kPerson, {"Cai Qi"})
      .Entity("Narendra Modi", EntityKind::kPerson, {"Narendra Modi", "Modi"})
      .Entity("Germany", EntityKind::kCountry, {"Germany"})
      .Entity("France", EntityKind::kCountry, {"France"})
      .Entity("China", EntityKind::kCountry, {"China"})
      .Entity("United States", EntityKind::kCountry, {"United States", "US", "U.S."})
      .Entity("Israel", EntityKind::kCountry, {"Israel"})
      .Entity("Iran", EntityKind::kCountry, {"Iran"})
      .Entity("Spain", EntityKind::kCountry, {"Spain"})
      .Entity("NATO", EntityKind::kOrganization, {"NATO"})
      .Entity("California", EntityKind::kPlace, {"California"}, "united states")
      .Entity("San Francisco", EntityKind::kPlace, {"San Francisco"}, "california")
      .Entity("Filoli Estate", EntityKind::kPlace, {"Filoli Estate"})
      .Entity("Paris", EntityKind::kPlace, {"Paris"}, "france")
      .Entity("Elysee Palace", EntityKind::kPlace, {"Elysee Palace"})
      .Entity("Beijing", EntityKind::kPlace, {"Beijing"}, "china")
      .Entity("Damascus", EntityKind::kPlace, {"Damascus"})
      .Entity("Louisiana", EntityKind::kPlace, {"Louisiana"})
      .Demonym("Germany", {"German"})
      .Demonym("France", {"French"})
      .Demonym("China", {"Chinese"})
      .Demonym("Israel", {"Israeli"})
      .Demonym("Iran", {"Iranian"});
  return b;
}

std::string DumpEvents(const Annotations& a) {
  std::ostringstream out;
  for (const Event& e : a.events) {
    out << e.type << " " << EventStatusName(e.status) << " "
        << (e.time.known() ? e.time.value : "-");
    if (!e.place_chain.empty()) {
      out << " @";
      for (size_t i = 0; i < e.place_chain.size(); ++i) {
        out << (i ? "<" : "") << a.entities[static_cast<size_t>(e.place_chain[i])].name;
      }
    }
    out << " [";
    for (size_t i = 0; i < e.participants.size(); ++i) {
      const Participant& p = e.participants[i];
      out << (i ? ", " : "") << a.entities[static_cast<size_t>(p.entity)].name << "/"
          << ParticipantRoleName(p.role);
    }
    out << "]";
    if (e.corefers_to >= 0) out << " ->" << e.corefers_to;
    for (int32_t x : e.excluded) out << " -" << a.entities[static_cast<size_t>(x)].name;
    out << "\n";
  }
  return out.str();
}

std::string DumpRelations(const Annotations& a) {
  std::ostringstream out;
  for (const Relation& r : a.relations) {
    out << r.type << " " << a.entities[static_cast<size_t>(r.source)].name
        << (r.symmetric ? " <-> " : " -> ") << a.entities[static_cast<size_t>(r.target)].name << " "
        << EventStatusName(r.status) << " " << (r.time.known() ? r.time.value : "-") << " e"
        << r.event << "\n";
  }
  return out.str();
}

}  // namespace eventgraph::testing
