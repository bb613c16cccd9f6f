// Social media accounts named after their platform, written without an "@":
// "Instagram as dylprice.06", "Snapchat was smokey_mw1", "her TikTok is
// kez.p_2009", "username: jay_o7".
#pragma once

#include <string_view>
#include <vector>

#include "anonymiser/mention.h"

namespace anonymiser::identifiers {

// Appends to `out` a SOCIAL_MEDIA mention (rule "platform-handle", score
// 0.85) for each account name that follows a platform's name (Snapchat,
// Instagram, TikTok, Facebook, Twitter, YouTube, Discord, Telegram, Kik,
// WhatsApp) or "username"/"handle"/"user name", with at most "was", "is",
// "as", "account", "name", "called" or ":" between. The account name is 3
// to 30 letters, digits, "_" and "." with a letter and at least one digit,
// "_" or "." (so "Instagram as well" and "Facebook account was" are no
// accounts); a "." ending it ends the sentence. Mentions are appended in
// text order; the caller sorts.
void FindPlatformHandles(std::string_view text, std::vector<Mention>& out);

}  // namespace anonymiser::identifiers
