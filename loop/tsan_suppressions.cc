// ThreadSanitizer suppressions for the V8-free tests.
//
// moodycamel::ConcurrentQueue synchronises with std::atomic_thread_fence,
// which TSan does not model, so TSan reports its internal block hand-offs as
// races (a known false positive, see the queue's README). We suppress
// reports whose stacks go through moodycamel; races in our own code that do
// not pass through the queue are still reported.
extern "C" const char* __tsan_default_suppressions() {
  return "race:moodycamel::\n";
}
