#include "khaldun/cameo.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <vector>

#include <fmt/format.h>

namespace khaldun {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

// A TSV file whose first line names the columns; Column() finds one by any of
// several accepted names, so that the data files can name columns naturally.
class TsvReader {
 public:
  explicit TsvReader(const std::string& path) : path_(path), in_(path) {}

  Status ReadHeader() {
    if (!in_) return Status::NotFound("cannot open", {path_});
    std::string line;
    if (!Next(&line)) return Status::InvalidArgument("empty file, expected a header line", {path_});
    header_ = SplitTabs(line);
    return Status::Ok();
  }

  int Column(std::initializer_list<std::string_view> names) const {
    for (size_t i = 0; i < header_.size(); ++i)
      for (auto n : names)
        if (header_[i] == n) return static_cast<int>(i);
    return -1;
  }

  bool Next(std::string* line) {
    while (std::getline(in_, *line)) {
      ++line_number_;
      if (!line->empty() && line->back() == '\r') line->pop_back();
      if (!line->empty() && (*line)[0] != '#') return true;
    }
    return false;
  }

  ErrorContext Here() const { return {path_, line_number_, ""}; }

 private:
  std::string path_;
  std::ifstream in_;
  std::vector<std::string> header_;
  uint64_t line_number_ = 0;
};

}  // namespace

Result<std::shared_ptr<const CameoCodebook>> CameoCodebook::Load(const std::string& codes_path,
                                                                const std::string& plover_path) {
  std::shared_ptr<CameoCodebook> book(new CameoCodebook());
  TsvReader codes(codes_path);
  if (Status s = codes.ReadHeader(); !s.ok()) return s;
  const int c_code = codes.Column({"code", "cameo"});
  const int c_name = codes.Column({"name", "label"});
  const int c_gold = codes.Column({"goldstein"});
  const int c_quad = codes.Column({"quad_class", "quadclass"});
  if (c_code < 0 || c_name < 0 || c_gold < 0 || c_quad < 0) {
    return Status::InvalidArgument("header must name columns code, name, goldstein, quad_class",
                                   {codes_path, 1});
  }
  std::string line;
  while (codes.Next(&line)) {
    auto f = SplitTabs(line);
    const size_t needed = static_cast<size_t>(std::max({c_code, c_name, c_gold, c_quad})) + 1;
    CameoCode c;
    int quad = 0;
    if (f.size() < needed) return Status::InvalidArgument("too few columns", codes.Here());
    c.code = f[c_code];
    c.name = f[c_name];
    auto [p1, e1] = std::from_chars(f[c_gold].data(), f[c_gold].data() + f[c_gold].size(), c.goldstein);
    auto [p2, e2] = std::from_chars(f[c_quad].data(), f[c_quad].data() + f[c_quad].size(), quad);
    if (e1 != std::errc() || e2 != std::errc() || quad < 1 || quad > 4) {
      return Status::InvalidArgument(fmt::format("bad goldstein or quad_class for code '{}'", c.code),
                                     codes.Here());
    }
    c.quad_class = static_cast<QuadClass>(quad);
    book->codes_[c.code] = std::move(c);
  }
  if (plover_path.empty()) return std::shared_ptr<const CameoCodebook>(book);

  TsvReader plover(plover_path);
  if (Status s = plover.ReadHeader(); !s.ok()) return s;
  const int p_code = plover.Column({"cameo", "code", "cameo_code"});
  const int p_type = plover.Column({"plover_type", "event_type", "plover_event", "type"});
  const int p_mode = plover.Column({"plover_mode", "mode"});
  if (p_code < 0 || p_type < 0) {
    return Status::InvalidArgument("header must name columns cameo and plover_type", {plover_path, 1});
  }
  while (plover.Next(&line)) {
    auto f = SplitTabs(line);
    if (f.size() <= static_cast<size_t>(std::max(p_code, p_type))) {
      return Status::InvalidArgument("too few columns", plover.Here());
    }
    auto it = book->codes_.find(f[p_code]);
    if (it == book->codes_.end()) {
      return Status::InvalidArgument(fmt::format("'{}' is not in the CAMEO codes table", f[p_code]),
                                     plover.Here());
    }
    // "-" marks a code with no PLOVER counterpart (or no mode).
    auto value = [](const std::string& v) { return v == "-" ? std::string() : v; };
    it->second.plover_type = value(f[p_type]);
    if (p_mode >= 0 && static_cast<size_t>(p_mode) < f.size()) it->second.plover_mode = value(f[p_mode]);
  }
  return std::shared_ptr<const CameoCodebook>(book);
}

const CameoCode* CameoCodebook::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace khaldun
