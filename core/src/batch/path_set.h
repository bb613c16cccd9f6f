// A set of paths held as 128-bit digests: a batch of a million outputs
// checks for collisions in ~40 MB less than a set of strings would take.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_set>

namespace anonymiser {

// Remembers which paths were seen. Two different paths are taken for one
// with probability about n^2 / 2^129 (n paths): never, in practice.
// Not thread-safe.
class PathSet {
 public:
  // Adds `path`; false if it was already there.
  bool Insert(std::string_view path);

  std::size_t size() const { return digests_.size(); }

 private:
  struct Digest {
    std::uint64_t a, b;
    bool operator==(const Digest& o) const { return a == o.a && b == o.b; }
  };
  struct DigestHash {
    std::size_t operator()(const Digest& d) const { return static_cast<std::size_t>(d.a); }
  };
  std::unordered_set<Digest, DigestHash> digests_;
};

}  // namespace anonymiser
