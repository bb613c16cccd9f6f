// Tests of the redact-places plugin: places, addresses, institutions, businesses.
#include "places_plugin.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "anonymiser/error.h"
#include "test_support.h"

namespace anonymiser::places {
namespace {

using ::anonymiser::testing::SourceDir;
using ::anonymiser::testing::TempDir;
using ::anonymiser::testing::WriteFile;

class PlacesPluginTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    plugin_ = new PlacesPlugin();
    PluginContext context;
    context.dictionary_dir = SourceDir() / "dictionaries";
    plugin_->Configure(context);
  }
  static void TearDownTestSuite() {
    delete plugin_;
    plugin_ = nullptr;
  }

  // "TYPE:span" for every mention at or above the default threshold, in order.
  static std::vector<std::string> Spans(const std::string& text) {
    TextUnit unit;
    unit.text = text;
    std::vector<Mention> all;
    plugin_->Find(unit, all);
    std::vector<std::string> spans;
    for (const Mention& m : all) {
      EXPECT_LE(m.begin, m.end);
      EXPECT_LE(m.end, text.size());
      EXPECT_FALSE(m.rule.empty());
      EXPECT_GE(m.score, 0.0);
      EXPECT_LE(m.score, 1.0);
      if (m.score >= 0.5) spans.push_back(m.type + ":" + text.substr(m.begin, m.end - m.begin));
    }
    return spans;
  }

  // The attribute `key` of the first mention in `text` that has it, or "(none)".
  static std::string AttributeOf(const std::string& text, const std::string& key) {
    TextUnit unit;
    unit.text = text;
    std::vector<Mention> all;
    plugin_->Find(unit, all);
    for (const Mention& m : all)
      if (auto s = m.attributes.find(key); s != m.attributes.end()) return s->second;
    return "(none)";
  }

  static PlacesPlugin* plugin_;
};

PlacesPlugin* PlacesPluginTest::plugin_ = nullptr;

using Strings = std::vector<std::string>;

TEST_F(PlacesPluginTest, InfoAndTypes) {
  EXPECT_EQ(plugin_->info().name, "redact-places");
  std::vector<std::string> names;
  for (const TypeInfo& t : plugin_->types()) names.push_back(t.name + "=" + t.style);
  EXPECT_EQ(names,
            (Strings{"PLACE=Town {L}", "ADDRESS=[address]", "SCHOOL=School {L}",
                     "GP_PRACTICE=GP Practice {L}", "HOSPITAL=Hospital {L}", "NURSERY=Nursery {L}",
                     "CARE_HOME=Care Home {L}", "ORGANISATION=Organisation {L}"}));
}

TEST_F(PlacesPluginTest, TownsCitiesAndCounties) {
  EXPECT_EQ(Spans("The family lived in Rochdale before moving."), Strings{"PLACE:Rochdale"});
  EXPECT_EQ(Spans("They later settled near Milton Keynes."), Strings{"PLACE:Milton Keynes"});
  EXPECT_EQ(Spans("Her aunt lives in Stoke-on-Trent."), Strings{"PLACE:Stoke-on-Trent"});
  EXPECT_EQ(Spans("Services across West Sussex were stretched."), Strings{"PLACE:West Sussex"});
  EXPECT_EQ(Spans("Manchester was where they met."), Strings{"PLACE:Manchester"});
}

TEST_F(PlacesPluginTest, PlaceThatIsACommonWordNeedsContext) {
  EXPECT_EQ(Spans("The family moved to Bath in 2015."), Strings{"PLACE:Bath"});
  EXPECT_EQ(Spans("The baby was left alone in the bath."), Strings{});
  EXPECT_EQ(Spans("Reading the file, the panel noted gaps."), Strings{});
  EXPECT_EQ(Spans("The family came from Reading originally."), Strings{"PLACE:Reading"});
}

TEST_F(PlacesPluginTest, KentTheCountyAndKentTheSurname) {
  EXPECT_EQ(Spans("The family moved to a flat in Kent last year."), Strings{"PLACE:Kent"});
  EXPECT_EQ(Spans("The family was visited by Mr Kent last year."), Strings{});
  // A UK public body named after a place is no mention here (the keep span of
  // protect-public-bodies keeps it); one named otherwise is an organisation.
  EXPECT_EQ(Spans("Kent Police were called."), Strings{});
  EXPECT_EQ(Spans("Birmingham and Solihull Mental Health NHS Foundation Trust agreed."), Strings{});
  EXPECT_EQ(Spans("Haverleigh CAMHS and Leeds Health Visiting Service met."), Strings{});
  EXPECT_EQ(Spans("Haverleigh Youth Court and Northshire Probation Service agreed."), Strings{});
}

TEST_F(PlacesPluginTest, UnknownPlaceAfterPreposition) {
  EXPECT_EQ(Spans("The father had moved to Kirkby-in-Furness with a friend."),
            Strings{"PLACE:Kirkby-in-Furness"});
  EXPECT_EQ(Spans("She grew up in Little Snoringham."), Strings{"PLACE:Little Snoringham"});
  EXPECT_EQ(Spans("The hearing took place in Court."), Strings{});
  EXPECT_EQ(Spans("The visit happened in March."), Strings{});
}

TEST_F(PlacesPluginTest, Countries) {
  EXPECT_EQ(Spans("The mother arrived from Nigeria in 2012."), Strings{"PLACE:Nigeria"});
  EXPECT_EQ(Spans("Guidance in England says otherwise."), Strings{});
  EXPECT_EQ(Spans("His brother still lives in Punjab; Bavaria was never mentioned."),
            (Strings{"PLACE:Punjab", "PLACE:Bavaria"}));
}

