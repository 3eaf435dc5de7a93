// The text as every stage sees it: cleaned UTF-8, tokens, sentences, folded token forms.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/sentences.h"
#include "text/token.h"

namespace concessions {

struct Document {
  std::string_view text;  // cleaned UTF-8 (owned by the caller)
  Tokens tokens;
  std::vector<Sentence> sentences;
  std::vector<uint32_t> sentence_of;  // token index -> sentence index
  std::string folded;                 // every token's folded form, back to back
  std::vector<uint32_t> fold_at;      // token i's folded form is folded[fold_at[i], fold_at[i+1])
  std::vector<LexRange> lex;          // token i's lexicon entries, looked up once
  const Lexicon* lexicon = nullptr;

  size_t size() const { return tokens.size(); }
  std::string_view Raw(size_t i) const { return tokens[i].In(text); }
  std::string_view Folded(size_t i) const { return std::string_view(folded).substr(fold_at[i], fold_at[i + 1] - fold_at[i]); }
  bool Is(size_t i, std::string_view folded_word) const { return i < tokens.size() && Folded(i) == folded_word; }
  LexRange Lex(size_t i) const { return lex[i]; }
  bool IsWord(size_t i) const { return i < tokens.size() && tokens[i].kind == TokenKind::Word; }
  bool IsCap(size_t i) const {
    return i < tokens.size() && tokens[i].kind == TokenKind::Word &&
           (tokens[i].Has(kCapitalized) || tokens[i].Has(kAllCaps));
  }
};

// Builds the document for a cleaned text: tokens, sentences and folded forms.
Document BuildDocument(std::string_view clean_text, const Lexicon& lexicon);

}  // namespace concessions
