// Entity recognition and linking on short texts, through the whole pipeline with the
// built-in lexicon. Each case is a pattern news copy uses, not a sentence from the dev corpus.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/lexicon.h"
#include "pipeline/analyze_text.h"

namespace concessions {
namespace {

struct Found {
  std::string text;
  std::string type;
  std::string name;
};

Analysis Analyze(const std::string& text) { return AnalyzeText(text, Options{}, BuiltinLexicon()); }

std::vector<Found> Mentions(const std::string& text) {
  const Analysis a = Analyze(text);
  std::vector<Found> out;
  for (const Entity& e : a.entities)
    for (const ByteSpan& m : e.mentions) out.push_back({text.substr(m.begin, m.end - m.begin), EntityTypeName(e.type), e.name});
  return out;
}

bool Has(const std::vector<Found>& found, const std::string& text, const std::string& type) {
  for (const Found& f : found)
    if (f.text == text && f.type == type) return true;
  return false;
}

const Found* Find(const std::vector<Found>& found, const std::string& text) {
  for (const Found& f : found)
    if (f.text == text) return &f;
  return nullptr;
}

TEST(Entities, TitlesAreRolesNotNames) {
  const std::string text = "Brazilian President Luiz Lula met former President Donald Trump on Monday.";
  const auto m = Mentions(text);
  EXPECT_TRUE(Has(m, "Brazilian", "NORP"));
  EXPECT_TRUE(Has(m, "Luiz Lula", "PERSON"));
  EXPECT_TRUE(Has(m, "Donald Trump", "PERSON"));
  EXPECT_TRUE(Has(m, "Monday", "DATE"));
  EXPECT_EQ(Find(m, "President"), nullptr);
  const Analysis a = Analyze(text);
  bool former = false;
  for (const Entity& e : a.entities) former = former || (e.name == "Donald Trump" && e.role == "former President");
  EXPECT_TRUE(former);
}

TEST(Entities, SurnamesAndPossessivesLinkToTheFullName) {
  const std::string text = "Kenyan Foreign Minister Musalia Mudavadi spoke. Mudavadi's aides later left.";
  const auto m = Mentions(text);
  const Found* short_form = Find(m, "Mudavadi");
  ASSERT_NE(short_form, nullptr);
  EXPECT_EQ(short_form->type, "PERSON");
  EXPECT_EQ(short_form->name, "Musalia Mudavadi");
}

TEST(Entities, CountryAliasesAreOneEntity) {
  const std::string text = "The U.S. and the United States and America are one; so are the UK and Britain.";
  const auto m = Mentions(text);
  for (const char* alias : {"U.S.", "United States", "America"}) {
    const Found* f = Find(m, alias);
    ASSERT_NE(f, nullptr) << alias;
    EXPECT_EQ(f->type, "GPE");
    EXPECT_EQ(f->name, "United States");
  }
  ASSERT_NE(Find(m, "Britain"), nullptr);
  EXPECT_EQ(Find(m, "Britain")->name, "United Kingdom");
}

TEST(Entities, HeadlineCapitalsAndDatelines) {
  const std::string text =
      "Strategic Moves and Implications for U.S. Relations\n"
      "PARIS - Officials in France said talks would resume.";
  const auto m = Mentions(text);
  EXPECT_EQ(Find(m, "Strategic"), nullptr);
  EXPECT_EQ(Find(m, "Moves"), nullptr);
  EXPECT_TRUE(Has(m, "U.S.", "GPE"));
  EXPECT_TRUE(Has(m, "PARIS", "GPE"));
  EXPECT_EQ(Find(m, "PARIS")->name, "Paris");
  EXPECT_EQ(Find(m, "Officials"), nullptr);
}

TEST(Entities, HyphenatedPairsAndAcronyms) {
  const auto m = Mentions("U.S.-China ties worry NATO and the UAW-represented plants.");
  EXPECT_TRUE(Has(m, "U.S.", "GPE"));
  EXPECT_TRUE(Has(m, "China", "GPE"));
  EXPECT_TRUE(Has(m, "NATO", "ORG"));
  EXPECT_EQ(Find(m, "UAW-represented"), nullptr);
  // A name that opens with an acronym is an organization's, though "Amro" is a given name.
  EXPECT_TRUE(Has(Mentions("Analysts at ABN Amro said the deal would add costs."), "ABN Amro", "ORG"));
}

TEST(Entities, ADefinedAcronymWinsEvenJoinedToAnotherNameAboveItsDefinition) {
  // The gazetteer knows IMF as the International Monetary Fund; this story defines it.
  const std::string text =
      "IMF and IMFU sign pay deal\n\n"
      "The Independent Miners Federation (IMF) and the Independent Miners Federation Union (IMFU) signed a deal. "
      "The IMF said it would pay.";
  const auto m = Mentions(text);
  int imf = 0;
  for (const Found& f : m) {
    if (f.text != "IMF") continue;
    ++imf;
    EXPECT_EQ(f.name, "Independent Miners Federation");
  }
  EXPECT_EQ(imf, 3);
}

TEST(Entities, ArabicParticlesJoinedByAHyphenArePartOfTheName) {
  const auto m = Mentions("Oman's foreign minister, Khalid al-Harthy, said talks would go on. "
                          "Al-Harthy said Osman el-Tayeb agreed.");
  EXPECT_TRUE(Has(m, "Khalid al-Harthy", "PERSON"));
  EXPECT_TRUE(Has(m, "Osman el-Tayeb", "PERSON"));
  const Found* later = Find(m, "Al-Harthy");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->name, "Khalid al-Harthy");
  // A lowercase compound is still no name: "al-" must join a capital.
  EXPECT_EQ(Find(m, "Khalid"), nullptr);
}

TEST(Entities, ANameTheTextShowsToBeAPlaceIsThatPlaceWhereItWasOnlyGuessed) {
  const auto m = Mentions("Army agrees to 72-hour truce for El Fasher after talks\n\n"
                          "KHARTOUM — The army agreed to a truce in the besieged city of El Fasher on Sunday.");
  int places = 0;
  for (const Found& f : m) {
    if (f.text != "El Fasher") continue;
    EXPECT_EQ(f.type, "GPE");
    ++places;
  }
  EXPECT_EQ(places, 2);
}

TEST(Entities, ACompanysDistinctiveFirstWordStandsForIt) {
  const auto m = Mentions("SYDNEY — Vantorra Mining Group will pay A$5 million to settle the case. "
                          "Vantorra, which had offered A$2 million, did not admit liability.");
  const Found* short_name = Find(m, "Vantorra");
  ASSERT_NE(short_name, nullptr);
  EXPECT_EQ(short_name->name, "Vantorra Mining Group");
  // Two companies sharing the word: it stands for neither.
  const auto two = Mentions("Vantorra Mining Group and Vantorra Shipping Group merged. Vantorra said more.");
  const Found* ambiguous = Find(two, "Vantorra");
  if (ambiguous) {
    EXPECT_NE(ambiguous->name, "Vantorra Mining Group");
    EXPECT_NE(ambiguous->name, "Vantorra Shipping Group");
  }
}

TEST(Entities, AFamilyAndItsPluralNameAreOneGroupOfPeople) {
  const std::string text = "Verlanders agree to sell stake\n\n"
                           "The Verlander family will sell its stake in Ostrom Foods. The Verlanders declined to comment.";
  const Analysis a = Analyze(text);
  int family = -1;
  for (size_t e = 0; e < a.entities.size(); ++e)
    if (a.entities[e].name == "Verlander family") family = static_cast<int>(e);
  ASSERT_GE(family, 0);
  EXPECT_EQ(a.entities[family].type, EntityType::Person);
  std::vector<std::string> mentions;
  for (const ByteSpan& m : a.entities[family].mentions) mentions.push_back(text.substr(m.begin, m.end - m.begin));
  EXPECT_EQ(mentions, (std::vector<std::string>{"Verlanders", "Verlander family", "Verlanders"}));
}

TEST(Entities, ARoleInAppositionIsThePersonsRole) {
  const Analysis a = Analyze("Brazil's environment minister, Maria Andrade, said the talks would go on. "
                             "Shawn Fain, the UAW's president, said workers won. Talks resumed, Jan Novak said.");
  auto role_of = [&](const std::string& name) -> std::string {
    for (const Entity& e : a.entities)
      if (e.name == name) return e.role;
    return "(none)";
  };
  EXPECT_EQ(role_of("Maria Andrade"), "environment minister of Brazil");
  EXPECT_EQ(role_of("Shawn Fain"), "president");
  EXPECT_EQ(role_of("Jan Novak"), "");
}

TEST(Entities, OrganizationsFromHeadWordsAndAcronyms) {
  const std::string text =
      "The Kenya Teachers Union struck a deal with the Ministry of Education. "
      "The KTU said members would return.";
  const auto m = Mentions(text);
  EXPECT_TRUE(Has(m, "Kenya Teachers Union", "ORG"));
  EXPECT_TRUE(Has(m, "Ministry of Education", "ORG"));
  const Found* acronym = Find(m, "KTU");
  ASSERT_NE(acronym, nullptr);
  EXPECT_EQ(acronym->name, "Kenya Teachers Union");
}

TEST(Entities, AcronymsTheTextDefinesWinOverTheGazetteer) {
  const auto m = Mentions("The Australian Football League (AFL) met players. The AFL later agreed.");
  const Found* acronym = Find(m, "AFL");
  ASSERT_NE(acronym, nullptr);
  EXPECT_EQ(acronym->name, "Australian Football League");
}

TEST(Entities, PlacesByContext) {
  const auto m = Mentions("Fighting went on in El Fasher and the Darfur region.");
  EXPECT_TRUE(Has(m, "El Fasher", "GPE"));
  EXPECT_TRUE(Has(m, "Darfur", "GPE"));
}

TEST(Entities, PlacesSeasAndGroups) {
  const auto m = Mentions("Ships in the Red Sea and the Litani River worried European and Muslim leaders in Ottawa.");
  EXPECT_TRUE(Has(m, "Red Sea", "LOC"));
  EXPECT_TRUE(Has(m, "Litani River", "LOC"));
  EXPECT_TRUE(Has(m, "European", "NORP"));
  EXPECT_TRUE(Has(m, "Muslim", "NORP"));
  EXPECT_TRUE(Has(m, "Ottawa", "GPE"));
}

TEST(Entities, NumbersDatesAndDurations) {
  const std::string text =
      "The 30-day truce began on March 18 and will last over three years, the next 30 days or "
      "one month; it costs $6 billion, \u20ac1.2bn and more than 30% of 100 tonnes, said 57,000 union members.";
  const auto m = Mentions(text);
  EXPECT_TRUE(Has(m, "30-day", "DATE"));
  EXPECT_TRUE(Has(m, "March 18", "DATE"));
  EXPECT_TRUE(Has(m, "over three years", "DATE"));
  EXPECT_TRUE(Has(m, "next 30 days", "DATE"));
  EXPECT_TRUE(Has(m, "one month", "DATE"));
  EXPECT_TRUE(Has(m, "$6 billion", "MONEY"));
  EXPECT_TRUE(Has(m, "\u20ac1.2bn", "MONEY"));
  EXPECT_TRUE(Has(m, "more than 30%", "PERCENT"));
  EXPECT_TRUE(Has(m, "100 tonnes", "QUANTITY"));
  EXPECT_EQ(Find(m, "57,000"), nullptr);
}

TEST(Entities, ShortSentencesOfNamesAreNotHeadlines) {
  const auto m = Mentions("Rishi Sunak and Jim Farley spoke.");
  EXPECT_TRUE(Has(m, "Rishi Sunak", "PERSON"));
  EXPECT_TRUE(Has(m, "Jim Farley", "PERSON"));
}

TEST(Entities, NameParticlesStayInTheName) {
  const std::string text = "Talks: Sunak and von der Leyen meet\nRishi Sunak and Ursula von der Leyen met in Windsor.";
  const auto m = Mentions(text);
  ASSERT_NE(Find(m, "Ursula von der Leyen"), nullptr);
  ASSERT_NE(Find(m, "von der Leyen"), nullptr);
  EXPECT_EQ(Find(m, "von der Leyen")->name, "Ursula von der Leyen");
  EXPECT_EQ(Find(m, "Sunak")->name, "Rishi Sunak");
}

TEST(Entities, MentionsNeverOverlapAndStaySorted) {
  const std::string text = "Russian President Vladimir Putin's Kremlin and the White House of the United States.";
  const Analysis a = Analyze(text);
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const Entity& e : a.entities) {
    for (size_t i = 1; i < e.mentions.size(); ++i) EXPECT_LT(e.mentions[i - 1].begin, e.mentions[i].begin);
    for (const ByteSpan& m : e.mentions) spans.emplace_back(m.begin, m.end);
  }
  std::sort(spans.begin(), spans.end());
  for (size_t i = 1; i < spans.size(); ++i) EXPECT_LE(spans[i - 1].second, spans[i].first);
}

}  // namespace
}  // namespace concessions
