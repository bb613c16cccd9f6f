// Social media accounts and groups named after their platform, written
// without an "@": "Instagram as dylprice.06", "Snapchat was smokey_mw1", "her
// TikTok is kez.p_2009", "username: jay_o7", 'Facebook group: "Mums of Ward
// 9"'.
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::identifiers {

// An account or group name found after a platform's word.
struct PlatformName {
  std::size_t begin = 0;  // bytes of the text
  std::size_t end = 0;
  const char* rule = "";  // "platform-group" or "platform-handle"
};

// When the word text[w, e) names a platform (Snapchat, Instagram, TikTok,
// Facebook, Twitter, YouTube, Discord, Telegram, WhatsApp) or is "username",
// "user name" or "handle", and a name follows, sets *out and returns true;
// else false. Tried in this order:
//  "platform-group": after a platform (not "username" or "handle"), one or
//    two of "group", "page", "chat", "channel", "server", "community",
//    "account", "profile", "name", "username", "handle", then the text
//    inside quotes (straight or curly, 2
//    to 80 bytes on one line, with a letter): 'Facebook group: "Mums of Ward
//    9"'; or, after "called", "named", "titled" or ":", a run of up to eight
//    capitalised words or numbers with "of", "the", "and", "for", "in", "on",
//    "&" between them ("a WhatsApp group called Year 6 Parents, which"). A
//    capitalised word straight after "group" is no name ("the WhatsApp group
//    Mum set up").
//  "platform-handle": an account name with at most "was", "is", "as",
//    "account", "name", "called" or ":" between: 3 to 30 letters, digits, "_"
//    and "." with a letter and at least one digit, "_" or "." (so "Instagram
//    as well" and "Facebook account was" are no accounts); a "." ending it
//    ends the sentence.
// The identifier scanner calls this for every word it passes: most words
// are refused by their first letter and length.
bool PlatformNameAfter(std::string_view text, std::size_t w, std::size_t e, PlatformName* out);

}  // namespace anonymiser::identifiers
