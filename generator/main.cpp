#include "cli/cli.h"

int main(int argc, char** argv) { return govsite::run_cli(argc, argv); }
