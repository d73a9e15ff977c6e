// The endpoints that code text: POST /api/code (events out, stored only when
// asked) and POST /api/ingest (JSONL records, coded and stored as `khaldun
// code --db` would). Both need the bearer token.
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "khaldun/ingest.h"
#include "serve/context.h"
#include "serve/highlight.h"
#include "serve/params.h"

namespace khaldun::internal {
namespace {

// Compares without an early exit, so that timing does not reveal how much
// of a guessed token is right.
bool SameToken(std::string_view given, std::string_view token) {
  if (given.size() != token.size() || token.empty()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < token.size(); ++i) diff |= static_cast<unsigned char>(given[i] ^ token[i]);
  return diff == 0;
}

// Writes the answer and returns false unless the request may write.
bool Authorize(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (ctx->options.token.empty()) {
    SendError(res, 403, "forbidden",
              "write endpoints are disabled: start khaldun serve with a token (--token-file or "
              "KHALDUN_TOKEN)");
    return false;
  }
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (header.empty() || header.compare(0, kBearer.size(), kBearer) != 0) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"khaldun\"");
    SendError(res, 401, "unauthorized",
              "this endpoint needs the header 'Authorization: Bearer <token>'");
    return false;
  }
  if (!SameToken(std::string_view(header).substr(kBearer.size()), ctx->options.token)) {
    SendError(res, 403, "forbidden", "the bearer token is not valid");
    return false;
  }
  if (ctx->options.pipeline == nullptr || ctx->writer == nullptr) {
    SendError(res, 503, "unavailable", "this server was started without the coder (--no-coder)");
    return false;
  }
  return true;
}

void Code(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(ctx, req, res)) return;
  if (!req.params.empty())
    return SendError(res, 400, "bad_request", "this endpoint takes no parameters");
  if (req.body.size() > ctx->options.max_body_bytes) {
    return SendError(res, 413, "too_large",
                     fmt::format("the body is over {} bytes", ctx->options.max_body_bytes));
  }
  if (req.get_header_value("Content-Type").find("application/json") != 0) {
    return SendError(res, 415, "unsupported_media_type", "send the text as application/json");
  }
  bool store = false;
  auto doc = ParseCodeRequest(req.body, &store);
  if (!doc.ok()) return SendStatus(res, doc.status());
  CodedDocument coded = ctx->options.pipeline->Process(std::move(doc).value());
  if (store) {
    std::lock_guard<std::mutex> lock(ctx->write_mu);
    Status s = ctx->writer->Begin();
    if (s.ok()) s = ctx->writer->PutDocument(coded.document, coded.outcome, coded.events);
    if (s.ok()) {
      s = ctx->writer->Commit();
    } else {
      (void)ctx->writer->Rollback();
    }
    if (!s.ok()) return SendStatus(res, s);
  }
  nlohmann::json events = nlohmann::json::array();
  for (const Event& e : coded.events) events.push_back(MentionJson(e, *ctx->codebook));
  SendJson(res, {{"document_id", coded.document.id},
                 {"date", coded.document.date.ToString()},
                 {"sentences", coded.sentences},
                 {"stored", store},
                 {"events", std::move(events)}});
}

// The body in a private temporary file, read back by the JSONL reader that
// `khaldun code` uses, so that both accept and reject the same records.
class TempFile {
 public:
  TempFile() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "khaldun-ingest-XXXXXX").string();
    fd_ = ::mkstemp(pattern.data());
    if (fd_ >= 0) path_ = pattern;
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  Status Write(std::string_view data) {
    if (fd_ < 0) return Status::IoError("cannot create a temporary file");
    while (!data.empty()) {
      ssize_t n = ::write(fd_, data.data(), data.size());
      if (n <= 0) return Status::IoError("cannot write a temporary file");
      data.remove_prefix(static_cast<size_t>(n));
    }
    return Status::Ok();
  }
  const std::string& path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
};

void Ingest(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(ctx, req, res)) return;
  if (Status s = CheckParams(req.params, {"date"}); !s.ok()) return SendStatus(res, s);
  if (req.body.size() > ctx->options.max_ingest_bytes) {
    return SendError(res, 413, "too_large",
                     fmt::format("the body is over {} bytes", ctx->options.max_ingest_bytes));
  }
  if (req.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    return SendError(res, 400, "bad_request",
                     "the body is empty: send JSONL records, one per line");
  }
  IngestOptions ingest;
  ingest.format = InputFormat::kJsonl;
  ingest.max_record_bytes = ctx->options.max_ingest_bytes;
  if (std::string date = Param(req.params, "date"); !date.empty()) {
    ingest.default_date = Date::Parse(date);
    if (!ingest.default_date) {
      return SendError(res, 400, "bad_request",
                       fmt::format("'date' must be a date YYYY-MM-DD, not '{}'", date));
    }
  }
  TempFile file;
  if (Status s = file.Write(req.body); !s.ok()) return SendStatus(res, s);
  auto reader = OpenInputs({file.path()}, ingest);
  if (!reader.ok()) return SendStatus(res, reader.status());

  std::lock_guard<std::mutex> lock(ctx->write_mu);
  EventStore& store = *ctx->writer;
  SkipStoredReader resume(reader->get(), &store);
  nlohmann::json rejections = nlohmann::json::array();
  RunCallbacks callbacks;
  callbacks.on_document = [&](const CodedDocument& c) {
    return store.PutDocument(c.document, c.outcome, c.events);
  };
  callbacks.on_rejection = [&](const Rejection& r) {
    if (rejections.size() < 100) {
      rejections.push_back(
          {{"line", r.context.line}, {"record", r.context.record}, {"reason", r.reason}});
    }
    ErrorContext where = r.context;
    where.file = "POST /api/ingest";
    return store.PutRejection(where, r.reason);
  };
  Status committed = Status::Ok();
  callbacks.on_progress = [&](const RunTotals&) {
    if (!committed.ok()) return;
    committed = store.Commit();
    if (committed.ok()) committed = store.Begin();
  };
  if (Status s = store.Begin(); !s.ok()) return SendStatus(res, s);
  auto totals = ctx->options.pipeline->Run(resume, callbacks);
  if (totals.ok() && !resume.status().ok()) totals = resume.status();
  if (totals.ok() && !committed.ok()) totals = committed;
  if (!totals.ok()) {
    (void)store.Rollback();
    return SendStatus(res, totals.status());
  }
  if (Status s = store.Commit(); !s.ok()) return SendStatus(res, s);
  SendJson(res, {{"records", totals->records},
                 {"coded", totals->coded},
                 {"no_event", totals->no_event},
                 {"rejected", totals->rejected},
                 {"skipped", resume.skipped()},
                 {"events", totals->events},
                 {"rejections", std::move(rejections)}});
}

}  // namespace

void RegisterWriteApi(httplib::Server& server, ApiContext* ctx) {
  server.Post("/api/code",
              [ctx](const httplib::Request& q, httplib::Response& r) { Code(ctx, q, r); });
  server.Post("/api/ingest",
              [ctx](const httplib::Request& q, httplib::Response& r) { Ingest(ctx, q, r); });
}

}  // namespace khaldun::internal
