#include "bench_workspace.h"

#include "core/topics.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <string>
#include <tuple>

namespace mc::bench {

namespace {

namespace bg = boost::gregorian;

// Draws from std::mt19937 directly (its output is fixed by the standard),
// not through std::uniform_int_distribution, whose results differ between
// standard libraries.
class Rng {
public:
    explicit Rng(std::uint32_t seed) : engine_(seed) {}

    // 0 <= value < bound
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint32_t>(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int chance) { return below(100) < chance; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

    std::string uuid() {
        std::array<std::uint32_t, 4> words{next(), next(), next(), next()};
        words[1] = (words[1] & 0xFFFF0FFFu) | 0x00004000u; // version 4
        words[2] = (words[2] & 0x3FFFFFFFu) | 0x80000000u; // RFC 4122 variant
        char text[37];
        std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%04x%08x", words[0], words[1] >> 16,
                      words[1] & 0xFFFFu, words[2] >> 16, words[2] & 0xFFFFu, words[3]);
        return text;
    }

private:
    // std::mt19937 gives 32 bits in a type that may be wider.
    std::uint32_t next() { return static_cast<std::uint32_t>(engine_()); }

    std::mt19937 engine_;
};

constexpr std::array<const char*, 16> kGivenNames = {
    "Amara",  "Benedikt", "Chiara", "Dmitri", "Esperanza", "Farid", "Grace",     "Hiroshi",
    "Ingrid", "José",     "Kwame",  "Leila",  "Mateo",     "Nadia", "Oluwaseun", "Priya"};
constexpr std::array<const char*, 16> kFamilyNames = {
    "Abernathy", "Bergström", "Castellanos", "Delacroix", "Eze",      "Fitzgerald",
    "Gupta",     "Halvorsen", "Ivanova",     "Jiménez",   "Kowalski", "Lindqvist",
    "Mbeki",     "Nakamura",  "O'Connell",   "Petrov"};
constexpr std::array<const char*, 8> kDepartments = {
    "Medicine",   "Pediatrics", "Neurology",         "Psychiatry",
    "Cardiology", "Oncology",   "Population Health", "Biomedical Engineering"};
constexpr std::array<const char*, 4> kInstitutions = {
    "University Medical Center", "Institute of Translational Science", "School of Public Health",
    "Children's Research Hospital"};
constexpr std::array<const char*, 5> kPrograms = {"KL2", "K12", "K23", "K99/R00", "CTSA TL1"};
constexpr std::array<const char*, 10> kSubjects = {
    "sepsis biomarkers",         "pediatric asthma",          "early psychosis",
    "heart failure readmission", "tumour microenvironment",   "rural telehealth",
    "sleep and cognition",       "antimicrobial stewardship", "diabetic kidney disease",
    "opioid use disorder"};
constexpr std::array<const char*, 8> kVerbs = {"agree on", "review", "write down", "revisit",
                                               "schedule", "share",  "decide",     "track"};
constexpr std::array<const char*, 8> kWhen = {
    "at every meeting", "once a month", "before each deadline",  "at the yearly review",
    "within two weeks", "each quarter", "whenever plans change", "before the next award year"};
constexpr std::array<const char*, 12> kGoalTexts = {
    "Obtain independent R01-level funding",   "Publish three first-author papers",
    "Build a cohort of 400 patients",         "Secure a tenure-track position",
    "Lead a multi-site pilot study",          "Master mixed-effects modelling",
    "Present at the national meeting",        "Mentor two summer students",
    "Complete the clinical research course",  "Establish an external collaboration",
    "Submit a K-to-R transition application", "Write a review article"};

struct MilestonePattern {
    MilestoneKind kind;
    const char* title;
};
constexpr std::array<MilestonePattern, 10> kMilestonePatterns = {{
    {MilestoneKind::Publication, "Submit manuscript"},
    {MilestoneKind::Publication, "Revise and resubmit manuscript"},
    {MilestoneKind::GrantSubmission, "Submit grant application"},
    {MilestoneKind::GrantAward, "Grant award decision"},
    {MilestoneKind::Presentation, "Present poster"},
    {MilestoneKind::Presentation, "Give invited talk"},
    {MilestoneKind::Promotion, "Promotion dossier"},
    {MilestoneKind::Training, "Finish training module"},
    {MilestoneKind::IndependenceStep, "Take over lab meeting"},
    {MilestoneKind::Other, "Protocol approved by the review board"},
}};

constexpr std::array<const char*, 6> kOutcomeNotes = {
    "Accepted after one round of revisions.",
    "Scored but not funded; resubmission planned with the mentor's comments.",
    "Moved to the next cycle after the data release was delayed.",
    "Went well; the questions pointed to a follow-up analysis.",
    "Dropped in favour of the multi-site study.",
    ""};

std::string twoDigits(int value) {
    char text[16];
    std::snprintf(text, sizeof text, "%02d", value);
    return text;
}

// A UTC stamp `seconds` after 2025-01-06T08:00:00Z, with milliseconds.
std::string stampAfter(long seconds) {
    const Date day = Date(2025, 1, 6) + bg::days(seconds / 86400);
    const long inDay = 8 * 3600 + seconds % 86400;
    return formatIsoDate(day + bg::days(inDay / 86400)) + "T" +
           twoDigits(static_cast<int>(inDay % 86400 / 3600)) + ":" +
           twoDigits(static_cast<int>(inDay % 3600 / 60)) + ":" +
           twoDigits(static_cast<int>(inDay % 60)) + "." +
           twoDigits(static_cast<int>(seconds % 97)) + "0Z";
}

std::string personName(Rng& rng) {
    return std::string(rng.pick(kGivenNames)) + " " + rng.pick(kFamilyNames);
}

std::string emailFor(const std::string& name, int index) {
    std::string local;
    for (char c : name)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            local += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return local + std::to_string(index) + "@example.org";
}

void addPeople(Compact& compact, Rng& rng, int index) {
    struct Seat {
        Role role;
        const char* responsibilities;
    };
    constexpr std::array<Seat, 4> kSeats = {{
        {Role::Scholar, ""},
        {Role::PrimaryMentor,
         "Meets the scholar every two weeks, reads every draft and leads the yearly review."},
        {Role::CoMentor, "Guides the methods and the statistical analysis plan."},
        {Role::CareerMentor, "Advises on promotion, networking and the balance of work and life."},
    }};
    for (std::size_t seat = 0; seat < kSeats.size(); ++seat) {
        Person& person = compact.people.emplace_back();
        person.id = rng.uuid();
        person.role = kSeats[seat].role;
        person.name = personName(rng);
        person.email = emailFor(person.name, index);
        person.department = rng.pick(kDepartments);
        person.institution = rng.pick(kInstitutions);
        person.responsibilities = kSeats[seat].responsibilities;
        person.position = static_cast<int>(seat);
    }
}

void addExpectations(Compact& compact, Rng& rng, const std::string& subject) {
    for (const auto& domainEntry : enumEntries<Domain>()) {
        std::vector<const Topic*> topics;
        for (const Topic& topic : allTopics())
            if (topic.domain == domainEntry.value)
                topics.push_back(&topic);
        for (int position = 0; position < kExpectationsPerDomain; ++position) {
            const Topic& topic = *topics[static_cast<std::size_t>(position) % topics.size()];
            Expectation& e = compact.expectations.emplace_back();
            e.id = rng.uuid();
            e.domain = domainEntry.value;
            e.topic = std::string(topic.key);
            e.text = "For the work on " + subject + ", we " + rng.pick(kVerbs) + " " +
                     std::string(topic.title) + " " + rng.pick(kWhen) +
                     "; the mentor gives written feedback and the scholar keeps the notes.";
            e.direction = static_cast<Direction>(rng.below(3));
            e.origin = static_cast<Origin>(rng.below(4));
            e.state = rng.percent(80) ? ExpectationState::Agreed
                                      : static_cast<ExpectationState>(rng.below(4));
            e.position = position;
        }
    }
}

void addGoals(Compact& compact, Rng& rng) {
    for (int position = 0; position < kGoalsPerCompact; ++position) {
        Goal& goal = compact.goals.emplace_back();
        goal.id = rng.uuid();
        goal.ownerId =
            compact.people[rng.percent(75) ? 0 : static_cast<std::size_t>(rng.between(1, 3))].id;
        goal.horizon = rng.percent(50) ? Horizon::Career : Horizon::ThisYear;
        goal.text =
            std::string(kGoalTexts[static_cast<std::size_t>(position) % kGoalTexts.size()]) +
            " by the end of the award.";
        if (rng.percent(70))
            goal.targetDate =
                compact.start +
                bg::days(rng.below(static_cast<int>((compact.end - compact.start).days()) + 1));
        goal.status = rng.percent(70) ? GoalStatus::Active : static_cast<GoalStatus>(rng.below(4));
        goal.position = position;
    }
}

MilestoneStatus statusFor(Rng& rng, const Date& due) {
    const int roll = rng.below(100);
    if (due < benchToday()) {
        if (roll < 60)
            return MilestoneStatus::Achieved;
        if (roll < 75)
            return MilestoneStatus::Missed;
        if (roll < 85)
            return MilestoneStatus::Planned; // overdue
        if (roll < 95)
            return MilestoneStatus::Rescheduled; // overdue
        return MilestoneStatus::Dropped;
    }
    if (roll < 85)
        return MilestoneStatus::Planned;
    return roll < 95 ? MilestoneStatus::Rescheduled : MilestoneStatus::Dropped;
}

void addMilestones(Compact& compact, Rng& rng, const std::string& subject) {
    const int periodDays = static_cast<int>((compact.end - compact.start).days());
    for (int i = 0; i < kMilestonesPerCompact; ++i) {
        const MilestonePattern& pattern = rng.pick(kMilestonePatterns);
        Milestone& m = compact.milestones.emplace_back();
        m.id = rng.uuid();
        m.responsibleId =
            compact.people[rng.percent(70) ? 0 : static_cast<std::size_t>(rng.between(1, 3))].id;
        if (rng.percent(80))
            m.goalId = compact.goals[static_cast<std::size_t>(rng.below(kGoalsPerCompact))].id;
        m.kind = pattern.kind;
        m.title =
            std::string(pattern.title) + " on " + subject + " (" + std::to_string(i + 1) + ")";
        // Spread evenly over the award period, with some jitter.
        m.due = compact.start +
                bg::days(std::clamp(periodDays * i / kMilestonesPerCompact + rng.between(-10, 10),
                                    0, periodDays));
        m.status = statusFor(rng, m.due);
        if (m.status == MilestoneStatus::Achieved) {
            m.done = std::max(compact.start, m.due - bg::days(rng.below(30)));
            m.mentorConfirmed = rng.percent(70);
        }
        if (m.status != MilestoneStatus::Planned)
            m.outcomeNote = rng.pick(kOutcomeNotes);
    }
    // The store's display order: due date, then title, then id.
    std::sort(compact.milestones.begin(), compact.milestones.end(),
              [](const Milestone& a, const Milestone& b) {
                  return std::tie(a.due, a.title, a.id) < std::tie(b.due, b.title, b.id);
              });
}

void addMeetingPlan(Compact& compact, Rng& rng) {
    MeetingPlan& plan = compact.meetingPlan;
    plan.recurrence.cadence = static_cast<Cadence>(rng.below(4));
    plan.recurrence.weekday = rng.between(1, 5);
    plan.recurrence.weekOfMonth = rng.percent(20) ? -1 : rng.between(1, 4);
    plan.recurrence.intervalDays = rng.between(7, 28);
    plan.durationMinutes = 30 * rng.between(1, 3);
    plan.channels = rng.percent(50) ? "in person, Zoom when travelling" : "Zoom on Fridays";
    plan.standingTopics = "Progress on milestones; drafts in review; what is blocking the work.";
    plan.scholarPreparation = "A one-page update and the questions for the mentor, a day ahead.";
}

// The stamps of every part: created with the compact, updated a while later.
void stampAll(Compact& compact, Rng& rng, long createdSeconds) {
    const std::string created = stampAfter(createdSeconds);
    auto stamp = [&](Stamps& stamps) {
        stamps.created = created;
        stamps.updated = stampAfter(createdSeconds + rng.between(0, 200 * 86400));
    };
    stamp(compact);
    for (auto& p : compact.people)
        stamp(p);
    for (auto& e : compact.expectations)
        stamp(e);
    for (auto& g : compact.goals)
        stamp(g);
    for (auto& m : compact.milestones)
        stamp(m);
    compact.meetingPlan.updated = stampAfter(createdSeconds + rng.between(0, 30 * 86400));
}

} // namespace

Date benchToday() {
    return Date(2027, 6, 1);
}

std::vector<Compact> generateCompacts(int count, std::uint32_t seed) {
    Rng rng(seed);
    std::vector<Compact> compacts;
    compacts.reserve(static_cast<std::size_t>(count));
    for (int index = 0; index < count; ++index) {
        Compact& compact = compacts.emplace_back();
        compact.id = rng.uuid();
        const std::string subject = rng.pick(kSubjects);
        compact.program = rng.pick(kPrograms);
        compact.start = Date(2023, 7, 1) + bg::days(rng.below(3 * 365));
        compact.end = anniversary(compact.start, rng.between(3, 5)) - bg::days(1);
        compact.cohort = std::to_string(static_cast<int>(compact.start.year()));
        const int roll = rng.below(100);
        compact.status = roll < 70   ? CompactStatus::Signed
                         : roll < 80 ? CompactStatus::Amended
                         : roll < 88 ? CompactStatus::InNegotiation
                         : roll < 95 ? CompactStatus::Draft
                                     : CompactStatus::Closed;
        compact.templateId = rng.percent(60) ? "kl2-standard" : "";
        addPeople(compact, rng, index);
        compact.title = compact.people[0].name + " - " + compact.program + " on " + subject;
        addExpectations(compact, rng, subject);
        addGoals(compact, rng);
        addMilestones(compact, rng, subject);
        addMeetingPlan(compact, rng);
        stampAll(compact, rng, 37L * index);
    }
    return compacts;
}

} // namespace mc::bench