TEST_F(PlacesPluginTest, Addresses) {
  EXPECT_EQ(Spans("Police attended 12 Acacia Avenue that night."),
            Strings{"ADDRESS:12 Acacia Avenue"});
  EXPECT_EQ(Spans("The flat at 4a Church Road was cold."), Strings{"ADDRESS:4a Church Road"});
  EXPECT_EQ(Spans("They stayed at 42 Hollybush Close. Then 7 Mill Rd. flooded."),
            (Strings{"ADDRESS:42 Hollybush Close", "ADDRESS:7 Mill Rd."}));
  EXPECT_EQ(Spans("They lived at Flat 3, Rosewood Court with the baby."),
            Strings{"ADDRESS:Flat 3, Rosewood Court"});
  EXPECT_EQ(Spans("They moved to Flat 3, 12 Mill Lane in May."),
            Strings{"ADDRESS:Flat 3, 12 Mill Lane"});
  EXPECT_EQ(Spans("The grandparents live at Rose Cottage with a dog."),
            Strings{"ADDRESS:Rose Cottage"});
  EXPECT_EQ(Spans("She moved to Lantern House in spring; the manager of Meridian House said"),
            (Strings{"ADDRESS:Lantern House", "ADDRESS:Meridian House"}));
  EXPECT_EQ(Spans("The house on Wellington Street had no heating."),
            Strings{"ADDRESS:Wellington Street"});
  EXPECT_EQ(Spans("The case went to the Crown Court and the High Court."), Strings{});
  EXPECT_EQ(Spans("The Istanbul Assize Court and Ankara Civil Court disagreed."),
            (Strings{"ORGANISATION:Istanbul Assize Court", "ORGANISATION:Ankara Civil Court"}));
  // The town after an address, but not the postcode glued to it.
  EXPECT_EQ(Spans("They lived at 17 Mill Lane, Haverleigh HV3 7QP."),
            (Strings{"ADDRESS:17 Mill Lane", "PLACE:Haverleigh"}));
  // A flat's number alone is still the address; a meeting room's is not.
  EXPECT_EQ(Spans("Mrs Brook of Flat 9, noticed the silence."), Strings{"ADDRESS:Flat 9"});
  EXPECT_EQ(Spans("A neighbour at Flat 5 reports shouting."), Strings{"ADDRESS:Flat 5"});
  EXPECT_EQ(Spans("They met in Room 4 of the hospital."), Strings{});
  // A town named like a word where its postcode follows; Scottish flats;
  // the Welsh article in a street's name.
  EXPECT_EQ(Spans("at 22 Leigh Road, Street, BA16 0HA, rented"),
            (Strings{"ADDRESS:22 Leigh Road", "PLACE:Street"}));
  EXPECT_EQ(Spans("at 9 Creek Road, March, PE15 8RQ. Then"),
            (Strings{"ADDRESS:9 Creek Road", "PLACE:March"}));
  EXPECT_EQ(Spans("Licence address 4/2, 61 Dumbarton Road, then"),
            Strings{"ADDRESS:4/2, 61 Dumbarton Road"});
  EXPECT_EQ(Spans("She lives at 37 Harnall Lane East with him."),
            Strings{"ADDRESS:37 Harnall Lane East"});
  // A compass word before a place is the place's.
  EXPECT_EQ(Spans("a drug line into South Cumbria and East Lancashire."),
            (Strings{"PLACE:South Cumbria", "PLACE:East Lancashire"}));
  // Without a number too, but not before a place ("Mill Road West Yorkshire").
  EXPECT_EQ(Spans("the mosque on Newhampton Road East. The family"),
            Strings{"ADDRESS:Newhampton Road East"});
  EXPECT_EQ(Spans("seen on the A61 Penistone Road northbound"),
            Strings{"ADDRESS:A61 Penistone Road"});
  EXPECT_EQ(Spans("She lived off the A141 near the roundabout; the M62 westbound."),
            (Strings{"PLACE:A141", "PLACE:M62"}));
  EXPECT_EQ(Spans("Take the A4 paper and the B12 tablets."), Strings{});
  EXPECT_EQ(Spans("Westborough Infant and Nursery School and St Saviour's C of E Primary School."),
            (Strings{"SCHOOL:Westborough Infant and Nursery School",
                     "SCHOOL:St Saviour's C of E Primary School"}));
  EXPECT_EQ(Spans("The family lived at Flat 2/1, 27 Westburn Grove, Edinburgh EH14 2SD."),
            (Strings{"ADDRESS:Flat 2/1, 27 Westburn Grove", "PLACE:Edinburgh"}));
  EXPECT_EQ(Spans("her home at 14 Heol y Felin, Ystradgynlais, SA9 1LP, giving"),
            (Strings{"ADDRESS:14 Heol y Felin", "PLACE:Ystradgynlais"}));
  // Street words in a row belong to one street.
  EXPECT_EQ(Spans("They lived at 14 Lee Mount Road until May."),
            Strings{"ADDRESS:14 Lee Mount Road"});
  EXPECT_EQ(
      Spans("Flat 42, Lancaster House, Ferrier Rise Estate, London SE18 4QT"),
      (Strings{"ADDRESS:Flat 42, Lancaster House", "ADDRESS:Ferrier Rise Estate", "PLACE:London"}));
  EXPECT_EQ(Spans("Unit 4, Riverside Business Park, Gloucester"),
            (Strings{"ADDRESS:Unit 4", "ADDRESS:Riverside Business Park", "PLACE:Gloucester"}));
  // A street with no street word, known by the postcode ending its line.
  EXPECT_EQ(Spans("a flat at 14 Bryn Awelon, Coleshill Estate, Flint CH6 5QN."),
            (Strings{"ADDRESS:14 Bryn Awelon, Coleshill Estate", "PLACE:Flint"}));
  EXPECT_EQ(Spans("She had 3 Weetabix, then left for Flint."), Strings{"PLACE:Flint"});
  // The parts before a postcode, back to a label or a word of prose; a
  // letter's address block above it, back to a title, a role or a blank line.
  EXPECT_EQ(Spans("Home address: The Old Forge, Church Lane, Winford, BS40 8DR"),
            (Strings{"ADDRESS:The Old Forge", "ADDRESS:Church Lane", "PLACE:Winford"}));
  EXPECT_EQ(Spans("It went to Rose Villa, Mill Street, Hatherleigh, EX20 3JA."),
            (Strings{"ADDRESS:Rose Villa", "ADDRESS:Mill Street", "PLACE:Hatherleigh"}));
  EXPECT_EQ(Spans("PRIVATE AND CONFIDENTIAL\nMr B Ward\nThe Old Forge\nChurch Lane\n"
                  "Winford\nBS40 8DR\n\nDear Mr Ward"),
            (Strings{"ADDRESS:The Old Forge", "ADDRESS:Church Lane", "PLACE:Winford"}));
  EXPECT_EQ(Spans("Yours sincerely\n\nHR Manager\nTaigh na Mara\nBS1 6DZ"),
            Strings{"PLACE:Taigh na Mara"});
  EXPECT_EQ(Spans("Children's Services\nMerrion House\nLS2 8BB"), Strings{"ADDRESS:Merrion House"});
  EXPECT_EQ(Spans("She said it was near the station, BS1 4DJ and quiet."), Strings{});
  // A comma alone on the line above the postcode, at the text's start.
  EXPECT_EQ(Spans(",\nBS40 8DR"), Strings{});
  EXPECT_EQ(Spans("\n,\nBS40 8DR\n"), Strings{});
  // Estates and parks of businesses.
  EXPECT_EQ(Spans("He works on Pallion Industrial Estate and near Team Valley Trading Estate."),
            (Strings{"ADDRESS:Pallion Industrial Estate", "ADDRESS:Team Valley Trading Estate"}));
}

