#include "events/evaluation.h"

#include "text/word_list.h"

namespace concessions {

namespace {

constexpr std::string_view kFavourable[] = {
    "historic", "exceptional", "responsible", "balanced", "fair", "landmark", "breakthrough", "generational",
    "good", "great", "strong", "solid", "reasonable", "workable", "important", "significant", "positive",
    "welcome", "alive", "milestone", "victory", "win", "achievement", "partnership", "progress", "sensible",
    "pragmatic", "constructive", "excellent"};
constexpr std::string_view kUnfavourable[] = {
    "mistake", "half-measure", "assault", "cruel", "abandons", "abandoned", "betrayal", "betrays", "surrender",
    "capitulation", "sellout", "sell-out", "giveaway", "disaster", "disastrous", "failure", "fails", "failed",
    "inadequate", "insufficient", "modest", "disappointing", "flawed", "unacceptable", "shameful", "weak",
    "meagre", "meager", "paltry", "insult", "insulting", "outrage", "outrageous", "blow", "farce", "sham",
    "reckless", "dangerous", "toothless", "hollow", "cosmetic", "inhumane", "unjust", "unfair", "blatant"};
// Two-word phrases: first word, second word, polarity.
struct Pair {
  std::string_view first, second;
  int polarity;
};
constexpr Pair kPairs[] = {{"rounding", "error", -1}, {"falls", "short", -1}, {"fall", "short", -1},
                           {"step", "backward", -1}, {"step", "back", -1},    {"dead", "end", -1},
                           {"step", "forward", 1},   {"new", "chapter", 1},   {"good", "deal", 1}};

}  // namespace

int WordPolarity(std::string_view word, std::string_view next) {
  for (const Pair& p : kPairs)
    if (p.first == word && p.second == next) return p.polarity;
  if (In<kUnfavourable>(word)) return -1;
  if (In<kFavourable>(word)) return 1;
  return 0;
}

}  // namespace concessions
