// khaldun explain gives every trigger it lists a line: an event that names
// it, or the reason it yields none. Coded through the whole pipeline with
// the shipped dictionaries; each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::SharedResources;

// The explanation lines of the first sentence of `text`.
std::vector<std::string> ExplainLines(const std::string& text, const std::string& date) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = *Date::Parse(date);
  Pipeline pipeline(SharedResources(), PipelineOptions{});
  ExplainTrace trace;
  pipeline.Process(std::move(doc), &trace);
  return trace.sentences.empty() ? std::vector<std::string>{} : trace.sentences[0].lines;
}

// The triggers the explanation lists ("verb 'X' ... in block ...", "event
// noun 'X' ... in block ...") that no later line names as 'X'; joined by
// ", ". Empty when every trigger is accounted for.
std::string Unexplained(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    const size_t open = l.find('\'');
    if (!(l.starts_with("verb '") || l.starts_with("event noun '")) ||
        l.find(" in block ") == std::string::npos)
      continue;
    const std::string word = l.substr(open, l.find('\'', open + 1) - open + 1);
    bool named = false;
    for (size_t j = i + 1; j < lines.size() && !named; ++j)
      named = lines[j].find(" in block ") == std::string::npos &&
              lines[j].find(word) != std::string::npos;
    if (!named) out += (out.empty() ? "" : ", ") + word;
  }
  return out;
}

std::string All(const std::vector<std::string>& lines) {
  std::string all;
  for (const std::string& l : lines) all += l + "\n";
  return all;
}

TEST(ShippedExplainReasonsTest, EveryTriggerGetsALine) {
  for (const char* text : {
           "Shinzo Abe and Moon Jae-in shook hands in Osaka, the first encounter between a South "
           "Korean president and a Japanese prime minister in 15 months, and signed a loosely "
           "worded pledge to restore trade.",
           "Canadian ministers agreed to impose new sanctions on Belarus.",
           "The Kenyan and Ugandan presidents held talks in Kampala.",
           "Portugal urged Angola, which has rejected the findings, to investigate the killings "
           "of protesters, the foreign ministry said.",
           "Rebels ambushed a Malian army convoy near Gao, killing twelve soldiers, and seized "
           "their weapons before fleeing towards the border.",
       }) {
    const std::vector<std::string> lines = ExplainLines(text, "2019-06-29");
    EXPECT_EQ("", Unexplained(lines)) << text << "\n" << All(lines);
  }
}

TEST(ShippedExplainReasonsTest, TheReasonsOfTriggersThatWereSilent) {
  // An event line names the trigger it comes from; a second trigger of the
  // same event says it is coded already.
  const std::string talks =
      All(ExplainLines("The Kenyan and Ugandan presidents held talks in Kampala.", "2019-06-29"));
  EXPECT_NE(std::string::npos, talks.find("(Consult (other)) from 'held talks'")) << talks;
  EXPECT_NE(std::string::npos,
            talks.find("'talks': KENGOV 040 UGAGOV is coded already, from 'held talks'"))
      << talks;
  // An agreement whose decision is coded instead.
  const std::string agreed =
      All(ExplainLines("Canadian ministers agreed to impose new sanctions on Belarus.", "2019-06-29"));
  EXPECT_NE(std::string::npos,
            agreed.find("'agreed': the agreement is the decision 'impose' codes")) << agreed;
  // A word inside a longer trigger.
  const std::string hands = All(ExplainLines(
      "Shinzo Abe and Moon Jae-in shook hands in Osaka.", "2019-06-29"));
  EXPECT_NE(std::string::npos, hands.find("'hands': part of a longer trigger")) << hands;
}

}  // namespace
}  // namespace khaldun
