// Numbers of agency records named by their kind ("job 8830", "pager 6612"),
// codes of digit and capital groups, links without "http" or "www.", public
// bodies' sites, and groups and pages named after their platform.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "well_formed.h"

namespace anonymiser::identifiers {
namespace {

using Spans = std::vector<std::string>;

// Every span the plugin finds in `text`, of any type.
Spans AllSpans(const std::string& text) {
  IdentifiersPlugin plugin;
  TextUnit unit;
  unit.text = text;
  std::vector<Mention> mentions;
  plugin.Find(unit, mentions);
  Spans out;
  for (const Mention& m : mentions) out.push_back(text.substr(m.begin, m.end - m.begin));
  return out;
}

TEST(RecordNumbers, AfterTheKindOfRecordWithoutNoOrRef) {
  EXPECT_EQ(SpansOfType("raised as job 8830 that evening", "CASE_REF"), Spans{"8830"});
  EXPECT_EQ(SpansOfType("Dr Amal Hussein (bleep 2290) reviewed", "CASE_REF"), Spans{"2290"});
  EXPECT_EQ(SpansOfType("the night porter's pager 6612 went", "CASE_REF"), Spans{"6612"});
  EXPECT_EQ(SpansOfType("Serial 0093 of 4 June refers", "CASE_REF"), Spans{"0093"});
  EXPECT_EQ(SpansOfType("a referral 31-0042 from the school", "CASE_REF"), Spans{"31-0042"});
  EXPECT_EQ(SpansOfType("recorded as intel 3390021.", "CASE_REF"), Spans{"3390021"});
  EXPECT_EQ(SpansOfType("Intelligence report 61/0093 said", "CASE_REF"), Spans{"61/0093"});
  EXPECT_EQ(SpansOfType("an incident report NW/22/00611 was", "CASE_REF"), Spans{"NW/22/00611"});
}

TEST(RecordNumbers, RecordWordsWithoutANumberAndOrdinaryProseStay) {
  for (const char* text :
       {"Staff log in to the portal each day.", "They had to bleep the on-call registrar.",
        "a section 47 enquiry began", "an order under the Children Act 1989 s.31",
        "an incident in 2019 was not reported", "the job took 2 hours",
        "the Annual Report 2019 said", "with 12 referrals in May"})
    EXPECT_EQ(AllSpans(text), Spans{}) << text;
}

TEST(RecordNumbers, ANumberThatCountsIsNoRecordsNumber) {
  // A record word that is also a noun, before a period, a unit or people.
  for (const char* text : {"the referral 120 days later", "to log 250 hours of practice",
                           "an incident 400 metres away", "a serial 300 times over"})
    EXPECT_EQ(SpansOfType(text, "CASE_REF"), Spans{}) << text;
  // Any other word after it leaves the number a reference.
  EXPECT_EQ(SpansOfType("Log 1874 records that", "CASE_REF"), Spans{"1874"});
  EXPECT_EQ(SpansOfType("referral 7702 children's services", "CASE_REF"), Spans{"7702"});
}

TEST(RecordNumbers, ACurrencyCodeThatIsAlsoALabelBeforeABareNumber) {
  // "CAD" is the police log (computer-aided dispatch) and the Canadian
  // dollar: a bare number that is not round is the log's.
  EXPECT_EQ(SpansOfType("see CAD 5531 of 9/6 for the call", "CASE_REF"), Spans{"5531"});
  EXPECT_EQ(SpansOfType("see CAD 5531 of 9/6 for the call", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("CAD 0871/26APR20, CRIS 5203417/20. DASH", "CASE_REF"),
            (Spans{"0871/26APR20", "5203417/20"}));
  EXPECT_EQ(SpansOfType("she was paid CAD 2,150 in May", "MONEY"), Spans{"CAD 2,150"});
  EXPECT_EQ(SpansOfType("a fine of CAD 7500 was", "MONEY"), Spans{"CAD 7500"});
  EXPECT_EQ(SpansOfType("a fine of USD 7531 was", "MONEY"), Spans{"USD 7531"});
}

TEST(GroupCodes, DigitsThenCapitalsOrLongDigitGroups) {
  std::vector<std::string> rules;
  EXPECT_EQ(SpansOfType("Hearing reference for Kai: SCRA 2021/KLM/00442.", "CASE_REF", &rules),
            Spans{"2021/KLM/00442"});
  // (The label "SCRA" takes it first.)
  EXPECT_EQ(rules, std::vector<std::string>{"labelled-reference"});
  rules.clear();
  EXPECT_EQ(SpansOfType("Hearing reference for Kai: 2021/KLM/00442.", "CASE_REF", &rules),
            Spans{"2021/KLM/00442"});
  EXPECT_EQ(rules, std::vector<std::string>{"group-code"});
  EXPECT_EQ(SpansOfType("filed as 19/TX/5520 on", "CASE_REF"), Spans{"19/TX/5520"});
  EXPECT_EQ(SpansOfType("code 17-TRX-3310 given", "CASE_REF"), Spans{"17-TRX-3310"});
  EXPECT_EQ(SpansOfType("and 45/88012/22 was closed", "CASE_REF"), Spans{"45/88012/22"});
  // Dates, runs of years and small figures are no codes.
  for (const char* text : {"on 11/11/2023 at", "in 2018/2019/2020 there", "24/7/365 cover",
                           "a 1/2/3 split", "2019-05-12 was", "the 12-A-3 form"})
    EXPECT_EQ(SpansOfType(text, "CASE_REF"), Spans{}) << text;
}

TEST(Links, PersonalPagesWithoutHttpOrWww) {
  std::vector<std::string> rules;
  EXPECT_EQ(SpansOfType("shared on her page (facebook.com/kerry.ann.77).", "URL", &rules),
            Spans{"facebook.com/kerry.ann.77"});
  EXPECT_EQ(rules, std::vector<std::string>{"url-no-scheme"});
  EXPECT_EQ(SpansOfType("videos at tiktok.com/@lilmo_09 and", "URL"),
            Spans{"tiktok.com/@lilmo_09"});
  EXPECT_EQ(SpansOfType("CV at LinkedIn.com/in/sam-o-brien-42, and", "URL"),
            Spans{"LinkedIn.com/in/sam-o-brien-42"});
  EXPECT_EQ(SpansOfType("an appeal, gofundme.com/f/help-for-ty-at-home!", "URL"),
            Spans{"gofundme.com/f/help-for-ty-at-home"});
  EXPECT_EQ(SpansOfType("the clip youtu.be/Xq3vB9 was", "URL"), Spans{"youtu.be/Xq3vB9"});
  // A platform named without a path, and abbreviations, are no links.
  for (const char* text : {"she left facebook.com in 2020", "e.g./i.e. both", "and/or the father",
                           "at 2 p.m./3 p.m. daily", "the file notes.docx/2"})
    EXPECT_EQ(SpansOfType(text, "URL"), Spans{}) << text;
  // An e-mail address is still one address.
  EXPECT_EQ(SpansOfType("wrote from kerry.ann77@example.com today", "EMAIL"),
            Spans{"kerry.ann77@example.com"});
}

TEST(Links, PublicBodiesSitesStay) {
  for (const char* text :
       {"guidance at www.gov.uk today", "see www.nspcc.org.uk.",
        "the council's page www.bristol.gov.uk/social-care/early-help",
        "https://www.gov.uk/government/publications/working-together, and",
        "hospital site www.uhb.nhs.uk", "a charity: barnardos.org.uk/get-support"})
    EXPECT_EQ(AllSpans(text), Spans{}) << text;
  // Other sites, and a school's (it says where a child is), are still links.
  EXPECT_EQ(SpansOfType("see www.ridgeprimary.bristol.sch.uk now", "URL"),
            Spans{"www.ridgeprimary.bristol.sch.uk"});
  EXPECT_EQ(SpansOfType("see www.kerrysbakes.co.uk now", "URL"), Spans{"www.kerrysbakes.co.uk"});
  // A housing association's or a local charity's org.uk site says who the
  // family deals with (only national charities' sites stay).
  EXPECT_EQ(SpansOfType("Tel: 0115 928 4410   www.trentvalehomes.org.uk Registered", "URL"),
            Spans{"www.trentvalehomes.org.uk"});
  EXPECT_EQ(SpansOfType("notice at https://www.trentvalehomes.org.uk/privacy.", "URL"),
            Spans{"https://www.trentvalehomes.org.uk/privacy"});
  EXPECT_EQ(SpansOfType("at http://notgov.uk.example.com/x", "URL"),
            Spans{"http://notgov.uk.example.com/x"});
}

TEST(PlatformGroups, NamedInQuotesOrAfterCalled) {
  std::vector<std::string> rules;
  EXPECT_EQ(SpansOfType("posted in the Facebook group: \"Dover Dads Together\" at", "SOCIAL_MEDIA",
                        &rules),
            Spans{"Dover Dads Together"});
  EXPECT_EQ(rules, std::vector<std::string>{"platform-group"});
  EXPECT_EQ(
      SpansOfType("a WhatsApp group chat \xE2\x80\x9CYear 6 Gang\xE2\x80\x9D with", "SOCIAL_MEDIA"),
      Spans{"Year 6 Gang"});
  EXPECT_EQ(SpansOfType("her Instagram account 'Mo's Nails' was", "SOCIAL_MEDIA"),
            Spans{"Mo's Nails"});
  EXPECT_EQ(
      SpansOfType("a Telegram channel called Friends of Elm Park & Hale, which", "SOCIAL_MEDIA"),
      Spans{"Friends of Elm Park & Hale"});
  EXPECT_EQ(SpansOfType("his Snapchat name \"rio\" was", "SOCIAL_MEDIA"), Spans{"rio"});
  EXPECT_EQ(SpansOfType("the Snapchat: rio.k_2008 showed", "SOCIAL_MEDIA"), Spans{"rio.k_2008"});
  // No quote, and no "called", "named" or ":": no name.
  for (const char* text : {"the WhatsApp group Mum set up", "the Facebook group was closed",
                           "a Facebook page: the page was", "on her Facebook page (see below)",
                           "He called it \"the Facebook group\" and said \"go away\" twice."})
    EXPECT_EQ(SpansOfType(text, "SOCIAL_MEDIA"), Spans{}) << text;
}

TEST(LabelBlocks, HospitalStaffAndPayrollNumbers) {
  const std::string block =
      "Hospital No: KXT7712093\nStaff number TR880142\nMRN 00733019\nPayroll no. 5518820\n";
  EXPECT_EQ(SpansOfType(block, "CASE_REF"),
            (Spans{"KXT7712093", "TR880142", "00733019", "5518820"}));
}

TEST(RecordNumbers, OddInputStaysWellFormed) {
  IdentifiersPlugin plugin;
  for (const char* text :
       {"CAD 1", "CAD 12", "job", "bleep 1", "a.b/", "facebook.com/", "x.com/@", "2022/AB/",
        "2022/ABCDEF/1234", "Facebook group \"", "Facebook group: \"a", "WhatsApp group called",
        "Instagram account '\xE2\x80\x99'", "www.gov.uk", "1/2/3/4/5/6/7/8/9"})
    ExpectWellFormedFind(plugin, text);
}

// Blind set 18: a register's capitals before numbers joined by slashes, and
// slashed groups after a letter-digit code.
TEST(RecordNumbers, CapitalsThenSlashedNumbers) {
  EXPECT_EQ(SpansOfType("holding number is CPH 14/302/0077.", "CASE_REF"),
            Spans{"CPH 14/302/0077"});
  EXPECT_EQ(SpansOfType("a shotgun certificate (SGC 06/114728) and", "CASE_REF"),
            Spans{"SGC 06/114728"});
  EXPECT_EQ(SpansOfType("certificate (R184522/24/31) issued", "CASE_REF"), Spans{"R184522/24/31"});
  // A labelling system stays; a date or a year and the next is none.
  EXPECT_EQ(SpansOfType("PNC 22/58812 (no letter)", "CASE_REF"), Spans{"22/58812"});
  EXPECT_EQ(SpansOfType("the NHS 2019/20 budget", "CASE_REF"), Spans{});
  EXPECT_EQ(SpansOfType("seen on TUE 03/04/2012 by", "CASE_REF"), Spans{});
}

}  // namespace
}  // namespace anonymiser::identifiers
