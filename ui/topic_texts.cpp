#include "ui/topic_texts.h"

#include <QCoreApplication>
#include <algorithm>

namespace mc::ui {

namespace {

// core/topics.cpp's titles and prompts, word for word (a test compares
// them), marked for lupdate; looked up by the topic's key.
const TopicTexts::Entry kTopicTexts[] = {
    {"research.current_developments", QT_TRANSLATE_NOOP("TopicTexts", "Keeping up with the field"),
     QT_TRANSLATE_NOOP("TopicTexts", "How will the scholar stay current with new findings in the "
                                     "field, and what will the mentor point them to?")},
    {"research.technical_skills", QT_TRANSLATE_NOOP("TopicTexts", "Methods and techniques"),
     QT_TRANSLATE_NOOP("TopicTexts", "Which methods and lab or analytic techniques does the "
                                     "scholar need to master, and who will teach them?")},
    {"research.productivity", QT_TRANSLATE_NOOP("TopicTexts", "Productivity"),
     QT_TRANSLATE_NOOP("TopicTexts", "How many abstracts, papers and grant applications do you aim "
                                     "for each year, and by when?")},
    {"research.independence_progress", QT_TRANSLATE_NOOP("TopicTexts", "Path to independence"),
     QT_TRANSLATE_NOOP("TopicTexts", "What steps, year by year, will show that the scholar is "
                                     "becoming an independent investigator?")},
    {"research.responsible_conduct",
     QT_TRANSLATE_NOOP("TopicTexts", "Responsible conduct of research"),
     QT_TRANSLATE_NOOP("TopicTexts", "How will both of you keep to the rules of sound research, "
                                     "and where will you turn when in doubt?")},
    {"research.independence_ownership",
     QT_TRANSLATE_NOOP("TopicTexts", "Ownership of ideas and data"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "Who owns the ideas, data and samples the scholar produces in the mentor's "
                       "lab, and what may the scholar take along when leaving?")},
    {"research.independence_credit", QT_TRANSLATE_NOOP("TopicTexts", "Credit and authorship"),
     QT_TRANSLATE_NOOP("TopicTexts", "How will you decide author order and who gets credit for "
                                     "shared work, before the paper is written?")},
    {"research.independence_own_line",
     QT_TRANSLATE_NOOP("TopicTexts", "A line of work of one's own"),
     QT_TRANSLATE_NOOP("TopicTexts", "Which questions belong to the scholar's own line of work, "
                                     "and which stay with the mentor's program?")},
    {"research.independence_stepping_back",
     QT_TRANSLATE_NOOP("TopicTexts", "When the mentor steps back"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "At what point, and on what signs, will the mentor hand decisions over and step back?")},
    {"education.coursework", QT_TRANSLATE_NOOP("TopicTexts", "Courses to fill gaps"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "Which courses would close the gaps in the scholar's research training?")},
    {"education.seminars_workshops", QT_TRANSLATE_NOOP("TopicTexts", "Seminars and workshops"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "Which seminars, workshops or journal clubs should the scholar attend regularly?")},
    {"education.other_learning", QT_TRANSLATE_NOOP("TopicTexts", "Other learning"),
     QT_TRANSLATE_NOOP("TopicTexts", "What else should the scholar learn to grow and advance, and "
                                     "how will time be made for it?")},
    {"professional_development.critical_thinking",
     QT_TRANSLATE_NOOP("TopicTexts", "Critical thinking and creativity"),
     QT_TRANSLATE_NOOP("TopicTexts", "How will the mentor help the scholar question assumptions "
                                     "and come up with original ideas?")},
    {"professional_development.writing", QT_TRANSLATE_NOOP("TopicTexts", "Writing"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "How will the scholar practise scientific writing, and who will read the drafts?")},
    {"professional_development.speaking", QT_TRANSLATE_NOOP("TopicTexts", "Speaking"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "Where will the scholar present their work, and who will help rehearse the talks?")},
    {"professional_development.reviewing", QT_TRANSLATE_NOOP("TopicTexts", "Peer review"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "Will the scholar review manuscripts or grants together with the mentor, and how often?")},
    {"professional_development.time_management",
     QT_TRANSLATE_NOOP("TopicTexts", "Priorities, time and projects"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "How will the scholar set priorities and manage time and projects, and how "
                       "will the mentor help when there is too much on the plate?")},
    {"professional_development.teaching_mentoring",
     QT_TRANSLATE_NOOP("TopicTexts", "Teaching and mentoring others"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "What chances will the scholar have to teach and to mentor students or junior staff?")},
    {"professional_development.leadership_teamwork",
     QT_TRANSLATE_NOOP("TopicTexts", "Leading and working in teams"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "How will the scholar learn to lead a team and to work well within one?")},
    {"professional_development.academic_promotion",
     QT_TRANSLATE_NOOP("TopicTexts", "Academic promotion"),
     QT_TRANSLATE_NOOP("TopicTexts", "What are the institution's promotion criteria, and what is "
                                     "the plan to meet them on time?")},
    {"professional_development.networking",
     QT_TRANSLATE_NOOP("TopicTexts", "Networking on the scholar's behalf"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "Whom will the mentor introduce the scholar to, and at which meetings?")},
    {"professional_development.team_science", QT_TRANSLATE_NOOP("TopicTexts", "Team science"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "What does the scholar need to contribute well to large, multi-disciplinary teams?")},
    {"professional_development.work_life_balance",
     QT_TRANSLATE_NOOP("TopicTexts", "Work-life balance"),
     QT_TRANSLATE_NOOP("TopicTexts", "What limits on working hours and availability will you both "
                                     "respect, and how will you speak up when they slip?")},
    {"professional_development.other_careers",
     QT_TRANSLATE_NOOP("TopicTexts", "Other career paths"),
     QT_TRANSLATE_NOOP("TopicTexts", "Is the scholar free to explore careers outside academia, and "
                                     "how will the mentor support that?")},
    {"professional_development.institutional_culture",
     QT_TRANSLATE_NOOP("TopicTexts", "How the institution works"),
     QT_TRANSLATE_NOOP("TopicTexts", "Who will explain the unwritten rules, people and committees "
                                     "of the institution to the scholar?")},
    {"professional_development.ending_relationship",
     QT_TRANSLATE_NOOP("TopicTexts", "Ending the formal relationship"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "How will you close the formal mentorship, and what support continues afterwards?")},
    {"support.protected_time", QT_TRANSLATE_NOOP("TopicTexts", "Protected research time"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "What share of the scholar's effort is kept for research, and who guards it "
                       "against clinical, teaching or service duties?")},
    {"support.mentor_resources", QT_TRANSLATE_NOOP("TopicTexts", "Resources from the mentor"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "Which space, equipment, supplies, technician time or funds will the mentor provide?")},
    {"support.other_funding", QT_TRANSLATE_NOOP("TopicTexts", "Other funding"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "Which costs will the scholar seek other funding for, and where will they apply?")},
    {"support.access_experts", QT_TRANSLATE_NOOP("TopicTexts", "Experts, training and committees"),
     QT_TRANSLATE_NOOP("TopicTexts", "Which experts, training opportunities and key committees "
                                     "will the mentor open doors to?")},
    {"support.team_projects", QT_TRANSLATE_NOOP("TopicTexts", "Multidisciplinary projects"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "Which team projects across disciplines could the scholar join or lead?")},
    {"support.attending_talks", QT_TRANSLATE_NOOP("TopicTexts", "Attending the scholar's talks"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "Which of the scholar's talks and presentations will the mentor come to?")},
    {"support.advocacy", QT_TRANSLATE_NOOP("TopicTexts", "Advocacy"),
     QT_TRANSLATE_NOOP("TopicTexts", "When and where will the mentor speak up for the scholar, for "
                                     "example for awards or positions?")},
    {"support.emotional_support", QT_TRANSLATE_NOOP("TopicTexts", "Emotional support"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "How can the scholar raise setbacks, stress or doubts, and what will the mentor do?")},
    {"communication.meeting_frequency", QT_TRANSLATE_NOOP("TopicTexts", "Meeting with the mentor"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "How often and for how long will scholar and mentor meet, and on which fixed day?")},
    {"communication.team_meetings", QT_TRANSLATE_NOOP("TopicTexts", "Team and program meetings"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "How often will the scholar meet the whole mentoring team and the program leadership?")},
    {"communication.channels", QT_TRANSLATE_NOOP("TopicTexts", "Channels"),
     QT_TRANSLATE_NOOP("TopicTexts", "Which channels (in person, video, e-mail, chat) are for "
                                     "what, and how fast should replies come?")},
    {"communication.meeting_topics", QT_TRANSLATE_NOOP("TopicTexts", "What meetings cover"),
     QT_TRANSLATE_NOOP("TopicTexts",
                       "Which topics does every meeting cover, and who sets the agenda?")},
    {"communication.meeting_preparation", QT_TRANSLATE_NOOP("TopicTexts", "Preparing for meetings"),
     QT_TRANSLATE_NOOP("TopicTexts", "What will the scholar send or bring ahead of each meeting?")},
    {"communication.progress_reports", QT_TRANSLATE_NOOP("TopicTexts", "Progress reports"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "When and how will progress be reported to the program director and the chair?")},
    {"communication.coordinating_mentors", QT_TRANSLATE_NOOP("TopicTexts", "Coordinating mentors"),
     QT_TRANSLATE_NOOP("TopicTexts", "With several mentors, who coordinates them, and what happens "
                                     "when their advice conflicts?")},
    {"communication.critique", QT_TRANSLATE_NOOP("TopicTexts", "Constructive critique"),
     QT_TRANSLATE_NOOP("TopicTexts", "How will the mentor give critique, and how will the scholar "
                                     "ask for it, weigh it and show what came of it?")},
    {"communication.feedback_to_mentor", QT_TRANSLATE_NOOP("TopicTexts", "Feedback to the mentor"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "How will the mentor ask the scholar what could be done better as a mentor?")},
    {"communication.ground_rules", QT_TRANSLATE_NOOP("TopicTexts", "Ground rules"),
     QT_TRANSLATE_NOOP("TopicTexts", "What do you promise each other about openness, honesty and "
                                     "keeping things confidential?")},
    {"personal_conduct.professional_conduct",
     QT_TRANSLATE_NOOP("TopicTexts", "Ethical and professional conduct"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "What standards of ethical and professional behaviour do you hold each other to?")},
    {"personal_conduct.respect_diversity", QT_TRANSLATE_NOOP("TopicTexts", "Respect and diversity"),
     QT_TRANSLATE_NOOP(
         "TopicTexts",
         "How will you show respect for each other's background, identity and ways of working?")},
    {"personal_conduct.conflict", QT_TRANSLATE_NOOP("TopicTexts", "Handling conflict"),
     QT_TRANSLATE_NOOP("TopicTexts", "If a disagreement cannot be settled between you, what are "
                                     "the next steps and whom do you ask?")},
    {"personal_conduct.acknowledging_contributions",
     QT_TRANSLATE_NOOP("TopicTexts", "Acknowledging contributions"),
     QT_TRANSLATE_NOOP("TopicTexts", "How will each of you recognise the other's part in shared "
                                     "work, in talks as well as in print?")},
};

const TopicTexts::Entry* entryFor(std::string_view key) {
    const auto* found = std::find_if(std::begin(kTopicTexts), std::end(kTopicTexts),
                                     [&](const TopicTexts::Entry& e) { return e.key == key; });
    return found == std::end(kTopicTexts) ? nullptr : found;
}

// The translation when core still says what the table says; otherwise
// core's words (reworded in core, not yet here): English, never stale.
QString translated(const char* english, std::string_view coreText) {
    if (english == nullptr || coreText != english)
        return QString::fromUtf8(coreText.data(), static_cast<qsizetype>(coreText.size()));
    return QCoreApplication::translate("TopicTexts", english);
}

} // namespace

std::span<const TopicTexts::Entry> TopicTexts::entries() {
    return kTopicTexts;
}

QString TopicTexts::title(std::string_view key, std::string_view text) {
    const Entry* entry = entryFor(key);
    return translated(entry ? entry->title : nullptr, text);
}

QString TopicTexts::prompt(std::string_view key, std::string_view text) {
    const Entry* entry = entryFor(key);
    return translated(entry ? entry->prompt : nullptr, text);
}

QString TopicTexts::title(const Topic& topic) {
    return title(topic.key, topic.title);
}

QString TopicTexts::prompt(const Topic& topic) {
    return prompt(topic.key, topic.prompt);
}

} // namespace mc::ui
