// API tests of `khaldun serve`: a Server on a free loopback port over a
// store written here, asked with httplib's client. Bad requests, auth,
// limits, pagination and filters.
#include "khaldun/serve.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "khaldun/pipeline.h"
#include "khaldun/store.h"
#include "serve/limits.h"
#include "serve/params.h"

namespace khaldun {
namespace {

using nlohmann::json;
constexpr const char* kToken = "test-token-0123456789abcdef";

struct Spec {
  const char* date;
  const char* source;
  const char* code;
  const char* target;
  const char* place = "";    // location name
  const char* country = "";  // location country
  bool negated = false;
};

// One event per sentence "SOURCE verb TARGET.", spans into the document.
Event MakeEvent(Document& doc, uint32_t index, const Spec& s) {
  Event e;
  const std::string verb = fmt::format("did-{}", s.code);
  const std::string sentence = fmt::format("{} {} {}.", s.source, verb, s.target);
  const uint32_t begin = static_cast<uint32_t>(doc.text.size());
  doc.text += sentence + " ";
  e.id = fmt::format("{}:{}:0", doc.id, index);
  e.document_id = doc.id;
  e.sentence_index = index;
  e.date = *Date::Parse(s.date);
  e.source = {s.source, std::string(s.source) + " name",
              s.source, {begin, begin + static_cast<uint32_t>(strlen(s.source))},
              {},       "dictionary"};
  const uint32_t vb = begin + static_cast<uint32_t>(strlen(s.source)) + 1;
  const uint32_t tb = vb + static_cast<uint32_t>(verb.size()) + 1;
  e.target = {s.target, std::string(s.target) + " name",
              s.target, {tb, tb + static_cast<uint32_t>(strlen(s.target))},
              {},       "dictionary"};
  e.cameo_code = s.code;
  e.root_code = std::string(s.code).substr(0, 2);
  const int root = std::stoi(e.root_code);
  e.quad_class = root <= 5    ? QuadClass::kVerbalCooperation
                 : root <= 8  ? QuadClass::kMaterialCooperation
                 : root <= 13 ? QuadClass::kVerbalConflict
                              : QuadClass::kMaterialConflict;
  e.goldstein = root >= 14 ? -10 : 2;
  if (*s.place || *s.country) e.location = Location{s.place, s.country, 33.3, 44.4, "", {}};
  e.negated = s.negated;
  e.evidence = {sentence,
                {begin, begin + static_cast<uint32_t>(sentence.size())},
                verb,
                {vb, vb + static_cast<uint32_t>(verb.size())},
                "test rule"};
  return e;
}

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     fmt::format("khaldun-serve-test-{}", ::getpid()));
    std::filesystem::create_directories(*dir_);
    auto store = EventStore::Open((*dir_ / "events.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_TRUE((*store)->Begin().ok());
    // 30 events of IRN on USAMIL (pagination), plus a few for the filters.
    Document doc{.id = "many", .date = *Date::Parse("2020-01-01"), .source = "wire"};
    std::vector<Event> events;
    for (uint32_t i = 0; i < 30; ++i) {
      std::string date = fmt::format("2020-01-{:02d}", i + 1);
      events.push_back(MakeEvent(doc, i, {date.c_str(), "IRN", "190", "USAMIL"}));
    }
    ASSERT_TRUE((*store)->PutDocument(doc, RecordOutcome::kCoded, events).ok());
    Document other{.id = "other", .date = *Date::Parse("2021-06-15"), .source = "paper"};
    std::vector<Event> more = {
        MakeEvent(other, 0, {"2021-06-15", "USAGOV", "042", "IRQGOV", "Baghdad", "IRQ"}),
        MakeEvent(other, 1, {"2021-06-15", "RUS", "112", "UKR"}),
        MakeEvent(other, 2, {"2021-06-16", "CHN", "070", "PAK"}),
        MakeEvent(other, 3, {"2021-06-16", "RUS", "190", "UKR", "", "", true}),
    };
    ASSERT_TRUE((*store)->PutDocument(other, RecordOutcome::kCoded, more).ok());
    ASSERT_TRUE((*store)->Commit().ok());
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }

  void TearDown() override { StopServer(); }

  ServeOptions Options() {
    ServeOptions o;
    o.db_path = (*dir_ / "events.db").string();
    o.port = 0;
    o.rate_limit = 0;
    o.threads = 4;
    return o;
  }

  void StartServer(ServeOptions o) {
    auto server = Server::Create(std::move(o));
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(server).value();
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = std::thread([this] { (void)server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(30);
  }
  void StopServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }

  // GET and parse; records the status in *status.
  json Get(const std::string& path, int* status = nullptr) {
    auto res = client_->Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return json();
    if (status) *status = res->status;
    EXPECT_EQ("application/json", res->get_header_value("Content-Type")) << path;
    return json::parse(res->body, nullptr, false);
  }
  // Expects an error answer with `status`; returns its message.
  std::string GetError(const std::string& path, int status) {
    int got = 0;
    json j = Get(path, &got);
    EXPECT_EQ(status, got) << path << " " << j.dump();
    EXPECT_TRUE(j.contains("error")) << path;
    if (!j.contains("error")) return "";
    EXPECT_EQ(status, j["error"]["status"]) << path;
    return j["error"]["message"];
  }
  static std::string Dyads(const json& events) {
    std::string out;
    for (const json& e : events) {
      if (!out.empty()) out += ", ";
      out +=
          fmt::format("{} {} {}", e["source"]["code"].get<std::string>(),
                      e["cameo_code"].get<std::string>(), e["target"]["code"].get<std::string>());
    }
    return out;
  }

  static std::filesystem::path* dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};
std::filesystem::path* ServeTest::dir_ = nullptr;

TEST_F(ServeTest, Healthz) {
  StartServer(Options());
  int status = 0;
  json j = Get("/healthz", &status);
  EXPECT_EQ(200, status);
  EXPECT_EQ("ok", j["status"]);
  EXPECT_EQ(EventStore::kSchemaVersion, j["schema"]);
  EXPECT_EQ(false, j["writes"]);
}

TEST_F(ServeTest, EventsPaginate) {
  StartServer(Options());
  json page1 = Get("/api/events?actor=IRN&limit=10&total=1");
  ASSERT_EQ(10u, page1["events"].size());
  EXPECT_EQ(true, page1["has_more"]);
  EXPECT_EQ(10, page1["next_offset"]);
  EXPECT_EQ(30, page1["total"]);
  EXPECT_EQ("2020-01-01", page1["events"][0]["date"]);
  json page3 = Get("/api/events?actor=IRN&limit=10&offset=20");
  ASSERT_EQ(10u, page3["events"].size());
  EXPECT_EQ(false, page3["has_more"]);
  EXPECT_TRUE(page3["next_offset"].is_null());
  EXPECT_EQ("2020-01-21", page3["events"][0]["date"]);
  EXPECT_EQ("2020-01-30", page3["events"][9]["date"]);
  EXPECT_EQ(0u, Get("/api/events?actor=IRN&offset=30")["events"].size());
  // Pages do not overlap and together make the whole.
  std::set<int64_t> ids;
  for (int offset = 0; offset < 30; offset += 7) {
    const json page = Get(fmt::format("/api/events?actor=IRN&limit=7&offset={}", offset));
    for (const json& e : page["events"]) {
      EXPECT_TRUE(ids.insert(e["id"].get<int64_t>()).second);
    }
  }
  EXPECT_EQ(30u, ids.size());
  EXPECT_EQ(50, Get("/api/events")["limit"]);
}

TEST_F(ServeTest, EventsFilter) {
  StartServer(Options());
  const std::string other = "from=2021-01-01";
  // In (date, id) order; ids are the store's.
  EXPECT_EQ("RUS 112 UKR, USAGOV 042 IRQGOV, CHN 070 PAK",
            Dyads(Get("/api/events?" + other)["events"]));
  EXPECT_EQ("RUS 112 UKR, USAGOV 042 IRQGOV, CHN 070 PAK, RUS 190 UKR",
            Dyads(Get("/api/events?negated=1&" + other)["events"]));
  EXPECT_EQ("RUS 112 UKR", Dyads(Get("/api/events?actor=rus")["events"]));
  EXPECT_EQ("RUS 112 UKR", Dyads(Get("/api/events?target=UKR")["events"]));
  EXPECT_EQ("USAGOV 042 IRQGOV", Dyads(Get("/api/events?source=USA&target=IRQ")["events"]));
  EXPECT_EQ("USAGOV 042 IRQGOV", Dyads(Get("/api/events?location=IRQ")["events"]));
  EXPECT_EQ("USAGOV 042 IRQGOV", Dyads(Get("/api/events?location=Baghdad")["events"]));
  EXPECT_EQ("CHN 070 PAK", Dyads(Get("/api/events?quad=2")["events"]));
  EXPECT_EQ("RUS 112 UKR", Dyads(Get("/api/events?root=11")["events"]));
  EXPECT_EQ("USAGOV 042 IRQGOV", Dyads(Get("/api/events?code=042")["events"]));
  EXPECT_EQ("CHN 070 PAK", Dyads(Get("/api/events?from=2021-06-16&to=2021-06-16")["events"]));
  EXPECT_EQ(2u, Get("/api/events?from=2020-01-05&to=2020-01-06")["events"].size());
  json e = Get("/api/events?code=042")["events"][0];
  EXPECT_EQ("Make a visit", e["cameo_name"]);
  EXPECT_EQ("Baghdad", e["location"]["name"]);
  // Values are bound, never spliced into SQL: an injection is just a value.
  EXPECT_EQ(0u, Get("/api/events?location=x%27%20OR%201%3D1%20--")["events"].size());
}

TEST_F(ServeTest, BadRequests) {
  StartServer(Options());
  EXPECT_EQ("unknown parameter 'colour'", GetError("/api/events?colour=red", 400));
  EXPECT_EQ("parameter 'actor' is given more than once",
            GetError("/api/events?actor=A&actor=B", 400));
  EXPECT_EQ("'limit' must be an integer from 1 to 500, not '0'",
            GetError("/api/events?limit=0", 400));
  GetError("/api/events?limit=501", 400);
  GetError("/api/events?limit=ten", 400);
  GetError("/api/events?offset=-1", 400);
  GetError("/api/events?offset=100001", 400);
  EXPECT_EQ("'from' must be a date YYYY-MM-DD, not '2020-13-01'",
            GetError("/api/events?from=2020-13-01", 400));
  EXPECT_EQ("'from' is after 'to'", GetError("/api/events?from=2021-01-02&to=2021-01-01", 400));
  GetError("/api/events?actor=US%20A", 400);
  GetError("/api/events?source=%27%3B%20DROP%20TABLE%20events", 400);
  GetError("/api/events?code=1", 400);
  GetError("/api/events?code=19x", 400);
  GetError("/api/events?root=190", 400);
  GetError("/api/events?quad=5", 400);
  GetError("/api/events?negated=yes", 400);
  GetError("/api/events?location=" + std::string(101, 'x'), 400);
  EXPECT_EQ("'location' is not valid UTF-8", GetError("/api/events?location=%FF%FE", 400));
  EXPECT_EQ("'bucket' must be day, week, month or year, not 'hour'",
            GetError("/api/series?bucket=hour", 400));
  GetError("/api/dyads?limit=1000", 400);
  GetError("/api/actors?prefix=a-b", 400);
  EXPECT_EQ("event id must be a positive integer, not 'abc'", GetError("/api/event/abc", 400));
  GetError("/api/event/0", 400);
  EXPECT_EQ("no event 999999", GetError("/api/event/999999", 404));
  EXPECT_EQ("no such resource: /api/nothing", GetError("/api/nothing", 404));
  GetError("/nothing.html", 404);
}

TEST_F(ServeTest, Series) {
  StartServer(Options());
  json j = Get("/api/series?actor=RUS&bucket=day&negated=1");
  ASSERT_EQ(2u, j["series"].size()) << j.dump();
  EXPECT_EQ("2021-06-15", j["series"][0]["period"]);
  EXPECT_EQ(json({0, 0, 1, 0}), j["series"][0]["quad"]);
  EXPECT_EQ("2021-06-16", j["series"][1]["period"]);
  EXPECT_EQ(json({0, 0, 0, 1}), j["series"][1]["quad"]);
  EXPECT_DOUBLE_EQ(-10, j["series"][1]["goldstein_mean"].get<double>());
  json months = Get("/api/series?source=IRN&target=USAMIL&bucket=month");
  ASSERT_EQ(1u, months["series"].size());
  EXPECT_EQ("2020-01", months["series"][0]["period"]);
  EXPECT_EQ(30, months["series"][0]["events"]);
  EXPECT_EQ(json({0, 0, 0, 30}), months["series"][0]["quad"]);
  EXPECT_EQ("day", Get("/api/series?code=19")["bucket"]);
}

TEST_F(ServeTest, DyadsAndActors) {
  StartServer(Options());
  json d = Get("/api/dyads?limit=2");
  ASSERT_EQ(2u, d["dyads"].size());
  EXPECT_EQ("IRN", d["dyads"][0]["source"]["code"]);
  EXPECT_EQ("IRN name", d["dyads"][0]["source"]["name"]);
  EXPECT_EQ("USAMIL", d["dyads"][0]["target"]["code"]);
  EXPECT_EQ(30, d["dyads"][0]["events"]);
  json a = Get("/api/actors?prefix=us");
  ASSERT_EQ(2u, a["actors"].size()) << a.dump();
  EXPECT_EQ("USAGOV", a["actors"][0]["code"]);
  EXPECT_EQ("USAMIL", a["actors"][1]["code"]);
  EXPECT_EQ(8u, Get("/api/actors")["actors"].size());  // every code stored
}

TEST_F(ServeTest, OneEventWithEvidence) {
  StartServer(Options());
  const int64_t id = Get("/api/events?code=042")["events"][0]["id"];
  int status = 0;
  json j = Get(fmt::format("/api/event/{}", id), &status);
  ASSERT_EQ(200, status);
  EXPECT_EQ(id, j["event"]["id"]);
  ASSERT_EQ(1u, j["mentions"].size());
  const json& m = j["mentions"][0];
  EXPECT_EQ("USAGOV did-042 IRQGOV.", m["evidence"]["sentence"]);
  EXPECT_EQ("test rule", m["evidence"]["rule"]);
  EXPECT_EQ("other", m["document"]["id"]);
  EXPECT_EQ("paper", m["document"]["source"]);
  // Highlights are offsets into the sentence, in order.
  EXPECT_EQ(json::parse(R"([{"begin":0,"end":6,"role":"source","text":"USAGOV"},
                            {"begin":7,"end":14,"role":"verb","text":"did-042"},
                            {"begin":15,"end":21,"role":"target","text":"IRQGOV"}])"),
            m["highlights"]);
  GetError(fmt::format("/api/event/{}?x=1", id), 400);
}

TEST_F(ServeTest, WritesNeedToken) {
  ServeOptions o = Options();
  StartServer(o);
  // A server without a token refuses every write.
  auto res = client_->Post("/api/code", {{"Authorization", std::string("Bearer ") + kToken}},
                           R"({"text":"x","date":"2020-01-01"})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(403, res->status);
  StopServer();

  o.token = kToken;
  StartServer(o);
  res = client_->Post("/api/code", R"({"text":"x","date":"2020-01-01"})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(401, res->status);
  EXPECT_EQ("Bearer realm=\"khaldun\"", res->get_header_value("WWW-Authenticate"));
  EXPECT_EQ("unauthorized", json::parse(res->body)["error"]["code"]);
  res = client_->Post("/api/code", {{"Authorization", "Basic dXNlcjpwYXNz"}}, "{}",
                      "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(401, res->status);
  for (const char* wrong : {"Bearer wrong", "Bearer test-token-0123456789abcdeX", "Bearer x y"}) {
    res = client_->Post("/api/ingest", {{"Authorization", wrong}}, "{}\n", "application/x-ndjson");
    ASSERT_TRUE(res);
    EXPECT_EQ(403, res->status) << wrong;
    EXPECT_EQ("forbidden", json::parse(res->body)["error"]["code"]) << wrong;
  }
  // The right token, but no coder loaded: 503.
  res = client_->Post("/api/code", {{"Authorization", std::string("Bearer ") + kToken}},
                      R"({"text":"x","date":"2020-01-01"})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(503, res->status);
}

TEST_F(ServeTest, BodyAndRateLimits) {
  ServeOptions o = Options();
  o.token = kToken;
  o.max_body_bytes = 1024;
  o.rate_limit = 1;
  o.rate_burst = 5;
  StartServer(o);
  auto res = client_->Post("/api/code", {{"Authorization", std::string("Bearer ") + kToken}},
                           std::string(4096, 'x'), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(413, res->status);
  EXPECT_EQ("too_large", json::parse(res->body)["error"]["code"]);
  int limited = 0;
  for (int i = 0; i < 8; ++i) {
    auto r = client_->Get("/healthz");
    ASSERT_TRUE(r);
    if (r->status == 429) {
      ++limited;
      EXPECT_EQ("rate_limited", json::parse(r->body)["error"]["code"]);
      EXPECT_FALSE(r->get_header_value("Retry-After").empty());
    }
  }
  EXPECT_GE(limited, 3);  // a burst of 5 (one taken by the POST), then refusals
}

TEST_F(ServeTest, RemoteBindNeedsFlagAndToken) {
  ServeOptions o = Options();
  o.host = "0.0.0.0";
  EXPECT_EQ(StatusCode::kInvalidArgument, Server::Create(o).status().code());
  o.allow_remote = true;
  EXPECT_EQ(StatusCode::kInvalidArgument, Server::Create(o).status().code());
  o.token = kToken;
  EXPECT_TRUE(Server::Create(o).ok());
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(IsLoopbackHost("127.1.2.3"));
  EXPECT_TRUE(IsLoopbackHost("::1"));
  EXPECT_TRUE(IsLoopbackHost("localhost"));
  EXPECT_FALSE(IsLoopbackHost("10.0.0.1"));
  EXPECT_FALSE(IsLoopbackHost("128.0.0.1"));
}

TEST_F(ServeTest, MissingStoreIsAnError) {
  ServeOptions o = Options();
  o.db_path = (*dir_ / "absent.db").string();
  EXPECT_FALSE(Server::Create(o).ok());
  EXPECT_FALSE(std::filesystem::exists(o.db_path));
}

TEST_F(ServeTest, MetricsAndStaticFiles) {
  ServeOptions o = Options();
  o.static_dir = (*dir_ / "static").string();
  std::filesystem::create_directories(o.static_dir);
  std::ofstream(o.static_dir + "/index.html") << "<!doctype html><title>khaldun</title>";
  StartServer(o);
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(200, page->status);
  EXPECT_NE(std::string::npos, page->body.find("<title>khaldun</title>"));
  Get("/api/events?limit=1");
  GetError("/api/events?limit=0", 400);
  // A request is counted after its answer is sent: wait for the count.
  std::string body;
  for (int i = 0; i < 100; ++i) {
    auto metrics = client_->Get("/metrics");
    ASSERT_TRUE(metrics);
    EXPECT_EQ(200, metrics->status);
    body = metrics->body;
    // Both requests, answered on different worker threads, may be counted
    // in either order: wait for both, and for both durations.
    if (body.find("route=\"/api/events\",status=\"400\"") != std::string::npos &&
        body.find("route=\"/api/events\",status=\"200\"") != std::string::npos &&
        body.find("khaldun_http_request_duration_seconds_count{route=\"/api/events\"} 2") !=
            std::string::npos)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_NE(std::string::npos,
            body.find("khaldun_http_requests_total{route=\"/api/events\",status=\"200\"} 1"));
  EXPECT_NE(std::string::npos,
            body.find("khaldun_http_requests_total{route=\"/api/events\",status=\"400\"} 1"));
  EXPECT_NE(std::string::npos,
            body.find("khaldun_http_request_duration_seconds_count{route=\"/api/events\"} 2"));
  EXPECT_NE(std::string::npos, body.find("process_resident_memory_bytes "));
}

// /api/code and /api/ingest with the real coder and dictionaries.
class ServeCoderTest : public ServeTest {
 protected:
  static void SetUpTestSuite() {
    ServeTest::SetUpTestSuite();
    auto resources = LoadResources(ResourcePaths{}, nullptr);
    ASSERT_TRUE(resources.ok()) << resources.status().ToString();
    pipeline_ = new std::shared_ptr<const Pipeline>(
        std::make_shared<const Pipeline>(*resources, PipelineOptions{}));
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    ServeTest::TearDownTestSuite();
  }
  ServeOptions CoderOptions() {
    ServeOptions o = Options();
    o.db_path = (*dir_ / fmt::format("coded-{}.db", ++counter_)).string();
    o.token = kToken;
    o.pipeline = *pipeline_;
    return o;
  }
  httplib::Result Post(const char* path, const std::string& body, const char* type) {
    return client_->Post(path, {{"Authorization", std::string("Bearer ") + kToken}}, body, type);
  }
  static std::shared_ptr<const Pipeline>* pipeline_;
  static int counter_;
};
std::shared_ptr<const Pipeline>* ServeCoderTest::pipeline_ = nullptr;
int ServeCoderTest::counter_ = 0;

TEST_F(ServeCoderTest, CodeReturnsEventsAndStoresOnlyWhenAsked) {
  StartServer(CoderOptions());
  const std::string text = "Iran launched a missile attack on a US base in Iraq on Wednesday.";
  auto res =
      Post("/api/code", json({{"text", text}, {"date", "2020-01-08"}}).dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(200, res->status) << res->body;
  json j = json::parse(res->body);
  ASSERT_FALSE(j["events"].empty());
  EXPECT_EQ("195", j["events"][0]["cameo_code"]);
  EXPECT_EQ(false, j["stored"]);
  EXPECT_EQ(0u, Get("/api/events")["events"].size());

  res = Post("/api/code",
             json({{"text", text}, {"date", "2020-01-08"}, {"store", true}, {"id", "w1"}}).dump(),
             "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(200, res->status) << res->body;
  json stored = Get("/api/events?code=195");
  ASSERT_EQ(1u, stored["events"].size());
  EXPECT_EQ("w1", stored["events"][0]["first_document_id"]);
}

TEST_F(ServeCoderTest, AggregatesAreCachedUntilTheStoreChanges) {
  StartServer(CoderOptions());
  auto series = [&] { return client_->Get("/api/series?code=19&bucket=day"); };
  auto first = series();
  ASSERT_TRUE(first);
  EXPECT_EQ("", first->get_header_value("X-Cache"));
  EXPECT_EQ(0u, json::parse(first->body)["series"].size());
  auto second = series();
  ASSERT_TRUE(second);
  EXPECT_EQ("hit", second->get_header_value("X-Cache"));
  EXPECT_EQ(first->body, second->body);
  // A commit, here by the server's writer, empties the cache.
  auto res =
      Post("/api/code",
           json({{"text", "Iran launched a missile attack on a US base in Iraq on Wednesday."},
                 {"date", "2020-01-08"},
                 {"store", true}})
               .dump(),
           "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(200, res->status);
  auto third = series();
  ASSERT_TRUE(third);
  EXPECT_EQ("", third->get_header_value("X-Cache"));
  EXPECT_EQ(1u, json::parse(third->body)["series"].size());
}

TEST_F(ServeCoderTest, CodeRejectsBadBodies) {
  StartServer(CoderOptions());
  auto expect400 = [&](const std::string& body, const std::string& message) {
    auto res = Post("/api/code", body, "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(400, res->status) << body;
    EXPECT_EQ(message, json::parse(res->body)["error"]["message"]) << body;
  };
  expect400(R"({"date":"2020-01-01"})", "field 'text' is missing or empty");
  expect400(R"({"text":"Iran attacked."})", "field 'date' is missing (YYYY-MM-DD)");
  expect400(R"({"text":"Iran attacked.","date":"yesterday"})",
            "field 'date' is not a date: 'yesterday'");
  expect400(R"({"text":"Iran attacked.","date":"2020-01-01","colour":"red"})",
            "unknown field 'colour' (text, date, id, title, source, url, store)");
  expect400(R"({"text":42,"date":"2020-01-01"})", "field 'text' must be a string");
  expect400(R"(["text"])", "the body must be a JSON object");
  // Found by request_fuzz: a number too large is an error of the request, not a 500.
  auto big = Post("/api/code", R"({"text":"x","date":1E99999})", "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(400, big->status) << big->body;
  auto res = Post("/api/code", "{not json", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(400, res->status);
  res = Post("/api/code", R"({"text":"x","date":"2020-01-01"})", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(415, res->status);
}

TEST_F(ServeCoderTest, IngestStoresRecordsAndSkipsStoredOnes) {
  StartServer(CoderOptions());
  const std::string body =
      json({{"id", "a"},
            {"date", "2020-01-08"},
            {"text", "Iran launched a missile attack on a US base in Iraq."}})
          .dump() +
      "\n" + json({{"id", "b"}, {"date", "2020-01-09"}, {"text", "The weather was fine."}}).dump() +
      "\n" + "{broken\n";
  auto res = Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(200, res->status) << res->body;
  json j = json::parse(res->body);
  EXPECT_EQ(3, j["records"]);
  EXPECT_EQ(1, j["coded"]);
  EXPECT_EQ(1, j["no_event"]);
  EXPECT_EQ(1, j["rejected"]);
  EXPECT_EQ(3, j["rejections"][0]["line"]);
  EXPECT_EQ(1u, Get("/api/events?code=195")["events"].size());
  res = Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(2, json::parse(res->body)["skipped"]);
  res = Post("/api/ingest", "  \n", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(400, res->status);
}

TEST(RateLimiterTest, RefillsAtItsRate) {
  internal::RateLimiter limiter(2, 3);
  auto t = internal::RateLimiter::Clock::now();
  int retry = 0;
  EXPECT_TRUE(limiter.Allow("a", t, &retry));
  EXPECT_TRUE(limiter.Allow("a", t, &retry));
  EXPECT_TRUE(limiter.Allow("a", t, &retry));
  EXPECT_FALSE(limiter.Allow("a", t, &retry));
  EXPECT_EQ(1, retry);
  EXPECT_TRUE(limiter.Allow("b", t, &retry));  // per client
  EXPECT_TRUE(limiter.Allow("a", t + std::chrono::milliseconds(500), &retry));
  EXPECT_FALSE(limiter.Allow("a", t + std::chrono::milliseconds(500), &retry));
}

TEST(ParamsTest, FilterFromQuery) {
  EventFilter f;
  internal::QueryParams q = {
      {"actor", "irngov"}, {"from", "2020-01-01"}, {"quad", "4"}, {"negated", "1"}};
  ASSERT_TRUE(internal::ParseEventFilter(q, &f).ok());
  EXPECT_EQ("IRNGOV", f.actor);
  EXPECT_EQ(4, f.quad_class);
  EXPECT_TRUE(f.include_negated);
  EXPECT_EQ(R"({"actor":"IRNGOV","from":"2020-01-01","negated":1,"quad":4})",
            internal::DescribeFilter(f).dump());
}

}  // namespace
}  // namespace khaldun