TEST_F(PlacesPluginTest, SchoolsPracticesHospitalsNurseries) {
  EXPECT_EQ(Spans("She attended St Mary's Primary School until Year 4."),
            Strings{"SCHOOL:St Mary's Primary School"});
  EXPECT_EQ(Spans("He was registered at Riverside Surgery."),
            Strings{"GP_PRACTICE:Riverside Surgery"});
  EXPECT_EQ(Spans("The baby was taken to the Royal Albert Hospital."),
            Strings{"HOSPITAL:Royal Albert Hospital"});
  EXPECT_EQ(Spans("Little Acorns Day Nursery raised a concern."),
            Strings{"NURSERY:Little Acorns Day Nursery"});
  EXPECT_EQ(Spans("Oakwood Medical Centre saw her twice."),
            Strings{"GP_PRACTICE:Oakwood Medical Centre"});
  EXPECT_EQ(Spans("He moved from Oakfield Primary to Haverleigh High in 2019."),
            (Strings{"SCHOOL:Oakfield Primary", "SCHOOL:Haverleigh High"}));
  EXPECT_EQ(Spans("The Haverleigh High Street shops and the High Court."),
            Strings{"ADDRESS:Haverleigh High Street"});
  EXPECT_EQ(Spans("She walked down the High Street to Church Road."),
            Strings{"ADDRESS:Church Road"});
  // Generic mentions stay.
  EXPECT_EQ(Spans("The Primary School and the Hospital shared information."), Strings{});
  // An acronym after the head; a hospital's name after "of" or "for"; a
  // school's place after its head; a saint's name alone after "at".
  EXPECT_EQ(Spans("She was taken to Sunderland Royal Hospital ED by ambulance."),
            Strings{"HOSPITAL:Sunderland Royal Hospital"});
  EXPECT_EQ(Spans("She was admitted to the University Hospital of Wales on Monday."),
            Strings{"HOSPITAL:University Hospital of Wales"});
  EXPECT_EQ(Spans("He was seen at Noah's Ark Children's Hospital for Wales."),
            Strings{"HOSPITAL:Noah's Ark Children's Hospital for Wales"});
  EXPECT_EQ(Spans("He was taken to the Royal Hospital for Children and Young People and"),
            Strings{"HOSPITAL:Royal Hospital for Children and Young People"});
  EXPECT_EQ(Spans("Staff on Pulteney Ward called. She was moved to Ward F12 later."),
            (Strings{"HOSPITAL:Pulteney Ward", "HOSPITAL:Ward F12"}));
  EXPECT_EQ(Spans("Admitted to Raigmore Hospital, Ward 2C, then HDU."),
            (Strings{"HOSPITAL:Raigmore Hospital", "HOSPITAL:Ward 2C"}));
  // In brackets; a ward named after a village is the ward, not the village.
  EXPECT_EQ(Spans("at Barnsley Hospital (Ward 33 – Darton Ward) on 05/01/24"),
            (Strings{"HOSPITAL:Barnsley Hospital", "HOSPITAL:Ward 33", "HOSPITAL:Darton Ward"}));
  EXPECT_EQ(Spans("Transferred to Darton Ward on 04/01."), Strings{"HOSPITAL:Darton Ward"});
  // Two words before "Ward"; the Welsh order, the name after it; but no
  // person, kind of ward or role.
  EXPECT_EQ(Spans("She was moved to Wheal Coates Ward on 3 May."),
            Strings{"HOSPITAL:Wheal Coates Ward"});
  EXPECT_EQ(Spans("She was admitted to Ward Dewi at the weekend."), Strings{"HOSPITAL:Ward Dewi"});
  EXPECT_EQ(Spans("The ward, Ward Alaw, put a nurse with him."), Strings{"HOSPITAL:Ward Alaw"});
  EXPECT_EQ(Spans("She was referred to Emily Ward by the GP."), Strings{});
  EXPECT_EQ(Spans("This was raised on Ward Round; he spoke to Ward Sister Jones."), Strings{});
  EXPECT_EQ(Spans("He attended Belford Hospital A&E after a seizure."),
            Strings{"HOSPITAL:Belford Hospital"});
  EXPECT_EQ(Spans("She was brought to University Hospital Coventry at night."),
            Strings{"HOSPITAL:University Hospital Coventry"});
  // A chronology written with tabs: a name never runs across cells.
  EXPECT_EQ(Spans("19.01.2021\tCaol Medical Practice\tMissed review."),
            Strings{"GP_PRACTICE:Caol Medical Practice"});
  // Traveller sites, their pitches, and halls.
  EXPECT_EQ(Spans("They lived at Pitch 9, Baltic Road Gypsy and Traveller Site, then"),
            (Strings{"ADDRESS:Pitch 9", "ADDRESS:Baltic Road Gypsy and Traveller Site"}));
  // A pitch, plot or berth alone, capitalised, is a home; a unit or a pitch in lower case not.
  EXPECT_EQ(Spans("He moved to Pitch 41 and later Berth 4 at the marina."),
            (Strings{"ADDRESS:Pitch 41", "ADDRESS:Berth 4"}));
  EXPECT_EQ(Spans("She passed Unit 4 of the course; the pitch 3 team lost."), Strings{});
  EXPECT_EQ(Spans("residents met at Brynmill Community Hall on Friday"),
            Strings{"PLACE:Brynmill Community Hall"});
  EXPECT_EQ(Spans("the Protocol for Bruising in Non-Mobile Babies"), Strings{});
  EXPECT_EQ(Spans("notes: Bradford Royal Infirmary Emergency Department, attendance"),
            Strings{"HOSPITAL:Bradford Royal Infirmary"});
  EXPECT_EQ(Spans("a move to St John's Catholic Comprehensive was considered"),
            Strings{"SCHOOL:St John's Catholic Comprehensive"});
  EXPECT_EQ(Spans("They were taken to the Countess of Chester Hospital by car."),
            Strings{"HOSPITAL:Countess of Chester Hospital"});
  EXPECT_EQ(Spans("His form tutor at Co-op Academy Leeds noticed."),
            Strings{"SCHOOL:Co-op Academy Leeds"});
  EXPECT_EQ(Spans("Her presentation at St Bede\u2019s was not known."),
            Strings{"ORGANISATION:St Bede\u2019s"});
  EXPECT_EQ(Spans("Mass at St Mary's Church on Sunday."), Strings{"ORGANISATION:St Mary's Church"});
}

TEST_F(PlacesPluginTest, AcademyTrustsContactCentresAndTransitSites) {
  // A multi-academy trust names the family's schools; a contact centre and a
  // Traveller transit site locate them. Generic mentions stay.
  EXPECT_EQ(Spans("The children attend schools run by Pennine Ridge Learning Trust."),
            Strings{"SCHOOL:Pennine Ridge Learning Trust"});
  EXPECT_EQ(Spans("Ms Khan, CEO of the Northern Star Academy Trust, attended."),
            Strings{"SCHOOL:Northern Star Academy Trust"});
  EXPECT_EQ(Spans("Contact takes place at Little Acorns Family Contact Centre."),
            Strings{"ORGANISATION:Little Acorns Family Contact Centre"});
  EXPECT_EQ(Spans("She lives at Hollybush Lane Transit Site."),
            Strings{"ADDRESS:Hollybush Lane Transit Site"});
  EXPECT_EQ(Spans("The Academy Trust said the contact centre was closed."), Strings{});
}

