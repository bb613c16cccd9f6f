// libFuzzer's entry point, forwarding to the target named by
// ANONYMISER_FUZZ_ENTRY (set per executable in CMakeLists.txt).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return anonymiser::fuzz::ANONYMISER_FUZZ_ENTRY(data, size);
}
