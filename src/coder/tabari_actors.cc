// TABARI mode: compound actors (manual 5.7), actor phrases with words
// between their words (5.5.3) and pronoun coreferencing (7.7).
#include <algorithm>

#include "coder/tabari_internal.h"

namespace khaldun::internal::tabari {
// The members of a compound starting at mention `m` ("Gondor and Osgiliath").
std::vector<int> Members(std::span<const Mention> mentions, int m) {
  std::vector<int> out;
  if (m < 0) return {-1};
  // Start from the first member.
  for (bool moved = true; moved;) {
    moved = false;
    for (size_t o = 0; o < mentions.size(); ++o)
      if (mentions[o].coordinated_with == m) {
        m = static_cast<int>(o);
        moved = true;
        break;
      }
  }
  for (int k = m; k >= 0 && out.size() < mentions.size(); k = mentions[k].coordinated_with)
    out.push_back(k);
  return out;
}

// A coded compound actor "[ELR/GAL]" is one code per member.
std::vector<std::string> SplitCodes(const std::string& code) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t slash = code.find('/', pos);
    out.push_back(code.substr(pos, slash == std::string::npos ? std::string::npos : slash - pos));
    if (slash == std::string::npos) break;
    pos = slash + 1;
  }
  return out;
}

// TABARI's compound actors (manual 5.7): actors separated by "and", "or",
// "nor" or commas, with at most a few lower-case modifiers between them
// ("Mordor, the Shire, Fornost and Bree", "Fornost and the evil awful
// Gondor"), form one compound. Replaces the mentions' own coordination.
void LinkCompounds(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                   std::vector<Mention>* mentions, bool tabari) {
  std::vector<int> usable;
  for (size_t k = 0; k < mentions->size(); ++k) {
    (*mentions)[k].coordinated_with = -1;
    if (!(*mentions)[k].code.empty() && !(*mentions)[k].locative)
      usable.push_back(static_cast<int>(k));
  }
  // Which links are conjunctions: a list joined by commas alone ("with
  // Arnor, the Dagolathi news agency reported") is no compound.
  std::vector<bool> by_conjunction(mentions->size(), false);
  for (size_t u = 0; u + 1 < usable.size(); ++u) {
    Mention& a = (*mentions)[usable[u]];
    const Mention& b = (*mentions)[usable[u + 1]];
    if (b.span.begin <= a.span.end || b.span.begin - a.span.end > 4) continue;
    bool joined = false, conjunction = false, ok = true;
    for (uint32_t k = a.span.end; k < b.span.begin && ok; ++k) {
      const Token& t = tokens[k];
      if (IsWord(t, "and") || IsWord(t, "or") || IsWord(t, "nor")) {
        joined = conjunction = true;
        continue;
      }
      if (IsWord(t, ",")) {
        joined = true;
        continue;
      }
      // A member ends at the conjunction: in "Ithilen's awful and evil
      // minister" the AND joins two adjectives, not two actors.
      if (tabari && !joined) {
        ok = false;
        break;
      }
      // Only determiners and modifiers stand before a member ("the evil
      // awful Gondor"); "Bree to chill out and Gondor" is no compound.
      bool lower = !t.text.empty() && t.text[0] >= 'a' && t.text[0] <= 'z' && !IsPreposition(t);
      for (std::string_view w : {"to", "that", "which", "who", "then", "out", "up", "off", "not"})
        if (IsWord(t, w)) lower = false;
      for (const PhraseMatch& m : matches)
        if (m.kind == PhraseMatch::Kind::kVerb && m.span.begin <= k && k < m.span.end)
          lower = false;
      ok = lower;
    }
    if (joined && ok) {
      a.coordinated_with = usable[u + 1];
      by_conjunction[usable[u]] = conjunction;
    }
  }
  // Undo the chains with no conjunction.
  for (size_t u = 0; u < usable.size(); ++u) {
    int start = usable[u];
    bool is_start = (*mentions)[start].coordinated_with >= 0;
    for (size_t o = 0; o < mentions->size() && is_start; ++o)
      if ((*mentions)[o].coordinated_with == start) is_start = false;
    if (!is_start) continue;
    bool any = false;
    for (int k = start; k >= 0 && (*mentions)[k].coordinated_with >= 0;
         k = (*mentions)[k].coordinated_with)
      any |= by_conjunction[k];
    if (any) continue;
    for (int k = start; k >= 0;) {
      int next = (*mentions)[k].coordinated_with;
      (*mentions)[k].coordinated_with = -1;
      k = next;
    }
  }
}
GapIndex IndexActorPhrases(const Dictionary& dict) {
  GapIndex index;
  const std::vector<CompiledPhrase>& phrases = dict.phrases();
  for (uint32_t p = 0; p < phrases.size(); ++p)
    if ((phrases[p].kind == PhraseMatch::Kind::kActor ||
         phrases[p].kind == PhraseMatch::Kind::kVerb) &&
        phrases[p].words.size() > 1 && !phrases[p].words[0].prefix)
      index[phrases[p].words[0].text].push_back(p);
  return index;
}
namespace {

bool MayStandInGap(const Token& t, std::span<const PhraseMatch> matches, uint32_t k) {
  if (t.text.empty() || !(t.text[0] >= 'a' && t.text[0] <= 'z')) return false;
  if (IsWord(t, "and") || IsWord(t, "or") || IsWord(t, "nor") || IsWord(t, "but")) return false;
  for (const PhraseMatch& m : matches)
    if (m.kind == PhraseMatch::Kind::kVerb && m.span.begin <= k && k < m.span.end) return false;
  return true;
}
}  // namespace

