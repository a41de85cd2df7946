// Runtime: one isolate + context + loop. Scripts are written to files and
// run to completion; assertions read the captured console output and the
// exit record. Orderings come from the loop itself, never from sleeps.
#include "isolate/builtins/all.h"
#include "isolate/runtime.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "isolate/serializer.h"
#include "v8-exception.h"
#include "v8-value-serializer.h"

namespace isohost::isolate {
namespace {

// The process's V8 with every built-in package registered (what the host
// does in InitializeV8()).
std::shared_ptr<isohost::isolate::V8Process> AcquireV8WithBuiltins() {
  isohost::isolate::RegisterAllBuiltins();
  return isohost::isolate::V8Process::Acquire();
}


using ::testing::HasSubstr;
using ::testing::StartsWith;

class RuntimeTest : public ::testing::Test {
 protected:
  struct Result {
    ExitRecord exit;
    std::string out;
    std::string err;
  };

  std::string WriteFile(const std::string& name, const std::string& text) {
    const char* dir = std::getenv("TEST_TMPDIR");
    std::string path = std::string(dir ? dir : "/tmp") + "/" + name;
    std::ofstream(path) << text;
    return path;
  }

  Result Run(const std::string& name, const std::string& source) {
    RuntimeOptions options;
    options.entry_path = WriteFile(name, source);
    Result result;
    options.output = [&](int fd, std::string_view text) {
      (fd == 1 ? result.out : result.err).append(text);
    };
    auto runtime = Runtime::Create(AcquireV8WithBuiltins(), std::move(options));
    EXPECT_TRUE(runtime.ok()) << runtime.status();
    result.exit = (*runtime)->RunMain();
    return result;
  }
};

TEST_F(RuntimeTest, TasksMicrotasksAndTicksInNodeOrder) {
  Result r = Run("order.js", R"(
    console.log('sync 1');
    setTimeout(() => {
      console.log('timeout');
      setImmediate(() => console.log('immediate from timer'));
      setTimeout(() => console.log('timeout from timer'), 0);
    }, 0);
    Promise.resolve().then(() => {
      console.log('promise');
      process.nextTick(() => console.log('tick from promise'));
      Promise.resolve().then(() => console.log('nested promise'));
    });
    process.nextTick(() => console.log('tick'));
    queueMicrotask(() => console.log('microtask'));
    console.log('sync 2');
  )");
  EXPECT_EQ(r.exit.code, 0);
  EXPECT_EQ(r.out,
            "sync 1\nsync 2\ntick\npromise\nmicrotask\nnested promise\n"
            "tick from promise\ntimeout\nimmediate from timer\n"
            "timeout from timer\n");
}

TEST_F(RuntimeTest, MicrotasksRunBetweenTwoTimersDueAtOnce) {
  Result r = Run("between.js", R"(
    setTimeout(() => { console.log('a'); Promise.resolve().then(() => console.log('a micro')); }, 5);
    setTimeout(() => { console.log('b'); }, 5);
  )");
  EXPECT_EQ(r.out, "a\na micro\nb\n");
}

TEST_F(RuntimeTest, ProcessExitInMicrotaskStopsEverything) {
  Result r = Run("exit.js", R"(
    setTimeout(() => console.log('never'), 0);
    Promise.resolve().then(() => { console.log('before'); process.exit(7); console.log('after'); });
    Promise.resolve().then(() => console.log('never either'));
  )");
  EXPECT_EQ(r.exit.code, 7);
  EXPECT_EQ(r.exit.reason, ExitRecord::Reason::kExit);
  EXPECT_EQ(r.out, "before\n");
}

TEST_F(RuntimeTest, ExitCodeIsUsedAtNaturalEnd) {
  Result r = Run("exitcode.js", "process.exitCode = 5; setTimeout(() => {}, 1);");
  EXPECT_EQ(r.exit.code, 5);
  EXPECT_EQ(r.exit.reason, ExitRecord::Reason::kNormal);
}

TEST_F(RuntimeTest, UncaughtErrorInTimerPrintsLocationAndStack) {
  Result r = Run("throws.js",
                 "setTimeout(() => {\n  throw new Error('boom');\n}, 1);\n"
                 "setTimeout(() => console.log('later'), 50);\n");
  EXPECT_EQ(r.exit.code, 1);
  EXPECT_EQ(r.exit.reason, ExitRecord::Reason::kError);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("throws.js:2\n  throw new Error('boom');\n  ^\n\n"
                               "Error: boom\n    at "));
}

TEST_F(RuntimeTest, SyntaxErrorNamesLineAndColumn) {
  Result r = Run("syntax.js", "let ok = 1;\nlet x = ;\n");
  EXPECT_EQ(r.exit.code, 1);
  EXPECT_THAT(r.err, HasSubstr("syntax.js:2\nlet x = ;\n        ^\n\n"
                               "SyntaxError: Unexpected token ';'"));
}

TEST_F(RuntimeTest, UnhandledRejectionEndsRuntimeAfterCheckpoint) {
  Result r = Run("reject.js", R"(
    const p = Promise.reject(new Error('nope'));
    Promise.resolve().then(() => console.log('checkpoint runs first'));
    setTimeout(() => { p.catch(() => {}); console.log('too late'); }, 0);
  )");
  EXPECT_EQ(r.exit.code, 1);
  EXPECT_EQ(r.out, "checkpoint runs first\n");
  EXPECT_THAT(r.err, HasSubstr("Error: nope"));
}

TEST_F(RuntimeTest, RejectionHandledInSameCheckpointIsFine) {
  Result r = Run("handled.js", R"(
    const p = Promise.reject(new Error('nope'));
    queueMicrotask(() => p.catch((e) => console.log('caught', e.message)));
  )");
  EXPECT_EQ(r.exit.code, 0);
  EXPECT_EQ(r.out, "caught nope\n");
}

TEST_F(RuntimeTest, MissingFileIsSetupFailure) {
  RuntimeOptions options;
  options.entry_path = "/nonexistent/dir/missing.js";
  auto runtime = Runtime::Create(AcquireV8WithBuiltins(), std::move(options));
  ASSERT_TRUE(runtime.ok());
  ExitRecord exit = (*runtime)->RunMain();
  EXPECT_EQ(exit.reason, ExitRecord::Reason::kSetupFailed);
  EXPECT_EQ(exit.code, 2);
  EXPECT_THAT(exit.message, HasSubstr("/nonexistent/dir/missing.js"));
}

TEST_F(RuntimeTest, ModulesImportAndAwaitAtTopLevel) {
  WriteFile("dep.mjs", "export let count = 1;\nexport function bump() { count++; }\n");
  Result r = Run("main.mjs", R"(
    import { count, bump } from './dep.mjs';
    bump();
    console.log('live binding', count);
    const value = await new Promise((resolve) => setTimeout(() => resolve(42), 2));
    const dynamic = await import('./dep.mjs');
    console.log(value, dynamic.count, import.meta.url.startsWith('file:///'));
  )");
  EXPECT_EQ(r.exit.code, 0) << r.err;
  EXPECT_EQ(r.out, "live binding 2\n42 2 true\n");
}

TEST_F(RuntimeTest, UnsettledTopLevelAwaitExitsWith13) {
  Result r = Run("tla.mjs", "await new Promise(() => {});\n");
  EXPECT_EQ(r.exit.code, 13);
  EXPECT_THAT(r.err, HasSubstr("unsettled top-level await"));
}

TEST_F(RuntimeTest, MissingImportIsAnError) {
  Result r = Run("badimport.mjs", "import './does-not-exist.mjs';\n");
  EXPECT_EQ(r.exit.code, 1);
  EXPECT_THAT(r.err, HasSubstr("Cannot find module"));
}

TEST_F(RuntimeTest, StructuredCloneAndDataCloneError) {
  Result r = Run("clone.js", R"(
    const source = { m: new Map([[1, { d: new Date(0) }]]), s: new Set(['x']), n: -0, big: 10n };
    source.self = source;
    const copy = structuredClone(source);
    console.log(copy !== source, copy.self === copy, Object.is(copy.n, -0), copy.big === 10n,
                copy.m.get(1).d.getTime(), copy.s.has('x'));
    const buffer = new ArrayBuffer(8);
    const moved = structuredClone(buffer, { transfer: [buffer] });
    console.log(buffer.byteLength, moved.byteLength);
    for (const bad of [() => {}, Symbol('s'), new WeakMap(), Promise.resolve()]) {
      try { structuredClone(bad); console.log('cloned?!'); }
      catch (e) { console.log(e.name, e instanceof DOMException, e.code); }
    }
    try { structuredClone(1, { transfer: [buffer] }); }
    catch (e) { console.log('detached:', e.name); }
  )");
  EXPECT_EQ(r.exit.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "true true true true 0 true\n0 8\n"
            "DataCloneError true 25\nDataCloneError true 25\n"
            "DataCloneError true 25\nDataCloneError true 25\n"
            "detached: DataCloneError\n");
}

TEST_F(RuntimeTest, PlatformDelayedTasksRunOnTheLoop) {
  // Atomics.waitAsync's time-out is a V8 delayed foreground task: it only
  // fires if the platform hands it to this runtime's loop.
  Result r = Run("waitasync.js", R"(
    const cell = new Int32Array(new SharedArrayBuffer(4));
    const { async, value } = Atomics.waitAsync(cell, 0, 0, 5);
    value.then((v) => console.log(async, v));
    setTimeout(() => {}, 100);
  )");
  EXPECT_EQ(r.out, "true timed-out\n");
}

TEST_F(RuntimeTest, GarbageBytesDeserializeToAnErrorNotACrash) {
  RuntimeOptions options;
  options.entry_path = WriteFile("empty.js", "");
  auto runtime = Runtime::Create(AcquireV8WithBuiltins(), std::move(options));
  ASSERT_TRUE(runtime.ok());
  Runtime& rt = **runtime;
  v8::Isolate::Scope isolate_scope(rt.isolate());
  v8::HandleScope handle_scope(rt.isolate());
  v8::Context::Scope context_scope(rt.context());
  const std::vector<std::vector<uint8_t>> inputs = {
      {}, {0xFF}, {0xFF, 0x0F}, {0xFF, 0x0F, 0x6F, 0x22}, {0x00, 0x01, 0x02},
      {0xFF, 0x0F, 0x5C, 0x00, 0x00}, {0xFF, 0x0F, 0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F}};
  for (const auto& bytes : inputs) {
    v8::TryCatch try_catch(rt.isolate());
    channel::Message message;
    message.bytes = bytes;
    v8::MaybeLocal<v8::Value> value = Deserialize(rt, std::move(message));
    EXPECT_TRUE(value.IsEmpty() ? try_catch.HasCaught() : true);
  }
}

}  // namespace
}  // namespace isohost::isolate
