#include "core/demo.h"

#include "core/ids.h"
#include "core/workspace.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>

namespace mc {

namespace {

Date firstOfMonth(const Date& date) {
    return Date(date.year(), date.month(), 1);
}

Date plusMonths(const Date& date, int months) {
    return date + boost::gregorian::months(months);
}

Date plusDays(const Date& date, int days) {
    return date + boost::gregorian::days(days);
}

Person makePerson(Role role, std::string name, std::string email, std::string department,
                  std::string institution, std::string responsibilities, int position) {
    Person person;
    person.id = newUuid();
    person.role = role;
    person.name = std::move(name);
    person.email = std::move(email);
    person.department = std::move(department);
    person.institution = std::move(institution);
    person.responsibilities = std::move(responsibilities);
    person.position = position;
    return person;
}

// Adds an expectation at the end of its domain.
void expect(Compact& compact, Domain domain, std::string topic, Direction direction, Origin origin,
            ExpectationState state, std::string text) {
    int position = 0;
    for (const auto& existing : compact.expectations)
        if (existing.domain == domain)
            ++position;
    Expectation expectation;
    expectation.id = newUuid();
    expectation.domain = domain;
    expectation.topic = std::move(topic);
    expectation.text = std::move(text);
    expectation.direction = direction;
    expectation.origin = origin;
    expectation.state = state;
    expectation.position = position;
    compact.expectations.push_back(std::move(expectation));
}

std::string addGoal(Compact& compact, const std::string& ownerId, Horizon horizon, std::string text,
                    OptionalDate target, GoalStatus status) {
    Goal goal;
    goal.id = newUuid();
    goal.ownerId = ownerId;
    goal.horizon = horizon;
    goal.text = std::move(text);
    goal.targetDate = target;
    goal.status = status;
    goal.position = static_cast<int>(compact.goals.size());
    compact.goals.push_back(goal);
    return goal.id;
}

struct MilestoneSpec {
    const std::string& responsibleId;
    std::string goalId;
    MilestoneKind kind;
    std::string title;
    Date due;
    OptionalDate done = std::nullopt;
    MilestoneStatus status = MilestoneStatus::Planned;
    std::string outcomeNote = {};
};

void addMilestone(Compact& compact, MilestoneSpec spec) {
    Milestone milestone;
    milestone.id = newUuid();
    milestone.responsibleId = spec.responsibleId;
    milestone.goalId = std::move(spec.goalId);
    milestone.kind = spec.kind;
    milestone.title = std::move(spec.title);
    milestone.due = spec.due;
    milestone.done = spec.done;
    milestone.status = spec.status;
    milestone.outcomeNote = std::move(spec.outcomeNote);
    milestone.mentorConfirmed = spec.status == MilestoneStatus::Achieved;
    compact.milestones.push_back(std::move(milestone));
}

void addDemoExpectations(Compact& c) {
    using D = Domain;
    using Dir = Direction;
    using O = Origin;
    using S = ExpectationState;

    expect(c, D::Research, "research.productivity", Dir::MentorOfScholar, O::Mentor, S::Agreed,
           "Amara aims for two first-author papers a year and presents her work at one national "
           "meeting each year.");
    expect(c, D::Research, "research.independence_ownership", Dir::Mutual, O::Negotiated, S::Agreed,
           "The readmission cohort Amara builds, and the data she collects for it, are hers to "
           "take with her. The registry stays with the lab; shared papers say who led what.");
    expect(c, D::Research, "research.technical_skills", Dir::ScholarOfMentor, O::Scholar,
           S::Discussed,
           "Rebecca arranges hands-on sessions with the lab's data engineer so that Amara can run "
           "the health-record extraction pipeline herself within six months.");

    expect(c, D::Education, "education.coursework", Dir::MentorOfScholar, O::TemplatePrompt,
           S::Agreed,
           "Amara completes the program's courses in causal inference and clinical trial design "
           "during the first award year.");
    expect(c, D::Education, "education.seminars_workshops", Dir::ScholarOfMentor, O::Scholar,
           S::Proposed,
           "The lab covers a summer workshop on implementation science in the second year.");

    expect(c, D::ProfessionalDevelopment, "professional_development.academic_promotion",
           Dir::ScholarOfMentor, O::Scholar, S::Agreed,
           "Once a year Rebecca goes through the department's promotion criteria with Amara and "
           "says plainly where her record stands.");
    expect(c, D::ProfessionalDevelopment, "professional_development.networking",
           Dir::ScholarOfMentor, O::Negotiated, S::Discussed,
           "Rebecca introduces Amara to at least two heart-failure outcomes researchers at other "
           "institutions and proposes her as an early-career reviewer.");
    expect(c, D::ProfessionalDevelopment, "professional_development.work_life_balance", Dir::Mutual,
           O::Scholar, S::Proposed,
           "Routine requests wait for working hours; a real grant deadline is the exception and "
           "is named as one.");

    expect(c, D::Support, "support.protected_time", Dir::ScholarOfMentor, O::TemplatePrompt,
           S::Agreed,
           "At least 75% of Amara's effort stays protected for research, as the award requires; "
           "clinical duties stay at one half-day clinic a week.");
    expect(c, D::Support, "support.mentor_resources", Dir::ScholarOfMentor, O::Mentor, S::Agreed,
           "The lab provides a desk in the outcomes group, access to the registry server and ten "
           "hours a week of the research coordinator's time for preliminary studies.");
    expect(c, D::Support, "support.other_funding", Dir::MentorOfScholar, O::Mentor, S::Agreed,
           "Amara applies for pilot and foundation funding to cover the study costs the lab "
           "budget cannot carry.");

    expect(c, D::Communication, "communication.meeting_frequency", Dir::Mutual, O::Negotiated,
           S::Agreed,
           "We meet every other Thursday for an hour; the whole mentoring team meets once a "
           "quarter.");
    expect(c, D::Communication, "communication.critique", Dir::Mutual, O::Negotiated, S::Agreed,
           "Drafts of grants and papers arrive at least three weeks before the deadline; "
           "written comments come back within a week.");
    expect(c, D::Communication, "communication.coordinating_mentors", Dir::ScholarOfMentor,
           O::Scholar, S::Dropped,
           "Tomás joins every biweekly meeting. (Dropped: the quarterly team meeting and ad hoc "
           "methods sessions work better.)");

    expect(c, D::PersonalConduct, "personal_conduct.conflict", Dir::Mutual, O::Negotiated,
           S::Agreed,
           "We raise disagreements early and in private. If we cannot settle one, we ask the "
           "program director to help.");
    expect(c, D::PersonalConduct, "personal_conduct.acknowledging_contributions", Dir::Mutual,
           O::TemplatePrompt, S::Agreed,
           "Authorship order is agreed when a paper is planned, not when it is submitted.");
}

} // namespace

Compact makeDemoCompact(const Date& today) {
    Compact c;
    c.id = newUuid();
    c.start = firstOfMonth(plusMonths(today, -13));
    c.end = anniversary(c.start, 3);
    c.title = "KL2 mentoring compact: Amara Okafor";
    c.program = "Clinical and Translational Science KL2";
    c.cohort = std::to_string(static_cast<int>(c.start.year()));
    c.status = CompactStatus::Signed;

    const std::string institution = "Riverside University School of Medicine";
    c.people.push_back(makePerson(
        Role::Scholar, "Dr. Amara Okafor", "amara.okafor@riverside.example",
        "Medicine, Division of Cardiology", institution,
        "Leads the heart-failure readmission study; drafts papers and grant applications; "
        "brings an agenda to every meeting.",
        0));
    c.people.push_back(makePerson(
        Role::PrimaryMentor, "Dr. Rebecca Hale", "rebecca.hale@riverside.example",
        "Medicine, Division of Cardiology", institution,
        "Research direction and scientific oversight; reviews grant and manuscript drafts; "
        "introduces Amara to collaborators.",
        1));
    c.people.push_back(makePerson(
        Role::CoMentor, "Dr. Tomás Herrera", "tomas.herrera@riverside.example", "Biostatistics",
        institution,
        "Biostatistics methods and analysis plans; career advice on combining methods work with "
        "clinical research.",
        2));
    c.people.push_back(makePerson(Role::DepartmentChair, "Dr. Margaret Sullivan",
                                  "margaret.sullivan@riverside.example", "Medicine", institution,
                                  "Guarantees protected research time; receives the six-monthly "
                                  "progress reports.",
                                  3));
    const std::string& scholar = c.people[0].id;
    const std::string& mentor = c.people[1].id;
    const std::string& coMentor = c.people[2].id;

    addDemoExpectations(c);

    const std::string independence = addGoal(
        c, scholar, Horizon::Career,
        "Become an independent investigator in a tenure-track position, leading an R01-funded "
        "program on heart-failure readmissions.",
        anniversary(c.start, 5), GoalStatus::Active);
    addGoal(c, mentor, Horizon::Career,
            "Train an investigator whose research grows from my registry work but stands clearly "
            "apart from it.",
            c.end, GoalStatus::Active);
    const std::string k23 =
        addGoal(c, scholar, Horizon::ThisYear,
                "Submit a K23 application built on preliminary data from the readmission cohort.",
                plusMonths(today, 4), GoalStatus::Active);
    const std::string baseline =
        addGoal(c, scholar, Horizon::ThisYear, "Publish the cohort's baseline paper.",
                plusMonths(c.start, 12), GoalStatus::Achieved);
    addGoal(c, coMentor, Horizon::ThisYear,
            "Amara runs the mixed-effects models for the cohort on her own.", plusMonths(today, 3),
            GoalStatus::Active);

    using K = MilestoneKind;
    using St = MilestoneStatus;
    const Date s = c.start;
    addMilestone(c, {scholar, k23, K::GrantSubmission, "Institutional pilot award application",
                     plusMonths(s, 2), plusDays(plusMonths(s, 2), -3), St::Achieved});
    addMilestone(c, {scholar, "", K::Presentation, "Preliminary results at department research day",
                     plusMonths(s, 4), plusMonths(s, 4), St::Achieved});
    addMilestone(c, {scholar, "", K::Training, "Causal inference course completed",
                     plusMonths(s, 5), plusDays(plusMonths(s, 5), -10), St::Achieved});
    addMilestone(c,
                 {scholar, k23, K::GrantAward, "Foundation career development award funded",
                  plusMonths(s, 8), std::nullopt, St::Missed,
                  "Not funded. Reviewers asked for stronger preliminary data and a clearer power "
                  "analysis; both now shape the K23 aims. Failures are milestones too."});
    addMilestone(c, {coMentor, "", K::Training, "Mixed-effects modelling tutorials with Tomás",
                     plusMonths(s, 9), plusMonths(s, 9), St::Achieved});
    addMilestone(c, {scholar, baseline, K::Publication, "Baseline cohort paper accepted",
                     plusMonths(s, 10), plusDays(plusMonths(s, 11), 6), St::Achieved});
    addMilestone(c, {scholar, "", K::Publication, "Secondary-analysis manuscript drafted",
                     plusDays(today, -18)});
    addMilestone(c, {mentor, "", K::Other, "Mentee outcomes added to Rebecca's promotion dossier",
                     plusMonths(today, 2)});
    addMilestone(c, {scholar, k23, K::GrantSubmission, "K23 application submitted to NHLBI",
                     plusMonths(today, 4)});
    addMilestone(c,
                 {scholar, independence, K::Presentation,
                  "Oral presentation at the Heart Failure Society meeting", plusMonths(today, 7)});
    addMilestone(c, {scholar, independence, K::IndependenceStep,
                     "First study as principal investigator, under her own IRB protocol",
                     plusMonths(today, 10)});
    addMilestone(c, {scholar, independence, K::Promotion,
                     "Appointment review for a tenure-track Assistant Professor position",
                     plusMonths(c.end, -3)});

    c.meetingPlan.recurrence.cadence = Cadence::EveryTwoWeeks;
    c.meetingPlan.recurrence.weekday = 4; // Thursday
    c.meetingPlan.durationMinutes = 60;
    c.meetingPlan.channels =
        "In person in the outcomes lab; Zoom when either of us travels; chat for quick questions.";
    c.meetingPlan.standingTopics =
        "Milestones since the last meeting; the one problem most in the way; deadlines in the "
        "next eight weeks; once a month, how the mentoring is working for both of us.";
    c.meetingPlan.scholarPreparation =
        "A short agenda and the updated milestone list by Tuesday noon; drafts sent with the "
        "specific question they raise.";
    return c;
}

namespace {

// A shorter second compact, so the list has more than one entry: a
// postdoc and a single mentor still negotiating their compact.
Compact makePostdocCompact(const Date& today) {
    Compact c;
    c.id = newUuid();
    c.start = firstOfMonth(plusMonths(today, -2));
    c.end = anniversary(c.start, 2);
    c.title = "Postdoctoral compact: Lucas Ferreira";
    c.program = "Postdoctoral Research Training";
    c.cohort = std::to_string(static_cast<int>(c.start.year()));
    c.status = CompactStatus::InNegotiation;

    const std::string institution = "Riverside University";
    c.people.push_back(makePerson(Role::Scholar, "Dr. Lucas Ferreira",
                                  "lucas.ferreira@riverside.example", "Microbiology", institution,
                                  "Runs the biofilm imaging project; keeps the lab notebook "
                                  "current.",
                                  0));
    c.people.push_back(makePerson(Role::PrimaryMentor, "Dr. Priya Raman",
                                  "priya.raman@riverside.example", "Microbiology", institution,
                                  "Project direction, funding for supplies and conference travel; "
                                  "reads every draft.",
                                  1));
    const std::string& scholar = c.people[0].id;
    const std::string& mentor = c.people[1].id;

    using D = Domain;
    using Dir = Direction;
    expect(c, D::Research, "research.productivity", Dir::MentorOfScholar, Origin::Mentor,
           ExpectationState::Discussed,
           "One first-author paper from the imaging project within eighteen months.");
    expect(c, D::Education, "education.coursework", Dir::ScholarOfMentor, Origin::Scholar,
           ExpectationState::Proposed, "Time to take the university's course on teaching.");
    expect(c, D::ProfessionalDevelopment, "professional_development.other_careers",
           Dir::ScholarOfMentor, Origin::Scholar, ExpectationState::Proposed,
           "An open conversation about careers in industry as well as in academia.");
    expect(c, D::Support, "support.mentor_resources", Dir::ScholarOfMentor, Origin::Mentor,
           ExpectationState::Agreed, "Microscope time two mornings a week.");
    expect(c, D::Communication, "communication.meeting_frequency", Dir::Mutual, Origin::Negotiated,
           ExpectationState::Agreed, "A weekly half-hour one-to-one.");
    expect(c, D::PersonalConduct, "personal_conduct.professional_conduct", Dir::Mutual,
           Origin::TemplatePrompt, ExpectationState::Agreed,
           "Images are never altered beyond documented adjustments.");

    const std::string paper =
        addGoal(c, scholar, Horizon::ThisYear, "Submit the imaging methods paper.",
                plusMonths(today, 9), GoalStatus::Active);
    addGoal(c, scholar, Horizon::Career, "A research position where imaging is the core skill.",
            std::nullopt, GoalStatus::Active);
    addMilestone(c, {scholar, "", MilestoneKind::Training, "Laboratory safety training",
                     plusDays(c.start, 14), plusDays(c.start, 10), MilestoneStatus::Achieved});
    addMilestone(c, {scholar, paper, MilestoneKind::Publication, "Methods paper submitted",
                     plusMonths(today, 9)});
    addMilestone(c, {mentor, "", MilestoneKind::Presentation, "Lab talk at the department retreat",
                     plusMonths(today, 4)});

    c.meetingPlan.recurrence.cadence = Cadence::Weekly;
    c.meetingPlan.recurrence.weekday = 2; // Tuesday
    c.meetingPlan.durationMinutes = 30;
    c.meetingPlan.channels = "In person.";
    c.meetingPlan.standingTopics = "Experiments of the week; what is blocked.";
    c.meetingPlan.scholarPreparation = "The week's images, annotated.";
    return c;
}

} // namespace

namespace {

// One answer of a demo worksheet: topic, responsibility (1 mostly the
// mentor .. 5 mostly the scholar), importance (1..5), own words.
struct DemoAnswer {
    const char* topic;
    int responsibility;
    int importance;
    const char* text;
};

// Fills and submits the person's worksheet; `own` adds a topic of their own.
void submitDemoWorksheet(Workspace& workspace, const std::string& compactId,
                         const std::string& personId, std::initializer_list<DemoAnswer> answers,
                         const DemoAnswer* own = nullptr, Domain ownDomain = Domain::Research) {
    Worksheet sheet = workspace.openWorksheet(compactId, personId);
    for (const DemoAnswer& given : answers) {
        const WorksheetAnswer* found = sheet.findTopic(given.topic);
        if (found == nullptr)
            continue;
        WorksheetAnswer answer = *found;
        answer.responsibility = given.responsibility;
        answer.importance = given.importance;
        answer.text = given.text;
        workspace.saveWorksheetAnswer(sheet.id, answer);
    }
    if (own != nullptr) {
        WorksheetAnswer answer = workspace.addOwnTopic(sheet.id, ownDomain, own->topic);
        answer.responsibility = own->responsibility;
        answer.importance = own->importance;
        answer.text = own->text;
        workspace.saveWorksheetAnswer(sheet.id, answer);
    }
    workspace.submitWorksheet(sheet.id);
}

// The team's worksheets, written apart before the compact was agreed: they
// mostly agree, but Amara sees authorship as her call and essential, where
// Rebecca sees it as shared and of middling weight; and only Amara raises
// parental leave.
void addDemoWorksheets(Workspace& workspace, const Compact& c) {
    const std::string& scholar = c.people[0].id;
    const std::string& mentor = c.people[1].id;
    const std::string& coMentor = c.people[2].id;
    const DemoAnswer leave{
        "Parental leave", 3, 5,
        "We hope to start a family in the next two years. I would like us to agree now how the "
        "K23 timeline and my milestones would move if I take six months of parental leave, so "
        "that asking for it later does not feel like asking for a favour."};
    submitDemoWorksheet(
        workspace, c.id, scholar,
        {{"research.independence_credit", 5, 5,
          "Papers from the readmission study are mine to lead. I want to propose the author "
          "order myself and talk it through with Rebecca, rather than find it decided."},
         {"research.independence_ownership", 4, 5,
          "The readmission cohort is the heart of my K23. I need to be able to take the data "
          "and the code with me when I move on."},
         {"research.productivity", 4, 4,
          "Two first-author papers a year, and the K23 application this spring."},
         {"research.technical_skills", 4, 4,
          "I want to run the mixed-effects models myself by the end of year two."},
         {"support.protected_time", 3, 5,
          "Seventy-five percent protected time, and help saying no when clinic asks for more."},
         {"communication.meeting_frequency", 3, 4,
          "An hour every second Thursday, with an agenda from me by Tuesday."},
         {"communication.critique", 2, 4,
          "Comments on drafts within two weeks, even if they are short."}},
        &leave, Domain::ProfessionalDevelopment);
    submitDemoWorksheet(
        workspace, c.id, mentor,
        {{"research.independence_credit", 3, 3,
          "We follow the lab's usual policy: whoever leads the analysis and the writing goes "
          "first, and we agree the order together when we plan each paper."},
         {"research.independence_ownership", 3, 4,
          "The registry belongs to the lab. Amara can use it for her own questions; sharing "
          "the data outside the lab needs my sign-off."},
         {"research.technical_skills", 4, 4,
          "Tomás leads the methods; I want Amara independent in her analyses."},
         {"research.productivity", 4, 4, "At least two first-author papers a year."},
         {"support.protected_time", 2, 4,
          "I will defend the KL2's seventy-five percent effort with the division."},
         {"communication.meeting_frequency", 3, 4,
          "Every two weeks suits me; more often when a deadline is close."},
         {"communication.critique", 1, 4, "I turn drafts around within two weeks."}});
    submitDemoWorksheet(
        workspace, c.id, coMentor,
        {{"research.independence_credit", 4, 3,
          "Amara should lead her papers and decide the order; I only need to be on the ones "
          "that use my methods."},
         {"research.independence_ownership", 3, 3,
          "The analysis code should be public by the time each paper comes out."},
         {"research.technical_skills", 4, 5,
          "By the end of year two Amara runs the mixed-effects models without me."},
         {"support.protected_time", 2, 4,
          "Rebecca and the chair guard her time; I keep our sessions inside it."},
         {"research.productivity", 4, 3, "One methods-heavy paper would help her stand apart."},
         {"communication.meeting_frequency", 3, 3, "Once a month with me is enough."},
         {"communication.critique", 2, 4, "Statistical sections back within a week."}});
}

} // namespace

namespace {

// Signs as everyone required would: the
// typed name is the person's name; the scholar also draws a signature.
void signDemoCompact(Workspace& workspace, const Compact& compact, const Date& day) {
    const Drawing flourish = {{{80, 620},
                               {160, 380},
                               {240, 640},
                               {330, 360},
                               {420, 600},
                               {560, 420},
                               {720, 560},
                               {900, 470}}};
    for (const Signer& signer : workspace.signers(compact.id))
        if (signer.required)
            workspace.sign(compact.id, signer.personId, signer.name, day,
                           signer.role == Role::Scholar ? flourish : Drawing{}, day);
}

// The team compact is signed by the scholar, both mentors and the chair
// (chosen to sign: the co-mentor sits in another department). The postdoc
// compact was signed and is being amended: version 2 is a draft with a
// changed clause and a new milestone, so the redline has something to show.
void signDemoCompacts(Workspace& workspace, const Date& today) {
    for (const CompactListEntry& entry : workspace.listCompacts()) {
        const Compact compact = workspace.loadCompact(entry.id);
        // Signed today, or on the day the file was made when that is later.
        const Date day = std::max(today, parseIsoDate(compact.created.substr(0, 10)));
        if (compact.program == "Clinical and Translational Science KL2") {
            for (const Person& person : compact.people)
                if (person.role == Role::DepartmentChair)
                    workspace.setSignerRequired(compact.id, person.id, true);
            signDemoCompact(workspace, compact, day);
        } else if (compact.program == "Postdoctoral Research Training") {
            signDemoCompact(workspace, compact, day);
            workspace.startAmendment(compact.id);
            for (Expectation clause : compact.expectations)
                if (clause.topic == "communication.meeting_frequency") {
                    clause.text = "A weekly one-hour one-to-one, and a monthly check-in on career "
                                  "plans.";
                    workspace.saveExpectation(compact.id, clause);
                }
            Milestone poster;
            poster.responsibleId = compact.people.at(0).id;
            poster.kind = MilestoneKind::Presentation;
            poster.title = "Poster at the imaging society meeting";
            poster.due = std::min(compact.end, compact.start + boost::gregorian::months(10));
            workspace.saveMilestone(compact.id, poster);
        }
    }
}

} // namespace

namespace {

// The team compact's log: the planned Thursdays of the last six months with
// three missed, so `meetings` and the desktop show a rhythm kept only in
// part. Logged after signing: the log is not signed content.
void addDemoMeetings(Workspace& workspace, const Compact& team, const Date& today) {
    std::vector<Date> planned =
        meetingDates(team.meetingPlan.recurrence, team.start, plusDays(today, -1));
    if (planned.size() > 13)
        planned.erase(planned.begin(), planned.end() - 13);
    const auto& scholar = team.people.at(0);
    const auto& mentor = team.people.at(1);
    const auto& coMentor = team.people.at(2);
    const std::vector<std::pair<const char*, const char*>> topics = {
        {"Milestones since the last meeting; the K23 specific aims",
         "Aim 2 reads as a second project: fold it into aim 1 or drop it."},
        {"Readmission cohort: the extraction pipeline", "The data engineer's session helped."},
        {"How the mentoring is working for both of us",
         "Amara asked for faster turnaround on drafts; agreed on one week."},
    };
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (i == 2 || i == 6 || i + 1 == planned.size()) // missed: travel, a deadline, illness
            continue;
        Meeting meeting;
        meeting.date = planned[i];
        meeting.attendees = {{scholar.id, ""}, {mentor.id, ""}};
        if (i % 4 == 0)
            meeting.attendees.push_back({coMentor.id, ""});
        const auto& [topic, note] = topics[i % topics.size()];
        meeting.topics = topic;
        meeting.notes = note;
        ActionItem item;
        item.text = i % 2 == 0 ? "Send the revised section before the next meeting"
                               : "Book a session with the biostatistics core";
        item.ownerId = i % 3 == 0 ? mentor.id : scholar.id;
        item.due = plusDays(planned[i], 12);
        item.done = *item.due < today;
        meeting.actionItems.push_back(item);
        workspace.saveMeeting(team.id, meeting, today);
    }
}

} // namespace

void createDemoWorkspace(const std::string& path, const Date& today) {
    Workspace workspace = Workspace::create(path, "Demo workspace");
    const Compact team = workspace.addCompact(makeDemoCompact(today));
    addDemoWorksheets(workspace, team);
    workspace.addCompact(makePostdocCompact(today));
    signDemoCompacts(workspace, today);
    addDemoMeetings(workspace, team, today);
    addDemoReview(workspace, team, today);
}

} // namespace mc
