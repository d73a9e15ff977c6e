// Actor mentions: the noun phrases of a sentence that name an actor, built
// from the dictionary's actor and agent phrases, with composed codes.
#ifndef KHALDUN_SRC_CODER_MENTIONS_H_
#define KHALDUN_SRC_CODER_MENTIONS_H_

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "khaldun/dictionary.h"
#include "khaldun/document.h"
#include "khaldun/gazetteer.h"

namespace khaldun::internal {

struct Mention {
  TokenSpan span;                // the whole phrase, determiner and names included
  std::string code;              // composed CAMEO actor code; empty when unresolved
  std::string how;               // "dictionary: IRANIAN + PRESIDENT", "coreference: ..."
  bool possessive = false;       // ends in 's: "Iran's" owns the next noun
  bool person = false;           // a named person or a personal role (president, commander)
  bool locative = false;         // after in/near/at and names a place: a location, not an actor
  const Place* place = nullptr;  // the place it names, when it names one
  int coordinated_with = -1;     // index of the next mention of "A and B", or -1
  std::string person_name;       // "Hassan Rouhani" when the phrase holds a name
  const AgentEntry* agent = nullptr;  // the role composed into `code`, if any
  const AgentEntry* role = nullptr;   // the phrase's role word, whatever gave the country
  std::string display_name;           // readable: "Hassan Rouhani", "Syria government", "Iran"
  // A role named without a country ("protesters", "a gunman", "security
  // forces"): its code is "---" + the role, and the coder takes the country
  // from the event's place or its other party (see kUnplacedCountry).
  bool unplaced = false;
  bool unplaced_needs_place = false;  // armed forces, police: only the event's place decides
  bool city = false;         // names a capital or city ("Hanoi", "Moscow"), not after a preposition
  bool owned = false;        // a role after "his", "its", "their": the owner's own, never a target
  bool dated_entry = false;  // its actor entry has dated codes (an office-holder's entry)
  bool ethnic = false;       // "ethnic Albanians": a people, coded by where it lives
  bool sponsored = false;    // "Turkish-backed rebels": a role named with its backer only
  // "both countries", "all three": states named again by a count, coded as
  // the names of the states would be (a state is its government).
  bool states_again = false;
  // "was stabbed by a 40-year-old man": a private person named by no party,
  // coded with the country of whom they attacked; people, never its state
  // (see PrivatePersonAgent).
  bool private_person = false;
  // "six world powers", "the Baltic states": a member of a group news names
  // as one (mention_named_groups.cc). Members of one group (the same span)
  // are one side: never parties of an act against each other.
  bool group_member = false;
};

// Whether `a` and `b` are members of the same named group ("Iran and six
// world powers signed": Iran with each power, not the powers among them).
inline bool SameNamedGroup(const Mention& a, const Mention& b) {
  return a.group_member && b.group_member && a.span.begin == b.span.begin &&
         a.span.end == b.span.end;
}

// The country part of an unplaced role's code.
inline constexpr std::string_view kUnplacedCountry = "---";

// The article's memory of who is who, for coreference: names seen with a
// known code ("Hassan Rouhani" -> IRNGOV, also "Rouhani") and the last person
// mentioned, for "he" and "she".
class CoreferenceMemory {
 public:
  void RememberPerson(const std::string& full_name, const std::string& code);
  // The code for a name seen before, matched case-insensitively; nullptr if none.
  const std::string* Lookup(std::string_view name) const;
  const std::string* FullNameOf(std::string_view name) const;
  void SetLastPerson(const std::string& code, const std::string& label) {
    last_person_code_ = code;
    last_person_label_ = label;
  }
  const std::string& last_person_code() const { return last_person_code_; }
  // "Labour leader Jeremy Corbyn accused the government of waiting for
  // instructions from Donald Trump. He also called for ...": a person the
  // dictionaries do not know was the salient one, so "he" codes nothing
  // (not Trump). `label` is the person's name, for explanations.
  void SetLastPersonUnknown(const std::string& label) { SetLastPerson("", label); }
  // Surnames of people named in the article whom the dictionaries do not
  // know ("Ollie Hall, 24, died ..." makes a later "Hall" a person).
  void RememberUnknownPerson(std::string_view surname);
  bool IsUnknownPerson(std::string_view surname) const;
  const std::string& last_person_label() const { return last_person_label_; }
  // Another person of the salient person's sentence, with another code
  // ("Merkel met Putin": Putin beside Merkel), for an object "him" or
  // "her" whose clause's subject is the salient person already ("She
  // told him ..."). Empty code when there was none.
  void SetOtherPerson(const std::string& code, const std::string& label) {
    other_person_code_ = code;
    other_person_label_ = label;
  }
  const std::string& other_person_code() const { return other_person_code_; }
  const std::string& other_person_label() const { return other_person_label_; }
  // The salient state or organisation of the last sentence, for "it".
  void SetLastThing(const std::string& code, const std::string& label) {
    last_thing_code_ = code;
    last_thing_label_ = label;
  }
  const std::string& last_thing_code() const { return last_thing_code_; }
  const std::string& last_thing_label() const { return last_thing_label_; }

