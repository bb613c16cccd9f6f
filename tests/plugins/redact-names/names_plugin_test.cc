// Tests of the redact-names plugin on the forms of person names drafts use.
#include "names_plugin.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "anonymiser/error.h"
#include "test_support.h"

namespace anonymiser::names {
namespace {

using ::anonymiser::testing::SourceDir;
using ::anonymiser::testing::TempDir;
using ::anonymiser::testing::WriteFile;

class NamesPluginTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    plugin_ = new NamesPlugin();
    PluginContext context;
    context.dictionary_dir = SourceDir() / "dictionaries";
    plugin_->Configure(context);
  }
  static void TearDownTestSuite() {
    delete plugin_;
    plugin_ = nullptr;
  }

  // Mentions with a score at or above the default threshold.
  static std::vector<Mention> Find(const std::string& text) {
    TextUnit unit;
    unit.text = text;
    std::vector<Mention> all;
    plugin_->Find(unit, all);
    std::vector<Mention> kept;
    for (const Mention& m : all) {
      EXPECT_EQ(m.type, "PERSON");
      EXPECT_LE(m.begin, m.end);
      EXPECT_LE(m.end, text.size());
      EXPECT_GE(m.score, 0.0);
      EXPECT_LE(m.score, 1.0);
      EXPECT_FALSE(m.rule.empty());
      if (m.score >= 0.5) kept.push_back(m);
    }
    return kept;
  }

  // The texts of the kept spans, in order.
  static std::vector<std::string> Spans(const std::string& text) {
    std::vector<std::string> spans;
    for (const Mention& m : Find(text)) spans.push_back(text.substr(m.begin, m.end - m.begin));
    return spans;
  }

  static Mention Only(const std::string& text) {
    std::vector<Mention> found = Find(text);
    EXPECT_EQ(found.size(), 1u) << text;
    return found.empty() ? Mention{} : found.front();
  }

  static NamesPlugin* plugin_;
};

NamesPlugin* NamesPluginTest::plugin_ = nullptr;

using Strings = std::vector<std::string>;

TEST_F(NamesPluginTest, InfoAndTypes) {
  EXPECT_EQ(plugin_->info().name, "redact-names");
  EXPECT_EQ(plugin_->info().kind, PluginKind::kRedaction);
  ASSERT_EQ(plugin_->types().size(), 1u);
  EXPECT_EQ(plugin_->types()[0].name, "PERSON");
  EXPECT_EQ(plugin_->types()[0].treatment, Treatment::kEntity);
  EXPECT_EQ(plugin_->types()[0].style, "Person {L}");
}

TEST_F(NamesPluginTest, FullNameWithAttributes) {
  Mention m = Only("The report was written after Shannon Okafor moved house.");
  EXPECT_EQ(m.rule, "given+family");
  EXPECT_GE(m.score, 0.85);
  EXPECT_EQ(m.attributes["given"], "Shannon");
  EXPECT_EQ(m.attributes["family"], "Okafor");
}

TEST_F(NamesPluginTest, TitleAndSurnameSetsTitleAndGender) {
  const std::string text = "The social worker visited Ms Okafor at home.";
  Mention m = Only(text);
  EXPECT_EQ(text.substr(m.begin, m.end - m.begin), "Ms Okafor");
  EXPECT_EQ(m.rule, "title+surname");
  EXPECT_EQ(m.attributes["title"], "Ms");
  EXPECT_EQ(m.attributes["family"], "Okafor");
  EXPECT_EQ(m.attributes["gender"], "f");
  EXPECT_EQ(Only("Mr Brown said nothing.").attributes["gender"], "m");
}

TEST_F(NamesPluginTest, PoliceRanksAndOtherTitles) {
  EXPECT_EQ(Spans("The referral was taken by DC Jane Smith on the day."), Strings{"DC Jane Smith"});
  EXPECT_EQ(Spans("Later PC Ahmed and Sgt Williams arrived."),
            (Strings{"PC Ahmed", "Sgt Williams"}));
  EXPECT_EQ(Spans("A letter from Cllr Hughes was read."), Strings{"Cllr Hughes"});
  EXPECT_EQ(Spans("He was seen by Dr. Patel in clinic."), Strings{"Dr. Patel"});
  EXPECT_EQ(Spans("Detective Sergeant Morris took the call."),
            Strings{"Detective Sergeant Morris"});
}

TEST_F(NamesPluginTest, TwoCapitalsOnlyAFamilyListHasAreAnAcronymAlone) {
  EXPECT_EQ(Spans("Her NI number and the HO file were lost."), Strings{});
  EXPECT_EQ(Spans("Mr Ng and Li Wei came."), (Strings{"Mr Ng", "Li Wei"}));
}

