// Real news for the benchmarks, converted at bench time from ../shared/corpora
// into khaldun's JSONL (id, date, title, text), and a large corpus generated
// from them. Nothing here is committed: the files go to a scratch directory
// (build/.../bench-data by default) and are reused when already there.
//
//   bbc          BBC News JSONL (2,225 articles; no dates: 2005-01-01 is given)
//   reuters21578 Reuters-21578 SGML (reut2-*.sgm): <DATE>, <TITLE>, <DATELINE>
//                + <BODY>; SGML entities decoded, Latin-1 bytes read as
//                Latin-1, the closing "Reuter" signature and ETX dropped
//   guardian     Guardian SDF sample CSV (RFC 4180 quoting, no title)
//   reuters2020  Reuters 2020 PLOVER stories: a run of pretty-printed JSON
//                objects; paragraphs (textInfo.textStory) joined by blank lines
//
// Header-only, for bench/*_bench.cc; not part of the library.
#ifndef KHALDUN_BENCH_BENCH_CORPORA_H_
#define KHALDUN_BENCH_BENCH_CORPORA_H_

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun::bench {

inline std::string SharedDir() { return std::string(KHALDUN_SOURCE_DIR) + "/../shared"; }

struct CorpusFile {
  std::string name;  // "bbc", "reuters21578", ...
  std::string path;  // the converted JSONL
  uint64_t documents = 0;
  uint64_t bytes = 0;  // of the JSONL file
};

namespace detail {

inline std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// SGML text to UTF-8: &lt; &gt; &amp; &quot; &#N; decoded; control characters
// other than \n and \t dropped; bytes >= 0x80 read as Latin-1.
inline std::string DecodeSgml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '&') {
      size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 8) {
        std::string_view ent = s.substr(i + 1, semi - i - 1);
        uint32_t cp = 0;
        bool known = true;
        if (ent == "lt")
          cp = '<';
        else if (ent == "gt")
          cp = '>';
        else if (ent == "amp")
          cp = '&';
        else if (ent == "quot")
          cp = '"';
        else if (!ent.empty() && ent[0] == '#')
          cp = static_cast<uint32_t>(std::atoi(std::string(ent.substr(1)).c_str()));
        else
          known = false;
        if (known) {
          if (cp >= 32 || cp == '\n' || cp == '\t') AppendUtf8(cp, &out);
          i = semi;
          continue;
        }
      }
      out.push_back('&');
    } else if (c >= 0x80) {
      AppendUtf8(c, &out);
    } else if (c >= 32 || c == '\n' || c == '\t') {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

inline std::string Between(std::string_view s, std::string_view open, std::string_view close) {
  size_t b = s.find(open);
  if (b == std::string_view::npos) return "";
  b += open.size();
  size_t e = s.find(close, b);
  if (e == std::string_view::npos) return "";
  return std::string(s.substr(b, e - b));
}

inline std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\n");
  size_t e = s.find_last_not_of(" \t\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

inline void WriteRecord(std::ofstream& out, const std::string& id, const std::string& date,
                        const std::string& title, const std::string& text) {
  nlohmann::json j;
  j["id"] = id;
  j["date"] = date;
  if (!title.empty()) j["title"] = title;
  j["text"] = text;
  out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

inline uint64_t ConvertBbc(std::ofstream& out) {
  std::ifstream in(SharedDir() + "/corpora/bbc_news/bbc.jsonl");
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    WriteRecord(out, "bbc/" + j.value("id", std::to_string(n)), "2005-01-01", j.value("title", ""),
                j.value("text", ""));
    ++n;
  }
  return n;
}

inline std::string ReutersDate(std::string_view d) {
  // "26-FEB-1987 15:01:01.79" -> "1987-02-26"
  static const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  std::string s = Trim(std::string(d));
  if (s.size() < 11) return "1987-03-01";
  int month = 0;
  for (int m = 0; m < 12; ++m)
    if (s.compare(3, 3, kMonths[m]) == 0) month = m + 1;
  if (month == 0) return "1987-03-01";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d-%s", s.substr(7, 4).c_str(), month,
                s.substr(0, 2).c_str());
  return buf;
}

inline uint64_t ConvertReuters21578(std::ofstream& out) {
  uint64_t n = 0;
  for (int f = 0; f <= 21; ++f) {
    char name[64];
    std::snprintf(name, sizeof name, "/corpora/reuters21578/reut2-%03d.sgm", f);
    std::string sgm = ReadWhole(SharedDir() + name);
    size_t pos = 0;
    while ((pos = sgm.find("<REUTERS", pos)) != std::string::npos) {
      size_t end = sgm.find("</REUTERS>", pos);
      if (end == std::string::npos) break;
      std::string_view rec(sgm.data() + pos, end - pos);
      pos = end;
      std::string id = Between(rec, "NEWID=\"", "\"");
      std::string body = Between(rec, "<BODY>", "</BODY>");
      if (body.empty()) continue;  // title-only briefs have no story to code
      std::string text = DecodeSgml(body);
      // The wire signature "Reuter" closes nearly every story.
      text = Trim(text);
      if (text.ends_with("Reuter")) text = Trim(text.substr(0, text.size() - 6));
      std::string dateline = Trim(DecodeSgml(Between(rec, "<DATELINE>", "</DATELINE>")));
      if (!dateline.empty()) text = dateline + " " + text;
      WriteRecord(out, "reuters21578/" + id, ReutersDate(Between(rec, "<DATE>", "</DATE>")),
                  Trim(DecodeSgml(Between(rec, "<TITLE>", "</TITLE>"))), text);
      ++n;
    }
  }
  return n;
}

// RFC 4180 CSV: fields separated by ',', quoted fields may hold ',', '\n' and "".
inline bool NextCsvRow(std::string_view s, size_t* pos, std::vector<std::string>* row) {
  row->clear();
  if (*pos >= s.size()) return false;
  std::string field;
  bool quoted = false;
  size_t i = *pos;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row->push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      ++i;
      break;
    } else if (c != '\r') {
      field.push_back(c);
    }
  }
  row->push_back(std::move(field));
  *pos = i;
  return true;
}

