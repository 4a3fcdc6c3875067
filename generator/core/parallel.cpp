#include "core/parallel.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace govsite {

unsigned default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

void parallel_for(size_t count, unsigned jobs, const std::function<void(size_t)>& fn) {
  parallel_for_workers(count, jobs, [&](size_t i, unsigned) { fn(i); });
}

void parallel_for_workers(size_t count, unsigned jobs, const std::function<void(size_t, unsigned)>& fn) {
  if (jobs <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) fn(i, 0);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&](unsigned w) {
    for (size_t i; (i = next.fetch_add(1)) < count;) {
      try {
        fn(i, w);
      } catch (...) {
        // Keep the first failure, stop handing out work, rethrow on the caller's thread.
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = count;
      }
    }
  };
  std::vector<std::thread> threads;
  const size_t n = std::min<size_t>(jobs, count);
  for (size_t t = 1; t < n; ++t) threads.emplace_back(worker, static_cast<unsigned>(t));
  worker(0);
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

void run_concurrently(unsigned jobs, const std::function<void()>& first, const std::function<void()>& second) {
  // Either stage may fail without the other being left half done.
  std::exception_ptr first_failure, second_failure;
  const auto guarded = [](const std::function<void()>& fn, std::exception_ptr& failure) {
    try {
      fn();
    } catch (...) { failure = std::current_exception(); }
  };
  if (jobs <= 1) {
    guarded(first, first_failure);
    guarded(second, second_failure);
  } else {
    std::thread other([&] { guarded(second, second_failure); });
    guarded(first, first_failure);
    other.join();  // never left running: `second` refers to the caller's locals
  }
  if (first_failure) std::rethrow_exception(first_failure);
  if (second_failure) std::rethrow_exception(second_failure);
}

}  // namespace govsite