TEST_F(NamesPluginTest, InitialsInMinutesAndActionLines) {
  EXPECT_EQ(Spans("Present: JS (Chair), CD (SW), Priya Nair. Apologies: EF, GP."),
            (Strings{"JS", "CD", "Priya Nair", "EF"}));
  EXPECT_EQ(Spans("Action: JS to write to the family by Friday."), Strings{"JS"});
  EXPECT_EQ(Spans("Actions: the YJS health worker and DA worker; KB to refer."), Strings{"KB"});
  // An O' name's initials keep the apostrophe: "BO'D" of Bridget O'Donnell.
  EXPECT_EQ(Spans("Present: BO'D (Chair), DO’N, O'Neill. Apologies: JO'C."),
            (Strings{"BO'D", "DO’N", "O'Neill", "JO'C"}));
  // Elsewhere two capitals are an acronym.
  EXPECT_EQ(Spans("The GP and HR agreed; JS was not told."), Strings{});
}

TEST_F(NamesPluginTest, InitialsInBracketsAfterAName) {
  // Minutes introduce people so, and then write only the initials.
  EXPECT_EQ(Spans("Hope Ramsay (HR) – Social Worker; DC Rhys Llewellyn (RL) – Police"),
            (Strings{"Hope Ramsay", "HR", "DC Rhys Llewellyn", "RL"}));
  EXPECT_EQ(Spans("Attending: Thu Trang Nguyen (TTN), Modern Slavery Lead"),
            (Strings{"Thu Trang Nguyen", "TTN"}));
  // Letters that are not the name's initials are a role or a body.
  EXPECT_EQ(Spans("Hope Ramsay (DSL) and Priya Nair (CAMHS) attended."),
            (Strings{"Hope Ramsay", "Priya Nair"}));
}

TEST_F(NamesPluginTest, InitialsInBracketsAfterAFamilyRole) {
  // Reviews name family members by role and initials.
  EXPECT_EQ(Spans("Father (KL) was present. Paternal grandmother (JT) and her partner (DB) came."),
            (Strings{"KL", "JT", "DB"}));
  // Acronyms of plans and bodies after a role, and initials after other words, are not.
  EXPECT_EQ(Spans("Mother (CP) was noted; his brother (YP) and the report (JT) were seen."),
            Strings{});
}

TEST_F(NamesPluginTest, AListOfNicknamesAndWhoTheyAre) {
  EXPECT_EQ(Spans("- \"Ghost\": Reece Flanagan-Oyelowo, who recruited boys."),
            (Strings{"Ghost", "Reece Flanagan-Oyelowo"}));
  EXPECT_EQ(Spans("\u2022 \u201cBigz\u201d or \u201cBig J\u201d \u2013 Jordan Carragher, 24"),
            (Strings{"Bigz", "Big J", "Jordan Carragher"}));
  // Not the report's own pseudonyms, nor words quoted inside a sentence.
  EXPECT_EQ(Spans("\"Child M\": the subject of this review, Kai Smith."), Strings{"Kai Smith"});
  EXPECT_EQ(Spans("He said \"Stop\": Kai Smith left."), Strings{"Kai Smith"});
}

TEST_F(NamesPluginTest, AKeyToInitials) {
  // A log's key: initials, a dash or colon, the name; the initials need not
  // spell the name, but start like it.
  EXPECT_EQ(Spans("INITIALS KEY\nJHW \u2013 Jane Hallworth, Designated Safeguarding Lead\n"
                  "RK: Rashid Khan, Head of Year 8\n"),
            (Strings{"JHW", "Jane Hallworth", "RK", "Rashid Khan"}));
  // Acronyms of roles, letters that do not start the name, and initials
  // that do not start the line are no key.
  EXPECT_EQ(
      Spans("DSL \u2013 Jane Hallworth\nXY \u2013 Jane Hallworth\nand AB \u2013 Jane Hallworth"),
      (Strings{"Jane Hallworth", "Jane Hallworth", "Jane Hallworth"}));
}

TEST_F(NamesPluginTest, ACoupleByTwoTitles) {
  EXPECT_EQ(Spans("foster carers Mr and Mrs Bello in the city"), Strings{"Mr and Mrs Bello"});
  EXPECT_EQ(Spans("Mr. & Mrs. Smith came."), Strings{"Mr. & Mrs. Smith"});
  // Two titles with no name after them are words about titles.
  EXPECT_EQ(Spans("The Mr and Mrs show."), Strings{});
}

TEST_F(NamesPluginTest, FamilyNamesThatAreNoNameAlone) {
  EXPECT_EQ(Spans("Rosemary Page, the council's lead, and her brother Patrick Ward agreed."),
            (Strings{"Rosemary Page", "Patrick Ward"}));
  // Alone they are the words of a document.
  EXPECT_EQ(Spans("See Page 4 and the Ward round notes."), Strings{});
  EXPECT_EQ(Spans("Agency authors: M. L. Chan (HV), R. Page (MW)."),
            (Strings{"M. L. Chan", "R. Page"}));
  EXPECT_EQ(Spans("See Appendix A. Page 5 lists them."), Strings{});
}

