#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "check_digits.h"
#include "identifiers_plugin.h"
#include "well_formed.h"

namespace anonymiser::identifiers {
namespace {

struct Found {
  std::string text;
  std::string type;
  std::string rule;
  double score;
};

std::vector<Found> FindIn(const std::string& text) {
  IdentifiersPlugin plugin;
  TextUnit unit;
  unit.text = text;
  std::vector<Mention> mentions;
  plugin.Find(unit, mentions);
  std::vector<Found> out;
  for (const Mention& m : mentions)
    out.push_back({text.substr(m.begin, m.end - m.begin), m.type, m.rule, m.score});
  return out;
}

void ExpectOnly(const std::string& text, const std::string& span, const std::string& type,
                double min_score = 0.5) {
  const std::vector<Found> found = FindIn(text);
  ASSERT_EQ(found.size(), 1u) << text;
  EXPECT_EQ(found[0].text, span) << text;
  EXPECT_EQ(found[0].type, type) << text;
  EXPECT_GE(found[0].score, min_score) << text;
}

void ExpectNone(const std::string& text) {
  for (const Found& f : FindIn(text))
    EXPECT_LT(f.score, 0.5) << text << " -> " << f.type << " " << f.text;
}

TEST(CheckDigits, NhsModulus11) {
  EXPECT_TRUE(IsValidNhsNumber("9434765919"));
  EXPECT_FALSE(IsValidNhsNumber("9434765918"));
  EXPECT_TRUE(IsValidNhsNumber("4010232137"));
  EXPECT_FALSE(IsValidNhsNumber("123456789"));
  EXPECT_FALSE(IsValidNhsNumber("12345678x0"));
}

TEST(CheckDigits, NiPrefixes) {
  EXPECT_TRUE(IsValidNiPrefix("AB"));
  EXPECT_FALSE(IsValidNiPrefix("DA"));
  EXPECT_FALSE(IsValidNiPrefix("AO"));
  EXPECT_FALSE(IsValidNiPrefix("GB"));
  EXPECT_FALSE(IsValidNiPrefix("TN"));
  EXPECT_TRUE(IsValidNiPrefix("OA"));
}

TEST(FindIdentifiers, NhsNumbers) {
  ExpectOnly("Her NHS number is 943 476 5919.", "943 476 5919", "NHS_NUMBER", 0.9);
  ExpectOnly("Patient 9434765919 was seen", "9434765919", "NHS_NUMBER");
  ExpectOnly("id 943-476-5919 here", "943-476-5919", "NHS_NUMBER");
  // A failing check digit is still an NHS number when labelled, with a lower
  // score.
  const std::vector<Found> labelled = FindIn("NHS No: 943 476 5918");
  ASSERT_EQ(labelled.size(), 1u);
  EXPECT_EQ(labelled[0].type, "NHS_NUMBER");
  EXPECT_EQ(labelled[0].rule, "nhs-labelled");
  EXPECT_LT(labelled[0].score, 0.9);
  EXPECT_GE(labelled[0].score, 0.5);
  // Without the label, ten digits failing the check are not an NHS number;
  // grouped 3-3-4 as NHS numbers are written, they are one mistyped (or
  // labelled too far back), with a lower score still.
  for (const Found& f : FindIn("Count 9434765918.")) EXPECT_NE(f.type, "NHS_NUMBER");
  for (const char* text : {"NHS number for the health chronology: 622 301 5547; NI number",
                           "The number was 943-476-5918 then"}) {
    const std::vector<Found> grouped = FindIn(text);
    ASSERT_EQ(grouped.size(), 1u) << text;
    EXPECT_EQ(grouped[0].type, "NHS_NUMBER");
    EXPECT_EQ(grouped[0].rule, "nhs-grouping");
    EXPECT_GE(grouped[0].score, 0.5);
  }
  // A phone number's grouping starts with 0; mixed separators are no grouping.
  for (const Found& f : FindIn("Call 020 896 5331 today")) EXPECT_NE(f.type, "NHS_NUMBER");
  for (const Found& f : FindIn("Item 943 476-5918 here")) EXPECT_NE(f.rule, "nhs-grouping");
}

TEST(FindIdentifiers, NiNumbers) {
  ExpectOnly("NI number JG103759A.", "JG103759A", "NI_NUMBER");
  ExpectOnly("Her NINO is AB 12 34 56 C and", "AB 12 34 56 C", "NI_NUMBER");
  ExpectOnly("National Insurance: AB123456", "AB123456", "NI_NUMBER");
  // Letters the prefix rules exclude, or no suffix and no label: not an NI
  // number (still a code of letters and digits, so still redacted).
  for (const char* text : {"Example QQ123456C is not issued.", "Code DA123456C is not one.",
                           "Code GB123456A is not one.", "The code AB123456 alone."}) {
    const std::vector<Found> found = FindIn(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].type, "CASE_REF") << text;
    EXPECT_EQ(found[0].rule, "letter-digit-code") << text;
  }
  // After "NI number" a prefix HMRC does not issue is still taken (a typo or
  // its specimen number), with a lower score.
  ExpectOnly("NI number QQ 12 34 56 C)", "QQ 12 34 56 C", "NI_NUMBER");
}

TEST(FindIdentifiers, SocialMediaHandles) {
  ExpectOnly("the Snapchat handle @kezzap98 was", "@kezzap98", "SOCIAL_MEDIA");
  ExpectOnly("Instagram (@mia.rose.2019).", "@mia.rose.2019", "SOCIAL_MEDIA");
  ExpectOnly("e-mail jo@example.org now", "jo@example.org", "EMAIL");
  ExpectNone("Meet @ 10am at the @ sign");
  // Named after the platform, with no "@".
  ExpectOnly("and Instagram as dylprice.06. Then", "dylprice.06", "SOCIAL_MEDIA");
  ExpectOnly("Morgan's Snapchat was smokey_mw1.", "smokey_mw1", "SOCIAL_MEDIA");
  ExpectOnly("His TikTok username: kez.p_2009 was", "kez.p_2009", "SOCIAL_MEDIA");
  ExpectOnly("the Snapchat handle @kezzap98 was", "@kezzap98", "SOCIAL_MEDIA");
  ExpectNone("She uses Instagram as well. The Facebook account was deleted.");
}

TEST(FindIdentifiers, HealthAndPoliceNumbersByTheirLabels) {
  ExpectOnly("his CHI: 120375 4567 was", "120375 4567", "CASE_REF");
  ExpectOnly("MRN 4471923 on file", "4471923", "CASE_REF");
  ExpectOnly("The officer, call sign Delta 12, attended.", "Delta 12", "CASE_REF");
  ExpectNone("Delta 12 and Alpha 3 are teams.");
  ExpectOnly("Practice code: P81642.", "P81642", "CASE_REF");
  ExpectOnly("Via e-RS. UBRN 0004 7718 2265 URGENT", "0004 7718 2265", "CASE_REF");
  ExpectOnly("Partner GMC 7123846 cc.", "7123846", "CASE_REF");
  ExpectOnly("sort code given, acc 71093345, Clydesdale", "71093345", "CASE_REF");
  ExpectOnly("Closed to crime 14/48271/24.", "14/48271/24", "CASE_REF");
  // An account written "a/c" (only with its slash), a solicitor's DX box.
  ExpectOnly("Rent a/c RA 2201784-06   Tenancy start", "RA 2201784-06", "CASE_REF");
  ExpectOnly("Rent a/c 2201784-06 paid", "2201784-06", "CASE_REF");
  ExpectNone("I had a c 123456 thing.");
  // The Children's Reporter's number, a share code, an NMC PIN.
  ExpectOnly("for Callum is SCRA 20/06658 and", "20/06658", "CASE_REF");
  ExpectOnly("I checked the share code W7K-3RP-9TZ and", "W7K-3RP-9TZ", "CASE_REF");
  ExpectOnly("She registered (PIN 06H1174O).", "06H1174O", "CASE_REF");
  // A police log's number and date: "0987 14/09/22"; never a year before a date.
  ExpectOnly("| 15/09/22 | 0987 14/09/22 | Declined", "0987 14/09/22", "CASE_REF");
  ExpectOnly("Police log 1244 29/11/2022 refers", "1244 29/11/2022", "CASE_REF");
  for (const Found& f : FindIn("In 2019 14/09/22 was odd")) EXPECT_NE(f.rule, "log-number-date");
  ExpectOnly("Chambers, DX 16011 Halifax", "16011", "CASE_REF");
}

TEST(FindIdentifiers, Phones) {
  ExpectOnly("Call 07700 900123 now", "07700 900123", "PHONE");
  ExpectOnly("Mobile: 07700900123.", "07700900123", "PHONE");
  ExpectOnly("Ring +44 7700 900123 today", "+44 7700 900123", "PHONE");
  ExpectOnly("Ring +44 (0)20 7946 0000 today", "+44 (0)20 7946 0000", "PHONE");
  ExpectOnly("Office 020 7946 0000.", "020 7946 0000", "PHONE");
  ExpectOnly("Ring 0044 7700 900123 today", "0044 7700 900123", "PHONE");
  ExpectOnly("Office (0161) 496 0000.", "(0161) 496 0000", "PHONE");
  ExpectOnly("Office 01632 960000.", "01632 960000", "PHONE");
  ExpectOnly("Office 0161-496-0000.", "0161-496-0000", "PHONE");
  ExpectOnly("Freephone 0800 123 4567", "0800 123 4567", "PHONE");
  // Numbers abroad: a country code and two groups or more.
  ExpectOnly("giving his number as +61 8 9385 2214; this", "+61 8 9385 2214", "PHONE");
  ExpectOnly("or +1-202-555-0143.", "+1-202-555-0143", "PHONE");
  for (const char* text : {"Score +3 4 5 then", "a rise of +12 -3 6", "ratio +1 2 3 4 5 was"})
    ExpectNone(text);
  // In brackets that are not an area code's.
  ExpectOnly("her mobile number (07812 345678) was wrong", "07812 345678", "PHONE");
  ExpectOnly("(+44 7700 900124)", "+44 7700 900124", "PHONE");
  // Inside a longer run of digits it is not a phone number.
  for (const Found& f : FindIn("serial 077009001234567 end")) EXPECT_NE(f.type, "PHONE");
  for (const Found& f : FindIn("serial 12307700900123 end")) EXPECT_NE(f.type, "PHONE");
  ExpectNone("In 2014 there were 120 visits and 35 meetings.");
  // One digit too many, spaced like a phone number: a slip, still the number.
  ExpectOnly("rang the centre on 01782 496 0350 and", "01782 496 0350", "PHONE");
  ExpectOnly("Call 0800 123 4567 2 times", "0800 123 4567", "PHONE");
}

TEST(FindIdentifiers, EmailsAndUrls) {
  ExpectOnly("Write to jane.smith99@example.co.uk.", "jane.smith99@example.co.uk", "EMAIL");
  ExpectOnly("See https://www.example.org/report?id=4 (online).",
             "https://www.example.org/report?id=4", "URL");
  ExpectOnly("See www.example.org.", "www.example.org", "URL");
  ExpectNone("Meet @ noon");
  ExpectNone("a@b is no address");
}

TEST(FindIdentifiers, Postcodes) {
  ExpectOnly("lived at LS1 4AP with", "LS1 4AP", "POSTCODE");
  ExpectOnly("lived at SW1A 1AA with", "SW1A 1AA", "POSTCODE");
  ExpectOnly("lived at M1 1AE.", "M1 1AE", "POSTCODE");
  ExpectOnly("lived at B33 8TH.", "B33 8TH", "POSTCODE");
  ExpectOnly("lived at CR2 6XH.", "CR2 6XH", "POSTCODE");
  ExpectOnly("lived at DN55 1PT.", "DN55 1PT", "POSTCODE");
  ExpectOnly("lived at W1A 0AX.", "W1A 0AX", "POSTCODE");
  ExpectOnly("lived at EC1A1BB.", "EC1A1BB", "POSTCODE");
  ExpectOnly("Girobank GIR 0AA.", "GIR 0AA", "POSTCODE");
  ExpectOnly("postcode: ls1 4ap", "ls1 4ap", "POSTCODE");
  ExpectNone("lived at ls1 4ap with");
  ExpectNone("a QA1 1AA code");
  ExpectNone("Child M1 and A1 roads");
  // Part of a postcode ending an address after its town.
  ExpectOnly("41 Cavendish Street, Keighley, BD21 3. He", "BD21 3", "POSTCODE");
  ExpectOnly("27 Goldthorn Hill, Penn, WV2 3H. The", "WV2 3H", "POSTCODE");
  ExpectOnly("14 Ashbourne Close, Norris Green, L11. Dad", "L11", "POSTCODE");
  ExpectNone("the M6, M62 and A1 were closed; section 20, S47.");
}

TEST(FindIdentifiers, VehicleRegistrations) {
  ExpectOnly("driving AB12 CDE when", "AB12 CDE", "VEHICLE_REG");
  ExpectOnly("driving AB12CDE when", "AB12CDE", "VEHICLE_REG");
  ExpectOnly("vehicle registration A123 BCD was", "A123 BCD", "VEHICLE_REG");
  // Northern Ireland's format with no label: an area code holding I or Z; not before a year.
  ExpectOnly("Mr McCrory's van: SIL 4471 (for the pass)", "SIL 4471", "VEHICLE_REG");
  ExpectNone("the GIA 2019 report");
  ExpectOnly("car reg ABC 123D was", "ABC 123D", "VEHICLE_REG");
  ExpectNone("the A123 BCD road");
  ExpectOnly("a grey Golf, registration MKZ 4821, driven by", "MKZ 4821", "VEHICLE_REG");
  // Part of a plate, as a witness read it, after a label (VRM: the police's
  // Vehicle Registration Mark): the letters read are in the span too.
  ExpectOnly("A partial VRM YX19 B was noted.", "YX19 B", "VEHICLE_REG");
  ExpectOnly("the plate began YX19 BC, then", "YX19 BC", "VEHICLE_REG");
  ExpectNone("driving YX19 B when");
}

// A make and model written next to a registration, before or after it.
TEST(FindIdentifiers, VehicleMakeAndModelNextToARegistration) {
  auto pair = [](const std::string& text, const std::string& model, const std::string& reg) {
    const std::vector<Found> found = FindIn(text);
    ASSERT_EQ(found.size(), 2u) << text;
    const bool model_first = found[0].type == "VEHICLE";
    const Found& m = found[model_first ? 0 : 1];
    const Found& r = found[model_first ? 1 : 0];
    EXPECT_EQ(m.text, model) << text;
    EXPECT_EQ(m.type, "VEHICLE") << text;
    EXPECT_EQ(m.rule, "make-model-by-registration") << text;
    EXPECT_EQ(r.text, reg) << text;
    EXPECT_EQ(r.type, "VEHICLE_REG") << text;
  };
  pair("also drives white Ford Transit YR68 TNB (works van)", "Ford Transit", "YR68 TNB");
  pair("Drives black BMW 320d MW21 HKD.", "BMW 320d", "MW21 HKD");
  pair("an older male in a grey Mercedes A-Class, reg believed GK70 XZR", "Mercedes A-Class",
       "GK70 XZR");
  pair("later a white Ford Transit Connect, CU68 XKD, registered", "Ford Transit Connect",
       "CU68 XKD");
  pair("ANPR activation on GN62 XKT (silver Vauxhall Astra, registered keeper", "Vauxhall Astra",
       "GN62 XKT");
  pair("Vehicle: Land Rover Discovery YR68 TNB", "Land Rover Discovery", "YR68 TNB");
  // No registration near, or another sentence: the make stays.
  ExpectNone("a Ford dealership in Leeds");
  ExpectOnly("He sold the Ford Fiesta. On 3 May AB12 CDE was seen", "AB12 CDE", "VEHICLE_REG");
  ExpectOnly("The Fordham Road car AB12 CDE", "AB12 CDE", "VEHICLE_REG");
}

TEST(FindIdentifiers, References) {
  ExpectOnly("Ref: ABC/123/45 refers", "ABC/123/45", "CASE_REF");
  ExpectOnly("case no. 12345/19 was", "12345/19", "CASE_REF");
  ExpectOnly("application no. 40593/04 lodged", "40593/04", "CASE_REF");
  ExpectOnly("(no. 40593/04) lodged", "40593/04", "CASE_REF");
  ExpectOnly("Court ref (URN): 52ZA1188423     Address", "52ZA1188423", "CASE_REF");
  ExpectOnly("crime number CR/12345/20 was", "CR/12345/20", "CASE_REF");
  ExpectOnly("account 12345678 with", "12345678", "CASE_REF");
  ExpectOnly("sort code 12-34-56 and", "12-34-56", "CASE_REF");
  ExpectOnly("Our ref: SW-2019-00123.", "SW-2019-00123", "CASE_REF");
  ExpectOnly("judgment no. 2-1234/2003 of", "2-1234/2003", "CASE_REF");
  ExpectOnly("her UPN A123456789012 was", "A123456789012", "CASE_REF");
  ExpectOnly("hospital number: RXH123456.", "RXH123456", "CASE_REF");
  ExpectOnly("School URN 123456 said", "123456", "CASE_REF");
  ExpectOnly("passport 123456789 was", "123456789", "CASE_REF");
  ExpectNone("The M62 and A1 roads");
  ExpectOnly("Ref: 12/3456 of", "12/3456", "CASE_REF");
  const std::vector<Found> two = FindIn("Applications nos. 123/05 and 45678/05 were");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].text, "123/05");
  EXPECT_EQ(two[1].text, "45678/05");
  // A year then a number, as courts number their files, with its register
  // letter.
  ExpectOnly("the case (E. 1996/123) was", "E. 1996/123", "CASE_REF");
  ExpectOnly("the decision K.1997/45 was", "K.1997/45", "CASE_REF");
  ExpectOnly("file 2004/7 was closed", "2004/7", "CASE_REF");
  ExpectOnly("identity card no. AB 123456 was", "AB 123456", "CASE_REF");
  ExpectOnly("Incident log 0789 of that night", "0789", "CASE_REF");
  // A police officer's collar number after the rank.
  ExpectOnly("PC 4471 attended", "4471", "CASE_REF");
  ExpectOnly("PCSO 6021 saw him", "6021", "CASE_REF");
  ExpectOnly("DC 12345 took a statement", "12345", "CASE_REF");
  // Academic years and short numbers are not references.
  ExpectNone("In 2014/15 the service");
  ExpectNone("In 2014/2015 the service");
  ExpectNone("There were 12345 visits.");
  // Family court case numbers: capitals and digits alternating.
  ExpectOnly("granted at the Family Court, case NE23C01152.", "NE23C01152", "CASE_REF");
  ExpectNone("certified to ISO27001 during COVID19");
  // A collar number in brackets after a rank and a name.
  ExpectOnly("DS Gary McBride (1893) recorded it.", "1893", "CASE_REF");
  ExpectNone("Mr Gary McBride (1893) and the Act (1989)");
  // Numbers written in groups after a label; exhibits; extensions.
  ExpectOnly("a bill for account number CT 5083 1172, and", "CT 5083 1172", "CASE_REF");
  ExpectOnly("by recorded delivery, tracking number RB 4417 2290 6GB.", "RB 4417 2290 6GB",
             "CASE_REF");
  ExpectOnly("thermal images (Exhibit KAB/1).", "KAB/1", "CASE_REF");
  ExpectOnly("Direct line (ext 2614) for", "2614", "PHONE");
  ExpectNone("the reply was N/A and the text 2014/15");
  ExpectOnly("a rapid response vehicle, call sign Romeo 3307, crewed", "Romeo 3307", "CASE_REF");
}

