#include "dict/dictionary_data.h"
#include "dict/text_util.h"

namespace khaldun::internal {

void Builder::Warn(uint32_t line, std::string check, std::string message) {
  if (diagnostics_)
    diagnostics_->push_back({Diagnostic::Severity::kWarning, file_, line, std::move(check), std::move(message)});
}

void Builder::Error(uint32_t line, std::string check, std::string message) {
  if (diagnostics_)
    diagnostics_->push_back({Diagnostic::Severity::kError, file_, line, std::move(check), std::move(message)});
}

bool Builder::AddPhrase(uint32_t line, std::vector<PhraseWord> words, PhraseMatch::Kind kind, uint32_t id) {
  if (words.empty()) return false;
  for (const auto& w : words) {
    std::string why = WhyWordNeverMatches(w.text);
    if (!why.empty()) {
      Warn(line, "never-matches", why);
      return false;
    }
  }
  data_->phrases.push_back({std::move(words), kind, id, line});
  return true;
}

bool Builder::AddPhrase(uint32_t line, const std::vector<std::string>& words, PhraseMatch::Kind kind,
                        uint32_t id, bool last_word_prefix) {
  std::vector<PhraseWord> pw;
  pw.reserve(words.size());
  for (const auto& w : words) pw.push_back({w, false});
  if (!pw.empty()) pw.back().prefix = last_word_prefix;
  return AddPhrase(line, std::move(pw), kind, id);
}

}  // namespace khaldun::internal