TEST_F(PlacesPluginTest, ACollegesNameGoesOnAfterOf) {
  EXPECT_EQ(Spans("She attends West Medway College of Technology now."),
            Strings{"SCHOOL:West Medway College of Technology"});
  EXPECT_EQ(Spans("The Royal College of Nursing said so."), Strings{});
}

TEST_F(PlacesPluginTest, AnInstitutionsShortForm) {
  auto short_form = [](const std::string& text) { return AttributeOf(text, "short-form"); };
  EXPECT_EQ(short_form("He attends Bramble Hollow Day Nursery now."), "Bramble Hollow");
  EXPECT_EQ(short_form("She is a pupil at Oakfield Primary School."), "Oakfield");
  // Not a town, a generic word or a saint alone: "Leeds", "Royal", "St Mary's".
  EXPECT_EQ(short_form("She was taken to Leeds General Infirmary."), "(none)");
  EXPECT_EQ(short_form("She was taken to the Royal Hospital."), "(none)");
  EXPECT_EQ(short_form("She was taken to St Mary's Hospital."), "(none)");
  // A company's name without its legal form, which the letter goes on to
  // write alone; not a family name alone ("Ms Smith" is not the company).
  EXPECT_EQ(short_form("He worked at Trident Logistics Ltd for a year."), "Trident Logistics");
  EXPECT_EQ(short_form("He worked for Smith Ltd for a year."), "(none)");
}

TEST_F(PlacesPluginTest, AnAbbreviationDefinedInBrackets) {
  auto abbreviation = [](const std::string& text) { return AttributeOf(text, "abbreviation"); };
  // (The core finds "BHR" as a spelling of the body, unless the body is kept.)
  EXPECT_EQ(Spans("Rent was paid to Baltic Harvest Recruitment Ltd (BHR). Then"),
            Strings{"ORGANISATION:Baltic Harvest Recruitment Ltd"});
  EXPECT_EQ(abbreviation("paid to Baltic Harvest Recruitment Ltd (BHR). Then"), "BHR");
  EXPECT_EQ(abbreviation("paid to Baltic Harvest Recruitment Ltd (BHRL). Then"), "BHRL");
  EXPECT_EQ(abbreviation("worked for Anglo-Baltic Recruitment Ltd (ABR) then"), "ABR");
  // Capitals that are not the name's initials define nothing.
  EXPECT_EQ(abbreviation("paid to Baltic Harvest Recruitment Ltd (GLAA) then"), "(none)");
  EXPECT_EQ(abbreviation("paid to Baltic Harvest Recruitment Ltd (see below) then"), "(none)");
}

// "Royal Leamington Spa" is written without its "Royal".
TEST_F(PlacesPluginTest, RoyalTownsWithoutRoyal) {
  EXPECT_EQ(Spans("Kaiden was found in Leamington Spa at a flat."),
            Strings{"PLACE:Leamington Spa"});
  EXPECT_EQ(Spans("They moved to Royal Tunbridge Wells."), Strings{"PLACE:Royal Tunbridge Wells"});
}

// Blind set 17: kinds of business and service that end a name.
TEST_F(PlacesPluginTest, MoreKindsOfBusinessEndAName) {
  EXPECT_EQ(Spans("a bedsit above the Golden Mile Pawnbrokers from"),
            Strings{"ORGANISATION:Golden Mile Pawnbrokers"});
  EXPECT_EQ(Spans("known to Tideway Recovery, the commissioned service"),
            Strings{"ORGANISATION:Tideway Recovery"});
  EXPECT_EQ(Spans("his room at Crossways Hostel was"), Strings{"ORGANISATION:Crossways Hostel"});
  EXPECT_EQ(Spans("the Wensum Community Kitchen trustees met"),
            Strings{"ORGANISATION:Wensum Community Kitchen"});
  EXPECT_EQ(Spans("his work at the Sparkle Hand Car Wash from 2011"),
            Strings{"ORGANISATION:Sparkle Hand Car Wash"});
  EXPECT_EQ(Spans("a room above Kowalski's Polish Deli, to which"),
            Strings{"ORGANISATION:Kowalski's Polish Deli"});
  EXPECT_EQ(Spans("lessons at Cholwell Riding Stables since"),
            Strings{"ORGANISATION:Cholwell Riding Stables"});
  EXPECT_EQ(Spans("treatment at Elburton Dental Care (six fillings)"),
            Strings{"ORGANISATION:Elburton Dental Care"});
  // A name's own "The", capitalised inside a sentence, is part of it and
  // makes a name of common words.
  EXPECT_EQ(Spans("at The Canley Youth Hub on"), Strings{"ORGANISATION:The Canley Youth Hub"});
  EXPECT_EQ(Spans("The day centre at The Lighthouse Centre helped."),
            Strings{"ORGANISATION:The Lighthouse Centre"});
  EXPECT_EQ(Spans("The Lighthouse Centre helped."), Strings{});
  EXPECT_EQ(Spans("he retired from the Thorpe Road Medical Partnership last year"),
            Strings{"GP_PRACTICE:Thorpe Road Medical Partnership"});
  // The head alone, or after no name, is an ordinary word.
  EXPECT_EQ(Spans("The Recovery team and the hostel kitchen were closed."), Strings{});
}

TEST_F(PlacesPluginTest, ANameInAppositionWithAKindOfBusiness) {
  EXPECT_EQ(Spans("He holds funds in his brother's takeaway, Spice Hut, at the back."),
            Strings{"ORGANISATION:Spice Hut"});
  EXPECT_EQ(Spans("The care agency, Kernow Care at Home, began two calls a day."),
            Strings{"ORGANISATION:Kernow Care at Home"});
  EXPECT_EQ(Spans("He asked for a transfer to Riverside, the housing association."),
            Strings{"ORGANISATION:Riverside"});
  EXPECT_EQ(Spans("a transfer to Riverside, the housing association that runs it"),
            Strings{"ORGANISATION:Riverside"});
  // A bank or firm someone deals with.
  EXPECT_EQ(Spans("The family has a mortgage with Nationwide. They"),
            Strings{"ORGANISATION:Nationwide"});
  // A sentence's first word, a month, a public service: no business.
  for (const char* text : {"Meanwhile, the agency did nothing.", "However, the company said no.",
                           "They spoke to Social Services, the agency responsible.",
                           "In May, the agency closed.", "She met Zed, the pub landlady, twice."})
    EXPECT_EQ(Spans(text), Strings{}) << text;
  // A saint's name keeps its "'s" (the saint's rule).
  EXPECT_EQ(Spans("He goes to his local church, St Mark's, each week."),
            Strings{"ORGANISATION:St Mark's"});
}

TEST_F(PlacesPluginTest, HospitalWardsInAndThen) {
  EXPECT_EQ(Spans("A follow up in Ward 7 fracture clinic was missed."), Strings{"HOSPITAL:Ward 7"});
  EXPECT_EQ(Spans("Gate 8A (Acute Medical Unit) then Elgar Ward (Care of the Elderly)"),
            Strings{"HOSPITAL:Elgar Ward"});
  EXPECT_EQ(Spans("He was then Ward Manager."), Strings{});
}

