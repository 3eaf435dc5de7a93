#include "text/sentences.h"

#include <string>

#include "text/unicode.h"

namespace concessions {

namespace {

bool IsStop(std::string_view tok) {
  return tok.find_first_of(".!?") != std::string_view::npos &&
         tok.find_first_not_of(".!?") == std::string_view::npos;
}

bool IsCloser(const Token& t, std::string_view text) {
  if (t.kind == TokenKind::Close) return true;
  if (t.kind != TokenKind::Quote) return false;
  const std::string_view q = t.In(text);
  return q == "\"" || q == "'" || q == "\u201d" || q == "\u2019" || q == "\u00bb";
}

// An abbreviation with its period ends the sentence only when the next word starts one:
// capitalized and a common word ("The", "It"), or not a word at all.
bool AbbreviationEnds(std::string_view text, const Tokens& tokens, size_t i, WordTest is_common,
                      WordTest is_sentence_starter) {
  if (i + 1 >= tokens.size()) return true;
  const Token& next = tokens[i + 1];
  if (next.Has(kNewlineBefore)) return true;
  if (next.kind != TokenKind::Word || !next.Has(kCapitalized)) return false;
  const std::string_view word = tokens[i].In(text);
  if (word.size() == 2) return false;  // an initial: "J. D. Vance"
  std::string folded = FoldKey(next.In(text));
  // After a dotted acronym ("U.S.", "U.K.") only a word that starts sentences ends one:
  // "with the U.S. The talks" ends, "for U.S. Relations" does not.
  if (word.size() >= 4 && word[word.size() - 3] == '.') return is_sentence_starter(folded);
  return is_common(folded);
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, Tokens& tokens, WordTest is_common,
                                     WordTest is_sentence_starter) {
  std::vector<Sentence> out;
  size_t start = 0;
  auto close = [&](size_t last) {  // [start, last)
    if (last <= start) return;
    Sentence s;
    s.first = static_cast<uint32_t>(start);
    s.last = static_cast<uint32_t>(last);
    s.begin = tokens[start].begin;
    s.end = tokens[last - 1].end;
    out.push_back(s);
    start = last;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > start && tokens[i].Has(kNewlineBefore)) close(i);
    const Token& t = tokens[i];
    bool ends = false;
    if (t.kind == TokenKind::Punct && IsStop(t.In(text))) {
      ends = true;
    } else if (t.kind == TokenKind::Word && t.Has(kPeriodEnd)) {
      ends = AbbreviationEnds(text, tokens, i, is_common, is_sentence_starter);
    }
    if (!ends) continue;
    size_t last = i + 1;
    while (last < tokens.size() && !tokens[last].Has(kNewlineBefore) && IsCloser(tokens[last], text) &&
           !tokens[last].Has(kSpaceBefore)) {
      ++last;
    }
    // A stop followed by a lowercase word inside a line is not an end ("e.g. this").
    if (last < tokens.size() && !tokens[last].Has(kNewlineBefore) && tokens[last].kind == TokenKind::Word &&
        !tokens[last].Has(kCapitalized) && !tokens[last].Has(kAllCaps)) {
      const std::string_view w = tokens[last].In(text);
      if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') continue;
    }
    close(last);
    i = last - 1;
  }
  close(tokens.size());
  for (const Sentence& s : out) {
    for (uint32_t k = s.first; k < s.last; ++k) {
      const TokenKind kind = tokens[k].kind;
      if (kind == TokenKind::Word || kind == TokenKind::Number) {
        tokens[k].flags |= kSentenceStart;
        break;
      }
    }
  }
  return out;
}

}  // namespace concessions
