// RealFileSystem::read_file: every byte of a file, whatever its size, and files whose size
// the kernel does not report (under /proc).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/file_system.h"

using namespace govsite;
namespace fs = std::filesystem;

TEST_CASE("read_file reads a file whole, at and around the read buffer's sizes", "[file_system]") {
  const fs::path dir = fs::temp_directory_path() / ("govsite-read-file-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  RealFileSystem real;
  for (size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{4096}, size_t{4097}, size_t{8192}, size_t{1} << 20}) {
    std::string bytes(size, '\0');
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i * 7 % 26);
    const fs::path file = dir / ("f" + std::to_string(size));
    std::ofstream(file, std::ios::binary) << bytes;
    std::string read, error;
    INFO(size);
    REQUIRE(real.read_file(file.string(), read, error));
    CHECK(read.size() == size);
    CHECK(read == bytes);
    CHECK(read.capacity() < size + 4096 + 32);  // no doubled buffer left behind
  }
  std::string read, error;
  CHECK_FALSE(real.read_file((dir / "missing").string(), read, error));
  CHECK_FALSE(error.empty());
  fs::remove_all(dir);
}

TEST_CASE("read_file reads files that report size 0 (/proc) to their end", "[file_system]") {
  RealFileSystem real;
  std::string status, error;
  REQUIRE(real.read_file("/proc/self/status", status, error));
  CHECK(status.find("Name:") == 0);
  CHECK(status.find("VmRSS:") != std::string::npos);  // well past the first line
}
