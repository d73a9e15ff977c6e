// `khaldun serve`: the HTTP API and the dashboard over an event store.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include "command.h"
#include "common.h"
#include "khaldun/serve.h"

namespace khaldun::cli {
namespace {

struct ServeCliOptions {
  ServeOptions serve;
  std::string token_file;
  bool no_coder = false;
  bool quiet = false;
  ResourcePaths paths;
};

std::string DefaultStaticDir() {
#ifdef KHALDUN_WEB_DIR
  if (std::ifstream(std::string(KHALDUN_WEB_DIR) + "/index.html")) return KHALDUN_WEB_DIR;
#endif
  return "";
}

std::string ReadToken(const ServeCliOptions& o) {
  std::string token;
  if (!o.token_file.empty()) {
    std::ifstream in(o.token_file);
    if (!in) Fail("serve", fmt::format("cannot read --token-file '{}'", o.token_file));
    std::getline(in, token);
  } else if (const char* env = std::getenv("KHALDUN_TOKEN")) {
    token = env;
  }
  while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) token.pop_back();
  if (!token.empty() && token.size() < 16)
    Fail("serve", "the token must be at least 16 characters", 2);
  return token;
}

void RunServe(ServeCliOptions& o) {
  o.serve.token = ReadToken(o);
  if (o.serve.static_dir.empty()) o.serve.static_dir = DefaultStaticDir();
  if (!o.no_coder) {
    Resources resources = LoadResourcesOrExit(o.paths, o.quiet);
    o.serve.codebook = resources.codebook;
    o.serve.pipeline = std::make_shared<const Pipeline>(resources, PipelineOptions{});
  }
  // SIGINT and SIGTERM are taken by a thread that stops the server, so that
  // the worker threads never see them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto server = Server::Create(o.serve);
  if (!server.ok()) Fail("serve", server.status().ToString());
  if (Status s = (*server)->Bind(); !s.ok()) Fail("serve", s.ToString());
  std::fprintf(stderr, "khaldun serve: listening on http://%s:%d/ (%s; writes %s; dashboard %s)\n",
               o.serve.host.c_str(), (*server)->port(), o.serve.db_path.c_str(),
               o.serve.token.empty() ? "disabled" : "need the bearer token",
               o.serve.static_dir.empty() ? "not built" : o.serve.static_dir.c_str());
  std::fflush(stderr);
  Server* raw = server->get();
  std::thread stopper([raw, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig != 0) raw->Stop();
  });
  Status s = raw->Run();
  // Wake the signal thread if Run() ended on its own.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!s.ok()) Fail("serve", s.ToString());
  if (!o.quiet) std::fprintf(stderr, "khaldun serve: stopped\n");
}

void SetupServe(CLI::App& app) {
  auto o = std::make_shared<ServeCliOptions>();
  auto* cmd =
      app.add_subcommand("serve", "Serve the HTTP API and the dashboard over an event store");
  cmd->add_option("--db", o->serve.db_path, "The event store (SQLite)")->required();
  cmd->add_option("--host", o->serve.host, "Address to bind (default 127.0.0.1)");
  cmd->add_option("--port", o->serve.port, "Port (default 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  cmd->add_flag("--allow-remote", o->serve.allow_remote,
                "Allow a --host that is not loopback (needs a token as well)");
  cmd->add_option("--token-file", o->token_file,
                  "File whose first line is the bearer token for POST /api/code and /api/ingest "
                  "(default: $KHALDUN_TOKEN; without a token they are disabled)");
  cmd->add_option("--static-dir", o->serve.static_dir,
                  "Directory of the dashboard's files (default: the one the build made)");
  cmd->add_option("--max-body-bytes", o->serve.max_body_bytes,
                  "Largest /api/code body (default 1 MiB)");
  cmd->add_option("--max-ingest-bytes", o->serve.max_ingest_bytes,
                  "Largest /api/ingest body (default 16 MiB)");
  cmd->add_option("--rate-limit", o->serve.rate_limit,
                  "Requests per second per client address (default 50; 0 = no limit)");
  cmd->add_option("--rate-burst", o->serve.rate_burst, "Burst allowed over the rate (default 200)");
  cmd->add_option("--threads", o->serve.threads,
                  "Worker threads (default 8); each keep-alive "
                  "connection holds one while it is open")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--cache-entries", o->serve.cache_entries,
                  "Answers of /api/series and /api/dyads kept while the store is unchanged "
                  "(default 256; 0 = no cache)");
  cmd->add_flag("--no-coder", o->no_coder,
                "Do not load the dictionaries: POST endpoints answer 503");
  cmd->add_flag("-q,--quiet", o->quiet, "No load messages on stderr");
  AddResourceOptions(cmd, &o->paths);
  cmd->callback([o] { RunServe(*o); });
}

const CommandRegistrar kRegistrar(35, &SetupServe);

}  // namespace
}  // namespace khaldun::cli
