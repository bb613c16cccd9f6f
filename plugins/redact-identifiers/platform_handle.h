// Social media accounts named after their platform, written without an "@":
// "Instagram as dylprice.06", "Snapchat was smokey_mw1", "her TikTok is
// kez.p_2009", "username: jay_o7".
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::identifiers {

// When the word text[w, e) names a platform (Snapchat, Instagram, TikTok,
// Facebook, Twitter, YouTube, Discord, Telegram, WhatsApp) or is "username",
// "user name" or "handle", and an account name follows with at most "was",
// "is", "as", "account", "name", "called" or ":" between, returns the account
// name's end and sets *begin to its start; else 0. The account name is 3 to
// 30 letters, digits, "_" and "." with a letter and at least one digit, "_"
// or "." (so "Instagram as well" and "Facebook account was" are no
// accounts); a "." ending it ends the sentence. The identifier scanner calls
// this for every word it passes (the rule "platform-handle").
std::size_t PlatformHandleAfter(std::string_view text, std::size_t w, std::size_t e,
                                std::size_t* begin);

}  // namespace anonymiser::identifiers
