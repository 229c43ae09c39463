#include "core/schema.h"

#include "core/error.h"
#include "core/sqlite/database.h"
#include "core/workspace.h"

#include <array>
#include <fstream>

namespace mc {

namespace {

// Version 1: the domain model. Dates are ISO 8601 text ("2026-09-01"),
// timestamps UTC text, enums their keys from enums.cpp; every row has a
// UUID so files from different desks can be merged.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE workspace (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE compacts (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    program TEXT NOT NULL DEFAULT '',
    cohort TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    template_id TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    institution TEXT NOT NULL DEFAULT '',
    responsibilities TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX people_by_compact ON people(compact_id, position);
CREATE TABLE expectations (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    topic TEXT NOT NULL,
    text TEXT NOT NULL,
    direction TEXT NOT NULL,
    origin TEXT NOT NULL,
    state TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX expectations_by_compact ON expectations(compact_id, domain, position);
CREATE TABLE goals (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    owner_id TEXT NOT NULL REFERENCES people(id),
    horizon TEXT NOT NULL,
    text TEXT NOT NULL,
    target_date TEXT,
    status TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX goals_by_compact ON goals(compact_id, position);
CREATE INDEX goals_by_owner ON goals(owner_id);
CREATE TABLE milestones (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    responsible_id TEXT NOT NULL REFERENCES people(id),
    goal_id TEXT REFERENCES goals(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    due_date TEXT NOT NULL,
    done_date TEXT,
    status TEXT NOT NULL,
    outcome_note TEXT NOT NULL DEFAULT '',
    mentor_confirmed INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX milestones_by_compact ON milestones(compact_id);
CREATE INDEX milestones_by_responsible ON milestones(responsible_id);
CREATE INDEX milestones_by_goal ON milestones(goal_id);
CREATE TABLE meeting_plans (
    compact_id TEXT PRIMARY KEY NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    cadence TEXT NOT NULL,
    weekday INTEGER NOT NULL,
    week_of_month INTEGER NOT NULL,
    interval_days INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    channels TEXT NOT NULL DEFAULT '',
    standing_topics TEXT NOT NULL DEFAULT '',
    scholar_preparation TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL
);
)sql";

// Version 2: indexes for the cohort summary (milestones counted by status
// and due date without reading each row) and for filtering by program.
constexpr const char* kVersion2 = R"sql(
DROP INDEX milestones_by_compact;
CREATE INDEX milestones_by_compact ON milestones(compact_id, status, due_date);
CREATE INDEX compacts_by_program ON compacts(program, cohort);
)sql";

// Version 3: worksheets (issue 4). Each person's answers on the compact's
// topics, and which answers an agreed clause was written from. A person
// has at most one worksheet per compact; deleting the compact, the person
// or the clause takes their rows along.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE worksheets (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    submitted TEXT,
    imported TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (compact_id, person_id)
);
CREATE INDEX worksheets_by_person ON worksheets(person_id);
CREATE TABLE worksheet_answers (
    id TEXT PRIMARY KEY NOT NULL,
    worksheet_id TEXT NOT NULL REFERENCES worksheets(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    topic TEXT NOT NULL,
    own_topic_title TEXT NOT NULL DEFAULT '',
    responsibility INTEGER NOT NULL DEFAULT 0,
    importance INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (worksheet_id, topic)
);
CREATE TABLE expectation_sources (
    expectation_id TEXT NOT NULL REFERENCES expectations(id) ON DELETE CASCADE,
    answer_id TEXT NOT NULL REFERENCES worksheet_answers(id) ON DELETE CASCADE,
    PRIMARY KEY (expectation_id, answer_id)
);
CREATE INDEX expectation_sources_by_answer ON expectation_sources(answer_id);
)sql";

// Version 4: versions and signatures (issue 5). A compact is signed as a
// version; a signed version keeps the canonical text it froze and its
// fingerprint. `signers` holds only choices made for a person: without a
// row the role decides (core/signing.h). A signature keeps the person's
// role and typed name, and no foreign key to the person: it is a record of
// what happened and outlives an amendment that removes them.
// Every existing compact gets version 1 as a draft. A compact whose status
// said signed (or amended) has no signature to show for it, so no signed
// version is invented: it goes back to in_negotiation and must be signed.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE compact_versions (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    state TEXT NOT NULL,
    fingerprint TEXT,
    content TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    signed_at TEXT,
    UNIQUE (compact_id, number)
);
CREATE TABLE signers (
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    required INTEGER NOT NULL,
    PRIMARY KEY (compact_id, person_id)
);
CREATE INDEX signers_by_person ON signers(person_id);
CREATE TABLE signatures (
    id TEXT PRIMARY KEY NOT NULL,
    version_id TEXT NOT NULL REFERENCES compact_versions(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL,
    role TEXT NOT NULL,
    typed_name TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    drawing TEXT NOT NULL DEFAULT '[]',
    fingerprint TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (version_id, person_id)
);
INSERT INTO compact_versions (id, compact_id, number, state, created, updated)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
           substr(lower(hex(randomblob(2))), 2) || '-' ||
           substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||
           '-' || lower(hex(randomblob(6))),
       id, 1, 'draft', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM compacts;
UPDATE compacts SET status = 'in_negotiation', updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE status IN ('signed', 'amended');
)sql";

// Version 5: the meeting log (issue 6). Not part of a signed version: no
// fingerprint covers it. Deleting a compact takes its log along, and a
// meeting its attendees and action items. A person leaving the compact
// loses nothing: the trigger keeps their name on the meetings they attended
// and the action items they own before the foreign keys clear the link
// (person_id and owner_id become NULL, the name stays). A deleted
// milestone only unlinks the action item it came from.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    meeting_date TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX meetings_by_compact ON meetings(compact_id, meeting_date);
CREATE TABLE meeting_attendees (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX meeting_attendees_by_person ON meeting_attendees(person_id);
CREATE TABLE action_items (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    owner_name TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    milestone_id TEXT REFERENCES milestones(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX action_items_by_meeting ON action_items(meeting_id, position);
CREATE INDEX action_items_by_owner ON action_items(owner_id);
CREATE INDEX action_items_by_milestone ON action_items(milestone_id);
CREATE TRIGGER people_keep_names_in_meeting_log BEFORE DELETE ON people
BEGIN
    UPDATE meeting_attendees SET name = OLD.name WHERE person_id = OLD.id;
    UPDATE action_items SET owner_name = OLD.name WHERE owner_id = OLD.id;
END;
)sql";

// Version 6: yearly reviews (issue 6). A review is one per compact and
// award year. Its entries name milestones, goals and expectations by id
// without a foreign key, and keep their text and due date as reviewed: a
// review is a record of the year, and stays whole when the compact moves on
// (a milestone renamed or deleted). Reflections are blind: the store shows
// them to others only once every one of the scholar and mentors has
// submitted. Signatures work as the compact's do, on the review's text.
constexpr const char* kVersion6 = R"sql(
CREATE TABLE reviews (
    id TEXT PRIMARY KEY NOT NULL,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    award_year INTEGER NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    held_on TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft',
    fingerprint TEXT,
    content TEXT,
    signed_at TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (compact_id, award_year)
);
CREATE TABLE review_entries (
    review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('milestone', 'goal', 'expectation')),
    subject_id TEXT NOT NULL,
    subject_text TEXT NOT NULL,
    subject_date TEXT,
    subject_domain TEXT,
    outcome TEXT,
    outcome_date TEXT,
    new_text TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (review_id, kind, subject_id)
);
CREATE TABLE review_reflections (
    id TEXT PRIMARY KEY NOT NULL,
    review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    satisfaction INTEGER NOT NULL DEFAULT 0,
    satisfaction_words TEXT NOT NULL DEFAULT '',
    discussion INTEGER NOT NULL DEFAULT 0,
    differently TEXT NOT NULL DEFAULT '',
    mentor_better TEXT NOT NULL DEFAULT '',
    submitted_on TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (review_id, person_id)
);
CREATE TABLE review_signatures (
    id TEXT PRIMARY KEY NOT NULL,
    review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL,
    role TEXT NOT NULL,
    typed_name TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    drawing TEXT NOT NULL DEFAULT '[]',
    fingerprint TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (review_id, person_id)
);
)sql";

// Version 7: closing a compact (issue 7). A closed compact keeps the day
// the formal relationship ended, why, and a note; NULL while it is open.
constexpr const char* kVersion7 = R"sql(
ALTER TABLE compacts ADD COLUMN closed_on TEXT;
ALTER TABLE compacts ADD COLUMN close_reason TEXT;
ALTER TABLE compacts ADD COLUMN close_note TEXT NOT NULL DEFAULT '';
)sql";

// Version 8: merging workspaces (issue 7). `merge_base` keeps, per file
// merged from (its workspace id) and entity id, the entity's fields as that
// file said them at the last merge, so the next merge knows which side
// changed what. No foreign keys: an entity deleted here keeps its row, so
// the next merge knows it was deleted rather than new. `merge_conflicts`
// holds the conflicts kept to settle later, with both values as JSON.
constexpr const char* kVersion8 = R"sql(
CREATE TABLE merge_base (
    source_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    content TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (source_id, entity_id)
) WITHOUT ROWID;
CREATE TABLE merge_conflicts (
    id INTEGER PRIMARY KEY,
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    compact_label TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    what TEXT NOT NULL,
    field TEXT NOT NULL,
    ours TEXT NOT NULL,
    theirs TEXT NOT NULL,
    signed_content INTEGER NOT NULL DEFAULT 0,
    source_id TEXT NOT NULL,
    source_name TEXT NOT NULL,
    created TEXT NOT NULL,
    resolution TEXT CHECK (resolution IN ('ours', 'theirs')),
    resolved_at TEXT
);
CREATE INDEX merge_conflicts_by_compact ON merge_conflicts(compact_id, resolution);
)sql";

