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
#endif

int main(int argc, char** argv) { return govsite::run_cli(argc, argv); }
