// End-to-end tests of the store commands, run the way a user runs them:
// `khaldun code --db` killed with SIGKILL and resumed, `khaldun export` in
// GDELT 2.0 format re-parsed column by column, and `khaldun query`.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "khaldun/export.h"
#include "khaldun/store.h"

namespace {

namespace fs = std::filesystem;

const std::string kSeedArticle =
    std::string(KHALDUN_SOURCE_DIR) + "/../shared/examples/seed-article/article.txt";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t begin = 0;
  for (;;) {
    const size_t end = s.find(sep, begin);
    out.push_back(s.substr(begin, end - begin));
    if (end == std::string::npos) return out;
    begin = end + 1;
  }
}

struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class StoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("khaldun_store_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  CommandRun Khaldun(const std::string& args) {
    const fs::path out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
    const std::string cmd = std::string(KHALDUN_BINARY) + " " + args + " </dev/null >" +
                            out.string() + " 2>" + err.string();
    const int status = std::system(cmd.c_str());
    return {WEXITSTATUS(status), Slurp(out), Slurp(err)};
  }

  fs::path dir_;
};

// Rows of `sql` on the database at `path`, one line each, fields joined by '|'.
std::string Rows(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
          const unsigned char* text = sqlite3_column_text(stmt, c);
          out += (c ? "|" : "") + std::string(text ? reinterpret_cast<const char*>(text) : "");
        }
        out += '\n';
      }
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

// The store without row ids and timestamps.
std::string Dump(const std::string& path) {
  std::string out;
  for (const char* sql : {
           "SELECT id, content_hash, outcome, event_count FROM documents ORDER BY id",
           "SELECT date, source_code, target_code, cameo_code, location_name, negated, "
           "num_mentions, num_sources, num_articles, is_root FROM events ORDER BY 1, 2, 3, 4, 5, 6",
           "SELECT m.document_id, m.id, e.date, e.source_code, e.target_code, e.cameo_code, "
           "e.location_name FROM mentions m JOIN events e ON e.id = m.event_id ORDER BY 1, 2",
       }) {
    out += Rows(path, sql) + "--\n";
  }
  return out;
}

// Acceptance: `khaldun code --db` over a few thousand documents, killed with
// SIGKILL at random points over several runs and resumed each time, ends
// with the store of an uninterrupted run: same counts, no duplicates.
TEST_F(StoreCliTest, KilledCodeRunsResumeToTheSameStore) {
  const char* kActors[] = {"Iran", "Syria", "The United States", "Russia", "Turkey", "Israel"};
  const char* kVerbs[] = {"condemned", "praised", "met", "accused", "threatened", "thanked"};
  const char* kSources[] = {"Tasnim", "IRNA", "Reuters", "AFP", "AP"};
  std::mt19937 rng(20200114);
  const fs::path corpus = dir_ / "corpus.jsonl";
  {
    std::ofstream out(corpus);
    for (int i = 0; i < 3000; ++i) {
      std::string text;
      for (int k = 0; k < 3; ++k) {
        const int a = static_cast<int>(rng() % 6), b = static_cast<int>((a + 1 + rng() % 5) % 6);
        text += fmt::format("{}{} {} {} on Tuesday.", k ? " " : "", kActors[a], kVerbs[rng() % 6],
                            kActors[b]);
      }
      out << nlohmann::json{{"id", fmt::format("doc-{}", i)},
                            {"date", fmt::format("2020-01-{:02d}", 1 + i % 4)},
                            {"source", kSources[i % 5]},
                            {"text", text}}
                 .dump()
          << "\n";
    }
  }
  const std::string reference = (dir_ / "reference.db").string();
  CommandRun full = Khaldun("code --quiet --format none --db " + reference + " " + corpus.string());
  ASSERT_EQ(0, full.exit_code) << full.err;
  const std::string expected = Dump(reference);
  ASSERT_EQ("3000\n", Rows(reference, "SELECT count(*) FROM documents"));
  ASSERT_EQ("1\n", Rows(reference, "SELECT max(num_sources) > 1 AND max(num_articles) > 1 FROM events"));

  const std::string db = (dir_ / "killed.db").string();
  int killed = 0;
  for (int run = 0; run < 5; ++run) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      std::freopen("/dev/null", "w", stdout);
      std::freopen("/dev/null", "w", stderr);
      ::execl(KHALDUN_BINARY, "khaldun", "code", "--quiet", "--format", "none", "--db", db.c_str(),
              corpus.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    // Kill it once it has stored a random number more documents, at whatever
    // it is doing then (coding, writing, committing).
    const int before = std::atoi(Rows(db, "SELECT count(*) FROM documents").c_str());
    const int target = before + std::uniform_int_distribution<int>(1, 600)(rng);
    int status = 0;
    bool exited = false;
    while (!exited) {
      if (::waitpid(child, &status, WNOHANG) == child) {
        exited = true;
        break;
      }
      if (std::atoi(Rows(db, "SELECT count(*) FROM documents").c_str()) >= target) break;
      ::usleep(1000);
    }
    if (!exited) {
      ::usleep(std::uniform_int_distribution<int>(0, 20000)(rng));
      ::kill(child, SIGKILL);
      ASSERT_EQ(child, ::waitpid(child, &status, 0));
    }
    if (WIFSIGNALED(status)) ++killed;
    else ASSERT_EQ(0, WEXITSTATUS(status)) << "run " << run;
  }
  EXPECT_GT(killed, 0);
  CommandRun last = Khaldun("code --quiet --format none --db " + db + " " + corpus.string());
  ASSERT_EQ(0, last.exit_code) << last.err;
  EXPECT_NE(std::string::npos, last.err.find("already stored, skipped")) << last.err;
  EXPECT_EQ(expected, Dump(db));
  EXPECT_EQ("", Rows(db, "SELECT document_id, id FROM mentions GROUP BY 1, 2 HAVING count(*) > 1"));
  // A further run codes nothing and adds nothing.
  CommandRun again = Khaldun("code --quiet --format none --db " + db + " " + corpus.string());
  ASSERT_EQ(0, again.exit_code) << again.err;
  EXPECT_NE(std::string::npos, again.err.find("0 records: ")) << again.err;
  EXPECT_NE(std::string::npos, again.err.find("3000 already stored, skipped")) << again.err;
  EXPECT_EQ(expected, Dump(db));
}

