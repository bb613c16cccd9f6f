// One pass over a text that finds UK identifiers: NHS and National
// Insurance numbers, phone numbers, e-mail and web addresses, postcodes,
// vehicle registrations, reference numbers and dates of birth; and the
// quasi-identifiers found in public records: sums of money, nationalities,
// occupations, religions and languages.
#pragma once

#include <string_view>
#include <vector>

#include "anonymiser/mention.h"

namespace anonymiser::identifiers {

// Appends to `out` the identifiers found in `text`, in text order and not
// overlapping, each with its type, rule and score:
//  NHS_NUMBER   "nhs-mod11" (ten digits, 3-3-4 or unspaced, check digit valid),
//               "nhs-labelled" (check digit wrong but labelled "NHS number": 0.7);
//  NI_NUMBER    "ni-number" (prefix rules, six digits, suffix A-D; the suffix may
//               be missing when labelled), "ni-labelled" (a prefix never issued,
//               after "NI number": 0.8);
//  PHONE        "uk-mobile", "uk-landline", "uk-freephone", "uk-international";
//  EMAIL        "email"; SOCIAL_MEDIA "handle" (@kezzap98), "platform-handle"
//               (Snapchat was smokey_mw1, the account g1p_x), "platform-group"
//               (Facebook group: "..."), "underscore-handle" (the_real_kez
//               alone: 0.75); see platform_handle.h;
//  URL          "url" (https://..., www....), "url-no-scheme" (facebook.com/x.y,
//               a host ending in a common top-level domain, then a path); a
//               public body's or charity's site (gov.uk, nhs.uk, org.uk ...)
//               is passed over;
//  POSTCODE     "postcode" (upper case, or any case after the word "postcode"),
//               "postcode-giro" (GIR 0AA);
//  VEHICLE_REG  "vehicle-reg-current" (AB12 CDE), "vehicle-reg-prefix" and
//               "vehicle-reg-suffix" (older formats, only when labelled);
//  CASE_REF     "application-number" (40593/04; E. 1996/123), "letter-reference" (CR/12345/20),
//               "letter-digit-code" (A123456789012, RXH123456),
//               "iban" (GB82 WEST 1234 5698 7654 32, mod-97 check valid),
//               "iban-labelled" (check wrong but after "IBAN": 0.8),
//               "group-code" (2021/KLM/00442, 45/88012/22),
//               "police-record-number" (24/0031877X, 012345/19K: PNC and CRO
//               numbers without a label), "dbs-certificate" (twelve digits
//               after "DBS" or "CRB"),
//               "labelled-reference" (the token after "Ref:", "case no.", a
//               record's kind "job", "bleep" ...; not a count after a noun:
//               "the referral 100 days later"; a currency code that is also a
//               label before a bare number, "CAD 1234", is the label),
//               "long-digit-run" (six or more digits after an identifier word,
//               or nine or more anywhere);
//  VEHICLE      "make-model-by-registration" (the make and model written next to
//               a registration: "white Ford Transit YR68 TNB"); see vehicle_model.h;
//  DATE_OF_BIRTH "date-of-birth" (the date after "DOB", "date of birth", "born on");
//  MONEY        "money-symbol" (£12,500, IR£8,800), "money-code" (USD 1,850,
//               600 EUR), "money-name" (5,000 pounds, 50,000,000 Turkish liras
//               (TRL)); see money_amount.h;
//  DEMOGRAPHIC  "nationality-noun" (a British national), "national-of" (a
//               national of the United Kingdom); see nationality_phrase.h;
//  OCCUPATION   "as-occupation" (worked as a taxi driver), "by-profession" (a
//               school-teacher by profession), "occupation-label" (Occupation:
//               cleaner), "rank" (a senior non-commissioned rank),
//               "is-a-occupation" (is a development manager); see
//               occupation_phrase.h;
//  RELIGION     "religion-word" (practising Muslims), "religion-context" (a
//               Christian upbringing); LANGUAGE "language-context" (her first
//               language is Tigrinya); see faith_language.h.
// Never throws; a number inside a longer run of digits is never matched.
void ScanIdentifiers(std::string_view text, std::vector<Mention>& out);

}  // namespace anonymiser::identifiers