TEST_F(NamesPluginTest, MonthsThatAreGivenNamesInAName) {
  EXPECT_EQ(Spans("Mrs June Smith visited. April Jones came. Mrs May left. Auntie June helped."),
            (Strings{"Mrs June Smith", "April Jones", "Mrs May", "June"}));
  // "Sunday" too, before a surname that is no word; not after "on", "by" ...
  EXPECT_EQ(Spans("Sunday Okafor attended."), Strings{"Sunday Okafor"});
  EXPECT_EQ(Spans("Her brother Sunday Adeyemi came."), Strings{"Sunday Adeyemi"});
  EXPECT_EQ(Spans("On Sunday Okafor attended."), Strings{"Okafor"});
  EXPECT_EQ(Spans("The Sunday Times reported."), Strings{});
  EXPECT_EQ(Spans("By May the case was closed; in June and August nobody came."), Strings{});
  // Abbreviated months and weekdays are no names either, even in a date the
  // dates plugin refuses ("30-Feb-21"); "Jan" and "Thu" can be given names.
  EXPECT_EQ(Spans("Logged 30-Feb-21 and Weds 3 Sept; seen Tues, Thurs and Fri."), Strings{});
  EXPECT_EQ(Spans("Jan Nowak and Thu Trang Nguyen attended."),
            (Strings{"Jan Nowak", "Thu Trang Nguyen"}));
}

TEST_F(NamesPluginTest, ParticlesBeforeASurnameBelongToIt) {
  EXPECT_EQ(Spans("She met Maria de Souza, and de Souza agreed."),
            (Strings{"Maria de Souza", "de Souza"}));
  EXPECT_EQ(Spans("The van der Berg family moved."), Strings{"van der Berg"});
  // After a title too: the Welsh "ap" ("son of").
  EXPECT_EQ(Spans("Then Mr ap Iorwerth rang and Dr van der Merwe wrote."),
            (Strings{"Mr ap Iorwerth", "Dr van der Merwe"}));
  // "ferch" (daughter of), and "ap" before a father's given name without a title.
  EXPECT_EQ(Spans("Their mother, Angharad ferch Owain, and Ms ferch Owain's sister came."),
            (Strings{"Angharad ferch Owain", "Ms ferch Owain"}));
  EXPECT_EQ(Spans("The health visitor knew the ap Rhys family well."), Strings{"ap Rhys"});
  // Gaelic patronymics: the article after "Mac" or "Nic" and the word after
  // it, with its "t-" or "h-", are the name's.
  EXPECT_EQ(Spans("Caoimhe Nic a’ Bhàird and Seonaidh Mac an t-Saoir met."),
            (Strings{"Caoimhe Nic a’ Bhàird", "Seonaidh Mac an t-Saoir"}));
  // Irish h, t or n written on the capital after "Ó", "Ní" or an article.
  EXPECT_EQ(Spans("Present: Mr D. Ó hAnluain; Caoimhe Ní hÉigeartaigh and Dónal Mac an tSaoir."),
            (Strings{"Mr D. Ó hAnluain", "Caoimhe Ní hÉigeartaigh", "Dónal Mac an tSaoir"}));
  EXPECT_EQ(Spans("Calum Mac na h-Àirde rang."), Strings{"Calum Mac na h-Àirde"});
  EXPECT_EQ(Spans("Calum Mac an hour later rang."), Strings{"Calum Mac"});
}

TEST_F(NamesPluginTest, QuotedNicknameInsideAName) {
  EXPECT_EQ(Spans("William \"Bill\" Hargreaves (BH) chaired."),
            (Strings{"William", "Bill", "Hargreaves", "BH"}));
  EXPECT_EQ(Spans("Margaret \u2018Peggy\u2019 Lowe and Jim \u201cSonny\u201d Price came."),
            (Strings{"Margaret", "Peggy", "Lowe", "Jim", "Sonny", "Price"}));
  EXPECT_EQ(Spans("The 'Hope' project and the \"Staying Safe\" leaflet."), Strings{});
  // In quotes opening brackets after the name, alone or before an age.
  EXPECT_EQ(Spans("Filmon Haile (\"Flex\", 17) and Zak Ali (\"Moe Bandz\") came."),
            (Strings{"Filmon Haile", "Flex", "Zak Ali", "Moe Bandz"}));
  // Not the report's own roles and pseudonyms.
  EXPECT_EQ(Spans("Jane Smith (\"Mother\") and Dr Patel (\"The Author\") came."),
            (Strings{"Jane Smith", "Dr Patel"}));
}

TEST_F(NamesPluginTest, ArticlesAndJobTitlesAreNoNames) {
  // (Clare alone is a name here; the keep list keeps "Clare’s Law" whole.)
  EXPECT_EQ(Spans("A Clare\u2019s Law disclosure was made. I Smith agreed."),
            (Strings{"Clare", "Smith"}));
  EXPECT_EQ(Spans("The Tenancy Sustainment Officer and the Investigating Officer met."), Strings{});
  EXPECT_EQ(Spans("The visit by A. Clare was late."), Strings{"A. Clare"});
}

TEST_F(NamesPluginTest, RankWordsBeforeAJobAndJobNounsAfterAName) {
  EXPECT_EQ(Spans("The Chief Executive wrote to the Chief Coroner. Chief Inspector Jones replied."),
            Strings{"Chief Inspector Jones"});
  EXPECT_EQ(Spans("DC 4471 Jordan STERLING    Officer in the Case"), Strings{"Jordan STERLING"});
}

