// The document pass: majority types per name, further occurrences of tagged
// names, and what it must never do (cross a sentence, overlap a span, cut a
// capitalised run, spread a lower-case name).
#include "nlp/document_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace dossier::nlp {
namespace {

constexpr uint8_t kPer = 0, kOrg = 1, kLoc = 2;

struct Sentence {
  std::string text;             // words separated by single spaces
  std::vector<NerSpan> spans;   // the tagger's spans, sentence word indices
};

// Runs the pass over the sentences and writes each span as "words/TYPE".
std::vector<std::string> Harmonise(const std::vector<Sentence>& doc, int person_type = -1) {
  DocumentNames names;
  std::vector<std::string> all;
  uint32_t offset = 0;
  for (const auto& s : doc) {
    std::istringstream in(s.text);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<WordInfo> info;
    for (const auto& w : words) info.push_back(DescribeWord(w));
    names.AddSentence(offset, info.data(), static_cast<int>(info.size()), s.spans);
    offset += static_cast<uint32_t>(words.size());
    all.insert(all.end(), words.begin(), words.end());
  }
  names.Harmonise(person_type);
  static const char* kType[] = {"PER", "ORG", "LOC"};
  std::vector<std::string> out;
  for (const NerSpan& sp : names.spans()) {
    std::string t;
    for (uint32_t i = sp.begin; i < sp.end; ++i) t += (i > sp.begin ? " " : "") + all[i];
    out.push_back(t + "/" + kType[sp.type]);
  }
  return out;
}

using Spans = std::vector<std::string>;

TEST(DocumentNamesTest, EveryOccurrenceTakesTheMajorityType) {
  EXPECT_EQ(Harmonise({{"Halden lies on the fjord .", {{0, 1, kLoc}}},
                       {"Halden is quiet in winter .", {{0, 1, kPer}}},
                       {"They drove to Halden .", {{3, 4, kLoc}}}}),
            (Spans{"Halden/LOC", "Halden/LOC", "Halden/LOC"}));
}

TEST(DocumentNamesTest, ASurnameAloneOfATaggedPersonIsThatPerson) {
  const std::vector<Sentence> doc = {
      {"President Cyril Ramaphosa met Adeyemi .", {{1, 3, kPer}, {4, 5, kPer}}},
      {"Ramaphosa said Cyril was wrong .", {{0, 1, kLoc}, {2, 3, kOrg}}},
      {"He saw Ramaphosa .", {}}};
  // Only the last word of a multi-word person, only a one-word span, and only
  // with the person type known.
  EXPECT_EQ(Harmonise(doc, kPer),
            (Spans{"Cyril Ramaphosa/PER", "Adeyemi/PER", "Ramaphosa/PER", "Cyril/ORG", "Ramaphosa/PER"}));
  EXPECT_EQ(Harmonise(doc),
            (Spans{"Cyril Ramaphosa/PER", "Adeyemi/PER", "Ramaphosa/LOC", "Cyril/ORG", "Ramaphosa/LOC"}));
}

TEST(DocumentNamesTest, ATieGoesToTheFirstOccurrence) {
  EXPECT_EQ(Harmonise({{"Ms Okafor met Adeyemi .", {{3, 4, kPer}}},
                       {"Adeyemi closed on Friday .", {{0, 1, kOrg}}}}),
            (Spans{"Adeyemi/PER", "Adeyemi/PER"}));
}

TEST(DocumentNamesTest, AnUntaggedOccurrenceOfATaggedNameIsAdded) {
  EXPECT_EQ(Harmonise({{"The talks in Port Louis ended .", {{3, 5, kLoc}}},
                       {"Officials in Port Louis said nothing .", {}},
                       {"Port Louis was calm .", {}}}),
            (Spans{"Port Louis/LOC", "Port Louis/LOC", "Port Louis/LOC"}));
}

TEST(DocumentNamesTest, ALongerCapitalisedRunIsLeftAlone) {
  // "Adeyemi Holdings" and "Tunde Adeyemi" may name something else.
  EXPECT_EQ(Harmonise({{"Adeyemi spoke .", {{0, 1, kPer}}},
                       {"Adeyemi Holdings grew .", {}},
                       {"He met Tunde Adeyemi .", {}}}),
            (Spans{"Adeyemi/PER"}));
}

TEST(DocumentNamesTest, ATaggedNeighbourDoesNotBlock) {
  EXPECT_EQ(Harmonise({{"Adeyemi spoke .", {{0, 1, kPer}}},
                       {"In Lagos Adeyemi spoke .", {{1, 2, kLoc}}}}),
            (Spans{"Adeyemi/PER", "Lagos/LOC", "Adeyemi/PER"}));
}

TEST(DocumentNamesTest, LowerCaseNamesAndCaseVariantsAreNotSpread) {
  EXPECT_EQ(Harmonise({{"we ate at taco bell .", {{3, 5, kOrg}}},
                       {"taco bell was closed .", {}},
                       {"PORT LOUIS and Port Louis .", {{3, 5, kLoc}}}}),
            (Spans{"taco bell/ORG", "Port Louis/LOC"}));
}

TEST(DocumentNamesTest, LongestNameFirst) {
  EXPECT_EQ(Harmonise({{"The New Harbor Trust met .", {{1, 4, kOrg}}},
                       {"New Harbor is a town .", {{0, 2, kLoc}}},
                       {"Members of New Harbor Trust met .", {}}}),
            (Spans{"New Harbor Trust/ORG", "New Harbor/LOC", "New Harbor Trust/ORG"}));
}

TEST(DocumentNamesTest, NoNameAcrossSentences) {
  EXPECT_EQ(Harmonise({{"He met Lin Song .", {{2, 4, kPer}}},
                       {"They called Lin", {}},
                       {"Song arrived .", {}}}),
            (Spans{"Lin Song/PER"}));
}

TEST(DocumentNamesTest, ClearForgetsTheLastDocument) {
  DocumentNames names;
  WordInfo w = DescribeWord("Halden");
  NerSpan sp{0, 1, kLoc};
  names.AddSentence(0, &w, 1, std::span<const NerSpan>(&sp, 1));
  names.Harmonise();
  ASSERT_EQ(names.spans().size(), 1u);
  names.Clear();
  names.AddSentence(0, &w, 1, {});
  names.Harmonise();
  EXPECT_TRUE(names.spans().empty());
}

// A random document over a small vocabulary, its tagger spans (document word
// indices) and what DocumentNames made of them.
struct RandomDocument {
  std::vector<std::string> words;
  std::vector<int> sentence_of;
  std::vector<NerSpan> tagged;
  std::vector<NerSpan> harmonised;
};

RandomDocument MakeRandomDocument(std::mt19937& rng) {
  const char* kWords[] = {"Aro", "Bel", "Cam", "and", "the", "Dun", "of"};
  RandomDocument d;
  DocumentNames names;
  uint32_t offset = 0;
  const int sentences = 1 + static_cast<int>(rng() % 4);
  for (int s = 0; s < sentences; ++s) {
    const int n = 1 + static_cast<int>(rng() % 8);
    std::vector<WordInfo> info;
    for (int i = 0; i < n; ++i) {
      d.words.push_back(kWords[rng() % 7]);
      d.sentence_of.push_back(s);
      info.push_back(DescribeWord(d.words.back()));
    }
    std::vector<NerSpan> spans;
    for (int i = 0; i < n;) {
      const int len = 1 + static_cast<int>(rng() % 2);
      if (rng() % 3 == 0 && i + len <= n) {
        spans.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + len),
                         static_cast<uint8_t>(rng() % 3)});
        d.tagged.push_back({offset + i, offset + i + len, spans.back().type});
        i += len;
      } else {
        ++i;
      }
    }
    names.AddSentence(offset, info.data(), n, spans);
    offset += static_cast<uint32_t>(n);
  }
  names.Harmonise(kPer);
  d.harmonised = names.spans();
  return d;
}

