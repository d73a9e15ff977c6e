#include "dict/dictionary_data.h"
#include "dict/text_util.h"

namespace khaldun::internal {

void Builder::Warn(uint32_t line, std::string check, std::string message) {
  if (!diagnostics_) return;
  // The generated forms of one written phrase (plurals, endings) would repeat
  // the same complaint; say it once.
  if (!diagnostics_->empty()) {
    const Diagnostic& last = diagnostics_->back();
    if (last.line == line && last.file == file_ && last.check == check && last.message == message) return;
  }
  diagnostics_->push_back({Diagnostic::Severity::kWarning, file_, line, std::move(check), std::move(message)});
}

void Builder::Error(uint32_t line, std::string check, std::string message) {
  if (diagnostics_)
    diagnostics_->push_back({Diagnostic::Severity::kError, file_, line, std::move(check), std::move(message)});
}

bool Builder::AddPhrase(uint32_t line, std::vector<PhraseWord> written, PhraseMatch::Kind kind, uint32_t id) {
  if (written.empty()) return false;
  // "SYRIA'S" is two tokens in text; a stem flag stays on the last piece.
  std::vector<PhraseWord> words;
  words.reserve(written.size());
  for (auto& w : written) {
    std::vector<std::string> pieces = SplitClitics(w.text);
    for (size_t i = 0; i < pieces.size(); ++i)
      words.push_back({std::move(pieces[i]), w.prefix && i + 1 == pieces.size()});
  }
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