  // The compound subject of the last sentence ("Trump and Kim met"), for
  // "they"; empty when it had none.
  void SetLastGroup(std::vector<std::string> codes) { last_group_ = std::move(codes); }
  const std::vector<std::string>& last_group() const { return last_group_; }

  // The plural group that was the subject of the last sentence ("Boko
  // Haram fighters seized Baga. They went on to ..."), for "they" and
  // "them" when no compound subject was named; its span is meaningless.
  // Empty code when there was none.
  void SetLastPlural(Mention m) { last_plural_ = std::move(m); }
  const Mention& last_plural() const { return last_plural_; }

  // The parties named last, oldest first, at most kRecentParties, each
  // code once: for "the two men", "the two countries".
  static constexpr size_t kRecentParties = 6;
  void NoteParty(const std::string& code);
  const std::vector<std::string>& recent_parties() const { return recent_; }

  // The last actor named with each role word and a country ("President
  // Ali Musa" for PRESIDENT, the agent entry's name), for "the president"
  // in a later sentence (see ResolveDefiniteRole in coreference.h).
  struct RoleHolder {
    std::string code, label;
  };
  void RememberRole(const std::string& role, RoleHolder holder) {
    role_holder_[role] = std::move(holder);
  }
  const RoleHolder* LookupRole(const std::string& role) const {
    auto it = role_holder_.find(role);
    return it == role_holder_.end() ? nullptr : &it->second;
  }
  // A holder of a narrower role with the same head word ("FOREIGN
  // !MINIST!" for "!MINIST!": "Foreign Minister Ana Ruiz ... The minister
  // said"), when all such holders have one code; nullptr otherwise
  // (coreference_memory.cc).
  const RoleHolder* LookupRoleByHead(const std::string& role) const;

  // What pronouns resolve to, saved before a sentence is read so that a
  // second reading of it resolves them the same way.
  struct Salient {
    std::string person_code, person_label, thing_code, thing_label;
    std::string other_code, other_label;
    std::vector<std::string> group;
    std::vector<std::string> recent;
    Mention plural;
  };
  void Save(Salient* s) const {
    s->person_code = last_person_code_;
    s->person_label = last_person_label_;
    s->other_code = other_person_code_;
    s->other_label = other_person_label_;
    s->thing_code = last_thing_code_;
    s->thing_label = last_thing_label_;
    s->group = last_group_;
    s->recent = recent_;
    s->plural = last_plural_;
  }
  void Restore(const Salient& s) {
    last_person_code_ = s.person_code;
    last_person_label_ = s.person_label;
    other_person_code_ = s.other_code;
    other_person_label_ = s.other_label;
    last_thing_code_ = s.thing_code;
    last_thing_label_ = s.thing_label;
    last_group_ = s.group;
    recent_ = s.recent;
    last_plural_ = s.plural;
  }

