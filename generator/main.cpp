#include "cli/cli.h"

#ifdef GOVSITE_JEMALLOC
// jemalloc reads this symbol when it starts. "thp:always" asks the kernel for huge pages
// for the heap (madvise), "metadata_thp" for jemalloc's own bookkeeping: a build touches
// much new heap, and on a virtual machine, where a page fault is dear, faulting it in 4 KiB
// at a time was a large part of a rebuild (figures in docs/performance.md, "Transparent
// huge pages"). Where the kernel has transparent huge pages off ("never"), the option does
// nothing. "percpu_arena:percpu": one arena per CPU, each thread allocating from the
// arena of the CPU it runs on. By default jemalloc makes four arenas per CPU and binds each
// new thread to one of them; a build starts short-lived worker threads at every parallel
// step, which spread over all the arenas, and each arena faulted in fresh (huge) pages of
// its own. MALLOC_CONF in the environment still overrides these.
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always,percpu_arena:percpu";
}

#include <jemalloc/jemalloc.h>

#include <cstring>
#include <string>

namespace {

// `govsite serve` allocates and frees about the same memory on every save. jemalloc gives
// freed pages back to the kernel after a few seconds (its decay), and the next save then
// faults them in again, each one zeroed by the kernel: a good part of a save's time. serve
// keeps them instead (decay -1, for the arenas there are and those made later); its memory
// stays at what its largest build needed. A build ends instead, and gives all back then.
void keep_freed_memory() {
  ssize_t never = -1;
  for (const char* name : {"arenas.dirty_decay_ms", "arenas.muzzy_decay_ms"})  // arenas made later
    mallctl(name, nullptr, nullptr, &never, sizeof never);
  unsigned arenas = 0;
  size_t size = sizeof arenas;
  if (mallctl("arenas.narenas", &arenas, &size, nullptr, 0) != 0) return;
  for (unsigned i = 0; i < arenas; ++i)  // those already made (the others answer EFAULT)
    for (const char* what : {".dirty_decay_ms", ".muzzy_decay_ms"})
      mallctl(("arena." + std::to_string(i) + what).c_str(), nullptr, nullptr, &never, sizeof never);
}

}  // namespace
#endif

int main(int argc, char** argv) {
#ifdef GOVSITE_JEMALLOC
  if (argc > 1 && std::strcmp(argv[1], "serve") == 0) keep_freed_memory();
#endif
  return govsite::run_cli(argc, argv);
}
