// Hostile plain-text inputs in a batch: invalid UTF-8, NUL bytes, a 2 GB file,
// a named pipe. Each is refused with a clear error naming it; the batch goes on.
#include <sys/stat.h>

#include <chrono>

#include "hostile_batch.h"

namespace anonymiser::hostile {
namespace {

TEST_F(HostileBatch, InvalidUtf8IsRefusedWithItsPosition) {
  // Valid UTF-8 first ("é"), then a lone continuation byte: not a legacy code page either.
  WriteFile(in() / "mixed.txt", "Caf\xC3\xA9 with Jade Okafor\nthen \x80 broken\n");
  ExpectRefused(Run(), "mixed.txt", "invalid UTF-8 at byte");
}

TEST_F(HostileBatch, NulBytesAreRefused) {
  WriteFile(in() / "nul.txt", std::string("Jade Okafor\0\0\0 and more\n", 25));
  ExpectRefused(Run(), "nul.txt", "NUL byte at offset 11");
}

TEST_F(HostileBatch, TwoGigabyteFileIsRefusedBySizeWithoutBeingRead) {
  // Sparse (holes after a real header): takes no disk space, and would take seconds to read.
  for (const auto& [name, head] : std::vector<std::pair<std::string, std::string>>{
           {"huge.txt", "Jade Okafor\n"},
           {"huge.docx", std::string("PK\x03\x04\x14\0\0\0\x08\0", 10)},
           {"huge.pdf", "%PDF-1.4\n"}}) {
    WriteFile(in() / name, head);
    fs::resize_file(in() / name, std::uintmax_t{2} << 30);
  }
  const auto start = std::chrono::steady_clock::now();
  CommandResult r = Run();
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start)
          .count();
  ExpectRefused(r, "huge.txt", "--max-file-size");
  ExpectRefused(r, "huge.docx", "limit.max-file-size");
  ExpectRefused(r, "huge.pdf", "limit.max-file-size");
  // Reading 6 GB (even of holes) takes far longer than this under any build.
  EXPECT_LT(seconds, 60) << "the files were read, not refused by size";
  // The limit is an option: a lower one refuses a small file too.
  fs::remove_all(out());
  for (const char* name : {"huge.txt", "huge.docx", "huge.pdf"}) fs::remove(in() / name);
  WriteFile(in() / "big.txt", std::string(2000, 'a') + "\n");
  ExpectRefused(Run({"--max-file-size", "1k"}), "big.txt", "--max-file-size");
}

TEST_F(HostileBatch, NamedPipeOnTheCommandLineIsRefusedNotWaitedFor) {
  // Nobody ever writes to the pipe: opening it for reading would block forever.
  const fs::path fifo = dir_ / "pipe.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  CommandResult r = RunShell(
      "timeout -s KILL 120 " + ShellQuote(CliPath().string()) + " run " +
      ShellQuote(fifo.string()) + " " + ShellQuote((in() / "good.txt").string()) + " -o " +
      ShellQuote(out().string()) + " --case " + ShellQuote((dir_ / "case.anoncase").string()) +
      " --known " + ShellQuote((dir_ / "known.csv").string()));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(ErrorLine(r, fifo).find("not a regular file"), std::string::npos) << r.err;
  ExpectGoodWritten();
  ExpectNothingFor("pipe.txt");
}

TEST_F(HostileBatch, NamedPipeInAFolderIsNotWaitedFor) {
  ASSERT_EQ(::mkfifo((in() / "pipe.txt").c_str(), 0600), 0);
  CommandResult r = Run();
  EXPECT_NE(r.exit_code, 128 + 9) << "the run hung on the pipe";
  ExpectGoodWritten();
  ExpectNothingFor("pipe.txt");
}

}  // namespace
}  // namespace anonymiser::hostile