TEST_F(PlacesPluginTest, HousingAssociationsDentistsAndClubs) {
  EXPECT_EQ(Spans("He was given a tenancy by Metrogreen Housing. He"),
            Strings{"ORGANISATION:Metrogreen Housing"});
  EXPECT_EQ(Spans("Matas was seen at Clarence Road Dental Practice in May."),
            Strings{"ORGANISATION:Clarence Road Dental Practice"});
  EXPECT_EQ(Spans("He drives for Mullan's Coaches and may be late."),
            Strings{"ORGANISATION:Mullan's Coaches"});
  EXPECT_EQ(Spans("The Chair thanked Drumquin Wolfe Tones GAC for the pitch."),
            Strings{"ORGANISATION:Drumquin Wolfe Tones GAC"});
  EXPECT_EQ(Spans("She was given a voucher for Halifax Central Foodbank then."),
            Strings{"ORGANISATION:Halifax Central Foodbank"});
  // Named after a town, or by service words only, a public service stays.
  EXPECT_EQ(Spans("She was referred to Calderdale Housing in May."), Strings{});
  EXPECT_EQ(Spans("The Community Dental Service saw her."), Strings{});
  EXPECT_EQ(Spans("She needs a Dental Practice soon."), Strings{});
}

TEST_F(PlacesPluginTest, InstitutionKindAttribute) {
  TextUnit unit;
  unit.text = "He was registered at Riverside Surgery.";
  std::vector<Mention> out;
  plugin_->Find(unit, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].attributes["kind"], "gp-practice");
}

// After words that name someone's work, landlord or a body they left, a
// capitalised name is an organisation, with a less common word than elsewhere.
TEST_F(PlacesPluginTest, EmployerContexts) {
  EXPECT_EQ(Spans("He was a volunteer session worker at Vibe Youth, on Tuesdays."),
            Strings{"ORGANISATION:Vibe Youth"});
  EXPECT_EQ(Spans("Mr Dunmore has resigned from Vibe Youth since."),
            Strings{"ORGANISATION:Vibe Youth"});
  EXPECT_EQ(Spans("She visits most days after work at Booths, then goes home."),
            Strings{"ORGANISATION:Booths"});
  EXPECT_EQ(Spans("Her landlord was Metropolitan Thames Valley Housing, whose officer came."),
            Strings{"ORGANISATION:Metropolitan Thames Valley Housing"});
  EXPECT_EQ(Spans("He worked at the Oleaster Centre for a year."),
            Strings{"ORGANISATION:Oleaster Centre"});
  EXPECT_EQ(Spans("She had a Saturday job at Savers Fuel last year."),
            Strings{"ORGANISATION:Savers Fuel"});
  // Common words alone, generic ones and titles are no employer's name.
  EXPECT_EQ(Spans("She works at Children's Services and works for Social Care."), Strings{});
  EXPECT_EQ(Spans("He worked at the Local Authority, then worked for Mr Khan."), Strings{});
  EXPECT_EQ(Spans("The flat was registered with the Council."), Strings{});
}

// A hospital by its short name: a town and "Royal" or "General".
// A resident's room in a care home or hospital locates them; a meeting room does not.
TEST_F(PlacesPluginTest, ListedPlacesWrittenWithHyphens) {
  EXPECT_EQ(Spans("They went to Appleby and to Stow-on-the-Wold."),
            (Strings{"PLACE:Appleby", "PLACE:Stow-on-the-Wold"}));
  EXPECT_EQ(Spans("She moved to Newcastle-upon-Tyne in June."),
            Strings{"PLACE:Newcastle-upon-Tyne"});
}

TEST_F(PlacesPluginTest, WelshNamesOfFarmsHousesAndHamlets) {
  EXPECT_EQ(Spans("He moved his horses to his other holding at Cwm Belan."),
            Strings{"PLACE:Cwm Belan"});
  EXPECT_EQ(Spans("DA incident at 27 Maes-y-Deri. Police attended."),
            Strings{"ADDRESS:27 Maes-y-Deri"});
  EXPECT_EQ(Spans("A farmhouse near Pen-y-Bont, later at Plas Newydd."),
            (Strings{"PLACE:Pen-y-Bont", "PLACE:Plas Newydd"}));
  // A Welsh word before a street type is the street's.
  EXPECT_EQ(Spans("She lived on Nant Road."), Strings{"ADDRESS:Nant Road"});
  // The article "y" or "yr" between the words; a park's and a road's Welsh names.
  EXPECT_EQ(Spans("Their mother lives at 4 Maes y Dref, Penygroes."),
            (Strings{"ADDRESS:4 Maes y Dref", "PLACE:Penygroes"}));
  EXPECT_EQ(Spans("The caravan at Parc Menai was searched."), Strings{"PLACE:Parc Menai"});
}

// Welsh, Gaelic, Irish and Arabic names put the kind of institution first.
TEST_F(PlacesPluginTest, InstitutionsHeadedBeforeTheirName) {
  EXPECT_EQ(Spans("He attended Ysgol Bro Lleu and then Ysgol Glan y M\u00f4r."),
            (Strings{"SCHOOL:Ysgol Bro Lleu", "SCHOOL:Ysgol Glan y M\u00f4r"}));
  EXPECT_EQ(Spans("Ms Burton took him to Meddygfa Pen-y-groes because"),
            Strings{"GP_PRACTICE:Meddygfa Pen-y-groes"});
  EXPECT_EQ(Spans("She was taken to Ysbyty Gwynedd by ambulance."),
            Strings{"HOSPITAL:Ysbyty Gwynedd"});
  EXPECT_EQ(Spans("in P4 at Sgoil Bhreascleit in 2019"), Strings{"SCHOOL:Sgoil Bhreascleit"});
  EXPECT_EQ(Spans("the Madrasah Tajweed-ul-Quran attached to Masjid-e-Noor on"),
            (Strings{"ORGANISATION:Madrasah Tajweed-ul-Quran", "ORGANISATION:Masjid-e-Noor"}));
  EXPECT_EQ(Spans("The family attended Capel Bethel on Sundays."),
            Strings{"ORGANISATION:Capel Bethel"});
  // The head alone names nothing.
  EXPECT_EQ(Spans("The Ysgol was closed; the masjid committee met."), Strings{});
}

TEST_F(PlacesPluginTest, HospitalsByTheirInitials) {
  EXPECT_EQ(Spans("At 22:10 he was transferred to LGI by ambulance."), Strings{"HOSPITAL:LGI"});
  EXPECT_EQ(Spans("Bay was brought to WCH ED with a bruise."), Strings{"HOSPITAL:WCH"});
  EXPECT_EQ(Spans("He went to the burns unit at RVI Newcastle."),
            Strings{"HOSPITAL:RVI Newcastle"});
  // With "the" before them, five letters, before their record number.
  EXPECT_EQ(Spans("Zara born at the RVI, 38+4. Then a transfer to RBHSC."),
            (Strings{"HOSPITAL:RVI", "HOSPITAL:RBHSC"}));
  EXPECT_EQ(Spans("NHS no. 442, GNCH hospital no. 2203"), Strings{"HOSPITAL:GNCH"});
  // Tests, units and services are no hospital.
  EXPECT_EQ(Spans("She had an MRI. He was admitted to PICU. The CQC and NHS were told."),
            Strings{});
  EXPECT_EQ(Spans("She was transferred to the NICU and seen at the MASH."), Strings{});
}

