// The text as every stage sees it: cleaned UTF-8, tokens, sentences, folded token forms, and
// what the lexicon and the trigger table say of each distinct form (asked once per form).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "pipeline/vocabulary.h"
#include "text/sentences.h"
#include "text/token.h"

namespace concessions {

struct Document {
  std::string_view text;  // cleaned UTF-8 (owned by the caller)
  Tokens tokens;
  std::vector<Sentence> sentences;
  Vocabulary words;                   // the distinct folded forms
  std::vector<uint32_t> word_of;      // token index -> its folded form's id in `words`
  // Per form id. Only forms that occur as a word (lexicon: or a currency sign) are looked up.
  struct Facts {
    LexRange lex;                 // its lexicon entries
    uint32_t trigger_bits = 0;    // TriggerBits of the form alone
    bool trigger_longer = false;  // some trigger phrase starts with the form and a space
  };
  std::vector<Facts> facts;
  const Lexicon* lexicon = nullptr;

  size_t size() const { return tokens.size(); }
  // The index of the sentence that holds token i (0 if none does). A binary search: a
  // per-token table would cost 4 bytes per token, a tenth of the document's memory.
  uint32_t SentenceOf(size_t i) const;
  // The index of a sentence of this document, from a reference to it.
  uint32_t IndexOf(const Sentence& s) const { return static_cast<uint32_t>(&s - sentences.data()); }
  std::string_view Raw(size_t i) const { return tokens[i].In(text); }
  std::string_view Folded(size_t i) const { return words.Form(word_of[i]); }
  bool Is(size_t i, std::string_view folded_word) const { return i < tokens.size() && Folded(i) == folded_word; }
  // Token i's lexicon entries (none unless it is a word or a currency sign).
  LexRange Lex(size_t i) const {
    const TokenKind k = tokens[i].kind;
    return k == TokenKind::Word || k == TokenKind::Currency ? facts[word_of[i]].lex : LexRange{};
  }
  // The trigger bits of the single word at token i (0 if it is not a word).
  uint32_t TriggerBitsAt(size_t i) const { return IsWord(i) ? facts[word_of[i]].trigger_bits : 0; }
  // Whether a trigger phrase of several words may start with the word at token i.
  bool TriggerLongerAt(size_t i) const { return IsWord(i) && facts[word_of[i]].trigger_longer; }
  bool IsWord(size_t i) const { return i < tokens.size() && tokens[i].kind == TokenKind::Word; }
  bool IsCap(size_t i) const {
    return i < tokens.size() && tokens[i].kind == TokenKind::Word &&
           (tokens[i].Has(kCapitalized) || tokens[i].Has(kAllCaps));
  }
};

// Builds the document for a cleaned text: tokens, sentences and folded forms.
Document BuildDocument(std::string_view clean_text, const Lexicon& lexicon);

}  // namespace concessions