TEST_F(NamesPluginTest, PoliceStyleCapitalsAndJoinedParticles) {
  EXPECT_EQ(Spans("Email from Lucy VAN DER MERWE about it."), Strings{"Lucy VAN DER MERWE"});
  EXPECT_EQ(Spans("Email from Lucy MERWE about it."), Strings{"Lucy MERWE"});
  EXPECT_EQ(Spans("Imam Yusuf al-Amin noticed."), Strings{"Imam Yusuf al-Amin"});
  EXPECT_EQ(Spans("Sarah CAMHS referral"), Strings{"Sarah"});
}

TEST_F(NamesPluginTest, ANicknameInQuotesAfterKnownAs) {
  EXPECT_EQ(Spans("a young man known only as \"Storm\". He"), Strings{"Storm"});
  EXPECT_EQ(Spans("The Contact Centre Advisor and the Clerk replied."), Strings{});
}

// Chat exports: whoever sends a message is named between its timestamp and
// the colon, whatever the words are; emoji after the name are left out.
TEST_F(NamesPluginTest, SendersOfChatMessages) {
  EXPECT_EQ(Spans("[11/03/2023, 18:02:44] Big Bro \U0001F4B0: yo u good"), Strings{"Big Bro"});
  EXPECT_EQ(Spans("12/03/2023, 11:40 - Ghost \U0001F47B: bringing him\n"
                  "12/03/2023 19:02 - Skinny: any1 want food\n"
                  "1/4/23, 6:02 pm - Precious: ok"),
            (Strings{"Ghost", "Skinny", "Precious"}));
  // No colon, no one; a phone number or "You" names no one here.
  EXPECT_EQ(Spans("12/03/2023 11:41 - Messages and calls are end-to-end encrypted.\n"
                  "12/03/2023 11:42 - You: ok\n"
                  "[12/03/2023, 09:41:30] +44 7700 900461: hi\n"
                  "Meeting on 12/03/2023 11:40 - Agenda: items"),
            Strings{});
}

TEST_F(NamesPluginTest, WordsInQuotesThatANamingPhraseIntroduces) {
  EXPECT_EQ(Spans("Jamal Okonkwo, known as \"J-Boss\" or \"Boss\", travelled."),
            (Strings{"Jamal Okonkwo", "J-Boss", "Boss"}));
  EXPECT_EQ(Spans("a phone line known as the \"Benny line\" ran"), Strings{"Benny line"});
  EXPECT_EQ(Spans("Mr Nowicki (known as \"Bogs\") said that he called him \"Shaggy\"."),
            (Strings{"Mr Nowicki", "Bogs", "Shaggy"}));
  EXPECT_EQ(Spans("the nickname \u201cShaggy\u201d was used"), Strings{"Shaggy"});
  EXPECT_EQ(Spans("He was always 'Trouble'. He was our \u2018Little Bear\u2019."),
            (Strings{"Trouble", "Little Bear"}));
  EXPECT_EQ(Spans("Dylan himself was called \"Little D\" by them."),
            (Strings{"Dylan", "Little D"}));
  EXPECT_EQ(Spans("a man who he knew as \"JJ\" at the stop"), Strings{"JJ"});
  // A nickname in quotes after a name takes the names inside it along.
  EXPECT_EQ(Spans("His father is Thomas Tait (\"Big Tommo\"), who drinks."),
            (Strings{"Thomas Tait", "Big Tommo"}));
  // A form's label before the quote.
  EXPECT_EQ(Spans("Known as: \"Tiny\"    DOB: 04.02.2008"), Strings{"Tiny"});
  EXPECT_EQ(Spans("Nickname: 'Dee'. Street name: \u201cSkinny\u201d."), (Strings{"Dee", "Skinny"}));
  EXPECT_EQ(Spans("Status: \"Closed\" and Outcome: \"Substantiated\""), Strings{});
  // Things named in quotes, and weak phrases before lower-case words, are no one.
  EXPECT_EQ(Spans("a policy called \"Think Family\" and the \"Hope\" project"), Strings{});
  EXPECT_EQ(Spans("The programme is called \"Strengthening Families\"."), Strings{});
  EXPECT_EQ(Spans("she was always 'on the go' and our 'little helper'"), Strings{});
  EXPECT_EQ(Spans("He is referred to as \"Pupil B\" and will be known as 'Child K'."), Strings{});
  EXPECT_EQ(Spans("the man, known as \"the perpetrator\", and her, known as \"Mother\""),
            Strings{});
}

// Records systems write the surname first, then a comma and the given name.
TEST_F(NamesPluginTest, NamesWrittenSurnameFirst) {
  EXPECT_EQ(Spans("15:40    Wood, Alison (School Nurse)"), Strings{"Wood, Alison"});
  EXPECT_EQ(Spans("Name:             STOICA, Summer-Rose (Miss)"), Strings{"STOICA, Summer-Rose"});
  EXPECT_EQ(Spans("Printed by:  O'Neill B (Health Visitor)"), Strings{"O'Neill B"});
  EXPECT_EQ(Spans("Hussain, Shazia (HV) \u2013 0-19 Service"), Strings{"Hussain, Shazia"});
  // Not a town first, nor mid-sentence.
  EXPECT_EQ(Spans("Leeds, Bradford (Yorkshire) agreed."), Strings{"Bradford"});
}