TEST_F(PlacesPluginTest, NamesThatRunOnOrStandAlone) {
  // A field's first word before "Ltd" is the business's, a sentence's is not.
  EXPECT_EQ(Spans("Provider:   Evergreen Care Homes Ltd (residential)"),
            Strings{"ORGANISATION:Evergreen Care Homes Ltd"});
  EXPECT_EQ(Spans("Behind Acme Widgets Ltd is a yard."), Strings{"ORGANISATION:Acme Widgets Ltd"});
  // A body's head before an institution's: the institution takes it all.
  EXPECT_EQ(Spans("a nursing student at Canterbury Christ Church University)."),
            Strings{"SCHOOL:Canterbury Christ Church University"});
  // A month after a school's name is no part of it.
  EXPECT_EQ(Spans("excluded from Addington Valley Academy Nov 2023"),
            Strings{"SCHOOL:Addington Valley Academy"});
  // After "at"/"in", a business's name goes on over common words.
  EXPECT_EQ(Spans("She bought food at Nisa Local near the flat."), Strings{"PLACE:Nisa Local"});
  EXPECT_EQ(Spans("a robbery at a post office in Glen Village, Falkirk"),
            (Strings{"PLACE:Glen Village", "PLACE:Falkirk"}));
  // After "at", a name's own "The" makes a pub's name of one common word;
  // more trades end a business's name.
  EXPECT_EQ(Spans("a works night out at The Greyhound in Penkhull."),
            (Strings{"PLACE:The Greyhound", "PLACE:Penkhull"}));
  EXPECT_EQ(Spans("He reads it in The Guardian every day."), Strings{});
  EXPECT_EQ(Spans("She worked at Longton Ceramics since"),
            Strings{"ORGANISATION:Longton Ceramics"});
  EXPECT_EQ(Spans("Alasdair Penrose of Penwith Vets attended"),
            Strings{"ORGANISATION:Penwith Vets"});
  // A hospital's name ends with where it is, listed or not.
  EXPECT_EQ(Spans("wards at University Hospital Llandough); South Wales Police"),
            Strings{"HOSPITAL:University Hospital Llandough"});
  // Nor is a year group.
  EXPECT_EQ(Spans("in the Plymstock School Year 10 tutor group"),
            Strings{"SCHOOL:Plymstock School"});
  // A saint's name alone, in a list or after a role.
  EXPECT_EQ(Spans("headteacher, St Bartholomew’s | written"),
            Strings{"ORGANISATION:St Bartholomew’s"});
  EXPECT_EQ(Spans("On St Patrick's Day he called St John's Ambulance."), Strings{});
}

TEST_F(PlacesPluginTest, AHouseNumberAloneAfterAPreposition) {
  EXPECT_EQ(Spans("The neighbour at No. 14; made the call."), Strings{"ADDRESS:No. 14"});
  EXPECT_EQ(Spans("He lives at number 14."), Strings{"ADDRESS:number 14"});
  EXPECT_EQ(Spans("The neighbour at no. 13, who held a key, rang."), Strings{"ADDRESS:no. 13"});
  EXPECT_EQ(Spans("Go to No 3 and 4. It is at number 3 in the list."), Strings{});
}

TEST_F(PlacesPluginTest, TradesAndUniversities) {
  EXPECT_EQ(Spans("Her father runs Adjei & Sons Tyres on the main road."),
            Strings{"ORGANISATION:Adjei & Sons Tyres"});
  EXPECT_EQ(Spans("He was stabbed outside Royal Fried Chicken; she left the Clifton Dental job."),
            (Strings{"ORGANISATION:Royal Fried Chicken", "ORGANISATION:Clifton Dental"}));
  EXPECT_EQ(Spans("He put a card in the window of Singh's Newsagents last week."),
            Strings{"ORGANISATION:Singh's Newsagents"});
  EXPECT_EQ(Spans("His grandson was a student at Aston University and visited."),
            Strings{"SCHOOL:Aston University"});
  EXPECT_EQ(Spans("The University said nothing. She went to university in York."),
            Strings{"PLACE:York"});
}

TEST_F(PlacesPluginTest, RoomsOfResidents) {
  EXPECT_EQ(Spans("Mr Hill was found in Room 14 on at least 4 occasions."),
            Strings{"ADDRESS:Room 14"});
  EXPECT_EQ(Spans("She was on the floor of her room (room 14). The fall"),
            Strings{"ADDRESS:room 14"});
  EXPECT_EQ(Spans("We met in Meeting Room 3 and then in the interview room 2."), Strings{});
}

TEST_F(PlacesPluginTest, HospitalsByShortName) {
  EXPECT_EQ(Spans("It was agreed with the team at Salford Royal, that surgery was needed."),
            Strings{"HOSPITAL:Salford Royal"});
  EXPECT_EQ(Spans("A CP medical at Trafford General paediatrics was booked."),
            Strings{"HOSPITAL:Trafford General"});
  EXPECT_EQ(Spans("She was moved to the Royal Oldham overnight."),
            Strings{"HOSPITAL:Royal Oldham"});
  // Bodies and longer names are other rules' (or none), and other Royals are no hospital.
  EXPECT_EQ(Spans("Salford Royal NHS Foundation Trust replied."), Strings{});
  EXPECT_EQ(Spans("The Attorney General and the Royal Mail agreed."), Strings{});
}