// Version 9: what the dashboard derives, kept so that it need not derive it
// again for 1,000 compacts each time it is shown (issue 7, <= 100 ms).
// `live_fingerprints` holds the fingerprint of a compact's live text (what
// a draft's signatures are checked against); `alignment_summaries` the
// alignment counts per domain of a compact with two or more submitted
// worksheets, or one row with domain '' when it has fewer (nothing to
// compare). Both are caches: a row is written only by
// Workspace::updateDashboardCache, and the triggers below delete it when
// anything it was derived from changes, through the program or behind its
// back, so a row present is always right and a row missing is derived again
// (docs/file-formats.md). They over-forget on purpose: any change to a row
// of the compact's text forgets its fingerprint, covered field or not.
constexpr const char* kVersion9 = R"sql(
CREATE TABLE live_fingerprints (
    compact_id TEXT PRIMARY KEY NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE alignment_summaries (
    compact_id TEXT NOT NULL REFERENCES compacts(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    topics INTEGER NOT NULL,
    aligned INTEGER NOT NULL,
    minor_gaps INTEGER NOT NULL,
    major_gaps INTEGER NOT NULL,
    level INTEGER NOT NULL,
    PRIMARY KEY (compact_id, domain)
) WITHOUT ROWID;
CREATE TRIGGER compacts_update_forgets_fingerprint AFTER UPDATE ON compacts BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.id);
END;
CREATE TRIGGER people_insert_forgets_caches AFTER INSERT ON people BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (NEW.compact_id);
    DELETE FROM alignment_summaries WHERE compact_id IN (NEW.compact_id);
END;
CREATE TRIGGER people_update_forgets_caches AFTER UPDATE ON people BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id, NEW.compact_id);
    DELETE FROM alignment_summaries WHERE compact_id IN (OLD.compact_id, NEW.compact_id);
