// The rule of FindMentions (mention_passes.h) for a group of states that
// news names as one: "six world powers", "the P5+1", "the Baltic states".
// Each member is a party of what the group does, as a list of its names
// would be: "Tehran and six world powers reached an interim accord" is an
// agreement of Iran with each of the six.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coder/mention_passes.h"
#include "coder/mention_words.h"

namespace khaldun::internal {

namespace {

// One name of a group: its words, lower case, as the tokenizer cuts them
// ("P5+1" is "p5", "+", "1").
struct GroupName {
  std::array<std::string_view, 4> words;  // "" after the last
  int group;                              // index in kGroups
  // "world powers" with no count are the six only where Iran, whose
  // nuclear talks they held, is named before them in the sentence.
  bool after_iran = false;
};

struct Group {
  int32_t from;  // YYYYMMDD: the first day the name meant these states
  std::array<std::string_view, 6> members;  // "" after the last
};

// The six states that negotiated with Iran over its nuclear programme from
// June 2006 (the five permanent members of the Security Council and
// Germany), "the P5+1" or "E3+3"; the three Baltic republics after their
// independence in 1991; the three European powers of the Iran talks
// (Britain, France, Germany) from 2003; the Middle East Quartet from 2002.
constexpr std::array<Group, 4> kGroups = {{
    {20060601, {"USA", "RUS", "CHN", "GBR", "FRA", "DEU"}},
    {19910906, {"EST", "LVA", "LTU", "", "", ""}},
    {20030801, {"GBR", "FRA", "DEU", "", "", ""}},
    {20020410, {"IGOUNO", "USA", "IGOEUREEC", "RUS", "", ""}},
}};

// Longer names first: the first name that matches is read.
constexpr std::array<GroupName, 20> kNames = {{
    {{"six", "world", "powers", ""}, 0},
    {{"six", "major", "powers", ""}, 0},
    {{"six", "global", "powers", ""}, 0},
    {{"six", "big", "powers", ""}, 0},
    {{"six", "great", "powers", ""}, 0},
    {{"six", "powers", "", ""}, 0},
    {{"world", "powers", "", ""}, 0, true},
    {{"major", "powers", "", ""}, 0, true},
    {{"global", "powers", "", ""}, 0, true},
    {{"big", "powers", "", ""}, 0, true},
    {{"p5", "+", "1", ""}, 0},
    {{"e3", "+", "3", ""}, 0},
    {{"eu3", "+", "3", ""}, 0},
    {{"three", "baltic", "states", ""}, 1},
    {{"baltic", "states", "", ""}, 1},
    {{"baltic", "nations", "", ""}, 1},
    {{"baltic", "republics", "", ""}, 1},
    {{"three", "european", "powers", ""}, 2},
    {{"middle", "east", "quartet", ""}, 3},
    {{"quartet", "", "", ""}, 3},
}};

// How many tokens from `at` the name takes, or 0 when they are not it.
size_t MatchName(std::span<const Token> tokens, size_t at, const GroupName& name) {
  size_t k = 0;
  for (; k < name.words.size() && !name.words[k].empty(); ++k)
    if (at + k >= tokens.size() || !IsWord(tokens[at + k], name.words[k])) return 0;
  return k;
}

}  // namespace

// "the six powers", "six world powers", "the P5+1", "the Baltic states",
// "the Quartet": one mention per member, coordinated as a list, each a
// state named again (coded as its name would be). "the Quartet" must be
// written with its capital, outside a headline ("the quartet held off the
// Americans to win the relay" is none), and a name used before the group
// was formed means nothing.
bool ReadNamedGroup(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  const size_t i = *at;
  const size_t begin = IsWord(tokens[i], "the") ? i + 1 : i;
  if (begin >= n) return false;
  for (const GroupName& name : kNames) {
    const size_t length = MatchName(tokens, begin, name);
    if (length == 0) continue;
    const Group& group = kGroups[name.group];
    if (scan.context.date.known() && scan.context.date.AsInt() < group.from) return false;
    if (name.after_iran && std::none_of(out->begin(), out->end(), [](const Mention& m) {
          return m.code.starts_with("IRN");
        }))
      return false;
    if (name.words[0] == "quartet" &&
        (begin == i || tokens[begin].text != "Quartet" || scan.title_case))
      return false;
    // (The count of a list just named, "Germany, France, Britain, the US,
    // China and Russia ... the six powers", is ReadTheCount's, tried first.)
    size_t end = begin + length;
    // "the P5+1 group", "the P5+1 countries": the noun after the name is
    // the group's own, not a role of its own.
    if (end < n && (IsWord(tokens[end], "group") || IsWord(tokens[end], "countries") ||
                    IsWord(tokens[end], "nations") || IsWord(tokens[end], "powers")))
      ++end;
    const bool possessive = end < n && tokens[end].Has(kTokenPossessive);
    if (possessive) ++end;
    // "sanctions on the Baltic states": after a preposition of place the
    // group is where something happens.
    const bool place = i > 0 && IsLocativePreposition(tokens[i - 1]);
    std::vector<std::string> codes;
    for (std::string_view member : group.members)
      if (!member.empty()) codes.emplace_back(member);
    const size_t first = out->size();
    for (size_t k = 0; k < codes.size(); ++k) {
      Mention member;
      member.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
      member.code = codes[k];
      member.how = fmt::format("named group: {} = {}", SpanText(tokens, member.span),
                               fmt::join(codes, " and "));
      member.display_name = codes[k];
      member.states_again = true;
      member.group_member = true;
      member.possessive = possessive;
      member.locative = place;
      if (k + 1 < codes.size()) member.coordinated_with = static_cast<int>(first + k + 1);
      out->push_back(std::move(member));
    }
    *at = end;
    return true;
  }
  return false;
}

}  // namespace khaldun::internal
