// What a case knows: its entities, their variants and pseudonyms, the
// documents processed, and the case's secret. Held in memory while a run
// works; a CaseStore loads and saves it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace anonymiser {

// One real-world thing (a person, a town, a school) named in the case.
struct Entity {
  std::int64_t id = 0;
  std::string type;       // "PERSON", "PLACE", "SCHOOL" ...
  std::string pseudonym;  // "Person A", "Child M"
  bool known = false;     // from the user's known-identities list: pseudonym fixed
  // The fullest original form seen ("Shannon Okafor"). Kept only in the case
  // store, which is the re-identification key; never written to the log.
  std::string original;
  // Linking hints: "given", "family", "gender" (folded forms).
  std::map<std::string, std::string> attributes;
  // Folded spellings that refer to this entity ("shannon okafor", "okafor").
  std::vector<std::string> variants;
  // Order of the document in which the entity was last mentioned (for
  // resolving ambiguous surnames to the most recent person).
  std::int64_t last_seen = 0;
  // Set when changed since loading; the store saves dirty entities.
  bool dirty = false;
  // How many of `variants` (from the front) the store already holds: it
  // writes only the rest.
  std::size_t stored_variants = 0;

  // True if `variant` (folded) is one of this entity's spellings.
  bool HasVariant(const std::string& variant) const;
  // Adds a non-empty `variant` unless present; marks the entity dirty when added.
  void AddVariant(const std::string& variant);
  // The attribute `key`, or "" when unset. The reference lives as long as
  // the attribute (the linker asks for several per candidate entity: no copies).
  const std::string& Attribute(const std::string& key) const;
};

// A document processed in the case.
struct DocumentRecord {
  std::string path;  // input path as given
  std::string input_sha256;
  std::string output_sha256;
  std::string output_path;
};

struct CaseState {
  // Random per-case secret (hex): keys the audit log's HMACs and derives the date shift.
  std::string secret;
  // Whole days added to every date under the "shift" policy.
  long shift_days = 0;
  // Case-level settings ("dates", "ages", "style.PERSON" ...).
  std::map<std::string, std::string> settings;
  std::vector<Entity> entities;
  // Next letter index per pseudonym pattern ("Person {L}" -> 3 means D is next).
  std::map<std::string, int> next_letter;
  // Documents recorded by the current Update(), by input path: the store
  // saves and then forgets them. Load() leaves this empty, whatever the case
  // holds (a case of 100,000 documents would otherwise be read whole); look
  // records up with CaseStore::FindDocument().
  std::map<std::string, DocumentRecord> documents;
  // Entities removed by the user (`anonymise case remove`); the store deletes them.
  std::vector<std::int64_t> removed_entities;
  std::int64_t next_entity_id = 1;
  std::int64_t document_counter = 0;
  bool counters_dirty = false;

  // Returns the entity with `id`, or nullptr.
  Entity* FindEntity(std::int64_t id);
  const Entity* FindEntity(std::int64_t id) const;

  // Adds a new entity of `type` and returns it (id assigned, dirty).
  Entity& AddEntity(const std::string& type);

  // Indexes into `entities` (ascending) of every entity that has `key` as a
  // variant or as its "given", "family" or "name" attribute: candidates for
  // the linker, which still checks what it needs. Call RefreshSpellings()
  // first whenever entities may have changed from outside (the linker does,
  // once per document), and Reindex() after adding spellings to an entity.
  const std::vector<std::size_t>& EntitiesSpelled(const std::string& key) const;
  // Rebuilds the spelling index when the entities no longer match it (their
  // ids, numbers of variants or attributes changed). O(entities).
  void RefreshSpellings();
  // Brings the spelling index up to date for entity `entities[index]`.
  void Reindex(std::size_t index);

  // Returns the next unused pseudonym for `pattern` ("Person {L}" -> "Person A",
  // then "Person B" ... "Person Z", "Person AA" ...), skipping any pseudonym an
  // entity already has, and advances the pattern's counter. Amortised O(1):
  // the pseudonyms in use are remembered, so a pseudonym given to an entity
  // already in `entities` other than by this function must be reported with
  // NotePseudonym().
  std::string NextPseudonym(const std::string& pattern);
  // Records that some entity now has `pseudonym` (a user-given one), so
  // NextPseudonym() never hands it out.
  void NotePseudonym(const std::string& pseudonym);

 private:
  std::size_t SpellingSignature() const;
  std::unordered_map<std::string, std::vector<std::size_t>> spelled_;
  std::vector<std::size_t> spelled_terms_;     // each entity's SpellingTerm when indexed
  std::vector<std::size_t> spelled_variants_;  // how many of each entity's variants are indexed
  std::size_t spelled_signature_ = 0;
  bool spelled_built_ = false;
  // Pseudonyms of entities[0, pseudonyms_covered_) and every one handed out
  // or noted since; may hold some no longer used (harmless: counters only
  // move on).
  std::unordered_set<std::string> pseudonyms_;
  std::size_t pseudonyms_covered_ = 0;
};

// "A", "B" ... "Z", "AA", "AB" ... for index 0, 1, ...
std::string LetterFor(int index);

}  // namespace anonymiser