void AddGappedActors(const Dictionary& dict, const GapIndex& index, std::span<const Token> tokens,
                     std::vector<PhraseMatch>* matches) {
  if (index.empty()) return;
  // The sentence as TABARI's words: a token written with '_' is several
  // ("Dol_Amroth" is DOL AMROTH).
  struct Word {
    uint32_t token;
    std::string text;
    bool token_start;
  };
  std::vector<Word> words;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    std::string upper;
    for (char c : tokens[k].text) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    size_t pos = 0;
    bool start = true;
    while (pos <= upper.size()) {
      size_t u = upper.find('_', pos);
      if (u == std::string::npos) u = upper.size();
      if (u > pos) words.push_back({k, upper.substr(pos, u - pos), start}), start = false;
      pos = u + 1;
    }
  }
  auto spells = [](const std::string& text, const PhraseWord& w) {
    return w.prefix ? text.starts_with(w.text) : text == w.text;
  };
  std::vector<PhraseMatch> found;
  for (size_t s = 0; s < words.size(); ++s) {
    if (!words[s].token_start) continue;
    auto it = index.find(words[s].text);
    if (it == index.end()) continue;
    for (uint32_t p : it->second) {
      const CompiledPhrase& phrase = dict.phrases()[p];
      size_t at = s;
      bool ok = true, gapped = false;
      for (size_t w = 1; w < phrase.words.size() && ok; ++w) {
        size_t next = at + 1;
        ok = false;
        for (int gap = 0; gap <= 2 && next < words.size(); ++gap) {
          if (spells(words[next].text, phrase.words[w]) && (gap == 0 || words[next].token_start)) {
            ok = true;
            gapped |= gap > 0 || !words[next].token_start;
            at = next;
            break;
          }
          // Skip one whole token.
          uint32_t t = words[next].token;
          if (!words[next].token_start || !MayStandInGap(tokens[t], *matches, t)) break;
          while (next < words.size() && words[next].token == t) ++next;
        }
      }
      if (!ok || !gapped) continue;
      found.push_back({{words[s].token, words[at].token + 1}, phrase.kind, phrase.id});
    }
  }
  if (found.empty()) return;
  for (const PhraseMatch& f : found) {
    // The longest reading at a start position wins, as in FindCandidates.
    bool replaced = false;
    for (PhraseMatch& m : *matches)
      if (m.kind == f.kind && m.span.begin == f.span.begin) {
        if (m.span.end < f.span.end) m = f;
        replaced = true;
      }
    if (!replaced) matches->push_back(f);
  }
  std::stable_sort(
      matches->begin(), matches->end(), [](const PhraseMatch& a, const PhraseMatch& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.kind < b.kind;
      });
}
namespace {

bool IsPronoun(const Token& t) {
  for (std::string_view w :
       {"he", "she", "it", "him", "her", "its", "his", "they", "them", "their"})
    if (IsWord(t, w)) return true;
  return false;
}
}  // namespace

