#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "anonymiser/error.h"
#include "public_bodies_plugin.h"
#include "test_support.h"

namespace anonymiser::keep {
namespace {

struct Found {
  std::string text;
  std::string type;
  std::string rule;
};

const PublicBodiesPlugin& Plugin() {
  static const PublicBodiesPlugin* plugin = [] {
    auto* p = new PublicBodiesPlugin();
    PluginContext context;
    context.dictionary_dir = anonymiser::testing::SourceDir() / "dictionaries";
    p->Configure(context);
    return p;
  }();
  return *plugin;
}

std::vector<Found> FindIn(const std::string& text) {
  TextUnit unit;
  unit.text = text;
  std::vector<Mention> mentions;
  Plugin().Find(unit, mentions);
  std::vector<Found> out;
  for (const Mention& m : mentions)
    out.push_back({text.substr(m.begin, m.end - m.begin), m.type, m.rule});
  return out;
}

// `span` is kept, with type `type`, somewhere in `text`.
void ExpectKept(const std::string& text, const std::string& span, const std::string& type) {
  for (const Found& f : FindIn(text))
    if (f.text == span) {
      EXPECT_EQ(f.type, type) << text;
      return;
    }
  std::string got;
  for (const Found& f : FindIn(text)) got += "[" + f.text + "] ";
  ADD_FAILURE() << "\"" << span << "\" not kept in: " << text << "\n got: " << got;
}

// No kept span of `text` contains `word`.
void ExpectNotKept(const std::string& text, const std::string& word) {
  for (const Found& f : FindIn(text))
    EXPECT_EQ(f.text.find(word), std::string::npos) << text << " keeps [" << f.text << "]";
}

TEST(PublicBodies, Councils) {
  ExpectKept("A referral to Northshire County Council was made.", "Northshire County Council",
             "PUBLIC_BODY");
  ExpectKept("The London Borough of Hackney held a meeting.", "London Borough of Hackney",
             "PUBLIC_BODY");
  ExpectKept("Staff at Brighton and Hove City Council said", "Brighton and Hove City Council",
             "PUBLIC_BODY");
  ExpectKept("the Local Authority applied", "Local Authority", "PUBLIC_BODY");
  ExpectKept("Stoke-on-Trent City Council said", "Stoke-on-Trent City Council", "PUBLIC_BODY");
  ExpectKept("Newcastle upon Tyne City Council said", "Newcastle upon Tyne City Council",
             "PUBLIC_BODY");
  ExpectKept("the Isle of Wight Council said", "Isle of Wight Council", "PUBLIC_BODY");
  ExpectKept("the London Borough of Barking and Dagenham said",
             "London Borough of Barking and Dagenham", "PUBLIC_BODY");
  ExpectKept("Northshire Safeguarding Children Partnership commissioned",
             "Northshire Safeguarding Children Partnership", "PUBLIC_BODY");
  ExpectKept("the LSCB agreed", "LSCB", "PUBLIC_BODY");
  // Short and plural forms, and partnerships' meetings named after the area.
  ExpectKept("Barnsley MBC agreed", "Barnsley MBC", "PUBLIC_BODY");
  ExpectKept("the South Yorkshire Safeguarding Adults Boards' procedures",
             "South Yorkshire Safeguarding Adults Boards", "PUBLIC_BODY");
  ExpectKept("MANSFIELD MARAC – ACTION MINUTES", "MANSFIELD MARAC", "PUBLIC_BODY");
  ExpectKept("a referral to the Bradford Children and Families Trust",
             "Bradford Children and Families Trust", "PUBLIC_BODY");
  ExpectKept("Sandwell Children's Trust said", "Sandwell Children's Trust", "PUBLIC_BODY");
}

TEST(PublicBodies, PoliceForces) {
  ExpectKept("Kent Police attended.", "Kent Police", "PUBLIC_BODY");
  ExpectKept("officers of Greater Manchester Police arrested", "Greater Manchester Police",
             "PUBLIC_BODY");
  ExpectKept("Police Scotland said", "Police Scotland", "PUBLIC_BODY");
  ExpectKept("British Transport Police found", "British Transport Police", "PUBLIC_BODY");
  ExpectKept("Northshire Constabulary found", "Northshire Constabulary", "PUBLIC_BODY");
  // The list holds the 45 territorial forces before its "common use" section.
  std::ifstream in(anonymiser::testing::SourceDir() / "dictionaries/keep/police_forces.txt");
  std::string line;
  int forces = 0;
  while (std::getline(in, line)) {
    if (line.rfind("# Names in common use", 0) == 0) break;
    if (!line.empty() && line[0] != '#') ++forces;
  }
  EXPECT_EQ(forces, 45);
}

TEST(PublicBodies, ADashBetweenANameAndAForceIsNoJoin) {
  ExpectKept("DC Gurpreet Bains - West Midlands Police (GB)", "West Midlands Police",
             "PUBLIC_BODY");
  ExpectNotKept("DC Gurpreet Bains - West Midlands Police (GB)", "Bains");
  ExpectKept("the Stoke-on-Trent City Council said", "Stoke-on-Trent City Council", "PUBLIC_BODY");
  ExpectKept("Mid and West Wales Fire and Rescue Service attended",
             "Mid and West Wales Fire and Rescue Service", "PUBLIC_BODY");
}

TEST(PublicBodies, HealthCourtsGovernmentCharities) {
  ExpectKept("Leeds Teaching Hospitals NHS Trust reviewed", "Leeds Teaching Hospitals NHS Trust",
             "PUBLIC_BODY");
  ExpectKept("NHS England guidance", "NHS England", "PUBLIC_BODY");
  ExpectKept("before the Family Court in May", "Family Court", "PUBLIC_BODY");
  ExpectKept("at the Crown Court at Leeds he", "Crown Court at Leeds", "PUBLIC_BODY");
  ExpectKept("the Court of Appeal held", "Court of Appeal", "PUBLIC_BODY");
  ExpectKept("the European Court of Human Rights", "European Court of Human Rights", "PUBLIC_BODY");
  ExpectKept("the DfE and the Home Office", "DfE", "PUBLIC_BODY");
  ExpectKept("the DfE and the Home Office", "Home Office", "PUBLIC_BODY");
  ExpectKept("Ofsted inspected", "Ofsted", "PUBLIC_BODY");
  ExpectKept("CAFCASS reported", "CAFCASS", "PUBLIC_BODY");
  ExpectKept("the Department for Education", "Department for Education", "PUBLIC_BODY");
  ExpectKept("the Ministry of Justice", "Ministry of Justice", "PUBLIC_BODY");
  ExpectKept("the NSPCC and Barnardo's and Women's Aid", "NSPCC", "PUBLIC_BODY");
  ExpectKept("the NSPCC and Barnardo's and Women's Aid", "Barnardo's", "PUBLIC_BODY");
  ExpectKept("the NSPCC and Barnardo\xE2\x80\x99s and Women's Aid", "Barnardo\xE2\x80\x99s",
             "PUBLIC_BODY");
  ExpectKept("the NSPCC and Barnardo's and Women's Aid", "Women's Aid", "PUBLIC_BODY");
  // Safeguarding and care services named after their area.
  ExpectKept("a referral to Lancashire MASH was made", "Lancashire MASH", "PUBLIC_BODY");
  ExpectKept("the Haverleigh Multi-Agency Safeguarding Hub met",
             "Haverleigh Multi-Agency Safeguarding Hub", "PUBLIC_BODY");
  ExpectKept("Northshire CAMHS declined", "Northshire CAMHS", "PUBLIC_BODY");
  ExpectKept("Kent Adult Social Care replied", "Kent Adult Social Care", "PUBLIC_BODY");
  ExpectKept("HM Senior Coroner for West Yorkshire opened", "HM Senior Coroner for West Yorkshire",
             "PUBLIC_BODY");
  ExpectKept("the Haverleigh Health and Wellbeing Board met",
             "Haverleigh Health and Wellbeing Board", "PUBLIC_BODY");
  // National bodies of employment, professions and care.
  ExpectKept("guidance published by ACAS on raising a grievance", "ACAS", "PUBLIC_BODY");
  ExpectKept("the Ministry of Justice and the Law Society about", "Law Society", "PUBLIC_BODY");
  ExpectKept("and the Alzheimer's Society to produce", "Alzheimer's Society", "PUBLIC_BODY");
  ExpectKept("the Social Care Institute for Excellence has", "Social Care Institute for Excellence",
             "PUBLIC_BODY");
  // A board named after Cornwall and the Isles of Scilly.
  ExpectKept("The Cornwall and the Isles of Scilly Safeguarding Adults Board agreed",
             "Cornwall and the Isles of Scilly", "PUBLIC_BODY");
}

TEST(PublicBodies, Legislation) {
  ExpectKept("under the Children Act 1989 the", "Children Act 1989", "LEGISLATION");
  ExpectKept("under section 47 of the Act", "section 47", "LEGISLATION");
  ExpectKept("a s.47 enquiry", "s.47", "LEGISLATION");
  ExpectKept("Working Together to Safeguard Children 2018 says",
             "Working Together to Safeguard Children 2018", "LEGISLATION");
  ExpectKept("the Domestic Abuse Act 2021", "Domestic Abuse Act 2021", "LEGISLATION");
  ExpectKept("the Northshire Widgets Act 1901", "Northshire Widgets Act 1901", "LEGISLATION");
  ExpectKept("Article 8 of the Convention", "Article 8", "LEGISLATION");
  ExpectKept("the Protection of Children Act 1978 and", "Protection of Children Act 1978",
             "LEGISLATION");
  ExpectKept("under the Safeguarding Vulnerable Groups Act 2006.",
             "Safeguarding Vulnerable Groups Act 2006", "LEGISLATION");
  // Bodies a blind set broke: Scotland's NHS boards, bodies by place.
  ExpectKept("The board, NHS Greater Glasgow and Clyde, was told", "NHS Greater Glasgow and Clyde",
             "PUBLIC_BODY");
  ExpectKept("heard at Sheffield Employment Tribunal in May", "Sheffield Employment Tribunal",
             "PUBLIC_BODY");
  ExpectKept("The Family Court sitting at Medway made an order", "Family Court sitting at Medway",
             "PUBLIC_BODY");
  ExpectKept("She was referred to Age UK Bristol by", "Age UK Bristol", "PUBLIC_BODY");
  // "at" and "etc." joining a title's words.
  ExpectKept("the Health and Safety at Work etc. Act 1974 applies",
             "Health and Safety at Work etc. Act 1974", "LEGISLATION");
  ExpectKept("the Health and Safety at Work etc Act 1974 applies",
             "Health and Safety at Work etc Act 1974", "LEGISLATION");
  // Bracketed words inside a title, and heads other than "Act".
  ExpectKept("under the Housing (Wales) Act 2014, the", "Housing (Wales) Act 2014", "LEGISLATION");
  ExpectKept("the Homelessness (Suitability of Accommodation) (Wales) Order 2015 says",
             "Homelessness (Suitability of Accommodation) (Wales) Order 2015", "LEGISLATION");
  // A jurisdiction in brackets between the head and the year.
  ExpectKept("under the Safeguarding Board Act (Northern Ireland) 2011 the",
             "Safeguarding Board Act (Northern Ireland) 2011", "LEGISLATION");
  ExpectKept("the Adoption and Children Act (Scotland) 2007 applies",
             "Adoption and Children Act (Scotland) 2007", "LEGISLATION");
  ExpectNotKept("He moved to Belfast (Northern Ireland) 2011.", "2011");
  ExpectKept("and the Stockport Bruising in Non-Mobile Babies Protocol was not followed",
             "Stockport Bruising in Non-Mobile Babies Protocol", "LEGISLATION");
  ExpectKept("the Pan-Lancashire Safeguarding Procedures say",
             "Pan-Lancashire Safeguarding Procedures", "LEGISLATION");
  ExpectNotKept("Ms Smith (Mother) said the Protocol", "Smith");
  ExpectKept("under the 2012 Regulations the panel", "2012 Regulations", "LEGISLATION");
  ExpectNotKept("in 2012 Smith came", "2012");
  ExpectKept("A Clare\u2019s Law disclosure was made", "Clare\u2019s Law", "LEGISLATION");
}

TEST(PublicBodies, BodiesNamedAfterAListedPlace) {
  ExpectKept("She was referred to Leeds Domestic Violence Service.",
             "Leeds Domestic Violence Service", "PUBLIC_BODY");
  ExpectKept("She has been referred to Cardiff Women's Aid and", "Cardiff Women's Aid",
             "PUBLIC_BODY");
  ExpectKept("staff of Birmingham Children's Trust said", "Birmingham Children's Trust",
             "PUBLIC_BODY");
  ExpectKept("Leeds and York Partnership NHS Foundation Trust provided",
             "Leeds and York Partnership NHS Foundation Trust", "PUBLIC_BODY");
  ExpectKept("commissioned by NHS Greater Manchester in", "NHS Greater Manchester", "PUBLIC_BODY");
  ExpectKept("a member of Safer Leeds said", "Safer Leeds", "PUBLIC_BODY");
  ExpectKept("at Cardiff Civil and Family Justice Centre on",
             "Cardiff Civil and Family Justice Centre", "PUBLIC_BODY");
  // Not after a name that is no listed place, nor across "and" from a name.
  ExpectNotKept("a grant from the Okafor Family Trust", "Okafor");
  ExpectNotKept("Jane Smith and Leeds Teaching Hospitals NHS Trust", "Smith");
  ExpectKept("Jane Smith and Leeds Teaching Hospitals NHS Trust",
             "Leeds Teaching Hospitals NHS Trust", "PUBLIC_BODY");
  ExpectNotKept("Patel and Leeds Teaching Hospitals NHS Trust", "Patel");
  ExpectNotKept("NHS Number 943 476 5919", "Number");
  ExpectKept("and Kent, Surrey and Sussex Community Rehabilitation Company agreed",
             "Kent, Surrey and Sussex Community Rehabilitation Company", "PUBLIC_BODY");
  ExpectKept("Kent and Medway NHS and Social Care Partnership Trust said",
             "Kent and Medway NHS and Social Care Partnership Trust", "PUBLIC_BODY");
  ExpectKept("the Countess of Chester Hospital NHS Foundation Trust said",
             "Countess of Chester Hospital NHS Foundation Trust", "PUBLIC_BODY");
  ExpectKept("the West of Berkshire Safeguarding Children Partnership agreed",
             "West of Berkshire Safeguarding Children Partnership", "PUBLIC_BODY");
  ExpectKept("CPS Yorkshire and Humberside charged him", "CPS Yorkshire and Humberside",
             "PUBLIC_BODY");
  ExpectKept("the Edinburgh Child Protection Committee met", "Edinburgh Child Protection Committee",
             "PUBLIC_BODY");
  ExpectKept("officers of Bradford CID said", "Bradford CID", "PUBLIC_BODY");
  ExpectKept("at Belfast Youth Court today", "Belfast Youth Court", "PUBLIC_BODY");
  ExpectNotKept("Then John West of Kent Police said", "John");
  ExpectKept("Then John West of Kent Police said", "Kent Police", "PUBLIC_BODY");
  ExpectNotKept("Later Mr Kent and Kent Police met", "Mr");
  ExpectKept("The Derby and Derbyshire Safeguarding Children Partnership met",
             "Derby and Derbyshire Safeguarding Children Partnership", "PUBLIC_BODY");
  // A comma joins places only in a list that "and" ends.
  ExpectNotKept("They lived in Kent, Sussex County Council said", "Kent");
  // A listed place with its own "and", then the body's name.
  ExpectKept("The Dumfries and Galloway Child Protection Committee met",
             "Dumfries and Galloway Child Protection Committee", "PUBLIC_BODY");
  ExpectKept("the Argyll and Bute Health and Social Care Partnership said",
             "Argyll and Bute Health and Social Care Partnership", "PUBLIC_BODY");
  ExpectKept("Sheffield Health and Social Care NHS Foundation Trust runs it",
             "Sheffield Health and Social Care NHS Foundation Trust", "PUBLIC_BODY");
}

// Welsh-language names put the kind of body first and the place after it.
TEST(PublicBodies, WelshLanguageNames) {
  ExpectKept("Cyngor Bwrdeistref Sirol Caerffili (Caerphilly County Borough Council)",
             "Cyngor Bwrdeistref Sirol Caerffili", "PUBLIC_BODY");
  ExpectKept("IMR from Bwrdd Iechyd Prifysgol Aneurin Bevan.",
             "Bwrdd Iechyd Prifysgol Aneurin Bevan", "PUBLIC_BODY");
  ExpectKept("Partneriaeth Diogelwch Cymunedol Caerffili commissioned the review",
             "Partneriaeth Diogelwch Cymunedol Caerffili", "PUBLIC_BODY");
  ExpectKept("Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru (WAST)",
             "Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru", "PUBLIC_BODY");
  ExpectKept("a referral to Tros Gynnal Plant was made", "Tros Gynnal Plant", "PUBLIC_BODY");
  ExpectKept("the involvement of Cyngor Gwynedd children's services", "Cyngor Gwynedd",
             "PUBLIC_BODY");
  ExpectKept("should work with NSPCC Cymru on", "NSPCC Cymru", "PUBLIC_BODY");
  // And Gaelic: the Western Isles' council by its kind alone.
  ExpectKept("the service wrote to the Comhairle that", "Comhairle", "PUBLIC_BODY");
  ExpectKept("contrary to Mwy na Geiriau / More than just words.", "Mwy na Geiriau", "LEGISLATION");
}

// Bodies named after their place: advice services, safeguarding units,
// county football associations.
TEST(PublicBodies, MoreBodiesNamedAfterAPlace) {
  ExpectKept("The Halifax Neighbourhood Policing Team visited.",
             "Halifax Neighbourhood Policing Team", "PUBLIC_BODY");
  ExpectKept("He was seen by Brent IAPT twice.", "Brent IAPT", "PUBLIC_BODY");
  ExpectKept("under the Norfolk Healthy Child Programme. The", "Norfolk Healthy Child Programme",
             "PUBLIC_BODY");
  ExpectKept("part of the Diocese of East Anglia, whose", "Diocese of East Anglia", "PUBLIC_BODY");
  ExpectKept("asked the Borough Council of King's Lynn and West Norfolk to",
             "Borough Council of King's Lynn and West Norfolk", "PUBLIC_BODY");
  ExpectKept("she was helped by Citizens Advice Sandwell with", "Citizens Advice Sandwell",
             "PUBLIC_BODY");
  ExpectKept("the Kirklees Safeguarding Unit was told", "Kirklees Safeguarding Unit",
             "PUBLIC_BODY");
  ExpectKept("a referral to West Riding County FA on", "West Riding County FA", "PUBLIC_BODY");
  ExpectKept("through the Central Authority for England and Wales)",
             "Central Authority for England and Wales", "PUBLIC_BODY");
  ExpectKept("Wolverhampton Safeguarding Together published it",
             "Wolverhampton Safeguarding Together", "PUBLIC_BODY");
  // Councils made since 2019 and bodies of Ireland and Wales.
  ExpectKept("records from Westmorland and Furness Council were", "Westmorland and Furness Council",
             "PUBLIC_BODY");
  ExpectKept("An Garda Síochána was told", "An Garda Síochána", "PUBLIC_BODY");
  // A list of places with its "and" inside the last ("Tyne and Wear").
  ExpectKept("Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust provided",
             "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "PUBLIC_BODY");
  ExpectKept("a referral to TGP Cymru was made", "TGP Cymru", "PUBLIC_BODY");
}

// Blind set 17: courts, registrars, council services, the armed forces and
// case law that drafts cite.
TEST(PublicBodies, CourtsRegistrarsForcesAndCitations) {
  ExpectKept("the hearing at Luton Justice Centre on", "Luton Justice Centre", "PUBLIC_BODY");
  ExpectKept("married at Luton Register Office in", "Luton Register Office", "PUBLIC_BODY");
  ExpectKept("the head of Plymouth Virtual School said", "Plymouth Virtual School", "PUBLIC_BODY");
  ExpectKept("a grant from the Norfolk Assistance Scheme for", "Norfolk Assistance Scheme",
             "PUBLIC_BODY");
  ExpectKept("referred to the Coventry Child Exploitation Team on",
             "Coventry Child Exploitation Team", "PUBLIC_BODY");
  ExpectKept("based at HMNB Devonport since", "HMNB Devonport", "PUBLIC_BODY");
  ExpectKept("an inquest by HM Senior Coroner for Blackpool and the Fylde.",
             "HM Senior Coroner for Blackpool and the Fylde", "PUBLIC_BODY");
  ExpectKept("accounts filed at Companies House show", "Companies House", "PUBLIC_BODY");
  ExpectKept("outreach workers from Thames Reach found him", "Thames Reach", "PUBLIC_BODY");
  ExpectKept("a StreetLink alert was", "StreetLink", "PUBLIC_BODY");
  ExpectKept("his father served in the Royal Navy until", "Royal Navy", "PUBLIC_BODY");
  ExpectKept("treated by SLaM in 2019", "SLaM", "PUBLIC_BODY");
  // Neutral citations: the year, court, division, number and bracketed division.
  ExpectKept("See Re H-N and Others (Children) [2021] EWCA Civ 448 on", "2021] EWCA Civ 448",
             "PUBLIC_BODY");
  ExpectKept("as in [2019] EWHC 123 (Fam).", "2019] EWHC 123 (Fam", "PUBLIC_BODY");
  ExpectKept("the court in [2016] UKSC 5 held", "2016] UKSC 5", "PUBLIC_BODY");
  // A bracketed year alone, or before no court, is no citation.
  ExpectNotKept("From [2021] EWXX 4 he lived", "2021");
  ExpectNotKept("the minutes [2021] show", "2021");
  // A medical or dental partnership after a place is a practice, not a body.
  ExpectNotKept("retired from the Thorpe Road Medical Partnership last", "Medical");
  ExpectKept("the Leeds Health and Care Partnership said", "Leeds Health and Care Partnership",
             "PUBLIC_BODY");
  // "and the" joins only a listed place: "for Leeds and the children" stays open.
  ExpectNotKept("HM Coroner for Leeds and the children of", "children");
}

// Blind set 18: list phrases with commas, Welsh health and safeguarding
// boards, titles with a Measure, "of" before the year or a title inside
// brackets, law reports, and the police's top ranks.
TEST(PublicBodies, CommasMeasuresLawReportsAndRanks) {
  ExpectKept("referred to Tees, Esk and Wear Valleys NHS Foundation Trust in May",
             "Tees, Esk and Wear Valleys NHS Foundation Trust", "PUBLIC_BODY");
  ExpectKept("staff at North Tees and Hartlepool NHS Foundation Trust saw",
             "North Tees and Hartlepool NHS Foundation Trust", "PUBLIC_BODY");
  ExpectKept("the Cardiff and Vale University Health Board met",
             "Cardiff and Vale University Health Board", "PUBLIC_BODY");
  // A list phrase with a comma needs the comma ("Tees Esk and ..." is another text).
  ExpectNotKept("Tees Esk and Wear Valleys NHS Foundation Trust", "Tees");
  ExpectKept("under the Welsh Language (Wales) Measure 2011 the",
             "Welsh Language (Wales) Measure 2011", "LEGISLATION");
  ExpectKept("the Employment Tribunals Rules of Procedure 2013 apply",
             "Employment Tribunals Rules of Procedure 2013", "LEGISLATION");
  ExpectKept("the Worker Protection (Amendment of Equality Act 2010) Act 2023 applies", "Act 2023",
             "LEGISLATION");
  ExpectKept("v Stubbs [1999] IRLR 81 the EAT", "1999] IRLR 81", "PUBLIC_BODY");
  ExpectKept("see Re B [2004] 2 FLR 123 and", "2004] 2 FLR 123", "PUBLIC_BODY");
  ExpectNotKept("In [2019] 2 rooms were", "2019");
  ExpectKept("In Chief Constable of the Lincolnshire Police v", "Chief Constable", "ROLE");
}

// Places joined by "&" or listed with commas before a body's name.
TEST(PublicBodies, PlacesJoinedBeforeABody) {
  for (const char* body :
       {"Brighton & Hove City Council", "Leeds & York Partnership NHS Foundation Trust",
        "Brighton & Hove Safeguarding Adults Board",
        "Barking, Havering and Redbridge University Hospitals NHS Trust",
        "Newry, Mourne and Down District Council", "Telford & Wrekin Council"})
    ExpectKept(std::string("Staff of the ") + body + " met.", body, "PUBLIC_BODY");
  ExpectKept("Brighton & Hove City Council met.", "Brighton & Hove City Council", "PUBLIC_BODY");
  // A comma list ends in the body's own name only after two listed places.
  ExpectNotKept("Leeds, Sarah Smith and Kent Police", "Sarah");
  ExpectNotKept("Leeds, Bradford and Sarah Smith, Kent Police", "Sarah");
  // Integrated care boards by their "NHS <area>" names.
  ExpectKept("the NHS North East and North Cumbria Integrated Care Board commissioned",
             "NHS North East and North Cumbria", "PUBLIC_BODY");
  // Regulators, national charities and trusts' abbreviations.
  for (const char* body : {"Solicitors Regulation Authority", "Ann Craft Trust", "NEAS", "NuTH"})
    ExpectKept(std::string("a letter from the ") + body + " said", body, "PUBLIC_BODY");
}

TEST(PublicBodies, RolesAndPseudonyms) {
  ExpectKept("Mother told the health visitor", "Mother", "ROLE");
  ExpectKept("Mother told the health visitor", "health visitor", "ROLE");
  ExpectKept("Father and the social worker", "social worker", "ROLE");
  ExpectKept("Child M was seen", "Child M", "ROLE");
  ExpectKept("Child M's school", "Child M", "ROLE");
  ExpectKept("Baby R was born", "Baby R", "ROLE");
  ExpectKept("Sibling 1 said", "Sibling 1", "ROLE");
  ExpectKept("Mr X said", "Mr X", "ROLE");
  ExpectKept("the GP wrote", "GP", "ROLE");
  ExpectKept("Young Person B said", "Young Person B", "ROLE");
  ExpectKept("The Principal Social Worker chaired", "Principal Social Worker", "ROLE");
  ExpectKept("Call Crimestoppers on", "Crimestoppers", "PUBLIC_BODY");
  ExpectKept("BBC South East asked", "BBC South East", "PUBLIC_BODY");
  ExpectKept("assessed using the CoramBAAF Form F", "CoramBAAF", "PUBLIC_BODY");
  ExpectKept("Hussain, Shazia (Admin) – 0-19 Service", "Admin", "ROLE");
  ExpectKept("the Akela said he was settled", "Akela", "ROLE");
}

TEST(PublicBodies, NeverSwallowsAPersonalName) {
  ExpectNotKept("Mr Smith's social worker visited.", "Smith");
  ExpectKept("Mr Smith's social worker visited.", "social worker", "ROLE");
  ExpectNotKept("Child Tyler was seen.", "Tyler");
  ExpectNotKept("Mr J. Smith said", "J");
  ExpectNotKept("Mr J Smith said", "Mr J");
  ExpectNotKept("Shannon told Kent Police.", "Shannon");
  ExpectNotKept("When Shannon Okafor rang the Council", "Okafor");
  ExpectNotKept("Ms Okafor, Kent Police and the GP", "Okafor");
  ExpectNotKept("the police spoke to Tyler Brennan", "Tyler");
  ExpectNotKept("PC Smith of Kent Police said", "Smith");
  ExpectNotKept("Mr Smith and Kent Police said", "Smith");
  ExpectNotKept("She told Jones in Northshire County Council", "Jones");
  ExpectKept("PC Smith of Kent Police said", "Kent Police", "PUBLIC_BODY");
}

TEST(PublicBodies, ConfigureErrors) {
  PublicBodiesPlugin plugin;
  PluginContext context;
  context.dictionary_dir = "/nonexistent/dictionaries";
  try {
    plugin.Configure(context);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConfig);
    EXPECT_NE(std::string(e.what()).find("police_forces.txt"), std::string::npos);
  }
  anonymiser::testing::TempDir dir;
  for (const char* f : {"police_forces.txt", "public_bodies.txt", "legislation.txt", "roles.txt"})
    anonymiser::testing::WriteFile(dir / (std::string("keep/") + f), "# empty\n");
  anonymiser::testing::WriteFile(dir / "keep/body_patterns.txt", "around: Council\n");
  context.dictionary_dir = dir.path();
  EXPECT_THROW(plugin.Configure(context), Error);
}

TEST(PublicBodies, NeverThrowsOnOddBytes) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919 + 13) % 256));
  junk += "\xE2\x80";
  TextUnit unit;
  unit.text = junk;
  std::vector<Mention> out;
  EXPECT_NO_THROW(Plugin().Find(unit, out));
  for (const Mention& m : out) EXPECT_LE(m.end, junk.size());
  for (const char* edge : {"Child", "Mr ", "section", "s.", "Kent", "London Borough of", "\xE2"}) {
    unit.text = edge;
    out.clear();
    EXPECT_NO_THROW(Plugin().Find(unit, out)) << edge;
  }
}

}  // namespace
}  // namespace anonymiser::keep
