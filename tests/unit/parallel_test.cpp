// core/parallel: the order-independent loop and the two stages run side by side.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/parallel.h"

using namespace govsite;

namespace {

// Each side of a rendezvous says it arrived, then waits (a bounded time) for the other:
// both see each other only when they run at the same time.
struct Rendezvous {
  std::mutex mutex;
  std::condition_variable arrived;
  int count = 0;

  bool meet() {
    std::unique_lock<std::mutex> lock(mutex);
    ++count;
    arrived.notify_all();
    return arrived.wait_for(lock, std::chrono::seconds(10), [&] { return count == 2; });
  }
};

}  // namespace

TEST_CASE("parallel: parallel_for runs every index once, on up to `jobs` workers", "[parallel]") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::vector<std::atomic<int>> runs(1000);
    std::atomic<unsigned> max_worker{0};
    parallel_for_workers(runs.size(), jobs, [&](size_t i, unsigned worker) {
      ++runs[i];
      unsigned seen = max_worker.load();
      while (worker > seen && !max_worker.compare_exchange_weak(seen, worker)) {}
    });
    for (const auto& r : runs) CHECK(r == 1);
    CHECK(max_worker < jobs);
  }
}

TEST_CASE("parallel: run_concurrently runs both stages at the same time with two jobs", "[parallel]") {
  Rendezvous r;
  bool first_met = false, second_met = false;
  run_concurrently(
      2, [&] { first_met = r.meet(); }, [&] { second_met = r.meet(); });
  CHECK(first_met);
  CHECK(second_met);
}

TEST_CASE("parallel: run_concurrently with one job runs the first stage, then the second, on this thread",
          "[parallel]") {
  std::vector<std::string> order;
  const auto caller = std::this_thread::get_id();
  bool same_thread = true;
  run_concurrently(
      1,
      [&] {
    order.push_back("first");
    same_thread = same_thread && std::this_thread::get_id() == caller;
      },
      [&] {
    order.push_back("second");
    same_thread = same_thread && std::this_thread::get_id() == caller;
  });
  CHECK(order == std::vector<std::string>{"first", "second"});
  CHECK(same_thread);
}

TEST_CASE("parallel: run_concurrently rethrows a stage's failure after both stages are done", "[parallel]") {
  for (unsigned jobs : {1u, 2u}) {
    INFO(jobs);
    std::atomic<bool> other_done{false};
    SECTION("the second stage throws") {
      CHECK_THROWS_WITH(run_concurrently(
                            jobs,
                            [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        other_done = true;
                            },
                            [] { throw std::runtime_error("second"); }),
                        "second");
      CHECK(other_done);
    }
    SECTION("the first stage throws; the second still runs to its end") {
      CHECK_THROWS_WITH(run_concurrently(
                            jobs, [] { throw std::runtime_error("first"); },
                            [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        other_done = true;
                            }),
                        "first");
      CHECK(other_done);
    }
    SECTION("both throw: the first stage's failure is the one rethrown") {
      CHECK_THROWS_WITH(run_concurrently(
                            jobs, [] { throw std::runtime_error("first"); },
                            [] { throw std::runtime_error("second"); }),
                        "first");
    }
  }
}