END;
CREATE TRIGGER people_delete_forgets_caches AFTER DELETE ON people BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id);
    DELETE FROM alignment_summaries WHERE compact_id IN (OLD.compact_id);
END;
CREATE TRIGGER expectations_insert_forgets_fingerprint AFTER INSERT ON expectations BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (NEW.compact_id);
END;
CREATE TRIGGER expectations_update_forgets_fingerprint AFTER UPDATE ON expectations BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id, NEW.compact_id);
END;
CREATE TRIGGER expectations_delete_forgets_fingerprint AFTER DELETE ON expectations BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id);
END;
CREATE TRIGGER goals_insert_forgets_fingerprint AFTER INSERT ON goals BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (NEW.compact_id);
END;
CREATE TRIGGER goals_update_forgets_fingerprint AFTER UPDATE ON goals BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id, NEW.compact_id);
END;
CREATE TRIGGER goals_delete_forgets_fingerprint AFTER DELETE ON goals BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id);
END;
CREATE TRIGGER milestones_insert_forgets_fingerprint AFTER INSERT ON milestones BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (NEW.compact_id);
END;
CREATE TRIGGER milestones_update_forgets_fingerprint AFTER UPDATE ON milestones BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id, NEW.compact_id);
END;
CREATE TRIGGER milestones_delete_forgets_fingerprint AFTER DELETE ON milestones BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id);
END;
CREATE TRIGGER meeting_plans_insert_forgets_fingerprint AFTER INSERT ON meeting_plans BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (NEW.compact_id);
END;
CREATE TRIGGER meeting_plans_update_forgets_fingerprint AFTER UPDATE ON meeting_plans BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id, NEW.compact_id);
END;
CREATE TRIGGER meeting_plans_delete_forgets_fingerprint AFTER DELETE ON meeting_plans BEGIN
    DELETE FROM live_fingerprints WHERE compact_id IN (OLD.compact_id);
