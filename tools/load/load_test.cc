// Runs RunLoad() end to end on the bundled examples: a short two-worker
// run with an HTML report, and the load failures (no default export, a
// missing script, a syntax error, bad options). One Host at a time, so the
// cases run sequentially on the test's thread.
#include "tools/load/load.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace isohost::tools {
namespace {

std::string Runfile(const std::string& path) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  return std::string(srcdir ? srcdir : ".") + "/" +
         (workspace ? workspace : "isohost") + "/" + path;
}

std::string TempPath(const std::string& name) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  return std::string(tmp ? tmp : "/tmp") + "/" + name;
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = TempPath(name);
  std::ofstream(path) << text;
  return path;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(LoadTest, RunsHashWithTwoWorkersAndWritesHtml) {
  LoadOptions options;
  options.script = Runfile("tools/load/examples/hash.mjs");
  options.workers = 2;
  options.duration_s = 1;
  options.out_html = TempPath("report.html");
  options.progress = false;
  EXPECT_EQ(RunLoad(options), 0);
  std::string html = ReadFile(options.out_html);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("iterations/s"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(LoadTest, RunsAsyncExample) {
  LoadOptions options;
  options.script = Runfile("tools/load/examples/async.mjs");
  options.workers = 1;
  options.duration_s = 0.5;
  options.progress = false;
  EXPECT_EQ(RunLoad(options), 0);
}

TEST(LoadTest, ErrorsAreCountedAndEscapedInHtml) {
  LoadOptions options;
  options.script =
      WriteTemp("flaky.mjs",
                "let n = 0;\n"
                "export default function () {\n"
                "  if (++n % 2) throw new Error('<b>odd</b> & bad');\n"
                "}\n");
  options.duration_s = 0.3;
  options.out_html = TempPath("flaky.html");
  options.progress = false;
  EXPECT_EQ(RunLoad(options), 0);  // half the iterations succeed
  std::string html = ReadFile(options.out_html);
  EXPECT_NE(html.find("&lt;b&gt;odd&lt;/b&gt; &amp; bad"), std::string::npos);
  EXPECT_EQ(html.find("<b>odd"), std::string::npos);
}

TEST(LoadTest, EveryIterationFailingIsExitOne) {
  LoadOptions options;
  options.script = WriteTemp(
      "fail.mjs",
      "export default async function () { throw new Error('no'); }\n");
  options.duration_s = 0.2;
  options.progress = false;
  EXPECT_EQ(RunLoad(options), 1);
}

TEST(LoadTest, NoDefaultExportIsExitOne) {
  LoadOptions options;
  options.script = WriteTemp("nodefault.mjs", "export const x = 1;\n");
  options.duration_s = 0.2;
  options.progress = false;
  EXPECT_EQ(RunLoad(options), 1);
}

TEST(LoadTest, MissingScriptIsExitOne) {
  LoadOptions options;
  options.script = TempPath("does-not-exist.mjs");
  options.duration_s = 0.2;
  EXPECT_EQ(RunLoad(options), 1);
}

TEST(LoadTest, SyntaxErrorIsExitOne) {
  LoadOptions options;
  options.script = WriteTemp("syntax.mjs", "export default function ( {\n");
  options.duration_s = 0.2;
  EXPECT_EQ(RunLoad(options), 1);
}

TEST(LoadTest, BadOptionsAreExitTwo) {
  LoadOptions options;
  options.script = Runfile("tools/load/examples/hash.mjs");
  options.workers = 0;
  EXPECT_EQ(RunLoad(options), 2);
  options.workers = 1;
  options.duration_s = 0;
  EXPECT_EQ(RunLoad(options), 2);
}

}  // namespace
}  // namespace isohost::tools