// TABARI's pronoun coreferencing (manual 7.7): HE, SHE, IT, HIM and the
// possessives ITS, HIS, HER take the first actor of the sentence before
// them; THEY, THEM, THEIR the first compound actor, else the first actor
// ("Elrond and Gondor urged Bree to assist them": them = Elrond and
// Gondor). The pronoun becomes a mention with the referent's code;
// `referent` gives, for each mention, the mention it stands for (or -1).
// Replaces the mention reader's own reading of these pronouns.
//
// Under FORWARD (manual 8.4) a pronoun before every actor of its sentence
// refers to the first actor of the story's previous sentence, `forwarded`
// (its codes; several for a compound): "Fornost President Umbardacil has
// appealed for peace. He has also asked Gondor to help." A plural pronoun
// takes it only when it was a compound, and then its first member.
void AddPronouns(std::span<const Token> tokens, std::vector<Mention>* mentions,
                 std::vector<int>* referent, const std::vector<std::string>& forwarded) {
  auto is_actor = [&](const Mention& m) { return !m.code.empty() && !m.locative; };
  std::vector<Mention> out;
  std::vector<int> ref;
  std::vector<int> old_index;
  for (size_t k = 0; k < mentions->size(); ++k) {
    const Mention& m = (*mentions)[k];
    bool pronoun = m.span.size() == 1 && IsPronoun(tokens[m.span.begin]);
    if (pronoun) continue;
    out.push_back(m);
    old_index.push_back(static_cast<int>(k));
  }
  // Old index -> new index, for coordinated_with.
  std::vector<int> remap(mentions->size(), -1);
  for (size_t n = 0; n < old_index.size(); ++n) remap[old_index[n]] = static_cast<int>(n);
  for (Mention& m : out)
    if (m.coordinated_with >= 0) m.coordinated_with = remap[m.coordinated_with];
  ref.assign(out.size(), -1);
  const size_t real = out.size();
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    if (!IsPronoun(tokens[k])) continue;
    bool inside = false;
    for (size_t m = 0; m < real; ++m) inside |= out[m].span.begin <= k && k < out[m].span.end;
    if (inside) continue;
    const bool plural =
        IsWord(tokens[k], "they") || IsWord(tokens[k], "them") || IsWord(tokens[k], "their");
    int target = -1;
    if (plural)
      for (size_t m = 0; m < real && target < 0; ++m)
        if (is_actor(out[m]) && out[m].coordinated_with >= 0 && out[m].span.end <= k)
          target = static_cast<int>(m);
    if (target >= 0) {
      // The first member of that compound.
      for (bool moved = true; moved;) {
        moved = false;
        for (size_t o = 0; o < real; ++o)
          if (out[o].coordinated_with == target) target = static_cast<int>(o), moved = true;
      }
    }
    for (size_t m = 0; m < real && target < 0; ++m)
      if (is_actor(out[m]) && out[m].span.end <= k) target = static_cast<int>(m);
    if (target < 0) {
      if (forwarded.empty() || (plural && forwarded.size() < 2)) continue;
      Mention p;
      p.span = {k, k + 1};
      p.code = forwarded.front();
      p.how = "pronoun forwarded from the previous sentence";
      out.push_back(std::move(p));
      ref.push_back(-1);
      continue;
    }
    Mention p;
    p.span = {k, k + 1};
    p.code = out[target].code;
    p.how = "pronoun";
    out.push_back(std::move(p));
    ref.push_back(target);
  }
  // Back into text order.
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return out[a].span.begin < out[b].span.begin; });
  std::vector<int> position(out.size());
  for (size_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<int>(i);
  mentions->clear();
  referent->assign(out.size(), -1);
  for (size_t i = 0; i < order.size(); ++i) {
    Mention m = out[order[i]];
    if (m.coordinated_with >= 0) m.coordinated_with = position[m.coordinated_with];
    (*referent)[i] = ref[order[i]] >= 0 ? position[ref[order[i]]] : -1;
    mentions->push_back(std::move(m));
  }
}

}  // namespace khaldun::internal::tabari