// Acceptance: the GDELT 2.0 event export of the seed article, parsed back
// and checked column by column against the store and the mentions export.
TEST_F(StoreCliTest, GdeltExportOfTheSeedArticleParsesColumnByColumn) {
  if (!fs::exists(kSeedArticle)) {
    GTEST_SKIP() << "skipped: needs ../shared/examples/seed-article (not found at " << kSeedArticle << ")";
  }
  const std::string db = (dir_ / "seed.db").string();
  CommandRun coded = Khaldun("code --quiet --format none --date 2020-01-14 --db " + db + " " + kSeedArticle);
  ASSERT_EQ(0, coded.exit_code) << coded.err;
  CommandRun events = Khaldun("export --db " + db + " --format gdelt --header");
  ASSERT_EQ(0, events.exit_code) << events.err;
  CommandRun mentions = Khaldun("export --db " + db + " --format gdelt-mentions");
  ASSERT_EQ(0, mentions.exit_code) << mentions.err;

  std::vector<std::string> lines = Split(events.out, '\n');
  ASSERT_FALSE(lines.empty());
  ASSERT_EQ("", lines.back());  // every row ends with a newline
  lines.pop_back();
  const std::vector<std::string> header = Split(lines[0], '\t');
  ASSERT_EQ(61u, header.size());
  EXPECT_EQ(khaldun::GdeltEventColumns(), header);
  // GDELT 2.0's order, spot-checked by position (0-based).
  EXPECT_EQ("GlobalEventID", header[0]);
  EXPECT_EQ("FractionDate", header[4]);
  EXPECT_EQ("Actor1Code", header[5]);
  EXPECT_EQ("Actor2Code", header[15]);
  EXPECT_EQ("IsRootEvent", header[25]);
  EXPECT_EQ("EventCode", header[26]);
  EXPECT_EQ("GoldsteinScale", header[30]);
  EXPECT_EQ("NumMentions", header[31]);
  EXPECT_EQ("AvgTone", header[34]);
  EXPECT_EQ("Actor1Geo_Type", header[35]);
  EXPECT_EQ("ActionGeo_Type", header[51]);
  EXPECT_EQ("ActionGeo_FeatureID", header[58]);
  EXPECT_EQ("DATEADDED", header[59]);
  EXPECT_EQ("SOURCEURL", header[60]);
  ASSERT_GT(lines.size(), 1u) << "the seed article coded no events";

  // Mentions per GlobalEventID, from the 16-column mentions export.
  std::map<std::string, std::vector<std::vector<std::string>>> by_event;
  for (const std::string& line : Split(mentions.out, '\n')) {
    if (line.empty()) continue;
    std::vector<std::string> m = Split(line, '\t');
    ASSERT_EQ(16u, m.size()) << line;
    by_event[m[0]].push_back(m);
  }

  auto store = khaldun::EventStore::Open(db);
  ASSERT_TRUE(store.ok());
  auto stored = (*store)->FindEvents({});
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->size(), lines.size() - 1);

  std::string doc_length = Rows(db, "SELECT length(CAST(text AS BLOB)) FROM documents");
  ASSERT_FALSE(doc_length.empty());
  doc_length.pop_back();  // the newline
  bool saw_assassination = false;
  for (size_t i = 1; i < lines.size(); ++i) {
    const std::vector<std::string> f = Split(lines[i], '\t');
    ASSERT_EQ(61u, f.size()) << lines[i];
    const khaldun::StoredEvent& e = (*stored)[i - 1];
    SCOPED_TRACE(lines[i]);
    std::map<std::string, std::string> col;
    for (size_t c = 0; c < 61; ++c) col[header[c]] = f[c];

    EXPECT_EQ(std::to_string(e.id), col["GlobalEventID"]);
    EXPECT_EQ("20200114", col["Day"]);
    EXPECT_EQ("202001", col["MonthYear"]);
    EXPECT_EQ("2020", col["Year"]);
    EXPECT_EQ("2020.0384", col["FractionDate"]);  // GDELT: ((1-1)*30 + 14) / 365
    for (const char* actor : {"Actor1", "Actor2"}) {
      const std::string& code = std::string(actor) == "Actor1" ? e.source_code : e.target_code;
      EXPECT_EQ(code, col[std::string(actor) + "Code"]);
      EXPECT_EQ(code.empty(), col[std::string(actor) + "Name"].empty());
      const std::string country = col[std::string(actor) + "CountryCode"];
      if (!country.empty()) EXPECT_EQ(code.substr(0, 3), country);
      for (const char* unknown : {"EthnicCode", "Religion1Code", "Religion2Code"}) {
        EXPECT_EQ("", col[std::string(actor) + unknown]);
      }
      const std::string type1 = col[std::string(actor) + "Type1Code"];
      if (!type1.empty()) EXPECT_NE(std::string::npos, code.find(type1));
    }
    EXPECT_TRUE(col["IsRootEvent"] == "0" || col["IsRootEvent"] == "1");
    EXPECT_EQ(e.cameo_code, col["EventCode"]);
    EXPECT_EQ(e.cameo_code.substr(0, 3), col["EventBaseCode"]);
    EXPECT_EQ(e.cameo_code.substr(0, 2), col["EventRootCode"]);
    EXPECT_EQ(std::to_string(static_cast<int>(e.quad_class)), col["QuadClass"]);
    EXPECT_DOUBLE_EQ(e.goldstein, std::stod(col["GoldsteinScale"]));
    EXPECT_GE(e.goldstein, -10);
    EXPECT_LE(e.goldstein, 10);
    // The counts agree with the mentions table.
    const auto& ms = by_event[col["GlobalEventID"]];
    EXPECT_EQ(std::to_string(ms.size()), col["NumMentions"]);
    std::set<std::string> articles, sources;
    for (const auto& m : ms) {
      articles.insert(m[5]);
      sources.insert(m[4]);
      EXPECT_EQ(col["DATEADDED"], m[1]);  // EventTimeDate
      EXPECT_EQ("1", m[3]);               // MentionType: web
      EXPECT_GE(std::stoi(m[6]), 1);      // SentenceID, 1-based
      EXPECT_EQ(doc_length, m[12]);       // MentionDocLen: bytes of the body
    }
    EXPECT_EQ(std::to_string(articles.size()), col["NumArticles"]);
    EXPECT_EQ(std::to_string(sources.size()), col["NumSources"]);
    EXPECT_EQ("", col["AvgTone"]);
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_"}) {
      EXPECT_EQ("0", col[std::string(geo) + "Type"]);
      EXPECT_EQ("", col[std::string(geo) + "FullName"]);
    }
    if (e.location) {
      EXPECT_EQ(e.location->name, col["ActionGeo_FullName"]);
      EXPECT_TRUE(col["ActionGeo_Type"] == "1" || col["ActionGeo_Type"] == "3" ||
                  col["ActionGeo_Type"] == "4");
      EXPECT_DOUBLE_EQ(e.location->latitude, std::stod(col["ActionGeo_Lat"]));
      EXPECT_DOUBLE_EQ(e.location->longitude, std::stod(col["ActionGeo_Long"]));
    } else {
      EXPECT_EQ("0", col["ActionGeo_Type"]);
      EXPECT_EQ("", col["ActionGeo_Lat"]);
    }
    EXPECT_EQ("", col["ActionGeo_CountryCode"]);  // FIPS 10-4: not produced
    EXPECT_EQ("", col["ActionGeo_FeatureID"]);
    EXPECT_EQ(14u, col["DATEADDED"].size());
    EXPECT_EQ(std::string::npos, col["DATEADDED"].find_first_not_of("0123456789"));
    EXPECT_EQ("article", col["SOURCEURL"]);  // no url: the document id
    if (col["Actor1Code"].rfind("USA", 0) == 0 && col["EventCode"] == "186" &&
        col["Actor2Code"] == "IRNMIL") {
      saw_assassination = true;
      EXPECT_EQ("USA", col["Actor1CountryCode"]);
      EXPECT_EQ("IRN", col["Actor2CountryCode"]);
      EXPECT_EQ("MIL", col["Actor2Type1Code"]);
      EXPECT_EQ("4", col["QuadClass"]);
    }
  }
  // The article's central event: the US assassination of an Iranian commander.
  EXPECT_TRUE(saw_assassination) << events.out;
}

