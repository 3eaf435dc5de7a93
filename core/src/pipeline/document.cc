#include "pipeline/document.h"

#include <algorithm>
#include <array>

#include "events/trigger_table.h"
#include "model/inlining.h"
#include "pipeline/trim.h"
#include "text/hash.h"
#include "text/tokenizer.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace concessions {

namespace {

// Tokens up to this many bytes are folded in a buffer on the stack when they are ASCII.
constexpr size_t kShortForm = 32;
// At most this many distinct forms are made room for ahead (see BuildDocument).
constexpr size_t kReservedForms = 4096;

constexpr std::array<char, 128> kLowerAscii = [] {
  std::array<char, 128> t{};
  for (int b = 0; b < 128; ++b) t[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  return t;
}();

bool IsAbbreviation(const void* ctx, std::string_view folded) {
  return !static_cast<const Lexicon*>(ctx)->Lookup(folded).empty();
}

// A word that starts a sentence after an abbreviation: a common word that is neither a
// title nor part of a name ("The", "It" but not "President", "Trump").
bool CommonNotName(const void* ctx, std::string_view folded, int max_tier) {
  const LexRange r = static_cast<const Lexicon*>(ctx)->Lookup(folded);
  const LexEntry* common = r.Find(LexKind::CommonWord);
  if (common == nullptr || common->rank > max_tier) return false;
  for (const LexEntry* e = r.begin; e != r.end; ++e) {
    if (e->kind == LexKind::Title || e->kind == LexKind::Country || e->kind == LexKind::Organization ||
        e->kind == LexKind::GivenName || e->kind == LexKind::Demonym)
      return false;
  }
  return true;
}

bool StartsSentence(const void* ctx, std::string_view folded) { return CommonNotName(ctx, folded, 35); }
// After "U.S." only a short, very common word ("The", "It", "But", "There") opens a sentence;
// "U.S. District Judge" goes on.
bool AlwaysStartsSentence(const void* ctx, std::string_view folded) {
  return folded.size() <= 5 && CommonNotName(ctx, folded, 10);
}

}  // namespace

uint32_t Document::SentenceOf(size_t i) const {
  // The last sentence that starts at or before i; it holds i unless i is past its end.
  const auto after = std::upper_bound(sentences.begin(), sentences.end(), i,
                                      [](size_t token, const Sentence& s) { return token < s.first; });
  if (after == sentences.begin()) return 0;
  const Sentence& s = *(after - 1);
  return i < s.last ? static_cast<uint32_t>(after - 1 - sentences.begin()) : 0;
}

CONCESSIONS_NOINLINE Document BuildDocument(std::string_view clean_text, const Lexicon& lexicon) {
  Document doc;
  doc.text = clean_text;
  doc.lexicon = &lexicon;
  doc.tokens = Tokenize(clean_text, WordTest{&IsAbbreviation, &lexicon});
  doc.sentences = SplitSentences(clean_text, doc.tokens, WordTest{&StartsSentence, &lexicon},
                                 WordTest{&AlwaysStartsSentence, &lexicon});
  TrimCapacity(doc.tokens);
  TrimCapacity(doc.sentences);
  doc.word_of.resize(doc.tokens.size());
  // News repeats its words: about half of a short text's tokens are distinct forms (0.50 on
  // the example), far fewer of a long one's, so no more than a few thousand are set aside.
  const size_t forms = std::min<size_t>(doc.tokens.size() / 2 + 16, kReservedForms);
  doc.words.Reserve(forms, forms * 8);
  std::string form;
  char ascii[kShortForm];
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    // Most tokens are short and ASCII: lowercased by table and hashed in the same pass.
    if (t.end - t.begin <= kShortForm) {
      uint32_t h = kHashSeed;
      size_t n = 0;
      for (size_t k = t.begin; k < t.end; ++k, ++n) {
        const auto b = static_cast<unsigned char>(clean_text[k]);
        if (b >= 0x80) break;
        ascii[n] = kLowerAscii[b];
        h = HashStep(h, ascii[n]);
      }
      if (n == t.end - t.begin) {
        doc.word_of[i] = doc.words.Intern(std::string_view(ascii, n), h);
        continue;
      }
    }
    form.clear();
    for (size_t k = t.begin; k < t.end;) {
      const auto b = static_cast<unsigned char>(clean_text[k]);
      if (b < 0x80) {
        form.push_back(kLowerAscii[b]);
        ++k;
        continue;
      }
      size_t len;
      const uint32_t cp = DecodeAt(clean_text, k, len);
      if (ClassOf(cp) != CharClass::Mark) AppendFolded(cp, form);
      k += len;
    }
    doc.word_of[i] = doc.words.Intern(form);
  }
  // Every stage asks the lexicon and the trigger table about the same words many times:
  // look each distinct form up once.
  doc.facts.resize(doc.words.size());
  std::vector<bool> done(doc.words.size(), false);
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const TokenKind kind = doc.tokens[i].kind;
    const uint32_t id = doc.word_of[i];
    if ((kind != TokenKind::Word && kind != TokenKind::Currency) || done[id]) continue;
    done[id] = true;
    Document::Facts& f = doc.facts[id];
    const std::string_view w = doc.words.Form(id);
    const uint32_t hash = doc.words.Hash(id);  // the lexicon and the trigger table hash as it does
    f.lex = lexicon.Lookup(w, hash);
    const TriggerFacts trigger = LookupTrigger(kTriggers, w, hash);
    f.trigger_bits = trigger.bits;
    f.trigger_longer = trigger.longer;
  }
  return doc;
}

}  // namespace concessions
