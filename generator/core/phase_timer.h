// Wall time per pipeline stage, for `govsite build --timings` and the benchmark: it tells
// where a build spends its time without a profiler. Not thread-safe: stages are marked
// from the pipeline's own thread, between parallel sections.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace govsite {

class PhaseTimer {
 public:
  PhaseTimer() : last_(std::chrono::steady_clock::now()) {}
  // Ends the current stage, naming it.
  void mark(std::string stage) {
    const auto now = std::chrono::steady_clock::now();
    phases_.emplace_back(std::move(stage), std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }
  // A stage timed elsewhere (one that ran on its own thread alongside the one marked
  // last, or serve's wait before the build began): listed with its own wall time, without
  // moving the clock.
  void note(std::string stage, double seconds) { phases_.emplace_back(std::move(stage), seconds); }
  const std::vector<std::pair<std::string, double>>& phases() const { return phases_; }
  // One line a stage, as --timings prints them.
  void print(std::FILE* out) const {
    for (const auto& [stage, s] : phases_) std::fprintf(out, "  %7.3f s  %s\n", s, stage.c_str());
  }

 private:
  std::chrono::steady_clock::time_point last_;
  std::vector<std::pair<std::string, double>> phases_;
};

// Marks a stage on a timer that may be absent.
inline void mark_phase(PhaseTimer* timer, std::string stage) {
  if (timer) timer->mark(std::move(stage));
}

}  // namespace govsite
