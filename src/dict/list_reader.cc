// PETRARCH-2 discards and issues.
//
// Discards:   SOCCER            the sentence is not coded; last word a stem
//             +ACADEMY AWARD    '+': the whole story is not coded
//             WORLD CUP_        '_': the last word must be whole
// Issues:     <ISSUE CATEGORY="EDUCATION" TYPE="ALL"> ... </ISSUE>
//             n:teacher [TEACHERS]     n: singular and plural
//             v:kidnap                 v: verb forms; no code = the category
//             pre+k [EARLY_...]        +: both "pre k" and "pre-k"
//             ~a head start            ~: a phrase that cancels issue coding
#include <algorithm>

#include <fmt/format.h>

#include "dict/dictionary_data.h"
#include "dict/text_util.h"

namespace khaldun::internal {
namespace {

using Kind = PhraseMatch::Kind;

// Each '+' doubles a word's expansions and each word multiplies the entry's
// phrases, so hostile input ("a+a+a+...", found by dict_fuzz) would expand
// exponentially: an entry over these limits is an error and is skipped. Real
// entries stay far below: "tehreek+e+nafaz+e+shariat+e+mohammadi" has 6.
constexpr size_t kMaxIssuePlusesPerWord = 9;
constexpr size_t kMaxIssuePhrases = 1024;

// The alternatives one written issue word expands to; each a word list.
// Stops as soon as there are more than kMaxIssuePhrases (the caller then
// rejects the entry): "v:" after each '+' multiplies the alternatives by the
// verb forms at every level, so a 300-byte entry would otherwise take
// seconds (found by the dict_fuzz campaign).
std::vector<std::vector<std::string>> ExpandIssueWord(std::string_view w) {
  std::vector<std::string> base;
  if (w.starts_with("n:") || w.starts_with("N:")) {
    std::string s = ToUpper(w.substr(2));
    base = {s, NounPlural(s)};
  } else if (w.starts_with("v:") || w.starts_with("V:")) {
    std::string s = ToUpper(w.substr(2));
    base = {s};
    for (auto& f : RegularVerbForms(s)) base.push_back(f);
  } else {
    base = {ToUpper(w)};
  }
  std::vector<std::vector<std::string>> out;
  for (const auto& s : base) {
    size_t plus = s.find('+');
    if (plus == std::string::npos || s.size() == 1) {
      out.push_back({s});
      continue;
    }
    std::string left = s.substr(0, plus), right = s.substr(plus + 1);
    // "pre+n:school": the part after '+' may carry its own n:/v:.
    for (auto& r : ExpandIssueWord(right)) {
      std::vector<std::string> spaced = {left};
      spaced.insert(spaced.end(), r.begin(), r.end());
      out.push_back(spaced);
      std::vector<std::string> hyphen = r;
      hyphen.front() = left + "-" + hyphen.front();
      out.push_back(std::move(hyphen));
      if (out.size() > kMaxIssuePhrases) return out;
    }
  }
  return out;
}

}  // namespace

void ReadPetrarchDiscards(std::string_view text, Builder* b) {
  bool in_xml_comment = false;
  for (const SourceLine& sl : SplitLines(text)) {
    std::string stripped = StripXmlComments(sl.text, &in_xml_comment);
    std::string_view t = Trim(CutComment(Trim(stripped), "#;"));
    if (t.empty()) continue;
    if (t.find('\t') != std::string_view::npos) {
      b->Error(sl.number, "syntax", "tab inside a discard phrase (a table, not a discards file?); line skipped");
      continue;
    }
    DiscardEntry d;
    if (t[0] == '+') {
      d.story_level = true;
      t = Trim(t.substr(1));
    }
    bool exact = false;
    std::vector<std::string> words = SplitPhrase(t, &exact);
    if (words.empty()) continue;
    d.phrase = JoinWords(words);
    d.file = b->file();
    d.line = sl.number;
    auto& list = b->data().discards;
    uint32_t id = static_cast<uint32_t>(list.size());
    list.push_back(std::move(d));
    b->AddPhrase(sl.number, words, Kind::kDiscard, id, !exact);
  }
}

void ReadPetrarchIssues(std::string_view text, Builder* b) {
  bool in_xml_comment = false;
  std::string category;
  for (const SourceLine& sl : SplitLines(text)) {
    std::string stripped = StripXmlComments(sl.text, &in_xml_comment);
    std::string_view t = Trim(CutComment(Trim(stripped), "#"));
    if (t.empty()) continue;
    if (t.starts_with("<ISSUE")) {
      size_t q = t.find("CATEGORY=\"");
      if (q == std::string_view::npos) {
        b->Error(sl.number, "syntax", "<ISSUE> without CATEGORY=\"...\"");
        category.clear();
        continue;
      }
      size_t end = t.find('"', q + 10);
      category = std::string(t.substr(q + 10, end - q - 10));
      continue;
    }
    if (t.starts_with("</ISSUE")) {
      category.clear();
      continue;
    }
    std::string brackets = CheckBrackets(t);
    if (!brackets.empty()) {
      b->Error(sl.number, "unbalanced-brackets", brackets + "; entry skipped");
      continue;
    }
    IssueEntry e;
    e.category = category;
    if (t[0] == '~') {
      e.ignore = true;
      while (!t.empty() && t[0] == '~') t.remove_prefix(1);
    }
    std::string_view body = t;
    size_t open = t.rfind('[');
    if (open != std::string_view::npos) {
      body = Trim(t.substr(0, open));
      e.code = std::string(Trim(t.substr(open + 1, t.rfind(']') - open - 1)));
    } else if (!e.ignore) {
      if (category.empty()) {
        b->Error(sl.number, "syntax", "issue phrase without a code outside an <ISSUE> block");
        continue;
      }
      e.code = category;
    }
    // Expand each written word, then take every combination.
    std::vector<std::vector<std::string>> phrases = {{}};
    std::vector<std::string> written;
    size_t s = 0;
    while (s < body.size()) {
      size_t sp = body.find_first_of(" \t", s);
      std::string_view w = body.substr(s, sp == std::string_view::npos ? std::string_view::npos : sp - s);
      if (!w.empty()) {
        written.push_back(ToUpper(w));
        if (static_cast<size_t>(std::count(w.begin(), w.end(), '+')) > kMaxIssuePlusesPerWord) {
          phrases.clear();
          break;
        }
        const std::vector<std::vector<std::string>> alts = ExpandIssueWord(w);
        if (phrases.size() * alts.size() > kMaxIssuePhrases) {
          phrases.clear();
          break;
        }
        std::vector<std::vector<std::string>> next;
        for (const auto& p : phrases) {
          for (const auto& alt : alts) {
            auto q = p;
            q.insert(q.end(), alt.begin(), alt.end());
            next.push_back(std::move(q));
          }
        }
        phrases = std::move(next);
      }
      if (sp == std::string_view::npos) break;
      s = sp + 1;
    }
    if (written.empty()) continue;
    if (phrases.empty()) {
      b->Error(sl.number, "too-long",
               fmt::format("issue entry expands to over {} phrases (more than {} '+' in a word, or too many "
                           "n:/v:/+ words); entry skipped", kMaxIssuePhrases, kMaxIssuePlusesPerWord));
      continue;
    }
    e.phrase = JoinWords(written);
    e.file = b->file();
    e.line = sl.number;
    auto& list = b->data().issues;
    uint32_t id = static_cast<uint32_t>(list.size());
    list.push_back(std::move(e));
    for (const auto& p : phrases) b->AddPhrase(sl.number, p, Kind::kIssue, id);
  }
}

}  // namespace khaldun::internal
