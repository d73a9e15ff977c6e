// TABARI-mode coding; the rules are summarised in tabari_engine.h.
#include "coder/tabari_engine.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "coder/event_id.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/tabari_internal.h"

namespace khaldun::internal {

using namespace tabari;  // NOLINT: the engine's own pieces (tabari_internal.h)

std::vector<Event> CodeTabari(const CoderResources& resources, const CoderOptions& options,
                              const AnalyzedDocument& doc, ExplainTrace* trace) {
  std::vector<Event> events;
  const Dictionary& dict = *resources.dictionary;
  const TabariOptions opts = ReadTabariOptions(options);
  // Rules of TABARI's own parser (capitalised verbs read as nouns, compounds
  // only of whole actors, null actors with agents) apply under a TABARI
  // .options file; the PETRARCH mode, which shares this core with no
  // .options and reads noun phrases from its parse tree, does not use them.
  const bool tabari = !options.tabari_options.empty();
  // The index costs a pass over every phrase: built once per dictionary and
  // thread, not per document (keyed by the dictionary's address and source
  // hash, so a dictionary loaded later at the same address is re-indexed).
  thread_local struct {
    const Dictionary* dict = nullptr;
    uint64_t hash = 0;
    GapIndex index;
  } gap_cache;
  if (gap_cache.dict != &dict || gap_cache.hash != dict.source_hash()) {
    gap_cache.index = IndexActorPhrases(dict);
    gap_cache.dict = &dict;
    gap_cache.hash = dict.source_hash();
  }
  const GapIndex& gap_index = gap_cache.index;
  CoreferenceMemory memory;
  MentionContext context{&dict, resources.gazetteer.get(), doc.document->date};
  MatchScratch scratch;
  // FORWARD: the codes of the previous sentence's first actor, when it came
  // before a verb.
  std::vector<std::string> forwarded;
  std::vector<PhraseMatch> matches;

  for (const Sentence& sentence : doc.sentences) {
    std::span<const Token> all_tokens(doc.SentenceTokens(sentence), sentence.token_count);
    ExplainTrace::SentenceTrace* st = nullptr;
    if (trace) {
      trace->sentences.push_back({sentence.index, std::string(doc.OriginalText(sentence)), {}, {}});
      st = &trace->sentences.back();
    }
    auto note = [&](std::string line) {
      if (st) st->lines.push_back(std::move(line));
    };
    if (int words = CountWords(all_tokens, 0, static_cast<uint32_t>(all_tokens.size()), true);
        words < opts.min_words) {
      note(fmt::format("{} words, fewer than MINIMUM WORDS {}: sentence not coded", words,
                       opts.min_words));
      continue;
    }
    // The comma-delimited clauses TABARI deletes; the rest is coded as if
    // they had never been written. `kept` maps a kept token to its index in
    // the sentence, for the evidence.
    std::vector<Token> kept_tokens;
    std::vector<uint32_t> kept;
    std::vector<PhraseMatch> all_matches;  // before the deletion, for [###] and [+++]
    // The kept tokens before hyphens are split, and where each one's parts
    // are in kept_tokens.
    std::vector<Token> whole_tokens;
    std::vector<uint32_t> whole_begin, whole_end;
    {
      matches.clear();
      dict.FindCandidates(all_tokens, scratch, &matches);
      AddGappedActors(dict, gap_index, all_tokens, &matches);
      for (PhraseMatch& m : matches)
        while (
            m.kind == PhraseMatch::Kind::kActor && m.span.size() > 1 &&
            (IsDeterminer(all_tokens[m.span.begin]) || IsMentionModifier(all_tokens[m.span.begin])))
          ++m.span.begin;
      all_matches = matches;
      std::vector<bool> keep(all_tokens.size(), true);
      // The compounds are only needed to find the commas that count; a
      // sentence without commas (or with COMMA: OFF) skips this reading.
      bool commas = false;
      for (const Token& t : all_tokens) commas |= t.text == ",";
      if (opts.comma && commas) {
        CoreferenceMemory scratch_memory = memory;
        std::vector<Mention> first = FindMentions(all_tokens, matches, context, &scratch_memory);
        for (Mention& m : first)
          if (m.code == "---" || (tabari && m.code.starts_with("---"))) m.code.clear();
        LinkCompounds(all_tokens, matches, &first, tabari);
        keep = KeepAfterCommas(all_tokens, first, opts);
      }
      // TABARI reads a hyphen as a blank (manual 7.3): "an anti- Gondor
      // parade" is AN ANTI GONDOR PARADE, "state-run" two words.
      for (uint32_t k = 0; k < all_tokens.size(); ++k) {
        if (!keep[k]) continue;
        std::string_view text = all_tokens[k].text;
        whole_tokens.push_back(all_tokens[k]);
        whole_begin.push_back(static_cast<uint32_t>(kept_tokens.size()));
        if (text.size() < 2 || text.find('-') == std::string_view::npos) {
          kept_tokens.push_back(all_tokens[k]), kept.push_back(k);
          whole_end.push_back(static_cast<uint32_t>(kept_tokens.size()));
          continue;
        }
        size_t pos = 0;
        while (pos < text.size()) {
          size_t dash = text.find('-', pos);
          if (dash == std::string_view::npos) dash = text.size();
          if (dash > pos) {
            Token part = all_tokens[k];
            part.text = text.substr(pos, dash - pos);
            if (pos > 0) part.flags &= static_cast<uint16_t>(~kTokenSentenceStart);
            kept_tokens.push_back(part), kept.push_back(k);
          }
          pos = dash + 1;
        }
        whole_end.push_back(static_cast<uint32_t>(kept_tokens.size()));
      }
      if (std::count(keep.begin(), keep.end(), false) > 0)
        note(fmt::format("comma-delimited clauses deleted; coding '{}'",
                         SpanText(kept_tokens, {0, static_cast<uint32_t>(kept_tokens.size())})));
    }
    // An all-capitals sentence (manual 7.4: "ARNOR IS ABOUT TO RESTORE ...")
    // is read in lower case, so that capitals mark no names and no nouns.
    std::string lowered;
    if (tabari) {
      bool any_lower = false, any_upper = false;
      for (const Token& t : kept_tokens)
        for (char c : t.text) any_lower |= c >= 'a' && c <= 'z', any_upper |= c >= 'A' && c <= 'Z';
      if (any_upper && !any_lower) {
        size_t total = 0;
        for (const Token& t : kept_tokens) total += t.text.size();
        for (const Token& t : whole_tokens) total += t.text.size();
        lowered.reserve(total);
        auto lower = [&](Token& t) {
          size_t at = lowered.size();
          for (char c : t.text) lowered += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
          t.text = std::string_view(lowered).substr(at, t.text.size());
          t.flags &= static_cast<uint16_t>(~(kTokenCapitalized | kTokenAllCaps));
        };
        for (Token& t : kept_tokens) lower(t);
        for (Token& t : whole_tokens) lower(t);
      }
    }
    std::span<const Token> tokens(kept_tokens);
    auto original = [&](TokenSpan s) {
      if (s.empty() || s.end > kept.size()) return s;
      return TokenSpan{kept[s.begin], kept[s.end - 1] + 1};
    };
    // The same words as the first reading (nothing deleted, split or
    // lowered): its matches stand.
    bool same_words = lowered.empty() && kept.size() == all_tokens.size();
    for (size_t k = 0; same_words && k < kept.size(); ++k) same_words = kept[k] == k;
    if (same_words) {
      matches = all_matches;
    } else {
      matches.clear();
      dict.FindCandidates(tokens, scratch, &matches);
      if (whole_tokens.size() < kept_tokens.size()) {
        // A dictionary phrase written with its hyphen ("BARAD-DUR") is found in
        // the unsplit words and kept when no longer reading starts there.
        std::vector<PhraseMatch> whole;
        dict.FindCandidates(whole_tokens, scratch, &whole);
        for (PhraseMatch w : whole) {
          w.span = {whole_begin[w.span.begin], whole_end[w.span.end - 1]};
          bool covered = false;
          for (const PhraseMatch& m : matches)
            covered |= m.kind == w.kind && m.span.begin == w.span.begin && m.span.end >= w.span.end;
          if (!covered) matches.push_back(w);
        }
        std::stable_sort(
            matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
              return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.kind < b.kind;
            });
      }
      AddGappedActors(dict, gap_index, tokens, &matches);
      // "The AU is about to restore ties" with the entry THE_AU, "shells at
      // New Zealand" with NEW_ZEALAND: the mention reader steps over an
      // article and modifiers ("new", "former") before it looks for an actor,
      // so an actor phrase that begins with them is seeded at its first other
      // word (the mention still starts at "The"; NEW_ZEALAND, not ZEALAND).
      for (PhraseMatch& m : matches)
        while (m.kind == PhraseMatch::Kind::kActor && m.span.size() > 1 &&
               (IsDeterminer(tokens[m.span.begin]) || IsMentionModifier(tokens[m.span.begin])))
          ++m.span.begin;
    }
    std::vector<Mention> mentions = FindMentions(tokens, matches, context, &memory);
    // "Boromir [---]": a null actor is no actor ("ties with Boromir in
    // Gondor" targets Gondor), nor is one composed with an agent ("the
    // Government" of an unknown country, ---GOV).
    for (Mention& m : mentions)
      if (m.code == "---" || (tabari && m.code.starts_with("---"))) m.code.clear();
    LinkCompounds(tokens, matches, &mentions, tabari);
    // TABARI composes an agent only with the actor of its own phrase: "The
    // ambassadors of Arnor, Osgiliath and Gondor" is ARNGOV, OSG and GON
    // (the mention reader lends the agent to every member).
    if (tabari)
      for (Mention& m : mentions) {
        const AgentEntry* a = m.agent;
        if (a == nullptr || m.code.size() <= a->code.size()) continue;
        bool own = false;
        for (const PhraseMatch& x : matches)
          own |= x.kind == PhraseMatch::Kind::kAgent && x.span.begin >= m.span.begin &&
                 x.span.end <= m.span.end;
        if (own) continue;
        if (a->composition == AgentEntry::Composition::kSuffix && m.code.ends_with(a->code))
          m.code.resize(m.code.size() - a->code.size());
        else if (a->composition == AgentEntry::Composition::kPrefix && m.code.starts_with(a->code))
          m.code.erase(0, a->code.size());
      }

    // Discards, complexity and date shifts (manual 6.3, 6.6).
    bool discard = false, complex = false;
    int shift = 0;
    for (const PhraseMatch& m : all_matches) {
      std::string code;
      if (m.kind == PhraseMatch::Kind::kActor) code = dict.actor(m.id).CodeAt(doc.document->date);
      if (m.kind == PhraseMatch::Kind::kTime)
        code = dict.word_class(PhraseMatch::Kind::kTime)[m.id].code;
      // "Planetary Cup [+++]" capitalised is a noun, not the verb's code.
      if (m.kind == PhraseMatch::Kind::kVerb && !ReadsAsNoun(all_tokens, m, tabari))
        code = dict.verb_form(m.id).EffectiveCode(dict.verb_blocks()).primary;
      if (code == "###") discard = true;
      if (code == "+++") complex = true;
      if (m.kind == PhraseMatch::Kind::kTime && !code.empty() &&
          (code[0] == '-' || code[0] == '+') && code != "+++") {
        try {
          shift = std::stoi(code);
        } catch (...) {
        }
      }
    }
    if (discard) {
      note("[###] discard code: sentence not coded");
      continue;
    }
    if (complex) {
      note("[+++] complexity code: sentence not coded");
      continue;
    }
    const Date date = ShiftDate(doc.document->date, shift);

    // SET: CONVERT AGENTS (manual 8.2.6): an agent that composes with no
    // actor is an actor of its own, "~AGENT" ("Guerrillas are about to
    // restore ties with Gondor": ~REB GON).
    if (opts.convert_agents) {
      bool added = false;
      for (const PhraseMatch& m : matches) {
        if (m.kind != PhraseMatch::Kind::kAgent || InsideMention(mentions, m.span)) continue;
        bool overlaps = false;
        for (const Mention& x : mentions)
          if (!x.code.empty() && x.span.begin < m.span.end && m.span.begin < x.span.end)
            overlaps = true;
        if (overlaps) continue;
        Mention agent;
        agent.span = m.span;
        agent.code = "~" + dict.agent(m.id).code;
        agent.how = "agent with no actor (SET: CONVERT AGENTS)";
        mentions.push_back(std::move(agent));
        added = true;
      }
      if (added) {
        std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
          return a.span.begin < b.span.begin;
        });
        LinkCompounds(tokens, matches, &mentions, tabari);
      }
    }
    std::vector<int> referent;
    AddPronouns(tokens, &mentions, &referent,
                opts.forward ? forwarded : std::vector<std::string>{});
    for (const Mention& m : mentions)
      note(fmt::format("actor '{}' [{}] tokens {}-{}{}", SpanText(tokens, m.span), m.code,
                       m.span.begin, m.span.end, m.coordinated_with >= 0 ? " (compound)" : ""));
    const size_t n_real = mentions.size();
    auto is_actor = [&](size_t k) { return !mentions[k].code.empty() && !mentions[k].locative; };

    std::vector<Clause> clauses = SplitClauses(tokens, matches, mentions, tabari);

    // The verbs of each clause that can code: a non-null code or a matching
    // pattern (a null-coded verb with no matching pattern gives way).
    struct Candidate {
      const PhraseMatch* verb;
      VerbChoice choice;
      size_t clause;
      bool subordinate;
    };
    std::vector<Candidate> candidates;
    for (size_t c = 0; c < clauses.size(); ++c) {
      for (const PhraseMatch& m : matches) {
        if (!IsVerbMatch(m) || m.span.begin < clauses[c].begin || m.span.begin >= clauses[c].end)
          continue;
        if (InsideMention(mentions, m.span) || ReadsAsNoun(tokens, m, tabari)) continue;
        VerbChoice choice = ChooseVerbCode(dict, m, tokens, mentions, clauses[c]);
        if (choice.pattern == nullptr && (choice.code.is_null() || choice.code.empty())) continue;
        // "SAID [023?]": a subordinate code is used only when nothing else
        // codes ("said it would act now" codes "act").
        bool subordinate =
            choice.pattern == nullptr && choice.code.priority == EventCode::Priority::kSubordinate;
        candidates.push_back({&m, choice, c, subordinate});
      }
    }

    // COMPLEX (manual 8.7): too many verbs or conjunctions, or no actor
    // before the first verb, and TABARI does not code the sentence.
    if (opts.complex_verbs > 0 || opts.complex_conj > 0 || opts.no_actor_prior) {
      int verbs = 0, conj = 0;
      uint32_t first_verb = static_cast<uint32_t>(tokens.size());
      // Verbs that code: a null-coded verb none of whose patterns matches is
      // no verb here (manual 8.7: "On accord Gondor repelled Mordor" has an
      // actor before its first verb).
      for (const Candidate& c : candidates) {
        ++verbs;
        first_verb = std::min(first_verb, c.verb->span.begin);
      }
      for (uint32_t k = 0; k < tokens.size(); ++k) {
        if (!(IsWord(tokens[k], "and") || IsWord(tokens[k], "but") || IsWord(tokens[k], "or") ||
              IsWord(tokens[k], "nor")))
          continue;
        bool in_compound = false;
        for (const Mention& x : mentions)
          if (x.coordinated_with >= 0 && x.span.end <= k &&
              k < mentions[x.coordinated_with].span.begin)
            in_compound = true;
        conj += !in_compound;
      }
      bool actor_prior = false;
      for (size_t k = 0; k < n_real; ++k)
        if (is_actor(k) && mentions[k].span.begin < first_verb) actor_prior = true;
      std::string why;
      if (opts.complex_verbs > 0 && verbs >= opts.complex_verbs)
        why = fmt::format("{} verbs (COMPLEX VERBS[{}])", verbs, opts.complex_verbs);
      else if (opts.complex_conj > 0 && conj >= opts.complex_conj)
        why = fmt::format("{} conjunctions (COMPLEX CONJ[{}])", conj, opts.complex_conj);
      else if (opts.no_actor_prior && first_verb < tokens.size() && !actor_prior)
        why = "no actor before the first verb (COMPLEX NOACTPRIOR)";
      if (!why.empty()) {
        note("too complex: " + why + "; sentence not coded");
        continue;
      }
    }

    // CODE BY CLAUSE / SENTENCE / ALL (manual 7.6.1): which candidates code.
    std::vector<const Candidate*> chosen;
    {
      auto first_of = [&](auto pred) -> const Candidate* {
        for (const Candidate& c : candidates)
          if (pred(c)) return &c;
        return nullptr;
      };
      if (opts.code_by == TabariOptions::CodeBy::kClause) {
        for (size_t c = 0; c < clauses.size(); ++c) {
          const Candidate* x =
              first_of([&](const Candidate& k) { return k.clause == c && !k.subordinate; });
          if (!x) x = first_of([&](const Candidate& k) { return k.clause == c; });
          if (x) chosen.push_back(x);
        }
      } else {
        for (const Candidate& k : candidates)
          if (!k.subordinate) {
            chosen.push_back(&k);
            if (opts.code_by == TabariOptions::CodeBy::kSentence) break;
          }
        if (chosen.empty())
          if (const Candidate* x = first_of([](const Candidate&) { return true; }))
            chosen.push_back(x);
      }
      // Dominant codes [031!] (manual 6.6.2): when one codes, only the
      // dominant ones do.
      bool dominant = false;
      for (const Candidate* c : chosen)
        dominant |= c->choice.code.priority == EventCode::Priority::kDominant;
      if (!dominant && opts.code_by == TabariOptions::CodeBy::kAll)
        for (const Candidate& c : candidates)
          if (c.choice.code.priority == EventCode::Priority::kDominant) {
            chosen.push_back(&c), dominant = true;
          }
      if (dominant)
        std::erase_if(chosen, [](const Candidate* c) {
          return c->choice.code.priority != EventCode::Priority::kDominant;
        });
      std::sort(chosen.begin(), chosen.end(), [](const Candidate* a, const Candidate* b) {
        return a->verb->span.begin < b->verb->span.begin;
      });
      chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    }

    int previous_source = -1;
    struct Pending {
      int source, target;
      std::string code;
      TokenSpan verb;
      std::string rule;  // the verb and pattern that fired, for the evidence
    };
    std::vector<Pending> pending;
    auto default_actor = [&](const std::string& code) {
      Mention m;
      m.code = code;
      m.how = "DEFAULT";
      mentions.push_back(std::move(m));
      return static_cast<int>(mentions.size() - 1);
    };
    size_t next = 0;
    for (size_t ci = 0; ci < clauses.size(); ++ci) {
      const Clause& clause = clauses[ci];
      // The clause's own first actor, for the next clause when this one
      // codes nothing (manual 7.6).
      int first_actor = -1;
      for (size_t k = 0; k < n_real; ++k)
        if (is_actor(k) && mentions[k].span.begin >= clause.begin &&
            mentions[k].span.begin < clause.end) {
          first_actor = static_cast<int>(k);
          break;
        }
      bool any = false;
      for (; next < chosen.size() && chosen[next]->clause == ci; ++next) {
        any = true;
        const PhraseMatch* verb = chosen[next]->verb;
        const VerbChoice& choice = chosen[next]->choice;
        note(fmt::format("verb '{}': {} [{}]", SpanText(tokens, verb->span),
                         choice.pattern ? "pattern at line " + std::to_string(choice.pattern->line)
                                        : "no pattern",
                         choice.code.ToString()));
        int source = choice.binding.source, target = choice.binding.target;
        if (choice.binding.compound >= 0) {
          // '%': the members of one compound act on each other.
          std::vector<int> members = Members(mentions, choice.binding.compound);
          if (source < 0 && target < 0) {
            for (int a : members)
              for (int b : members)
                if (a != b && !choice.code.primary.empty())
                  pending.push_back({a, b, choice.code.primary, verb->span,
                                     TabariRule(dict, *verb, choice, tokens)});
            continue;
          }
          if (source < 0) source = choice.binding.compound;
          if (target < 0) target = choice.binding.compound;
        }
        // Passive voice (manual 7.9): "Gondor was (fiercely) attacked by
        // Mordor": a form of "be" within two words before the verb.
        bool passive = (verb->span.begin > clause.begin && IsBe(tokens[verb->span.begin - 1])) ||
                       (verb->span.begin > clause.begin + 1 && IsBe(tokens[verb->span.begin - 2]));
        int by_agent = -1;
        if (passive) {
          for (uint32_t k = verb->span.end; k < clause.end; ++k)
            if (IsWord(tokens[k], "by")) {
              for (size_t x = 0; x < n_real; ++x)
                if (mentions[x].span.begin > k && mentions[x].span.begin < clause.end &&
                    !mentions[x].code.empty()) {
                  by_agent = static_cast<int>(x);
                  break;
                }
              break;
            }
        }
        int before = -1, after = -1;
        for (size_t k = 0; k < n_real; ++k) {
          if (!is_actor(k)) continue;
          const Mention& x = mentions[k];
          // An actor a pattern bound ("- + WAS * DEAD": "An Eriadorian was
          // shot dead in Osgiliath") is not also the other one.
          const int bound = static_cast<int>(k);
          if (tabari && (bound == source || bound == target)) continue;
          if (x.span.begin >= clause.begin && x.span.end <= verb->span.begin && before < 0)
            before = bound;
          if (x.span.begin >= verb->span.end && x.span.begin < clause.end && after < 0 &&
              bound != by_agent)
            after = bound;
        }
        if (passive && by_agent >= 0) {
          if (source < 0) source = by_agent;
          if (target < 0) target = before;
        }
        bool single_target = false;  // a compound member taken alone
        const bool have_default_source = !opts.default_source.empty();
        const bool have_default_target = !opts.default_target.empty();
        if (source < 0) source = before >= 0 ? before : previous_source;
        // DEFAULT SOURCE ... PRIOR: no actor before the verb, the default.
        if (source < 0 && have_default_source && opts.prior)
          source = default_actor(opts.default_source);
        bool greedy = false;
        if (tabari && source < 0 && after >= 0 && target >= 0) source = after, greedy = true;
        if (source < 0 && after >= 0 && target < 0) {
          greedy = true;
          // No actor before the verb: TABARI is greedy and takes the first
          // one after it as the source.
          source = after;
          after = -1;
          // "Fxrnost (unknown) is about to restore ties with Gondor and
          // Bree" under DEFAULT without PRIOR: GON BRE, the next actor even
          // inside the same compound.
          for (size_t k = 0; k < n_real; ++k)
            if (is_actor(k) && mentions[k].span.begin >= verb->span.end &&
                mentions[k].span.begin < clause.end && static_cast<int>(k) != source &&
                mentions[k].code != mentions[source].code) {
              after = static_cast<int>(k);
              single_target = true;
              break;
            }
        }
        if (source < 0 && have_default_source) source = default_actor(opts.default_source);
        auto resolve = [&](int m) {
          return m >= 0 && static_cast<size_t>(m) < referent.size() && referent[m] >= 0
                     ? referent[m]
                     : m;
        };
        source = resolve(source);
        const std::string own =
            source >= 0 ? mentions[Members(mentions, source).front()].code : std::string();
        if (!greedy) {
          // The target is the first actor after the verb whose code differs
          // from the source's (manual 7.10): "Elrond and Gondor urged Bree
          // to assist them" does not target them.
          after = -1;
          for (size_t k = 0; k < n_real && after < 0; ++k) {
            const Mention& x = mentions[k];
            if (!is_actor(k) || x.span.begin < verb->span.end || x.span.begin >= clause.end)
              continue;
            if (resolve(static_cast<int>(k)) == source || static_cast<int>(k) == by_agent) continue;
            if (x.code == own) continue;
            after = static_cast<int>(k);
          }
        }
        if (target < 0) target = after;
        // DEFAULT TARGET ... AFTER: no actor after the verb, the default.
        if (target < 0 && have_default_target && opts.after)
          target = default_actor(opts.default_target);
        if (target < 0 && source >= 0 && static_cast<size_t>(source) < n_real) {
          // No target after the verb: the first actor before it whose code
          // differs from the source's (manual 7.10, 9b): "Bree and Arnor
          // are about to restore ties with an unknown" targets Arnor.
          // The nearest such actor before the verb ("Elrond and Gondor
          // urged Bree on Monday to assist them": assist targets Bree).
          for (size_t k = n_real; k-- > 0 && target < 0;)
            if (is_actor(k) && mentions[k].span.end <= verb->span.begin &&
                mentions[k].span.begin >= clause.begin && mentions[k].code != own)
              target = static_cast<int>(k), single_target = true;
        }
        if (target < 0 && have_default_target) target = default_actor(opts.default_target);
        target = resolve(target);
        if (source >= 0) previous_source = source;
        if (options.require_dyad && (source < 0 || target < 0)) {
          note(fmt::format("'{}' [{}]: {}", SpanText(tokens, verb->span), choice.code.ToString(),
                           source < 0 ? "no source" : "no target"));
          continue;
        }
        std::vector<int> targets =
            single_target ? std::vector<int>{target} : Members(mentions, target);
        for (int a : Members(mentions, source))
          for (int b : targets) {
            if (a == b) continue;
            if (!choice.code.primary.empty())
              pending.push_back(
                  {a, b, choice.code.primary, verb->span, TabariRule(dict, *verb, choice, tokens)});
            if (!choice.code.reverse.empty())
              pending.push_back({b, a, choice.code.reverse, verb->span,
                                 TabariRule(dict, *verb, choice, tokens) + " (reverse code)"});
          }
      }
      if (!any && first_actor >= 0) previous_source = first_actor;
    }

    // The actor this sentence forwards to the next (manual 8.4): its first
    // actor, when that comes before a verb ("Gondor expressed reluctance":
    // GON).
    forwarded.clear();
    for (size_t k = 0; k < n_real; ++k) {
      if (!is_actor(k)) continue;
      bool before_verb = false;
      for (const Candidate& c : candidates)
        before_verb |= mentions[k].span.end <= c.verb->span.begin;
      if (!before_verb) break;
      // The actor without its agent ("Fornost President Umbardacil" forwards
      // FOR, not FORGOVPRS).
      for (int m : Members(mentions, static_cast<int>(k))) {
        std::string code = mentions[m].code;
        if (const AgentEntry* a = mentions[m].agent; a != nullptr && code.size() > a->code.size()) {
          if (a->composition == AgentEntry::Composition::kSuffix && code.ends_with(a->code))
            code.resize(code.size() - a->code.size());
          else if (a->composition == AgentEntry::Composition::kPrefix && code.starts_with(a->code))
            code.erase(0, a->code.size());
        }
        forwarded.push_back(code);
      }
      break;
    }
    static const Mention kNoActor;
    auto push = [&](const Pending& p, const std::string& src_code, const std::string& tgt_code) {
      if (!src_code.empty() && src_code == tgt_code) return;
      for (const Event& e : events)
        if (e.sentence_index == sentence.index && e.cameo_code == p.code &&
            e.source.code == src_code && e.target.code == tgt_code)
          return;
      const CameoCode* info = resources.codebook->Find(p.code);
      if (info == nullptr) {
        note(fmt::format("code {} is not in the codebook; event dropped", p.code));
        return;
      }
      const Mention& src = p.source >= 0 ? mentions[p.source] : kNoActor;
      const Mention& tgt = p.target >= 0 ? mentions[p.target] : kNoActor;
      Event e;
      e.document_id = doc.document->id;
      e.sentence_index = sentence.index;
      e.id = EventIdAt(e.document_id, sentence.index, events.size());
      e.date = date;
      auto fill = [&](const Mention& m, const std::string& code, Actor* a) {
        if (code.empty()) return;
        a->code = code;
        a->matched_text = SpanText(tokens, m.span);
        a->tokens = original(m.span);
        a->how = m.how;
        a->name = a->matched_text;
      };
      fill(src, src_code, &e.source);
      fill(tgt, tgt_code, &e.target);
      SetEventCode(*info, p.code, &e);
      e.evidence.sentence = std::string(doc.OriginalText(sentence));
      e.evidence.sentence_bytes = sentence.bytes;
      e.evidence.verb_text = SpanText(tokens, p.verb);
      e.evidence.rule = p.rule;
      note(fmt::format("EVENT {} {} {}", src_code, p.code, tgt_code));
      events.push_back(std::move(e));
    };
    for (const Pending& p : pending) {
      std::vector<std::string> sources = SplitCodes(p.source >= 0 ? mentions[p.source].code : "");
      std::vector<std::string> targets = SplitCodes(p.target >= 0 ? mentions[p.target].code : "");
      for (const std::string& a : sources)
        for (const std::string& b : targets) push(p, a, b);
    }
  }
  return events;
}

}  // namespace khaldun::internal
