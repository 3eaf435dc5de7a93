// Negotiation moves on short texts written for these tests (labour, trade, courts, truces).
#include <gtest/gtest.h>

#include <string>

#include "lexicon/lexicon.h"
#include "pipeline/analyze_text.h"

namespace concessions {
namespace {

Analysis Analyze(const std::string& text) { return AnalyzeText(text, Options{}, BuiltinLexicon()); }

// The first event of a type, or nullptr.
const Event* First(const Analysis& a, EventType type) {
  for (const Event& v : a.events)
    if (v.type == type) return &v;
  return nullptr;
}

std::string ActorName(const Analysis& a, const Event* v) {
  return v && v->actor >= 0 ? a.entities[v->actor].name : "";
}

TEST(Events, SubjectOfAVerbIsTheActor) {
  const Analysis a = Analyze("Kenya rejected the proposal on Tuesday.");
  const Event* v = First(a, EventType::Rejection);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(ActorName(a, v), "Kenya");
  EXPECT_FALSE(v->negated);
}

TEST(Events, AHeadlineNounNamesAnOrganizationTheStoryNamesBelow) {
  const Analysis a = Analyze(
      "Dockers end walkout as employers agree to pay rise\n\n"
      "LISBON — The Federation of Port Employers agreed on Friday to a 6% pay rise for dockers.");
  ASSERT_FALSE(a.events.empty());
  const Event& first = a.events.front();
  EXPECT_EQ(first.type, EventType::Concession);  // agreeing to pay
  EXPECT_LT(first.trigger.end, a.sentences.size() > 1 ? a.sentences[1].begin : first.trigger.end + 1);
  EXPECT_EQ(ActorName(a, &first), "Federation of Port Employers");
}

TEST(Events, TheFamilyActsAsTheFamilyTheStoryNamed) {
  const Analysis a = Analyze("The Verlander family sold its stake in Ostrom Foods on Monday. "
                             "Family members will pay $2 million. The family rejected the offer.");
  const Event* pay = First(a, EventType::Concession);
  ASSERT_NE(pay, nullptr);
  EXPECT_EQ(ActorName(a, pay), "Verlander family");
  const Event* no = First(a, EventType::Rejection);
  ASSERT_NE(no, nullptr);
  EXPECT_EQ(ActorName(a, no), "Verlander family");
}

TEST(Events, APhrasalVerbAroundItsObjectIsOneMove) {
  // "put ... on hold" with the object between, and a date between subject and verb.
  const Analysis a = Analyze("Peru on Monday put the planned export levies on hold for one month.");
  const Event* v = First(a, EventType::Concession);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(ActorName(a, v), "Peru");
  EXPECT_NE(v->what.find("export levies"), std::string::npos) << v->what;
  // A particle across a clause boundary does not complete the verb.
  const Analysis b = Analyze("Peru put the levies in place, and Chile backed down on hold times.");
  for (const Event& e : b.events) EXPECT_NE(ActorName(b, &e), "Peru");
}

TEST(Events, AnUnnamedGroupThatActsIsAnEntityWithoutMentions) {
  const Analysis a = Analyze("Talks resumed in Brussels. The leaders ruled out any cut in the debt. "
                             "Later the leaders rejected a second plan. The companies rejected the plan.");
  ASSERT_GE(a.events.size(), 2u);
  const Event& first = a.events[0];
  ASSERT_GE(first.actor, 0);
  const Entity& group = a.entities[first.actor];
  EXPECT_EQ(group.name, "leaders");
  EXPECT_EQ(group.type, EntityType::Person);
  EXPECT_TRUE(group.mentions.empty());
  EXPECT_EQ(a.events[1].actor, first.actor);  // one entity per wording
  bool companies = false;
  for (const Event& v : a.events)
    if (v.actor >= 0 && a.entities[v.actor].name == "companies") {
      companies = true;
      EXPECT_EQ(a.entities[v.actor].type, EntityType::Org);
    }
  EXPECT_TRUE(companies);
  // The summary's ledger has a row for the group.
  bool row = false;
  for (const ActorLedger& l : a.summary.by_actor) row = row || l.actor == first.actor;
  EXPECT_TRUE(row);
}

TEST(Events, JudgingADealIsRejectingOrAgreeingToIt) {
  const Analysis a = Analyze("Ostrom Foods agreed to pay $5 million. "
                             "The Consumer Federation of Ruritania called the settlement \"a half-measure\". "
                             "Ostrom Foods described the deal as historic.");
  const Event* no = First(a, EventType::Rejection);
  ASSERT_NE(no, nullptr);
  EXPECT_EQ(ActorName(a, no), "Consumer Federation of Ruritania");
  EXPECT_EQ(no->what, "the settlement");
  // "imperfect but alive": the words after "but" decide.
  const Analysis b = Analyze("Ostrom Foods settled. The Ruritanian Farmers Union called the deal modest but workable.");
  EXPECT_EQ(First(b, EventType::Rejection), nullptr);
  // A commentator's praise is no agreement.
  const Analysis c = Analyze("Ostrom Foods settled. Jan Kowalczyk called the deal a breakthrough.");
  for (const Event& v : c.events) EXPECT_NE(ActorName(c, &v), "Jan Kowalczyk");
}

// "struck a deal with X": X agrees too; "with" may be the last word of the text, where the
// look-ahead for X ran past the tokens (found by the fuzzer: a read out of bounds).
TEST(Events, TheOtherSideOfADealAgreesToo) {
  const Analysis a = Analyze("Unifor struck a tentative deal with Ford on Sunday.");
  ASSERT_GE(a.events.size(), 2u);
  EXPECT_EQ(a.entities[a.events[1].actor].name, "Ford");
  for (const char* text : {"Ford struck a deal with", "Ford agreed a deal with the", "Ford agreed with"}) {
    const Analysis b = Analyze(text);
    for (const Event& e : b.events) EXPECT_LE(e.trigger.end, std::string_view(text).size()) << text;
  }
}

TEST(Events, PassiveAgentIsTheActor) {
  const Analysis a = Analyze("Peru made three demands. The demands were dismissed by Chile.");
  const Event* v = First(a, EventType::Rejection);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(ActorName(a, v), "Chile");
}

TEST(Events, PronounsResolveToTheLatestPerson) {
  const Analysis a = Analyze("Prime Minister Anna Berg met the unions. She proposed a limited pay rise for one year.");
  const Event* v = First(a, EventType::Proposal);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(ActorName(a, v), "Anna Berg");
  EXPECT_EQ(v->duration, "one year");
  ASSERT_FALSE(v->qualifiers.empty());
  EXPECT_EQ(v->qualifiers[0], "limited");
}

TEST(Events, JointSubjectsGiveOneEventPerParty) {
  const Analysis a = Analyze("Ecuador and Peru agreed to reopen the border.");
  int agreements = 0;
  for (const Event& v : a.events) agreements += v.type == EventType::Agreement;
  EXPECT_EQ(agreements, 2);
}

TEST(Events, VerbsWithToAfterAPluralSubject) {
  // "signed up to", "offered to": not participles used as adjectives ("a model tied to").
  const Analysis a = Analyze("Chile and Peru met. Both sides signed up to a 90-day pause. Chile offered to open talks.");
  int agreements = 0;
  for (const Event& v : a.events) agreements += v.type == EventType::Agreement;
  EXPECT_EQ(agreements, 2);
  EXPECT_NE(First(a, EventType::Offer), nullptr);
  const Analysis b = Analyze("Peru sold the plant under a pricing model tied to sales.");
  EXPECT_EQ(First(b, EventType::Demand), nullptr);
}

TEST(Events, AgreeingToGiveSomethingUpIsAConcession) {
  const Analysis a = Analyze("Kenya agreed to lower its tariffs on maize.");
  const Event* v = First(a, EventType::Concession);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(ActorName(a, v), "Kenya");
}

TEST(Events, InsistingIsADemandWithConditions) {
  const Analysis a = Analyze("Egypt insisted that any deal must include a prisoner exchange.");
  const Event* v = First(a, EventType::Demand);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(ActorName(a, v), "Egypt");
  ASSERT_FALSE(v->conditions.empty());
}

TEST(Events, RefusingToOfferIsNegated) {
  const Analysis a = Analyze("Norway did not agree to the plan.");
  ASSERT_FALSE(a.events.empty());
  EXPECT_TRUE(a.events[0].negated);
}

TEST(Events, HypotheticalsAreLeftOut) {
  const Analysis a = Analyze("If the union rejected the offer, the talks would fail.");
  EXPECT_EQ(First(a, EventType::Rejection), nullptr);
}

TEST(Events, AnalystsReportButDoNotAct) {
  const Analysis a = Analyze("Analysts suggest that the plan will fail.");
  EXPECT_EQ(First(a, EventType::Proposal), nullptr);
}

TEST(Events, NoAgentNoEvent) {
  const Analysis a = Analyze("An agreement has been reached.");
  EXPECT_TRUE(a.events.empty());
}

TEST(Summary, HeadlineContrastsALimitedOfferWithTheProposal) {
  const Analysis a = Analyze(
      "Chile proposed a comprehensive 60-day truce. "
      "Peru offered only a limited pause in strikes for two weeks.");
  EXPECT_NE(a.summary.headline.find("Peru"), std::string::npos) << a.summary.headline;
  EXPECT_NE(a.summary.headline.find("only"), std::string::npos) << a.summary.headline;
  EXPECT_NE(a.summary.headline.find("Chile proposed"), std::string::npos) << a.summary.headline;
  ASSERT_FALSE(a.summary.by_actor.empty());
  for (const SummaryPoint& p : a.summary.points) EXPECT_FALSE(p.events.empty());
}

}  // namespace
}  // namespace concessions
