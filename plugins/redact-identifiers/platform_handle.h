// Social media accounts and groups named after their platform, written
// without an "@": "Instagram as dylprice.06", "Snapchat was smokey_mw1", "her
// TikTok is kez.p_2009", "username: jay_o7", "the account named rio.k2",
// 'Facebook group: "Mums of Ward 9"'; and account names with an "_" alone in
// running text ("she messaged the_real_kez").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {

// An account or group name found after a platform's word.
struct PlatformName {
  std::size_t begin = 0;  // bytes of the text
  std::size_t end = 0;
  const char* rule = "";  // "platform-group", "platform-handle" or "underscore-handle"
};

// For each byte, a bit for each length (below 16) of the first word of the
// platforms and labels PlatformNameAfter knows that start with it, in either
// case; and for each first letter 'a'..'z', a bit for each of their second
// letters. Built from the list in platform_handle.cc.
extern const std::array<std::uint16_t, 256> kPlatformWordShapes;
extern const std::array<std::uint32_t, 26> kPlatformSecondLetters;

// False when the word text[w, e) surely starts no platform or label, judged
// by its first two letters and length: most words fail the first look-up.
inline bool MayBePlatformWord(std::string_view text, std::size_t w, std::size_t e) {
  const std::size_t len = e - w;
  if (len > 15 || !((kPlatformWordShapes[static_cast<unsigned char>(text[w])] >> len) & 1u))
    return false;
  const char first = Lower(text[w]), second = Lower(text[w + 1]);
  return IsLower(second) &&
         ((kPlatformSecondLetters[static_cast<std::size_t>(first - 'a')] >> (second - 'a')) & 1u);
}

// When the word text[w, e) names a platform (Snapchat, Instagram, TikTok,
// Facebook, Twitter, YouTube, Discord, Telegram, WhatsApp, Kik, Yubo, Roblox,
// Twitch, Reddit, Xbox, PSN, Skype, LinkedIn, Tumblr, OnlyFans, Omegle) or is
// a label, "username", "user name", "screen name", "gamertag", "handle",
// "account" or "profile", and a name follows, sets *out and returns true;
// else false. Tried in this order:
//  "platform-group": after a platform (not a label), one or
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
//    "account", "name", "called", "named", "handle" or ":" between: 3 to 30
//    letters, digits, "_" and "." with a letter and at least one digit, "_"
//    or "." (so "Instagram as well" and "Facebook account was" are no
//    accounts); a "." ending it ends the sentence. After "account" or
//    "profile", also ordinary words, three letters and a lower-case one:
//    "the account g1pton_x", "an account named storm.bfast"; not "account
//    AB123456" (a bank's: a reference), "a risk profile v2.1", "account e.g.".
// The identifier scanner calls this for every word it passes: most words
// are refused by their first letter and length.
bool PlatformNameAfter(std::string_view text, std::size_t w, std::size_t e, PlatformName* out);

// "underscore-handle": the token around the "_" at `u` is an account name
// standing alone ("she added dunny_x9 on", "(the_real_kez)"): 3 to 30
// letters, digits, "_" and "." (between letters or digits) with an "_"
// between two letters or digits and a lower-case letter. Ordinary words
// never hold an "_"; what else does stays:
//  - a file name, the part after its last "." a file type
//    ("case_notes_v2.docx", "LGB_minutes.pdf");
//  - a part of a link, path, e-mail address, hashtag or option: a "/", "",
//    "@", "#", "-", ":" or "." touching it ("/my_page", "jo_s@x.org",
//    "#stay_safe", "--dry_run");
//  - capitals and digits alone ("CP_PLAN", "ISO_9001");
//  - code: a "(", "[", "=" or "`" after it ("get_data()", "max_len=3"), or
//    a line with "{", "}", "`", "()", "==", "::", "->" or "=>";
//  - underscores that only underline or leave a blank ("Name: ____",
//    "_note_").
// Sets *out and returns true when it is one.
bool UnderscoreHandleAround(std::string_view text, std::size_t u, PlatformName* out);

}  // namespace anonymiser::identifiers