// Places, codes and acronyms that the name lists also hold.
TEST_F(NamesPluginTest, TownsCodesAndAcronymsAreNoNames) {
  EXPECT_EQ(Spans("Staff at the hub in Bradford West and in Bradford East said."), Strings{});
  // A compass point before a nation or a listed place.
  EXPECT_EQ(Spans("Locum GPs working in North Wales and West Yorkshire should"), Strings{});
  EXPECT_EQ(Spans("NSPCC Cymru and Cyngor Gwynedd agreed."), Strings{});
  EXPECT_EQ(Spans("Address: 14 Rufford Avenue, Mansfield  NG19 0RT"), Strings{});
  EXPECT_EQ(Spans("HEALTH NEEDS RELATED TO SEN OR DISABILITY"), Strings{});
  // Nursing and police abbreviations are titles.
  EXPECT_EQ(Spans("Later SN Ainsworth recorded \"mobile\" and PS Khan agreed."),
            (Strings{"SN Ainsworth", "PS Khan"}));
}

TEST_F(NamesPluginTest, RanksCollarNumbersAndJobTitles) {
  // A collar number between the rank and the name; the name is the span.
  EXPECT_EQ(Spans("Attendees: DC 6127 Gurpreet Bains attended."), Strings{"Gurpreet Bains"});
  EXPECT_EQ(Spans("PC 2208 Jones attended."), Strings{"Jones"});
  // A full stop after a title that is a whole word ends the sentence.
  EXPECT_EQ(Spans("Referred to the Custody Sergeant. Custody was refused."), Strings{});
  EXPECT_EQ(Spans("The Investigating Officer. Crown Prosecution Service advised."), Strings{});
  EXPECT_EQ(Spans("Sgt. Reid arrived."), Strings{"Sgt. Reid"});
  // A service's acronym after a name is no part of it.
  EXPECT_EQ(Spans("Dr W. Zielinska GMC 7654319"), Strings{"Dr W. Zielinska"});
  // Ordinary-word titles before ordinary words: job titles.
  EXPECT_EQ(Spans("Private Sector Housing Manager. Advanced Nurse Practitioner."), Strings{});
  EXPECT_EQ(Spans("The SENCo said so."), Strings{});
  // A role made of an ordinary word and a title that is a job ("Staff
  // Nurse", "Charge Nurse", "Ward Sister") stays; the name after it is the span.
  EXPECT_EQ(Spans("Staff Nurse Gemma Royle saw her."), Strings{"Gemma Royle"});
  EXPECT_EQ(Spans("She told Charge Nurse Pinder and Ward Sister Anne Hope."),
            (Strings{"Pinder", "Anne Hope"}));
  // A title alone keeps its name's span whole.
  EXPECT_EQ(Spans("Sister Anne Hope was told."), Strings{"Sister Anne Hope"});
}

TEST_F(NamesPluginTest, AnAgeAfterAWordMakesItAName) {
  EXPECT_EQ(Spans("Brook, then 18 months, had missed two checks."), Strings{"Brook"});
}

TEST_F(NamesPluginTest, TwoCapitalsThatAreAGivenNameAmongLowerCaseWords) {
  EXPECT_EQ(Spans("She was conveyed to the Royal Hospital ED by ambulance."), Strings{});
  EXPECT_EQ(Spans("Seen in ED."), Strings{});
}

TEST_F(NamesPluginTest, KnownAsANickname) {
  EXPECT_EQ(Spans("Adult D, known as Dot, lived alone."), Strings{"Dot"});
  EXPECT_EQ(Spans("She was referred to as Bex by staff."), Strings{"Bex"});
  EXPECT_EQ(Spans("Her son visited on Sundays and Mondays."), Strings{});
}

TEST_F(NamesPluginTest, AKinshipWordUsedAsATitle) {
  EXPECT_EQ(Spans("They stayed with Nana Pat. Uncle Ray and Nan Rose did not."),
            (Strings{"Pat", "Ray", "Rose"}));
}

TEST_F(NamesPluginTest, ATitleAloneIsNoName) {
  EXPECT_EQ(Spans("Sgt 889 arrived. Then Cllr and PC spoke."), Strings{});
  EXPECT_EQ(Spans("Sgt Reid arrived. Sgt 889 left."), Strings{"Sgt Reid"});
}

TEST_F(NamesPluginTest, GivenNameAlone) {
  Mention m = Only("The nurse noticed that Shannon was quiet.");
  EXPECT_EQ(m.rule, "dictionary-given");
  EXPECT_EQ(m.attributes["given"], "Shannon");
}

TEST_F(NamesPluginTest, SurnameAloneAndNonEnglishNames) {
  EXPECT_EQ(Spans("The school contacted the Okafor family."), Strings{"Okafor"});
  EXPECT_EQ(Spans("Ms Nguyen attended the meeting."), Strings{"Ms Nguyen"});
  EXPECT_EQ(Spans("The interpreter for Siobhán was late."), Strings{"Siobhán"});
  EXPECT_EQ(Spans("They met Oluwaseun Adeyemi at the clinic."), Strings{"Oluwaseun Adeyemi"});
  EXPECT_EQ(Spans("The landlord, Zbigniew Wójcik, refused."), Strings{"Zbigniew Wójcik"});
  EXPECT_EQ(Spans("A neighbour, Mr Nguyen, called the police."), Strings{"Mr Nguyen"});
}

