#include "khaldun/status.h"

#include <gtest/gtest.h>

#include "khaldun/document.h"

namespace khaldun {
namespace {

TEST(StatusTest, OkRendersAsOk) {
  EXPECT_TRUE(Status().ok());
  EXPECT_EQ("OK", Status::Ok().ToString());
}

TEST(StatusTest, ContextAppearsInMessage) {
  Status s = Status::InvalidArgument("invalid UTF-8 at byte 17", {"news.jsonl", 42, "doc-7"});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ("news.jsonl:42: record doc-7: invalid UTF-8 at byte 17", s.ToString());
}

TEST(StatusTest, WithContextFillsOnlyEmptyFields) {
  Status s = Status::LimitExceeded("too long", {"", 3, ""});
  Status t = s.WithContext({"a.txt", 9, "r1"});
  EXPECT_EQ("a.txt:3: record r1: too long", t.ToString());
}

TEST(ResultTest, HoldsValueOrError) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(7, *good);
  Result<int> bad = Status::NotFound("no such file", {"x.txt"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(StatusCode::kNotFound, bad.status().code());
}

TEST(DateTest, ParsesCommonForms) {
  EXPECT_EQ("2020-01-14", Date::Parse("2020-01-14")->ToString());
  EXPECT_EQ("2020-01-14", Date::Parse("20200114")->ToString());
  EXPECT_EQ("2020-01-14", Date::Parse("2020-01-14T09:30:00Z")->ToString());
  EXPECT_EQ("1987-02-26", Date::ParseYymmdd("870226")->ToString());
  EXPECT_EQ("2003-05-01", Date::ParseYymmdd("030501")->ToString());
}

TEST(DateTest, RejectsImpossibleDates) {
  EXPECT_FALSE(Date::Parse("2020-02-30").has_value());
  EXPECT_FALSE(Date::Parse("2019-02-29").has_value());
  EXPECT_TRUE(Date::Parse("2020-02-29").has_value());
  EXPECT_FALSE(Date::Parse("Tuesday").has_value());
  EXPECT_FALSE(Date::Parse("2020-1-14").has_value());
}

TEST(DateTest, DaysSinceEpoch) {
  EXPECT_EQ(0, Date::Parse("1970-01-01")->DaysSinceEpoch());
  EXPECT_EQ(18275, Date::Parse("2020-01-14")->DaysSinceEpoch());
}

}  // namespace
}  // namespace khaldun
