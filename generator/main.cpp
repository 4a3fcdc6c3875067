#include "cli/cli.h"

#ifdef GOVSITE_JEMALLOC
// jemalloc reads this symbol when it starts. "thp:always" asks the kernel for huge pages
// for the heap (madvise), "metadata_thp" for jemalloc's own bookkeeping: a build touches
// much new heap, and on a virtual machine, where a page fault is dear, faulting it in 4 KiB
// at a time was a large part of a rebuild (figures in docs/performance.md, "Transparent
// huge pages"). Where the kernel has transparent huge pages off ("never"), the option does
// nothing. MALLOC_CONF in the environment still overrides it.
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always";
}
#endif

int main(int argc, char** argv) { return govsite::run_cli(argc, argv); }