TEST_F(PlacesPluginTest, Businesses) {
  EXPECT_EQ(Spans("Her employer, Brightwater Logistics Ltd, gave a reference."),
            Strings{"ORGANISATION:Brightwater Logistics Ltd"});
  EXPECT_EQ(Spans("The shop belonged to Patel & Sons for years."),
            Strings{"ORGANISATION:Patel & Sons"});
  EXPECT_EQ(Spans("The father worked for Zentrix at the time."), Strings{"ORGANISATION:Zentrix"});
  // Trades' suffixes; two ordinary words before one inside a sentence; "&".
  EXPECT_EQ(Spans("She works nights at Prestige Poultry Packers now."),
            Strings{"ORGANISATION:Prestige Poultry Packers"});
  EXPECT_EQ(Spans("He drove for Szybko Couriers then."), Strings{"ORGANISATION:Szybko Couriers"});
  // A pub's and a gym's heads are named by ordinary words; the sentence's
  // full stop stays out.
  EXPECT_EQ(Spans("after drinking at The Ship Inn. He left."),
            Strings{"ORGANISATION:The Ship Inn"});
  EXPECT_EQ(Spans("five times a week at Forge Fitness then"),
            Strings{"ORGANISATION:Forge Fitness"});
  EXPECT_EQ(Spans("a lorry for Mourne Dairies at night; MOL instructed Whitehouse Surveying"),
            (Strings{"ORGANISATION:Mourne Dairies", "ORGANISATION:Whitehouse Surveying"}));
  EXPECT_EQ(Spans("a taxi from the rank \u2013 Seaview Cars \u2013 took him"),
            Strings{"ORGANISATION:Seaview Cars"});
  EXPECT_EQ(Spans("We sold used cars. The Cars were red."), Strings{});
  // Partners, assessments, enforcement; junior and rugby football clubs.
  EXPECT_EQ(Spans("Father's solicitors: Munteanu & Partners (ref 12)"),
            Strings{"ORGANISATION:Munteanu & Partners"});
  EXPECT_EQ(Spans("an eviction by Shield Enforcement Services in 2023"),
            Strings{"ORGANISATION:Shield Enforcement Services"});
  EXPECT_EQ(Spans("Club Welfare Officer, Heckmondwike Rangers JFC."),
            Strings{"ORGANISATION:Heckmondwike Rangers JFC"});
  EXPECT_EQ(Spans("The three Safeguarding Partners agreed."), Strings{});
  EXPECT_EQ(Spans("He was stabbed behind Ali's Kebab & Pizza that night."),
            Strings{"ORGANISATION:Ali's Kebab & Pizza"});
  EXPECT_EQ(Spans("Behind Ali's Kebab & Pizza he was stabbed."),
            Strings{"ORGANISATION:Ali's Kebab & Pizza"});
  EXPECT_EQ(Spans("kept as the IRMS Information Management Toolkit says"), Strings{});
  EXPECT_EQ(Spans("The core group met weekly; the Core Group agreed."), Strings{});
  EXPECT_EQ(Spans("He was represented by Harehills and Chapeltown Law Centre."),
            Strings{"ORGANISATION:Harehills and Chapeltown Law Centre"});
  EXPECT_EQ(Spans("An appeal to the Court of Cassation failed; the Church of Ireland agreed."),
            (Strings{"ORGANISATION:Court of Cassation", "ORGANISATION:Church of Ireland"}));
  EXPECT_EQ(Spans("The County Council and the Police Service agreed."), Strings{});
  // "and" joins no two bodies when the first has its head before the place.
  EXPECT_EQ(Spans("Checks with Police Scotland and Metropolitan Police Service were clear."),
            Strings{});
  EXPECT_EQ(Spans("They appeared before the Diyarbakir State Security Court."),
            Strings{"ORGANISATION:Diyarbakir State Security Court"});
  // A public body named after a town abroad is an organisation to replace.
  EXPECT_EQ(Spans("A motion was lodged with the Rypin District Court in 1999."),
            Strings{"ORGANISATION:Rypin District Court"});
  EXPECT_EQ(Spans("The same day, the Aliağa Public Prosecutor opened an investigation."),
            Strings{"ORGANISATION:Aliağa Public Prosecutor"});
  EXPECT_EQ(Spans("Cheshire West and Chester Safeguarding Children Partnership met."), Strings{});
  // UK court words after a UK-sounding name keep it whole (the keep list's
  // job); after a town abroad the body is found ("Magistrates' Court" is
  // still in the keep list's suffixes, which keep it under the default policy).
  EXPECT_EQ(Spans("They appeared before the Haverleigh Magistrates' Court."), Strings{});
  EXPECT_EQ(Spans("They appeared before the Siverek Magistrates' Court."),
            Strings{"ORGANISATION:Siverek Magistrates' Court"});
  EXPECT_EQ(Spans("The father is in HMP Longmartin until 2025."),
            Strings{"ORGANISATION:HMP Longmartin"});
  // A name with two suffixes ends at the last; community interest companies.
  EXPECT_EQ(Spans("His tenancy with Trentside Homes Housing Association began."),
            Strings{"ORGANISATION:Trentside Homes Housing Association"});
  EXPECT_EQ(Spans("A youth worker of Kurdish Community Link CIC came."),
            Strings{"ORGANISATION:Kurdish Community Link CIC"});
  EXPECT_EQ(Spans("Lorraine's IDVA, from Southside Family Project, came."),
            Strings{"ORGANISATION:Southside Family Project"});
  EXPECT_EQ(Spans("a member of Living Waters Pentecostal Fellowship, and of Ebbsfleet Rovers FC."),
            (Strings{"ORGANISATION:Living Waters Pentecostal Fellowship",
                     "ORGANISATION:Ebbsfleet Rovers FC"}));
}

TEST_F(PlacesPluginTest, ShopsGymsSuppliersAndLocalPapers) {
  EXPECT_EQ(Spans("She worked at Fernbrook Pharmacy in the town."),
            Strings{"ORGANISATION:Fernbrook Pharmacy"});
  EXPECT_EQ(Spans("He trained at Olympus Strength & Fitness most nights."),
            Strings{"ORGANISATION:Olympus Strength & Fitness"});
  EXPECT_EQ(Spans("the buyer at Eastgate Office Supplies, who"),
            Strings{"ORGANISATION:Eastgate Office Supplies"});
  EXPECT_EQ(Spans("a driver from Kestrel Cabs found him."), Strings{"ORGANISATION:Kestrel Cabs"});
  EXPECT_EQ(Spans("a reporter from the Dorset Echo rang."), Strings{"ORGANISATION:Dorset Echo"});
  // A trade before a public-sounding head makes a business: "Services".
  EXPECT_EQ(Spans("She noted that Meridian Cleaning Services had complained."),
            Strings{"ORGANISATION:Meridian Cleaning Services"});
  EXPECT_EQ(Spans("The Youth Offending Services and the Children's Services met."), Strings{});
}

TEST_F(PlacesPluginTest, ClubsAndChurchesNamedByOrdinaryWords) {
  // Two capitalised words before a club's or church's head inside a sentence
  // name one, ordinary as they are.
  EXPECT_EQ(Spans("He trained at Viaduct Boxing Club three nights a week."),
            Strings{"ORGANISATION:Viaduct Boxing Club"});
  EXPECT_EQ(Spans("The pastor of Living Covenant Church spoke."),
            Strings{"ORGANISATION:Living Covenant Church"});
  EXPECT_EQ(Spans("He went to St Wenceslas Polish Catholic Mission."),
            Strings{"ORGANISATION:St Wenceslas Polish Catholic Mission"});
  // Unless they only say what kind of body it is.
  EXPECT_EQ(Spans("Contact took place at a Family Support Centre and a Child Contact Centre."),
            Strings{});
  EXPECT_EQ(Spans("She was seen at the Police Investigation Centre."), Strings{});
}

TEST_F(PlacesPluginTest, HospitalWards) {
  // A ward named by an ordinary word, after a preposition or in a list.
  EXPECT_EQ(Spans("She was admitted to Kingfisher Ward overnight."),
            Strings{"HOSPITAL:Kingfisher Ward"});
  EXPECT_EQ(Spans("Ward: Ward 4 \u2013 Otter Ward (general paediatrics)"),
            (Strings{"HOSPITAL:Ward 4", "HOSPITAL:Otter Ward"}));
  EXPECT_EQ(Spans("She was admitted to Labour Ward overnight."), Strings{});
  EXPECT_EQ(Spans("Emma Ward and Mr Ward were seen."), Strings{});
}

