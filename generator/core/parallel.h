// Runs fn(0..count-1) on up to `jobs` threads. Work is handed out one index at a time, so a
// few large documents do not leave the other threads idle; the results' order is the
// caller's (write into a pre-sized vector by index) and so never depends on timing.
#pragma once

#include <cstddef>
#include <functional>

namespace govsite {

void parallel_for(size_t count, unsigned jobs, const std::function<void(size_t)>& fn);

// The same, also telling fn which worker (0..workers-1) runs it, so each worker can keep
// its own non-thread-safe state (a template renderer). Returns nothing; `workers` is
// min(jobs, count) and at least 1.
void parallel_for_workers(size_t count, unsigned jobs, const std::function<void(size_t index, unsigned worker)>& fn);

// Runs `first` and `second` at the same time, `second` on a thread of its own, when jobs > 1
// (else one after the other, first `first`), and returns when both are done. For two
// stages of which neither reads what the other makes: each fills the other's serial
// parts. An exception from either is rethrown on the caller's thread once both are done
// (the first's if both threw).
void run_concurrently(unsigned jobs, const std::function<void()>& first, const std::function<void()>& second);

// Worker count for --jobs 0 (the default): the machine's hardware threads.
unsigned default_jobs();

}  // namespace govsite
