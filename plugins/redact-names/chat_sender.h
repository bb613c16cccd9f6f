// Senders of messages in chat exports: the name between a message's
// timestamp and its colon, whatever the words are ("Ghost", "Big Bro 💰").
#pragma once

#include <string_view>
#include <vector>

#include "anonymiser/mention.h"

namespace anonymiser::names {

// Appends to `out` a PERSON mention (rule "chat-sender", score 0.9) for the
// sender of every line of `text` written as a chat export writes a message:
//   [11/03/2023, 18:02:44] Big Bro 💰: yo          (WhatsApp on iOS)
//   12/03/2023, 11:40 - Ghost 👻: bringing him     (WhatsApp on Android)
//   12/03/2023 11:40 - Skinny: any1 want food
// The sender is one to five words before the first colon, within 60 bytes;
// emoji and symbols after it are left out of the mention. A sender written
// as a phone number (found as a phone), or as a word that names no one
// ("You", "Mum"), gives nothing; so does a line with no colon ("Ghost added
// Rosie").
void FindChatSenders(std::string_view text, std::vector<Mention>& out);

}  // namespace anonymiser::names
