// BlockList<T>: a sequence that grows in fixed-size blocks.
//
// A std::vector grows by copying into storage twice the size, briefly holding
// both: for a list of millions (the edits of a 200 MB file) that moment is
// the peak memory of the whole run. A BlockList keeps its first kBlock
// elements in one vector that grows as usual (so a short list costs what a
// vector does) and adds blocks of kBlock elements after that, never moving
// them again.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <utility>
#include <vector>

namespace anonymiser {

template <typename T>
class BlockList {
 public:
  static constexpr std::size_t kBlock = 4096;  // elements a block holds

  BlockList() = default;
  BlockList(std::initializer_list<T> items) {
    for (const T& item : items) push_back(item);
  }
  // A copy of `items`.
  explicit BlockList(const std::vector<T>& items) {
    for (const T& item : items) push_back(item);
  }

  // Appends `item`. Moves no element once size() has reached kBlock.
  void push_back(T item) {
    if (blocks_.empty() || blocks_.back().size() == kBlock) {
      blocks_.emplace_back();
      if (blocks_.size() > 1) blocks_.back().reserve(kBlock);
    }
    blocks_.back().push_back(std::move(item));
    ++size_;
  }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Element `i` (< size()).
  const T& operator[](std::size_t i) const { return blocks_[i / kBlock][i % kBlock]; }
  T& operator[](std::size_t i) { return blocks_[i / kBlock][i % kBlock]; }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    const_iterator() = default;
    const_iterator(const BlockList* list, std::size_t i) : list_(list), i_(i) {}
    reference operator*() const { return (*list_)[i_]; }
    pointer operator->() const { return &(*list_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++i_;
      return before;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) {
      return a.i_ == b.i_ && a.list_ == b.list_;
    }

   private:
    const BlockList* list_ = nullptr;
    std::size_t i_ = 0;
  };

  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size_); }

 private:
  std::vector<std::vector<T>> blocks_;
  std::size_t size_ = 0;
};

}  // namespace anonymiser