// The pass as the header states it, on strings and without indexes.
std::vector<NerSpan> ReferenceHarmonise(const RandomDocument& d) {
  using Words = std::vector<std::string>;
  auto words_of = [&](uint32_t b, uint32_t e) { return Words(d.words.begin() + b, d.words.begin() + e); };
  auto capitalised = [&](uint32_t i) { return std::isupper(static_cast<unsigned char>(d.words[i][0])) != 0; };
  std::vector<Words> names;  // in order of first occurrence
  std::vector<std::vector<int>> votes;
  std::vector<int> first_type;
  for (const NerSpan& t : d.tagged) {
    const Words w = words_of(t.begin, t.end);
    size_t k = std::find(names.begin(), names.end(), w) - names.begin();
    if (k == names.size()) {
      names.push_back(w);
      votes.push_back(std::vector<int>(3, 0));
      first_type.push_back(t.type);
    }
    ++votes[k][t.type];
  }
  auto majority = [&](size_t k) {
    int best = first_type[k];
    for (int t = 0; t < 3; ++t) {
      if (votes[k][t] > votes[k][best]) best = t;
    }
    return static_cast<uint8_t>(best);
  };
  // A one-word name that is the last word of a multi-word person is a person.
  std::vector<std::string> surnames;
  for (size_t k = 0; k < names.size(); ++k) {
    if (names[k].size() >= 2 && majority(k) == kPer) surnames.push_back(names[k].back());
  }
  auto type_of = [&](size_t k) {
    const bool surname = names[k].size() == 1 &&
                         std::find(surnames.begin(), surnames.end(), names[k][0]) != surnames.end();
    return surname ? kPer : majority(k);
  };
  std::vector<NerSpan> out;
  std::vector<bool> taken(d.words.size(), false);
  for (const NerSpan& t : d.tagged) {
    const size_t k = std::find(names.begin(), names.end(), words_of(t.begin, t.end)) - names.begin();
    out.push_back({t.begin, t.end, type_of(k)});
    for (uint32_t i = t.begin; i < t.end; ++i) taken[i] = true;
  }
  std::vector<size_t> order(names.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return names[a].size() > names[b].size(); });
  const uint32_t n = static_cast<uint32_t>(d.words.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (taken[i] || !capitalised(i)) continue;
    if (i > 0 && d.sentence_of[i - 1] == d.sentence_of[i] && !taken[i - 1] && capitalised(i - 1)) continue;
    for (size_t k : order) {
      const uint32_t end = i + static_cast<uint32_t>(names[k].size());
      if (end > n || words_of(i, end) != names[k]) continue;
      bool fits = true;
      for (uint32_t j = i; j < end; ++j) fits = fits && !taken[j] && d.sentence_of[j] == d.sentence_of[i];
      if (!fits) continue;
      if (end < n && d.sentence_of[end] == d.sentence_of[i] && capitalised(end)) continue;
      out.push_back({i, end, type_of(k)});
      for (uint32_t j = i; j < end; ++j) taken[j] = true;
      i = end - 1;
      break;
    }
  }
  std::sort(out.begin(), out.end(), [](const NerSpan& a, const NerSpan& b) { return a.begin < b.begin; });
  return out;
}