inline uint64_t ConvertGuardian(std::ofstream& out) {
  std::string csv = ReadWhole(SharedDir() + "/corpora/guardian_sdf_ngec/Guardian_SDF_sample.csv");
  size_t pos = 0;
  std::vector<std::string> row;
  NextCsvRow(csv, &pos, &row);  // header: "", date, text, source
  uint64_t n = 0;
  while (NextCsvRow(csv, &pos, &row)) {
    if (row.size() < 3 || row[2].empty()) continue;
    WriteRecord(out, "guardian/" + row[0], row[1], "", row[2]);
    ++n;
  }
  return n;
}

inline uint64_t ConvertReuters2020(std::ofstream& out) {
  std::string all =
      ReadWhole(SharedDir() + "/corpora/reuters_2020-02-25_fjty/demo-REUT-20-02-25-stories.jsonl");
  uint64_t n = 0;
  // A run of objects: cut at depth 0, minding strings and escapes.
  int depth = 0;
  bool in_string = false;
  size_t start = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    char c = all[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '{' && depth++ == 0)
      start = i;
    else if (c == '}' && --depth == 0) {
      auto j =
          nlohmann::json::parse(std::string_view(all).substr(start, i + 1 - start), nullptr, false);
      if (j.is_discarded()) continue;
      std::string text;
      if (j.contains("textInfo") && j["textInfo"].contains("textStory"))
        for (const auto& p : j["textInfo"]["textStory"])
          if (p.is_string()) text += (text.empty() ? "" : "\n\n") + p.get<std::string>();
      std::string title;
      if (j.contains("citeInfo")) title = j["citeInfo"].value("title", "");
      WriteRecord(out, "reuters2020/" + j.value("id", std::to_string(n)),
                  j.value("date", "2020-02-25"), title, text);
      ++n;
    }
  }
  return n;
}

inline uint64_t CountLines(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) n += !line.empty();
  return n;
}

}  // namespace detail

// Converts the four corpora into `dir` (created if needed) unless already
// there. Returns them in a fixed order; a corpus whose source is missing is
// left out.
inline std::vector<CorpusFile> PrepareCorpora(const std::string& dir) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  struct Spec {
    const char* name;
    const char* source;
    uint64_t (*convert)(std::ofstream&);
  };
  const Spec specs[] = {
      {"bbc", "/corpora/bbc_news/bbc.jsonl", detail::ConvertBbc},
      {"reuters21578", "/corpora/reuters21578/reut2-000.sgm", detail::ConvertReuters21578},
      {"guardian", "/corpora/guardian_sdf_ngec/Guardian_SDF_sample.csv", detail::ConvertGuardian},
      {"reuters2020", "/corpora/reuters_2020-02-25_fjty/demo-REUT-20-02-25-stories.jsonl",
       detail::ConvertReuters2020},
  };
  std::vector<CorpusFile> out;
  for (const Spec& s : specs) {
    if (!fs::exists(SharedDir() + s.source)) continue;
    CorpusFile f{s.name, dir + "/" + s.name + ".jsonl"};
    if (!fs::exists(f.path) || fs::file_size(f.path) == 0) {
      std::string tmp = f.path + ".tmp";
      {
        std::ofstream o(tmp, std::ios::binary);
        s.convert(o);
      }
      fs::rename(tmp, f.path);
    }
    f.documents = detail::CountLines(f.path);
    f.bytes = fs::file_size(f.path);
    out.push_back(f);
  }
  return out;
}

// Writes a corpus of at least `bytes` bytes to `dir`/big-<MB>mb.jsonl by
// repeating the records of `sources` in turn, each copy with a fresh id
// ("bbc/001#17"), unless a file of that name and at least that size exists.
inline CorpusFile PrepareBigCorpus(const std::string& dir, const std::vector<CorpusFile>& sources,
                                   uint64_t bytes) {
  namespace fs = std::filesystem;
  CorpusFile f{"generated", dir + "/big-" + std::to_string(bytes >> 20) + "mb.jsonl"};
  if (!fs::exists(f.path) || fs::file_size(f.path) < bytes) {
    std::vector<std::string> lines;
    for (const CorpusFile& s : sources) {
      std::ifstream in(s.path);
      std::string line;
      while (std::getline(in, line))
        if (!line.empty()) lines.push_back(line);
    }
    std::string tmp = f.path + ".tmp";
    {
      std::ofstream o(tmp, std::ios::binary);
      uint64_t written = 0;
      for (uint64_t copy = 0; written < bytes && !lines.empty(); ++copy) {
        for (const std::string& l : lines) {
          // Records begin {"date":..,"id":"name/..": give the id a copy suffix.
          size_t id = l.find("\"id\":\"");
          size_t close = id == std::string::npos ? std::string::npos : l.find('"', id + 6);
          std::string rec = close == std::string::npos
                                ? l
                                : l.substr(0, close) + "#" + std::to_string(copy) + l.substr(close);
          o << rec << '\n';
          written += rec.size() + 1;
          if (written >= bytes) break;
        }
      }
    }
    fs::rename(tmp, f.path);
  }
  f.documents = detail::CountLines(f.path);
  f.bytes = fs::file_size(f.path);
  return f;
}

}  // namespace khaldun::bench

#endif  // KHALDUN_BENCH_BENCH_CORPORA_H_