TEST_F(StoreCliTest, QueryFiltersAggregatesAndFormats) {
  const fs::path corpus = dir_ / "news.jsonl";
  std::ofstream(corpus)
      << R"({"id": "a", "date": "2020-01-06", "source": "Tasnim", "text": "Iran condemned the United States."})" "\n"
      << R"({"id": "b", "date": "2020-01-06", "source": "IRNA", "text": "Iran condemned the United States."})" "\n"
      << R"({"id": "c", "date": "2020-01-15", "source": "AFP", "text": "Russia praised Turkey."})" "\n";
  const std::string db = (dir_ / "q.db").string();
  ASSERT_EQ(0, Khaldun("code --quiet --format none --db " + db + " " + corpus.string()).exit_code);

  CommandRun json = Khaldun("query --db " + db + " --actor IRN --format json");
  ASSERT_EQ(0, json.exit_code) << json.err;
  nlohmann::json events = nlohmann::json::parse(json.out);
  ASSERT_EQ(1u, events.size()) << json.out;
  // A state named as a party is coded as its government (docs/CODING.md).
  EXPECT_EQ("IRNGOV", events[0]["source"]["code"]);
  EXPECT_EQ(2, events[0]["num_mentions"]);
  EXPECT_EQ(2, events[0]["num_sources"]);

  CommandRun weekly = Khaldun("query --db " + db + " --count-by week --format csv");
  ASSERT_EQ(0, weekly.exit_code) << weekly.err;
  EXPECT_EQ(0u, weekly.out.find("period,events,mentions,goldstein_sum,goldstein_weighted\n"
                                "2020-01-06,1,2,")) << weekly.out;
  EXPECT_NE(std::string::npos, weekly.out.find("\n2020-01-13,1,1,")) << weekly.out;

  CommandRun top = Khaldun("query --db " + db + " --top-dyads 1 --format csv");
  EXPECT_EQ(0u, top.out.find("source,target,events")) << top.out;
  EXPECT_NE(std::string::npos, top.out.find("\nIRNGOV,USAGOV,1,2,")) << top.out;

  CommandRun none = Khaldun("query --db " + db + " --actor \"IRN' OR 1=1 --\" --format json");
  EXPECT_EQ(0, none.exit_code) << none.err;
  EXPECT_EQ(0u, nlohmann::json::parse(none.out).size());

  EXPECT_EQ(2, Khaldun("query --db " + db + " --from 2020-13-01").exit_code);
  EXPECT_EQ(1, Khaldun("query --db " + (dir_ / "missing.db").string()).exit_code);

  CommandRun plover = Khaldun("export --db " + db + " --format plover --actor IRN");
  ASSERT_EQ(0, plover.exit_code) << plover.err;
  nlohmann::json record = nlohmann::json::parse(Split(plover.out, '\n')[0]);
  EXPECT_EQ(events[0]["plover_type"], record["event"]) << plover.out;  // from data/cameo
  EXPECT_NE("", record["event"]) << plover.out;
  EXPECT_EQ("111", record["cameo"]);
  EXPECT_EQ("IRNGOV", record["actor"]["code"]);
  EXPECT_EQ("USA", record["recipient"]["country"]);
  EXPECT_EQ("2020-01-06", record["date"]);
}

}  // namespace