TEST(FindIdentifiers, DatesOfBirth) {
  ExpectOnly("DOB 12/03/2014, seen", "12/03/2014", "DATE_OF_BIRTH");
  ExpectOnly("date of birth: 3 May 2014", "3 May 2014", "DATE_OF_BIRTH");
  ExpectOnly("D.O.B. 1st March 1990.", "1st March 1990", "DATE_OF_BIRTH");
  ExpectOnly("born on March 3, 1990 in", "March 3, 1990", "DATE_OF_BIRTH");
  ExpectNone("born into a large family");
}

TEST(FindIdentifiers, SeveralAndOrdered) {
  const std::vector<Found> found = FindIn(
      "Child M (NHS 943 476 5919, DOB 01/02/2013) lived at LS1 4AP; mum "
      "on 07700 900123.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].type, "NHS_NUMBER");
  EXPECT_EQ(found[1].type, "DATE_OF_BIRTH");
  EXPECT_EQ(found[2].type, "POSTCODE");
  EXPECT_EQ(found[3].type, "PHONE");
}

TEST(FindIdentifiers, NeverThrowsOnOddBytes) {
  IdentifiersPlugin plugin;
  TextUnit unit;
  for (int seed = 0; seed < 50; ++seed) {
    std::string junk;
    for (int i = 0; i < 512; ++i) {
      static const char kAlphabet[] = "0123456789 /-.()+@:AQZGIRdobNHS\xC2\xA3\n";
      junk.push_back(kAlphabet[(i * 7919 + seed * 104729) % (sizeof kAlphabet - 1)]);
    }
    ExpectWellFormedFind(plugin, junk);
  }
  for (const char* edge : {"+", "+44", "(0", "@", "x@", "@y.z", "DOB", "dob 1", "GIR", "NHS 1"}) {
    unit.text = edge;
    std::vector<Mention> out;
    EXPECT_NO_THROW(plugin.Find(unit, out)) << edge;
  }
}

}  // namespace
}  // namespace anonymiser::identifiers

namespace anonymiser::identifiers {
namespace {

// Ordinary words before a number ("May 2001", "Article 5") are passed
// without reading the label before them; the labelled forms still count.
TEST(FindIdentifiers, OrdinaryWordsBeforeNumbersAndLabelledForms) {
  ExpectNone("In May 2001, under Article 5 and Rule 39, the Court sat.");
  ExpectOnly("Postcode: gir 0aa", "gir 0aa", "POSTCODE");
  ExpectOnly("Postcode: Gir 0AA", "Gir 0AA", "POSTCODE");
  ExpectOnly("NI number: AB 12 34 56", "AB 12 34 56", "NI_NUMBER");
  ExpectOnly("Vehicle: ABC 123D", "ABC 123D", "VEHICLE_REG");
}

}  // namespace
}  // namespace anonymiser::identifiers
