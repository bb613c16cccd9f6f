// A vehicle's make and model written next to its registration: "drives a
// white Ford Transit YR68 TNB", "black BMW 320d MW21 HKD", "a grey Mercedes
// A-Class, reg believed GK70 XZR", "KX19 ABC (silver Vauxhall Corsa)". With
// the registration it points at one household's car; a make named without a
// registration near it ("a Ford dealership") is left alone.
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::identifiers {

struct VehicleModel {
  std::size_t begin = 0;  // bytes of the text: the make and up to two words of its model
  std::size_t end = 0;
};

// True when a make (Ford, Vauxhall, BMW, Mercedes, Land Rover ...) starts at
// most 40 bytes before the registration that starts at `reg_begin`, on the
// same line and in the same sentence, and not before `floor`. `*model` is the
// make and the words of its model that follow it before the registration:
// each starts with a capital or a digit ("Transit", "320d", "A-Class"), and
// "reg", "VRM" or a registration's own letters end it.
bool VehicleModelBefore(std::string_view text, std::size_t reg_begin, std::size_t floor,
                        VehicleModel* model);

// The same for a make at most 12 bytes after a registration that ends at
// `reg_end`, after a space or a bracket ("KX19 ABC (silver Vauxhall Corsa)",
// "KX19 ABC, a Ford Fiesta").
bool VehicleModelAfter(std::string_view text, std::size_t reg_end, VehicleModel* model);

}  // namespace anonymiser::identifiers
