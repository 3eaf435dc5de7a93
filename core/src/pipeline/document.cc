#include "pipeline/document.h"

#include "text/tokenizer.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace concessions {

namespace {

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

Document BuildDocument(std::string_view clean_text, const Lexicon& lexicon) {
  Document doc;
  doc.text = clean_text;
  doc.lexicon = &lexicon;
  doc.tokens = Tokenize(clean_text, WordTest{&IsAbbreviation, &lexicon});
  doc.sentences = SplitSentences(clean_text, doc.tokens, WordTest{&StartsSentence, &lexicon},
                                 WordTest{&AlwaysStartsSentence, &lexicon});
  doc.sentence_of.assign(doc.tokens.size(), 0);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t i = doc.sentences[s].first; i < doc.sentences[s].last; ++i) doc.sentence_of[i] = s;
  doc.folded.reserve(clean_text.size());
  doc.fold_at.reserve(doc.tokens.size() + 1);
  for (const Token& t : doc.tokens) {
    doc.fold_at.push_back(static_cast<uint32_t>(doc.folded.size()));
    for (size_t k = t.begin; k < t.end;) {
      size_t len;
      const uint32_t cp = DecodeAt(clean_text, k, len);
      if (ClassOf(cp) != CharClass::Mark) AppendFolded(cp, doc.folded);
      k += len;
    }
  }
  doc.fold_at.push_back(static_cast<uint32_t>(doc.folded.size()));
  // Every stage asks the lexicon about the same words many times: look each up once.
  doc.lex.resize(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const TokenKind kind = doc.tokens[i].kind;
    if (kind == TokenKind::Word || kind == TokenKind::Currency) doc.lex[i] = lexicon.Lookup(doc.Folded(i));
  }
  return doc;
}

}  // namespace concessions