 private:
  std::unordered_map<std::string, std::string> code_by_name_;
  std::unordered_map<std::string, std::string> full_name_;
  std::vector<std::string> unknown_people_;
  std::unordered_map<std::string, RoleHolder> role_holder_;
  std::string last_person_code_;
  std::string last_person_label_;
  std::string other_person_code_;
  std::string other_person_label_;
  std::string last_thing_code_;
  std::string last_thing_label_;
  std::vector<std::string> last_group_;
  std::vector<std::string> recent_;
  Mention last_plural_;
};

struct MentionContext {
  const Dictionary* dictionary = nullptr;
  const Gazetteer* gazetteer = nullptr;  // may be null
  Date date;
};

// Finds the mentions of one sentence, left to right, and updates `memory`
// with the names it learns. `matches` come from Dictionary::FindCandidates.
std::vector<Mention> FindMentions(std::span<const Token> tokens,
                                  std::span<const PhraseMatch> matches,
                                  const MentionContext& context, CoreferenceMemory* memory);

// Completes `role`, a role named without a country ("the rebels", "helicopter
// gunships"), with the country of `from`, an actor named with one, and adds
// " + CCC (reason)" to its explanation. Does nothing, and returns false, when
// the role has a country already or `from` gives none (a role itself, an
// international or non-governmental organisation), or when the role is
// named with its backer ("Iranian-backed forces"), whose list it is not of.
bool TakeCountryFrom(const Mention& from, Mention* role, std::string_view reason);

// Helpers shared by the coder's rules.
// Case-insensitive equality with a lower-case word. Inline: the coder's
// rules call it for nearly every token they look at.
inline bool IsWord(const Token& t, std::string_view lower) {
  if (t.text.size() != lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = t.text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}
// Whether the token ends with `lower` (lower case), ignoring case, without
// copying it: "Russian-brokered" ends with "-brokered".
inline bool EndsWithWord(const Token& t, std::string_view lower) {
  if (t.text.size() < lower.size()) return false;
  const std::string_view tail = std::string_view(t.text).substr(t.text.size() - lower.size());
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = tail[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}
// Whether the token is one of `words` (lower case), ignoring case.
inline bool InWords(std::span<const std::string_view> words, const Token& t) {
  for (auto w : words)
    if (IsWord(t, w)) return true;
  return false;
}
bool IsDeterminer(const Token& t);
// "on Monday", "by Sunday": a day of the week, in any case.
bool IsWeekday(const Token& t);
// "in March", "on 5 May": a month's name, in any case. "May" is also a
// surname and a modal verb: callers that can meet those check the context.
bool IsMonthName(const Token& t);
// "his", "her", "its", "their": the owner of the noun after it is named before.
bool IsPossessivePronoun(const Token& t);

// "separatists in eastern Ukraine": a word that may stand between a
// preposition and the place it names.
bool IsCompassWord(const Token& t);

// Whether the token is one hyphened word saying what rules or ails a place,
// before its name, and leaves it the country of the roles in it:
// "military-ruled", "war-torn", "quake-hit".
bool IsHyphenedPlaceState(const Token& t);

// From tokens[p], past a determiner, such a hyphened word, a compass word
// and "city of" (or "the Tigrayan city of") to where a place's name begins:
// "in northern Syria", "in war-torn Yemen", "in the Tigrayan city of
// Axum", "of the town of Baga".
size_t SkipToPlaceName(std::span<const Token> tokens, size_t p);

// Codes an ethnic group as the civilians of the country it lives in
// (`country`, three letters), as CAMEO codes a people by residence; `why`
// says how the country was found ("living in Serbia").
void SettleAsResidents(Mention* people, std::string_view country, std::string_view why);
bool IsLocativePreposition(const Token& t);
bool IsPreposition(const Token& t);
std::string LowerAscii(std::string_view s);
// The tokens' normalised text joined by spaces ("Syria's Prime Minister").
std::string SpanText(std::span<const Token> tokens, TokenSpan span);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_MENTIONS_H_
