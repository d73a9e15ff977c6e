// GDELT-style deduplication: mentions with the same date, actors, code and
// place are one event that counts its mentions, articles and sources.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "khaldun/store.h"
#include "store/store_testing.h"

namespace khaldun {
namespace {

using testing_util::MakeDoc;
using testing_util::MakeEvent;

class DedupTest : public testing_util::StoreDir {
 protected:
  void SetUp() override {
    StoreDir::SetUp();
    auto opened = EventStore::Open(path_);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
  }
  void Put(const Document& d, const std::vector<Event>& events) {
    Status s = store_->PutDocument(d, RecordOutcome::kCoded, events);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  // "code source>target m/a/s" per event, in id order.
  std::string Render() {
    auto events = store_->FindEvents({});
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    std::string out;
    for (const StoredEvent& e : *events) {
      if (!out.empty()) out += "; ";
      out += fmt::format("{} {}>{}{} {}/{}/{}", e.cameo_code, e.source_code, e.target_code,
                         e.location ? "@" + e.location->name : "", e.num_mentions, e.num_articles,
                         e.num_sources);
    }
    return out;
  }
  std::unique_ptr<EventStore> store_;
};

TEST_F(DedupTest, MentionsAcrossSentencesAndArticlesBecomeOneEvent) {
  Document a = MakeDoc("a", "A", "2020-01-14", "Tasnim");
  Document b = MakeDoc("b", "B", "2020-01-14", "IRNA");
  Document c = MakeDoc("c", "C", "2020-01-14", "Tasnim");
  Put(a, {MakeEvent(a, "186", "USA", "IRNMIL", 0), MakeEvent(a, "186", "USA", "IRNMIL", 4)});
  Put(b, {MakeEvent(b, "186", "USA", "IRNMIL", 2)});
  Put(c, {MakeEvent(c, "186", "USA", "IRNMIL", 1)});
  EXPECT_EQ("186 USA>IRNMIL@Baghdad 4/3/2", Render());
  auto counts = store_->Counts();
  EXPECT_EQ(4, counts->mentions);
  EXPECT_EQ(1, counts->events);
}

TEST_F(DedupTest, AnyDifferenceInTheKeyKeepsEventsApart) {
  Document a = MakeDoc("a", "A");
  Document later = MakeDoc("later", "L", "2020-01-15");
  Put(a, {MakeEvent(a, "186"), MakeEvent(a, "190"), MakeEvent(a, "186", "USAGOV"),
          MakeEvent(a, "186", "USA", "IRN"), MakeEvent(a, "186", "USA", "IRNMIL", 0, "Tehran"),
          MakeEvent(a, "186", "USA", "IRNMIL", 0, "")});
  Put(later, {MakeEvent(later, "186")});
  EXPECT_EQ(7, store_->Counts()->events);
}

TEST_F(DedupTest, NegatedMentionsAreTheirOwnEventAndHiddenByDefault) {
  Document a = MakeDoc("a", "A");
  Event denied = MakeEvent(a, "186", "USA", "IRNMIL", 1);
  denied.negated = true;
  Put(a, {MakeEvent(a, "186"), denied});
  EXPECT_EQ(2, store_->Counts()->events);
  EXPECT_EQ(1u, store_->FindEvents({})->size());
  EventFilter all;
  all.include_negated = true;
  EXPECT_EQ(2u, store_->FindEvents(all)->size());
}

TEST_F(DedupTest, ReplacingADocumentTakesItsMentionsOut) {
  Document a = MakeDoc("a", "A", "2020-01-14", "Tasnim");
  Document b = MakeDoc("b", "B", "2020-01-14", "IRNA");
  Put(a, {MakeEvent(a, "186")});
  Put(b, {MakeEvent(b, "186"), MakeEvent(b, "190")});
  EXPECT_EQ("186 USA>IRNMIL@Baghdad 2/2/2; 190 USA>IRNMIL@Baghdad 1/1/1", Render());
  Document b2 = MakeDoc("b", "B, corrected", "2020-01-14", "Tasnim");
  Put(b2, {MakeEvent(b2, "186", "USA", "IRNMIL", 3)});
  EXPECT_EQ("186 USA>IRNMIL@Baghdad 2/2/1", Render());
  Document a2 = MakeDoc("a", "A, retracted", "2020-01-14", "Tasnim");
  ASSERT_TRUE(store_->PutDocument(a2, RecordOutcome::kNoEvent, {}).ok());
  EXPECT_EQ("186 USA>IRNMIL@Baghdad 1/1/1", Render());
  auto events = store_->FindEvents({});
  EXPECT_EQ("b", (*events)[0].first_document_id);
  EXPECT_FALSE((*events)[0].is_root);  // its only mention is in sentence 3
}

TEST_F(DedupTest, EveryMentionStaysLinkedToItsEvidence) {
  Document a = MakeDoc("a", "The US killed him in Baghdad.", "2020-01-14", "Tasnim");
  a.url = "https://example.org/a";
  Document b = MakeDoc("b", "Another report of the killing.", "2020-01-14", "IRNA");
  Put(a, {MakeEvent(a, "186")});
  Put(b, {MakeEvent(b, "186", "USA", "IRNMIL", 2)});
  std::vector<std::string> seen;
  Status s = store_->ForEachMention({}, [&](const StoredMention& m) {
    seen.push_back(fmt::format("{} {} s{} '{}' {} {}", m.event_id, m.event.document_id,
                               m.event.sentence_index, m.event.evidence.sentence,
                               m.document_source, m.document_length));
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(2u, seen.size());
  EXPECT_EQ("1 a s0 'The US killed him in Baghdad.' Tasnim 29", seen[0]);
  EXPECT_EQ("1 b s2 'Another report of the killing.' IRNA 30", seen[1]);
  auto events = store_->FindEvents({});
  EXPECT_EQ("https://example.org/a", (*events)[0].source_url);
  EXPECT_TRUE((*events)[0].is_root);
}

}  // namespace
}  // namespace khaldun
