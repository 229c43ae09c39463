#include "core/topics.h"

namespace mc {

namespace {

// Keys are stored in expectations and templates: never rename one. Titles
// and prompts may be reworded freely. Each prompt asks one question.
constexpr Topic kTopics[] = {
    // Research
    {Domain::Research, "research.current_developments", "Keeping up with the field",
     "How will the scholar stay current with new findings in the field, and what will the "
     "mentor point them to?"},
    {Domain::Research, "research.technical_skills", "Methods and techniques",
     "Which methods and lab or analytic techniques does the scholar need to master, and who "
     "will teach them?"},
    {Domain::Research, "research.productivity", "Productivity",
     "How many abstracts, papers and grant applications do you aim for each year, and by "
     "when?"},
    {Domain::Research, "research.independence_progress", "Path to independence",
     "What steps, year by year, will show that the scholar is becoming an independent "
     "investigator?"},
    {Domain::Research, "research.responsible_conduct", "Responsible conduct of research",
     "How will both of you keep to the rules of sound research, and where will you turn when "
     "in doubt?"},
    {Domain::Research, "research.independence_ownership", "Ownership of ideas and data",
     "Who owns the ideas, data and samples the scholar produces in the mentor's lab, and what "
     "may the scholar take along when leaving?"},
    {Domain::Research, "research.independence_credit", "Credit and authorship",
     "How will you decide author order and who gets credit for shared work, before the paper "
     "is written?"},
    {Domain::Research, "research.independence_own_line", "A line of work of one's own",
     "Which questions belong to the scholar's own line of work, and which stay with the "
     "mentor's program?"},
    {Domain::Research, "research.independence_stepping_back", "When the mentor steps back",
     "At what point, and on what signs, will the mentor hand decisions over and step back?"},

    // Education
    {Domain::Education, "education.coursework", "Courses to fill gaps",
     "Which courses would close the gaps in the scholar's research training?"},
    {Domain::Education, "education.seminars_workshops", "Seminars and workshops",
     "Which seminars, workshops or journal clubs should the scholar attend regularly?"},
    {Domain::Education, "education.other_learning", "Other learning",
     "What else should the scholar learn to grow and advance, and how will time be made for "
     "it?"},

    // Professional development and career advancement
    {Domain::ProfessionalDevelopment, "professional_development.critical_thinking",
     "Critical thinking and creativity",
     "How will the mentor help the scholar question assumptions and come up with original "
     "ideas?"},
    {Domain::ProfessionalDevelopment, "professional_development.writing", "Writing",
     "How will the scholar practise scientific writing, and who will read the drafts?"},
    {Domain::ProfessionalDevelopment, "professional_development.speaking", "Speaking",
     "Where will the scholar present their work, and who will help rehearse the talks?"},
    {Domain::ProfessionalDevelopment, "professional_development.reviewing", "Peer review",
     "Will the scholar review manuscripts or grants together with the mentor, and how often?"},
    {Domain::ProfessionalDevelopment, "professional_development.time_management",
     "Priorities, time and projects",
     "How will the scholar set priorities and manage time and projects, and how will the "
     "mentor help when there is too much on the plate?"},
    {Domain::ProfessionalDevelopment, "professional_development.teaching_mentoring",
     "Teaching and mentoring others",
     "What chances will the scholar have to teach and to mentor students or junior staff?"},
    {Domain::ProfessionalDevelopment, "professional_development.leadership_teamwork",
     "Leading and working in teams",
     "How will the scholar learn to lead a team and to work well within one?"},
    {Domain::ProfessionalDevelopment, "professional_development.academic_promotion",
     "Academic promotion",
     "What are the institution's promotion criteria, and what is the plan to meet them on "
     "time?"},
    {Domain::ProfessionalDevelopment, "professional_development.networking",
     "Networking on the scholar's behalf",
     "Whom will the mentor introduce the scholar to, and at which meetings?"},
    {Domain::ProfessionalDevelopment, "professional_development.team_science", "Team science",
     "What does the scholar need to contribute well to large, multi-disciplinary teams?"},
    {Domain::ProfessionalDevelopment, "professional_development.work_life_balance",
     "Work-life balance",
     "What limits on working hours and availability will you both respect, and how will you "
     "speak up when they slip?"},
    {Domain::ProfessionalDevelopment, "professional_development.other_careers",
     "Other career paths",
     "Is the scholar free to explore careers outside academia, and how will the mentor support "
     "that?"},
    {Domain::ProfessionalDevelopment, "professional_development.institutional_culture",
     "How the institution works",
     "Who will explain the unwritten rules, people and committees of the institution to the "
     "scholar?"},
    {Domain::ProfessionalDevelopment, "professional_development.ending_relationship",
     "Ending the formal relationship",
     "How will you close the formal mentorship, and what support continues afterwards?"},

    // Support
    {Domain::Support, "support.protected_time", "Protected research time",
     "What share of the scholar's effort is kept for research, and who guards it against "
     "clinical, teaching or service duties?"},
    {Domain::Support, "support.mentor_resources", "Resources from the mentor",
     "Which space, equipment, supplies, technician time or funds will the mentor provide?"},
    {Domain::Support, "support.other_funding", "Other funding",
     "Which costs will the scholar seek other funding for, and where will they apply?"},
    {Domain::Support, "support.access_experts", "Experts, training and committees",
     "Which experts, training opportunities and key committees will the mentor open doors to?"},
    {Domain::Support, "support.team_projects", "Multidisciplinary projects",
     "Which team projects across disciplines could the scholar join or lead?"},
    {Domain::Support, "support.attending_talks", "Attending the scholar's talks",
     "Which of the scholar's talks and presentations will the mentor come to?"},
    {Domain::Support, "support.advocacy", "Advocacy",
     "When and where will the mentor speak up for the scholar, for example for awards or "
     "positions?"},
    {Domain::Support, "support.emotional_support", "Emotional support",
     "How can the scholar raise setbacks, stress or doubts, and what will the mentor do?"},

    // Communication
    {Domain::Communication, "communication.meeting_frequency", "Meeting with the mentor",
     "How often and for how long will scholar and mentor meet, and on which fixed day?"},
    {Domain::Communication, "communication.team_meetings", "Team and program meetings",
     "How often will the scholar meet the whole mentoring team and the program leadership?"},
    {Domain::Communication, "communication.channels", "Channels",
     "Which channels (in person, video, e-mail, chat) are for what, and how fast should "
     "replies come?"},
    {Domain::Communication, "communication.meeting_topics", "What meetings cover",
     "Which topics does every meeting cover, and who sets the agenda?"},
    {Domain::Communication, "communication.meeting_preparation", "Preparing for meetings",
     "What will the scholar send or bring ahead of each meeting?"},
    {Domain::Communication, "communication.progress_reports", "Progress reports",
     "When and how will progress be reported to the program director and the chair?"},
    {Domain::Communication, "communication.coordinating_mentors", "Coordinating mentors",
     "With several mentors, who coordinates them, and what happens when their advice "
     "conflicts?"},
    {Domain::Communication, "communication.critique", "Constructive critique",
     "How will the mentor give critique, and how will the scholar ask for it, weigh it and "
     "show what came of it?"},
    {Domain::Communication, "communication.feedback_to_mentor", "Feedback to the mentor",
     "How will the mentor ask the scholar what could be done better as a mentor?"},
    {Domain::Communication, "communication.ground_rules", "Ground rules",
     "What do you promise each other about openness, honesty and keeping things "
     "confidential?"},

    // Personal conduct and interpersonal relations
    {Domain::PersonalConduct, "personal_conduct.professional_conduct",
     "Ethical and professional conduct",
     "What standards of ethical and professional behaviour do you hold each other to?"},
    {Domain::PersonalConduct, "personal_conduct.respect_diversity", "Respect and diversity",
     "How will you show respect for each other's background, identity and ways of working?"},
    {Domain::PersonalConduct, "personal_conduct.conflict", "Handling conflict",
     "If a disagreement cannot be settled between you, what are the next steps and whom do "
     "you ask?"},
    {Domain::PersonalConduct, "personal_conduct.acknowledging_contributions",
     "Acknowledging contributions",
     "How will each of you recognise the other's part in shared work, in talks as well as in "
     "print?"},
};

} // namespace

std::span<const Topic> allTopics() {
    return kTopics;
}

const Topic* findTopic(std::string_view key) {
    for (const Topic& topic : kTopics)
        if (topic.key == key)
            return &topic;
    return nullptr;
}

} // namespace mc