TEST_F(NamesPluginTest, FamilyNamesInThePlural) {
  EXPECT_EQ(Spans("The Okafors moved in 2019; the Smiths' flat was next door."),
            (Strings{"Okafors", "Smiths"}));
  // A known family name in the plural, even when the plural is a word.
  const auto found = Find("Mrs Wood said the Woods were fine.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].attributes.count("plural"), 1u);  // the linker joins it to Mrs Wood
  EXPECT_EQ(found[0].attributes.count("plural"), 0u);
}

TEST_F(NamesPluginTest, Initials) {
  EXPECT_EQ(Spans("The form was signed by J. Okafor yesterday."), Strings{"J. Okafor"});
  EXPECT_EQ(Spans("The form was signed by J Okafor yesterday."), Strings{"J Okafor"});
  EXPECT_EQ(Spans("Present: A. B. Patel, chair."), Strings{"A. B. Patel"});
  EXPECT_EQ(Spans("On 8 July 1994 L. R. (the husband) lodged a claim."), Strings{"L. R."});
  EXPECT_EQ(Spans("She moved to the U.K. in 2004. P.S. see below."), Strings{});
}

TEST_F(NamesPluginTest, HyphenatedAndDoubleBarrelled) {
  EXPECT_EQ(Spans("The health visitor saw Lily-Mae Okafor weekly."), Strings{"Lily-Mae Okafor"});
  EXPECT_EQ(Spans("Her teacher, Mrs Smith-Jones, raised a concern."), Strings{"Mrs Smith-Jones"});
  EXPECT_EQ(Spans("The records of Lily-Mae were incomplete."), Strings{"Lily-Mae"});
  // A family name that is also a word of a street ("Lane") in a
  // double-barrelled one: the name had been dropped whole.
  EXPECT_EQ(Spans("Signed by M. O'Connor-Lane, Head of Housing; Anna Connor-Lane chaired."),
            (Strings{"M. O'Connor-Lane", "Anna Connor-Lane"}));
  EXPECT_EQ(Spans("Her Mother-In-Law visited the Afro-Caribbean Drop-In."), Strings{});
}

TEST_F(NamesPluginTest, PrefixedNames) {
  EXPECT_EQ(Spans("The GP wrote to Mr O'Sullivan twice."), Strings{"Mr O'Sullivan"});
  EXPECT_EQ(Spans("A call from Kathleen O’Rourke was logged."), Strings{"Kathleen O’Rourke"});
  EXPECT_EQ(Spans("The officer spoke to Ian McAllister first."), Strings{"Ian McAllister"});
  EXPECT_EQ(Spans("The file names Maria de Souza as a carer."), Strings{"Maria de Souza"});
  EXPECT_EQ(Spans("The file names Pieter van der Berg too."), Strings{"Pieter van der Berg"});
}

TEST_F(NamesPluginTest, PossessiveStaysOutsideSpan) {
  EXPECT_EQ(Spans("The panel read Shannon's statement."), Strings{"Shannon"});
  EXPECT_EQ(Spans("The panel read Shannon’s statement."), Strings{"Shannon"});
  EXPECT_EQ(Spans("They went to Mr Okafor’s flat."), Strings{"Mr Okafor"});
}

TEST_F(NamesPluginTest, AllCapsHeading) {
  EXPECT_EQ(Spans("STATEMENT OF SHANNON OKAFOR\nShe said that"), Strings{"SHANNON OKAFOR"});
  EXPECT_EQ(Spans("CHILD SAFEGUARDING PRACTICE REVIEW\nThe NHS trust and CAMHS agreed."),
            Strings{});
}

TEST_F(NamesPluginTest, AllCapsHeadingWithFunctionWords) {
  EXPECT_EQ(Spans("REVIEW: JUNIOR LI AND MR NG"), (Strings{"JUNIOR LI", "MR NG"}));
  EXPECT_EQ(Spans("THE DEATH OF KAYDEN SMITH IN 2019"), Strings{"KAYDEN SMITH"});
}

TEST_F(NamesPluginTest, SentenceStart) {
  EXPECT_EQ(Spans("Shannon moved to a new school. Okafor was her surname."),
            (Strings{"Shannon", "Okafor"}));
  EXPECT_EQ(Spans("The meeting ended. Zainab Hussain then left."), Strings{"Zainab Hussain"});
  EXPECT_EQ(Spans("Following the meeting, nothing changed."), Strings{});
}

TEST_F(NamesPluginTest, NameSetOffByCommasAfterAKinshipWord) {
  // Ordinary words as names ("Nest", "Joy") and the whole name, not only its listed part.
  EXPECT_EQ(Spans("Her mother, Nest Bevan, told the Chair."), Strings{"Nest Bevan"});
  EXPECT_EQ(Spans("Her mother, Nest, told the Chair."), Strings{"Nest"});
  EXPECT_EQ(Spans("Her sister, Joy, was there."), Strings{"Joy"});
  EXPECT_EQ(Spans("Her brother, JB, said nothing."), Strings{"JB"});
  // Roles, pseudonyms, agencies and jobs are not relatives' names.
  EXPECT_EQ(Spans("His mother, the Nan, said so."), Strings{});
  EXPECT_EQ(Spans("Her mother, Social Services said, was not engaging."), Strings{});
  EXPECT_EQ(Spans("She lived with her mother, Grandmother and two siblings."), Strings{});
  EXPECT_EQ(Spans("Seen by the ward sister, Darton Ward, at 09:00."), Strings{});
}

TEST_F(NamesPluginTest, AGenerationAfterANameBelongsToIt) {
  EXPECT_EQ(Spans("Discussion with probation; Mr Robson Sr recalled."), Strings{"Mr Robson Sr"});
  EXPECT_EQ(Spans("Alan Robson Snr and Tyler Robson Jnr were present."),
            (Strings{"Alan Robson Snr", "Tyler Robson Jnr"}));
  // "Sr" before a name is a title (Sister).
  EXPECT_EQ(Spans("Sr Jones saw him."), Strings{"Sr Jones"});
}

TEST_F(NamesPluginTest, NameThatIsAlsoAWordNeedsContext) {
  // Ordinary uses.
  EXPECT_EQ(Spans("Will the agencies share information? We hope so."), Strings{});
  EXPECT_EQ(Spans("There was little Hope of change. Grace periods apply."), Strings{});
  EXPECT_EQ(Spans("Mark the date in June and note the rose garden."), Strings{});
  // Names by context.
  EXPECT_EQ(Spans("Her son Will started nursery."), Strings{"Will"});
  EXPECT_EQ(Spans("Grace said she was frightened."), Strings{"Grace"});
  EXPECT_EQ(Spans("Later, Grace, the mother, rang the school."), Strings{"Grace"});
  EXPECT_EQ(Spans("Rose told the teacher about the bruise."), Strings{"Rose"});
  EXPECT_EQ(Spans("Hope's father was not at home."), Strings{"Hope"});
  EXPECT_EQ(Spans("The children were Mark and Hope (sister)."), (Strings{"Mark", "Hope"}));
  // Two places joined are no context ("Leeds" is also a surname, "York" a given name).
  EXPECT_EQ(Spans("The Leeds and York Partnership NHS Foundation Trust replied."), Strings{});
  EXPECT_EQ(Spans("Summer was born in 2016. The GP saw Summer twice."),
            (Strings{"Summer", "Summer"}));
  EXPECT_EQ(Spans("Blessing, the maternal aunt, rang the school."), Strings{"Blessing"});
  EXPECT_EQ(Spans("Faith and Destiny (the twins) stayed with Nan."), (Strings{"Faith", "Destiny"}));
  EXPECT_EQ(Spans("In summer the family moved; Mum and Dad agreed."), Strings{});
  // With a neighbouring name or a title.
  EXPECT_EQ(Spans("The report mentions Mark Brown twice."), Strings{"Mark Brown"});
  EXPECT_EQ(Spans("The report mentions Mrs Grace twice."), Strings{"Mrs Grace"});
}

TEST_F(NamesPluginTest, OnceFoundAPartIsConfidentInTheUnit) {
  EXPECT_EQ(Spans("Grace Smith was born in 2010. Later Grace moved and Smith stayed."),
            (Strings{"Grace Smith", "Grace", "Smith"}));
  EXPECT_EQ(Spans("Her son Will was five. Will told the teacher. WILL cried."),
            (Strings{"Will", "Will", "WILL"}));
}

TEST_F(NamesPluginTest, KentTheCountyAndKentTheSurname) {
  EXPECT_EQ(Spans("The family moved to a flat in Kent last year."), Strings{});
  EXPECT_EQ(Spans("The family was visited by Mr Kent last year."), Strings{"Mr Kent"});
}

TEST_F(NamesPluginTest, RolesAndPseudonymsAreNotNames) {
  EXPECT_EQ(Spans("Child M lived with Mother and Father. Baby R was born in 2019."), Strings{});
  // A title with one letter may hide a real initial: weakly a person.
  EXPECT_EQ(Spans("The applicant married a Miss M in 1952."), Strings{"Miss M"});
  EXPECT_EQ(Spans("The Court held that Article 8 applied to the Government."), Strings{});
  EXPECT_EQ(Spans("An appeal to the Court of Cassation failed."), Strings{});
  EXPECT_EQ(Spans("The interpreter spoke Turkish and Kurdish."), Strings{});
}

TEST_F(NamesPluginTest, NameWordsInsideOtherProperNamesAreNotPersons) {
  EXPECT_EQ(Spans("She was taken to the Royal Haverleigh Hospital at night."), Strings{});
  EXPECT_EQ(Spans("She attended St Mary's Primary School."), Strings{});
  EXPECT_EQ(Spans("The Northshire Safeguarding Children Partnership met."), Strings{});
  EXPECT_EQ(Spans("Key Lines of Enquiry were agreed."), Strings{});
  EXPECT_EQ(Spans("Staff at Salford Royal saw the baby."), Strings{});
}

TEST_F(NamesPluginTest, SurnameThatIsAPlaceIsWeakAlone) {
  EXPECT_EQ(Spans("He moved from Leeds in 2020; Rochdale was cheaper."), Strings{});
  EXPECT_EQ(Spans("The letter was signed by Mr Leeds."), Strings{"Mr Leeds"});
}

TEST_F(NamesPluginTest, TheUkAndItsNationsAreNoPersonAlone) {
  EXPECT_EQ(Spans("The family moved to Britain in 2010, then to Great Britain."), Strings{});
  EXPECT_EQ(Spans("They lived in Scotland, then Wales, then Northern Ireland."), Strings{});
  // An ordinary word before a nation names a body ("Social Work England").
  EXPECT_EQ(Spans("registered with Social Work England since 2019; England is"), Strings{});
  // With a title or a given name they are surnames.
  EXPECT_EQ(Spans("Mr Wales met Sarah England and Dr Scotland."),
            (Strings{"Mr Wales", "Sarah England", "Dr Scotland"}));
}

TEST_F(NamesPluginTest, AGivenNameAndAnInitial) {
  EXPECT_EQ(Spans("On a near miss, Tommy W was about 1m away."), Strings{"Tommy W"});
  EXPECT_EQ(Spans("Donal \u2013 Sadia M from the council has been on."),
            (Strings{"Donal", "Sadia M"}));
  // Not a town before a postcode, nor an appendix.
  EXPECT_EQ(Spans("41 Fox Hill Crescent, SHEFFIELD S6 5DP"), Strings{"SHEFFIELD"});
  EXPECT_EQ(Spans("Appendix A shows it."), Strings{});
  // With the initial's full stop, which stays outside the span; a given name
  // that is a word too ("Sue") counts only so, and not starting a sentence.
  EXPECT_EQ(Spans("We saw Kyle B. yesterday."), Strings{"Kyle B"});
  EXPECT_EQ(Spans("Bernie and Sue A. will cover Tuesdays."), (Strings{"Bernie", "Sue A"}));
  EXPECT_EQ(Spans("Mark B and C are options."), Strings{});
  // Two dotted initials after a given name are hers, not a longer proper noun.
  EXPECT_EQ(Spans("Later, Maureen H.B. chaired the panel."), (Strings{"Maureen", "H.B."}));
}

// Blind set 17: a surname that is an ordinary word after a given name, and a
// letter's salutation.
TEST_F(NamesPluginTest, OrdinaryWordSurnamesAndSalutations) {
  EXPECT_EQ(Spans("Feedback from the social worker (Ellie Mutton) and the IRO."),
            Strings{"Ellie Mutton"});
  // A proper noun that goes on, or ends in a place's or a body's word, stays.
  EXPECT_EQ(Spans("They went to Victoria Station on foot."), Strings{});
  EXPECT_EQ(Spans("Ellie Mutton House is shut."), Strings{});
  // A word as common as "Local" is no surname: "Nisa Local" is a shop.
  EXPECT_EQ(Spans("four cans from the Nisa Local on Caunce Street"), Strings{});
  EXPECT_EQ(Spans("Dear Nick,\nThank you for your letter."), Strings{"Nick"});
  EXPECT_EQ(Spans("Ref: 12\nDear Grace\nThank you."), Strings{"Grace"});
  EXPECT_EQ(Spans("Dear Colleague,\nThanks"), Strings{});
  EXPECT_EQ(Spans("Oh dear Will was late."), Strings{});
}

TEST_F(NamesPluginTest, AFunctionWordStartingASentenceIsNoName) {
  EXPECT_EQ(Spans("Guidance (2016). In Wales the Panel met."), Strings{});
  EXPECT_EQ(Spans("4.2 In Darlington Mary-Kate and Johnny went to school."),
            (Strings{"Mary-Kate", "Johnny"}));
}

TEST_F(NamesPluginTest, OffsetsAreBytesOnCharacterBoundaries) {
  const std::string text = "Café visit: Zoë Wójcik’s report.";
  std::vector<Mention> found = Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "Zoë Wójcik");
}

TEST_F(NamesPluginTest, BadInputDoesNotCrash) {
  const std::string bad = std::string("Mr \xff\xfe Okafor \xc3") + std::string(1, '\0') + "Ms";
  TextUnit unit;
  unit.text = bad;
  std::vector<Mention> out;
  plugin_->Find(unit, out);
  for (const Mention& m : out) EXPECT_LE(m.end, bad.size());
  unit.text.clear();
  plugin_->Find(unit, out);
}

TEST(NamesPluginConfigTest, MissingDictionaryIsAConfigError) {
  TempDir dir;
  WriteFile(dir / "names" / "given-names.tsv", "Shannon\tf\n");
  NamesPlugin plugin;
  PluginContext context;
  context.dictionary_dir = dir.path();
  try {
    plugin.Configure(context);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConfig);
    EXPECT_NE(std::string(e.what()).find("given-names-extra.tsv"), std::string::npos) << e.what();
  }
}

TEST(NamesPluginConfigTest, UnconfiguredPluginFindsNothing) {
  NamesPlugin plugin;
  TextUnit unit;
  unit.text = "Shannon Okafor";
  std::vector<Mention> out;
  plugin.Find(unit, out);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace anonymiser::names