TEST_F(PlacesPluginTest, AStreetNamedAfterABodyWordAndParksThatAreNoStreets) {
  EXPECT_EQ(Spans("She lives on Walkley Bank Road with her son."),
            Strings{"ADDRESS:Walkley Bank Road"});
  EXPECT_EQ(Spans("Role | Car Park Attendant | Parking Services"), Strings{});
  EXPECT_EQ(Spans("Their home, Flat 3b, 27 Dunstable Road, was searched."),
            Strings{"ADDRESS:Flat 3b, 27 Dunstable Road"});
}

TEST_F(PlacesPluginTest, NamedArea) {
  EXPECT_EQ(Spans("Youths from the Broadwater Farm estate were involved."),
            Strings{"PLACE:Broadwater Farm"});
  // Before the name of a settlement or district, a capitalised common word
  // inside a sentence is a name; at a sentence start it is not.
  EXPECT_EQ(Spans("He lived in the Lice district with his family."), Strings{"PLACE:Lice"});
  EXPECT_EQ(Spans("They were taken back to Tepecik village at night."), Strings{"PLACE:Tepecik"});
  EXPECT_EQ(Spans("Many village elders came."), Strings{});
  EXPECT_EQ(Spans("The district nurse came."), Strings{});
}

TEST_F(PlacesPluginTest, AGivenNameAndASurnameLikeStreetWordBeforeAVerbIsAPerson) {
  EXPECT_EQ(Spans("Summer Wood was born in 2018."), Strings{});
  EXPECT_EQ(Spans("She lived on Summer Wood with her mother."), Strings{"ADDRESS:Summer Wood"});
  EXPECT_EQ(Spans("The house on Wellington Street had no heating."),
            Strings{"ADDRESS:Wellington Street"});
}

TEST_F(PlacesPluginTest, CareHomesAndPubs) {
  EXPECT_EQ(Spans("She lived at Oakwood Care Home until May."),
            Strings{"CARE_HOME:Oakwood Care Home"});
  EXPECT_EQ(Spans("He had been drinking in the Beehive pub that night."), Strings{"PLACE:Beehive"});
  EXPECT_EQ(Spans("The Care Home and the pub were closed."), Strings{});
  EXPECT_EQ(Spans("He was detained in the Hilvan prison at the time."), Strings{"PLACE:Hilvan"});
  // A pub's own "The" and its "&"/"and"; a parish, a restaurant, a mosque.
  EXPECT_EQ(Spans("a fight outside The Quiet Woman pub, then"), Strings{"PLACE:The Quiet Woman"});
  EXPECT_EQ(Spans("in the beer garden of the Fox & Grapes pub on"), Strings{"PLACE:Fox & Grapes"});
  EXPECT_EQ(Spans("The family attend St Oswin's parish and Ali's restaurant."),
            (Strings{"PLACE:St Oswin's", "PLACE:Ali's"}));
  // One word alone before a trade or a faith says what kind it is.
  EXPECT_EQ(Spans("a Turkish restaurant, the Methodist church and the Zorbex shop"), Strings{});
}

TEST_F(PlacesPluginTest, TradesAndSportsClubs) {
  EXPECT_EQ(Spans("He worked for Kilbride Bros Surfacing as a labourer."),
            Strings{"ORGANISATION:Kilbride Bros Surfacing"});
  EXPECT_EQ(Spans("His employer, Tamebank Parcels, was told."),
            Strings{"ORGANISATION:Tamebank Parcels"});
  EXPECT_EQ(Spans("an away game against Hollins Wanderers last week"),
            Strings{"ORGANISATION:Hollins Wanderers"});
  EXPECT_EQ(Spans("He boxed at Beeston Moor ABC since he was 12."),
            Strings{"ORGANISATION:Beeston Moor ABC"});
  // A club's head after a school's: the club, whole.
  EXPECT_EQ(Spans("Coach, Fellgate Town Juniors FC, rang."),
            Strings{"ORGANISATION:Fellgate Town Juniors FC"});
  // A ground named after somewhere.
  EXPECT_EQ(Spans("the away game at Potterhill Recreation Ground, the"),
            Strings{"ADDRESS:Potterhill Recreation Ground"});
  EXPECT_EQ(Spans("He was on the Ground Floor."), Strings{});
}

TEST_F(PlacesPluginTest, SaintsNamesKeepTheirTheAndOf) {
  EXPECT_EQ(Spans("She attended St. John the Baptist RC Primary School then."),
            Strings{"SCHOOL:St. John the Baptist RC Primary School"});
  EXPECT_EQ(Spans("He went to Our Lady of Lourdes Catholic Primary School."),
            Strings{"SCHOOL:Our Lady of Lourdes Catholic Primary School"});
  EXPECT_EQ(Spans("He was sent to the school of the Oakfield Academy."),
            Strings{"SCHOOL:Oakfield Academy"});
}

TEST_F(PlacesPluginTest, TheUkAndItsNationsStay) {
  EXPECT_EQ(Spans("They lived in Scotland, then Wales, then in Northern Ireland."), Strings{});
  EXPECT_EQ(Spans("She came to Great Britain and the United Kingdom from Poland."),
            Strings{"PLACE:Poland"});
}

TEST_F(PlacesPluginTest, NameAfterASettlementNounAndOf) {
  EXPECT_EQ(Spans("He was born in the Kurdish town of Cizre in 1970."), Strings{"PLACE:Cizre"});
  EXPECT_EQ(Spans("They lived in the hamlet of Ormanici."), Strings{"PLACE:Ormanici"});
  EXPECT_EQ(Spans("the village of Kelekçi was evacuated"), Strings{"PLACE:Kelekçi"});
  EXPECT_EQ(Spans("a town of some importance"), Strings{});
  EXPECT_EQ(Spans("the novel is about the mayor of Casterbridge"), Strings{});
}

TEST_F(PlacesPluginTest, BadInputDoesNotCrash) {
  const std::string bad = std::string("in \xff\xfe Leeds \xc3") + std::string(1, '\0') + "12 ";
  TextUnit unit;
  unit.text = bad;
  std::vector<Mention> out;
  plugin_->Find(unit, out);
  for (const Mention& m : out) EXPECT_LE(m.end, bad.size());
  unit.text = "12";
  plugin_->Find(unit, out);
  unit.text = "in";
  plugin_->Find(unit, out);
}

TEST(PlacesPluginConfigTest, MissingDictionaryIsAConfigError) {
  TempDir dir;
  PlacesPlugin plugin;
  PluginContext context;
  context.dictionary_dir = dir.path();
  try {
    plugin.Configure(context);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConfig);
    EXPECT_NE(std::string(e.what()).find("gb-places.txt"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace anonymiser::places