std::string Describe(const std::vector<NerSpan>& spans) {
  std::string s;
  for (const NerSpan& sp : spans) {
    s += "[" + std::to_string(sp.begin) + "," + std::to_string(sp.end) + ")" + std::to_string(sp.type) + " ";
  }
  return s;
}

// On random documents: the tagger's spans keep their words, no two spans
// overlap, none crosses a sentence, all spans of the same words have one type,
// and the result is what the slow reference computes.
TEST(DocumentNamesTest, RandomDocumentsMatchTheReference) {
  std::mt19937 rng(5);
  for (int trial = 0; trial < 500; ++trial) {
    const RandomDocument d = MakeRandomDocument(rng);
    const auto& out = d.harmonised;
    for (const NerSpan& t : d.tagged) {
      bool kept = false;
      for (const NerSpan& sp : out) kept = kept || (sp.begin == t.begin && sp.end == t.end);
      EXPECT_TRUE(kept) << "trial " << trial;
    }
    for (size_t k = 0; k < out.size(); ++k) {
      EXPECT_EQ(d.sentence_of[out[k].begin], d.sentence_of[out[k].end - 1]) << "trial " << trial;
      if (k > 0) {
        EXPECT_LE(out[k - 1].end, out[k].begin) << "trial " << trial;
      }
    }
    EXPECT_EQ(Describe(out), Describe(ReferenceHarmonise(d))) << "trial " << trial;
  }
}

}  // namespace
}  // namespace dossier::nlp
