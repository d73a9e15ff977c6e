// Acceptance: ingest of a few thousand documents killed with SIGKILL at
// random points, over several runs, each resumed; the store ends exactly as
// after one uninterrupted run: same documents, mentions, events and counts,
// nothing duplicated.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>

#include <fmt/format.h>

#include "khaldun/store.h"
#include "store/statement.h"
#include "store/store_testing.h"

namespace khaldun {
namespace {

using testing_util::MakeDoc;
using testing_util::MakeEvent;

constexpr int kDocuments = 3000;
constexpr int kBatch = 50;  // documents per transaction, as `khaldun code` commits per batch

// Document i of a synthetic corpus: a few mentions drawn from a small key
// space, so that events merge across documents and sources.
Document CorpusDocument(int i, std::vector<Event>* events) {
  static const char* kSources[] = {"Tasnim", "IRNA", "Reuters", "AFP", ""};
  static const char* kActors[] = {"USA", "IRN", "IRNGOV", "SYR", "IRQMIL"};
  static const char* kCodes[] = {"042", "111", "186", "190"};
  Document d = MakeDoc(fmt::format("doc-{:05d}", i), fmt::format("Story number {}.", i),
                       fmt::format("2020-01-{:02d}", 1 + i % 28), kSources[i % 5]);
  events->clear();
  for (int k = 0; k < i % 4; ++k) {
    const int h = (i * 7 + k * 13) % 101;
    events->push_back(MakeEvent(d, kCodes[h % 4], kActors[h % 5], kActors[(h / 5 + 1) % 5],
                                static_cast<uint32_t>(k), h % 3 ? "Baghdad" : ""));
  }
  return d;
}

// Ingests the corpus as `khaldun code --db` does: skip stored documents,
// commit every kBatch. Reports the number of commits on `progress_fd`.
Status Ingest(const std::string& path, int progress_fd) {
  auto opened = EventStore::Open(path);
  if (!opened.ok()) return opened.status();
  EventStore& store = **opened;
  std::vector<Event> events;
  int in_batch = 0;
  if (Status s = store.Begin(); !s.ok()) return s;
  for (int i = 0; i < kDocuments; ++i) {
    Document d = CorpusDocument(i, &events);
    if (i % 97 == 0) {
      if (Status s = store.PutRejection({"corpus", static_cast<uint64_t>(i), ""}, "test"); !s.ok()) return s;
    }
    auto stored = store.HasDocument(d.id, ContentHash(d));
    if (!stored.ok()) return stored.status();
    if (*stored) continue;
    RecordOutcome outcome = events.empty() ? RecordOutcome::kNoEvent : RecordOutcome::kCoded;
    if (Status s = store.PutDocument(d, outcome, events); !s.ok()) return s;
    if (++in_batch == kBatch) {
      if (Status s = store.Commit(); !s.ok()) return s;
      if (progress_fd >= 0 && ::write(progress_fd, "c", 1) != 1) return Status::IoError("pipe");
      if (Status s = store.Begin(); !s.ok()) return s;
      in_batch = 0;
    }
  }
  return store.Commit();
}

// The whole store as text, without row ids and timestamps.
std::string Dump(const std::string& path) {
  auto opened = EventStore::Open(path);
  EXPECT_TRUE(opened.ok()) << opened.status().ToString();
  std::string out;
  for (const char* sql : {
           "SELECT id, content_hash, outcome, event_count FROM documents ORDER BY id",
           "SELECT origin, line, reason FROM rejections ORDER BY origin, line",
           "SELECT date, source_code, target_code, cameo_code, location_name, negated, "
           "num_mentions, num_sources, num_articles, is_root, first_document_id FROM events "
           "ORDER BY 1, 2, 3, 4, 5, 6",
           "SELECT m.document_id, m.id, e.date, e.source_code, e.target_code, e.cameo_code, "
           "e.location_name FROM mentions m JOIN events e ON e.id = m.event_id ORDER BY 1, 2",
           "SELECT event_id IN (SELECT id FROM events), source, articles FROM event_sources "
           "ORDER BY 2, 3",
       }) {
    internal::Statement q((*opened)->handle(), sql);
    EXPECT_TRUE(q.status().ok()) << q.status().ToString();
    while (q.Step()) {
      for (int c = 0; c < q.ColumnCount(); ++c) {
        if (c > 0) out += '|';
        out += q.Text(c);
      }
      out += '\n';
    }
    out += "--\n";
  }
  return out;
}

class ResumeTest : public testing_util::StoreDir {};

TEST_F(ResumeTest, KilledIngestResumesToTheSameStore) {
  const std::string reference = (dir_ / "reference.db").string();
  ASSERT_TRUE(Ingest(reference, -1).ok());
  const std::string expected = Dump(reference);
  {
    auto store = EventStore::Open(reference);
    auto counts = (*store)->Counts();
    ASSERT_EQ(kDocuments, counts->documents);
    ASSERT_GT(counts->mentions, counts->events);  // the corpus does merge mentions
  }

  std::mt19937 rng(20200114);
  int killed_mid_run = 0;
  for (int run = 0; run < 6; ++run) {
    int pipe_fds[2];
    ASSERT_EQ(0, ::pipe(pipe_fds));
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ::close(pipe_fds[0]);
      Status s = Ingest(path_, pipe_fds[1]);
      ::_exit(s.ok() ? 0 : 1);
    }
    ::close(pipe_fds[1]);
    // Let the child commit a random number of batches, then kill it at an
    // arbitrary point of whatever it is doing next (a write, a commit, a
    // checkpoint) after a random delay.
    const int commits = std::uniform_int_distribution<int>(0, 8)(rng);
    char c;
    int seen = 0;
    while (seen < commits && ::read(pipe_fds[0], &c, 1) == 1) ++seen;
    ::usleep(std::uniform_int_distribution<int>(0, 3000)(rng));
    ::kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(child, ::waitpid(child, &status, 0));
    ::close(pipe_fds[0]);
    if (WIFSIGNALED(status)) {
      ++killed_mid_run;
    } else {
      ASSERT_EQ(0, WEXITSTATUS(status)) << "run " << run;
    }
  }
  EXPECT_GT(killed_mid_run, 0);
  ASSERT_TRUE(Ingest(path_, -1).ok());  // the last, uninterrupted resume
  EXPECT_EQ(expected, Dump(path_));
  // And a further run adds nothing.
  ASSERT_TRUE(Ingest(path_, -1).ok());
  EXPECT_EQ(expected, Dump(path_));
  auto store = EventStore::Open(path_);
  internal::Statement dup((*store)->handle(),
                          "SELECT count(*) FROM (SELECT document_id, id FROM mentions "
                          "GROUP BY 1, 2 HAVING count(*) > 1)");
  ASSERT_TRUE(dup.Step());
  EXPECT_EQ(0, dup.Int(0));
}

}  // namespace
}  // namespace khaldun