END;
CREATE TRIGGER worksheets_insert_forgets_alignment AFTER INSERT ON worksheets BEGIN
    DELETE FROM alignment_summaries WHERE compact_id IN (NEW.compact_id);
END;
CREATE TRIGGER worksheets_update_forgets_alignment AFTER UPDATE ON worksheets BEGIN
    DELETE FROM alignment_summaries WHERE compact_id IN (OLD.compact_id, NEW.compact_id);
END;
CREATE TRIGGER worksheets_delete_forgets_alignment AFTER DELETE ON worksheets BEGIN
    DELETE FROM alignment_summaries WHERE compact_id IN (OLD.compact_id);
END;
CREATE TRIGGER worksheet_answers_insert_forgets_alignment AFTER INSERT ON worksheet_answers BEGIN
    DELETE FROM alignment_summaries WHERE compact_id IN
        (SELECT compact_id FROM worksheets WHERE id IN (NEW.worksheet_id));
END;
CREATE TRIGGER worksheet_answers_update_forgets_alignment AFTER UPDATE ON worksheet_answers BEGIN
    DELETE FROM alignment_summaries WHERE compact_id IN
        (SELECT compact_id FROM worksheets WHERE id IN (OLD.worksheet_id, NEW.worksheet_id));
END;
CREATE TRIGGER worksheet_answers_delete_forgets_alignment AFTER DELETE ON worksheet_answers BEGIN
    DELETE FROM alignment_summaries WHERE compact_id IN
        (SELECT compact_id FROM worksheets WHERE id IN (OLD.worksheet_id));
END;
)sql";

constexpr std::array<const char*, 9> kSteps = {kVersion1, kVersion2, kVersion3,
                                               kVersion4, kVersion5, kVersion6,
                                               kVersion7, kVersion8, kVersion9};
static_assert(kSteps.size() == Workspace::kSchemaVersion,
              "every schema version needs exactly one migration step");

std::int32_t bigEndian32(const unsigned char* bytes) {
    const std::uint32_t value = (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
                                (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
    return static_cast<std::int32_t>(value);
}

} // namespace

FileHeader readFileHeader(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(text(MC_TR("core", "%1 cannot be read."), path));
    std::array<char, 100> raw{};
    in.read(raw.data(), raw.size());
    FileHeader header;
    if (in.gcount() < static_cast<std::streamsize>(raw.size()))
        return header;
    const std::string_view magic(raw.data(), 16);
    header.isSqlite = magic == std::string_view("SQLite format 3\0", 16);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
    header.userVersion = bigEndian32(bytes + 60);
    header.applicationId = bigEndian32(bytes + 68);
    return header;
}

void createSchema(sqlite::Database& db, int targetVersion) {
    sqlite::Transaction transaction(db);
    db.exec("PRAGMA application_id = " + std::to_string(Workspace::kApplicationId));
    for (int version = 1; version <= targetVersion; ++version)
        db.exec(kSteps[static_cast<std::size_t>(version - 1)]);
    db.exec("PRAGMA user_version = " + std::to_string(targetVersion));
    transaction.commit();
}

void migrateSchema(sqlite::Database& db, int fromVersion, int targetVersion) {
    // All steps in one transaction: a kill or a failing step leaves the file
    // as it was, never at a version in between (tests/reliability).
    sqlite::Transaction transaction(db);
    for (int version = fromVersion + 1; version <= targetVersion; ++version)
        db.exec(kSteps[static_cast<std::size_t>(version - 1)]);
    db.exec("PRAGMA user_version = " + std::to_string(targetVersion));
    transaction.commit();
}

} // namespace mc
