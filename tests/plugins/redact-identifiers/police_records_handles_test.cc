// A person's police records ("PNC: 19/0047731B", "CRO 004417/98P"), DBS
// certificate numbers, and account names written without an "@": after
// "account", "profile" and more platforms, and alone when they hold an "_".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "well_formed.h"

namespace anonymiser::identifiers {
namespace {

using Spans = std::vector<std::string>;
using Rules = std::vector<std::string>;

TEST(PoliceRecords, PncCroAndAsnAfterTheirLabels) {
  Rules rules;
  EXPECT_EQ(SpansOfType("his PNC: 19/0047731B was checked", "CASE_REF", &rules),
            Spans{"19/0047731B"});
  EXPECT_EQ(SpansOfType("CRO 004417/98P on file", "CASE_REF", &rules), Spans{"004417/98P"});
  EXPECT_EQ(SpansOfType("PNCID 99/1234567Z.", "CASE_REF", &rules), Spans{"99/1234567Z"});
  EXPECT_EQ(SpansOfType("Police National Computer: 20/0099812K", "CASE_REF", &rules),
            Spans{"20/0099812K"});
  EXPECT_EQ(rules, (Rules{"labelled-reference", "labelled-reference", "labelled-reference",
                          "labelled-reference"}));
  // Forms of no other rule, found by the label alone.
  EXPECT_EQ(SpansOfType("charged, ASN 2300AB0100000123456Y, bailed", "CASE_REF"),
            Spans{"2300AB0100000123456Y"});
  EXPECT_EQ(SpansOfType("PNC 22/58812 (no letter)", "CASE_REF"), Spans{"22/58812"});
  // The label's word for "number" stays outside the span, as the label does.
  EXPECT_EQ(SpansOfType("PNC ID 17/301992M and", "CASE_REF"), Spans{"17/301992M"});
  EXPECT_EQ(SpansOfType("PNC No 17/301992M and", "CASE_REF"), Spans{"17/301992M"});
  // The labels without a number.
  for (const char* text : {"a PNC check was done that day", "PNC checks showed nothing",
                           "the CRO team 2 said", "an ASN was issued"})
    EXPECT_EQ(SpansOfType(text, "CASE_REF"), Spans{}) << text;
}

TEST(PoliceRecords, ThePncAndCroShapesWithoutALabel) {
  Rules rules;
  EXPECT_EQ(SpansOfType("his record (19/0047731B) showed", "CASE_REF", &rules),
            Spans{"19/0047731B"});
  EXPECT_EQ(SpansOfType("held under 004417/98P since", "CASE_REF", &rules), Spans{"004417/98P"});
  EXPECT_EQ(SpansOfType("see 03/61187Q there", "CASE_REF", &rules), Spans{"03/61187Q"});
  EXPECT_EQ(rules, (Rules{"police-record-number", "police-record-number", "police-record-number"}));
  // No check letter, a short serial, two letters or one digit: no such
  // number (an application number stays one).
  for (const char* text :
       {"flat 12/345A on", "in 24/0031877XY", "at 1/2345678A", "for 2019/123456A", "12/3456B"})
    EXPECT_EQ(SpansOfType(text, "CASE_REF"), Spans{}) << text;
  rules.clear();
  EXPECT_EQ(SpansOfType("application 40593/04 was", "CASE_REF", &rules), Spans{"40593/04"});
  EXPECT_EQ(rules, Rules{"application-number"});
}

TEST(DbsCertificates, TwelveDigitsAfterDbsOrCrb) {
  Rules rules;
  EXPECT_EQ(SpansOfType("DBS certificate 001987654321 issued", "CASE_REF", &rules),
            Spans{"001987654321"});
  EXPECT_EQ(SpansOfType("her DBS no. 0019 8765 4321.", "CASE_REF", &rules),
            Spans{"0019 8765 4321"});
  EXPECT_EQ(SpansOfType("CRB disclosure 0003-1122-3344 was", "CASE_REF", &rules),
            Spans{"0003-1122-3344"});
  EXPECT_EQ(
      SpansOfType("an Enhanced DBS check (certificate 0019 8765 4321) seen", "CASE_REF", &rules),
      Spans{"0019 8765 4321"});
  EXPECT_EQ(rules,
            (Rules{"dbs-certificate", "dbs-certificate", "dbs-certificate", "dbs-certificate"}));
  // "DBS" with a year or a phone number; eleven or thirteen digits; a number
  // far from "DBS" or on another line, or with a number between.
  for (const char* text :
       {"DBS checks were renewed in 2021", "the DBS 2019 guidance", "call the DBS on 0300 0200 190",
        "DBS certificate 0019 8765 432", "DBS certificate 0019 8765 43210",
        "The DBS check was completed by the office; ref 0019 8765 4321", "DBS\n0019 8765 4321",
        "DBS of 3 May, 0019 8765 4321"}) {
    rules.clear();
    SpansOfType(text, "CASE_REF", &rules);
    for (const std::string& rule : rules) EXPECT_NE(rule, "dbs-certificate") << text;
  }
  EXPECT_EQ(SpansOfType("call the DBS on 0300 0200 190", "PHONE"), Spans{"0300 0200 190"});
}

TEST(Ibans, CheckedOrLabelled) {
  Rules rules;
  EXPECT_EQ(SpansOfType("IBAN GB82 WEST 1234 5698 7654 32 is ours", "CASE_REF", &rules),
            Spans{"GB82 WEST 1234 5698 7654 32"});
  EXPECT_EQ(SpansOfType("pay GB82WEST12345698765432.", "CASE_REF", &rules),
            Spans{"GB82WEST12345698765432"});
  EXPECT_EQ(SpansOfType("to DE89 3704 0044 0532 0130 00 Many thanks", "CASE_REF", &rules),
            Spans{"DE89 3704 0044 0532 0130 00"});
  // A check digit wrong: only after the label.
  EXPECT_EQ(SpansOfType("IBAN: GB71 LOYD 3094 5721 7488 93  Many thanks", "CASE_REF", &rules),
            Spans{"GB71 LOYD 3094 5721 7488 93"});
  EXPECT_EQ(rules, (Rules{"iban", "iban", "iban", "iban-labelled"}));
  rules.clear();
  SpansOfType("see GB82 WEST 1234 5698 7654 33 here", "CASE_REF", &rules);
  for (const std::string& rule : rules) EXPECT_NE(rule.substr(0, 4), "iban");
}

TEST(PlatformHandles, AfterAccountProfileAndMorePlatforms) {
  Rules rules;
  EXPECT_EQ(SpansOfType("a message from the account k4t.rose_x said", "SOCIAL_MEDIA", &rules),
            Spans{"k4t.rose_x"});
  EXPECT_EQ(SpansOfType("an account named frosty.lad2 followed her", "SOCIAL_MEDIA", &rules),
            Spans{"frosty.lad2"});
  EXPECT_EQ(SpansOfType("his profile: bex_at_home.", "SOCIAL_MEDIA", &rules), Spans{"bex_at_home"});
  EXPECT_EQ(SpansOfType("added on Kik as lil.k4t and", "SOCIAL_MEDIA", &rules), Spans{"lil.k4t"});
  EXPECT_EQ(SpansOfType("his Xbox gamertag fr0sty99 was", "SOCIAL_MEDIA", &rules),
            Spans{"fr0sty99"});
  EXPECT_EQ(SpansOfType("Yubo: jazz.x09, Roblox as b1gtom07", "SOCIAL_MEDIA", &rules),
            (Spans{"jazz.x09", "b1gtom07"}));
  EXPECT_EQ(rules, Rules(7, "platform-handle"));
  // "account" and "profile" are also ordinary words: a bank's account
  // number stays a reference, a version or an abbreviation no account.
  EXPECT_EQ(SpansOfType("account AB123456 with Barclays", "CASE_REF"), Spans{"AB123456"});
  for (const char* text : {"account AB123456 with Barclays", "a risk profile v2.1 was agreed",
                           "the account e.g. shown", "the account was closed.", "his Xbox 360 was",
                           "a profile of 3.5 hours", "the account named in the letter"})
    EXPECT_EQ(SpansOfType(text, "SOCIAL_MEDIA"), Spans{}) << text;
}

TEST(UnderscoreHandles, AloneInRunningText) {
  Rules rules;
  EXPECT_EQ(SpansOfType("she then messaged the_real_kez about it", "SOCIAL_MEDIA", &rules),
            Spans{"the_real_kez"});
  EXPECT_EQ(SpansOfType("(jay_b4ll) and rosie_x\xE2\x80\x99s posts", "SOCIAL_MEDIA", &rules),
            (Spans{"jay_b4ll", "rosie_x"}));
  EXPECT_EQ(SpansOfType("contact from k.mcq_88.", "SOCIAL_MEDIA", &rules), Spans{"k.mcq_88"});
  EXPECT_EQ(SpansOfType("Friends list: \"Tia_Lou\", nan_2", "SOCIAL_MEDIA", &rules),
            (Spans{"Tia_Lou", "nan_2"}));
  EXPECT_EQ(rules, Rules(6, "underscore-handle"));
  // File names, links, paths, e-mail addresses, hashtags, options,
  // capitals, code, blanks and emphasis.
  for (const char* text :
       {"the file case_notes_v2.docx was sent", "see LGB_minutes.PDF", "at jo_smith@example.org",
        "www.example.com/my_page", "on example.zz/my_page", "C:\\Users\\jo_b\\notes", "#stay_safe",
        "run it with --dry_run", "a CP_PLAN and ISO_9001", "get_data() returns", "set max_len=3",
        "the `user_id` field", "{ first_name, last_name }", "if a == b then x_y", "x::y_z",
        "Name: ______ Signed: ____", "an _important_ point", "word_ and _word", "key_name:value"})
    EXPECT_EQ(SpansOfType(text, "SOCIAL_MEDIA"), Spans{}) << text;
  EXPECT_EQ(SpansOfType("at jo_smith@example.org", "EMAIL"), Spans{"jo_smith@example.org"});
  // Something found in its first part keeps its place.
  EXPECT_EQ(SpansOfType("NE23C01152_bundle", "CASE_REF"), Spans{"NE23C01152"});
  EXPECT_EQ(SpansOfType("NE23C01152_bundle", "SOCIAL_MEDIA"), Spans{});
}

TEST(PoliceRecordsAndHandles, OddInputStaysWellFormed) {
  IdentifiersPlugin plugin;
  for (const char* text : {"_",
                           "__",
                           "a_",
                           "_a",
                           "a_b",
                           "x_.docx",
                           "_.",
                           "a._b",
                           "a_b.",
                           "account",
                           "account ",
                           "account:",
                           "profile x",
                           "DBS",
                           "DBS 0",
                           "DBS 001234567890",
                           "CRB 0012 3456 789",
                           "PNC: 1/",
                           "24/1234567",
                           "24/1234567A",
                           "123456/19",
                           "______",
                           "x_y\xE2\x80",
                           "\xE2\x80\x99_x1",
                           "a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_q_r_s_t_u_v_w_x_y_z"})
    ExpectWellFormedFind(plugin, text);
}

}  // namespace
}  // namespace anonymiser::identifiers
