// The demo school's adults register (KCSIE Part 4 Section 2): a few adults who work in or for the school, the
// low-level concerns about them that a DSL would really see, the DSL's reviews, one adult whose two concerns
// form a pattern the register prompts about, and one whose concern the DSL checked with the LADO. Nothing is
// about the headteacher, so the DSL trying the demo sees the whole register.
#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "adults/LadoConsultationRepository.h"
#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "demo/DemoWorld.h"

#include <algorithm>

namespace lantern::demo {

namespace {

const QString staffUsername = QStringLiteral("demo-staff");

// One low-level concern as the DSL records it; %1 in the texts is how colleagues speak of the adult.
struct ConcernStory {
    PartialDate occurred;
    QDateTime recordedAt;
    QString account;
    QString response;
    QString reporterName;     // a colleague without a Lantern account, or the adult for a self-report
    QString reporterUsername; // a demo user who reported it
    bool selfReport = false;
    bool reporterWithheld = false;
};

class AdultsPlanner {
public:
    // The register draws from dice of its own, so that adding it left each seed's pupils and casework as
    // they were.
    explicit AdultsPlanner(DemoWorld& world)
        : m_world(world)
        , m_dice(world.options.seed ^ 0x41647573u)
    {}

    void plan()
    {
        planVolunteerPhotographs();
        planSupplyTeacher();
        planSelfReport();
        planPattern();
        planContractor();
    }

private:
    // A school day about `schoolDays` before the last one, varied a little by the seed.
    QDate daysBack(int schoolDays)
    {
        return std::max(m_world.start,
                        SchoolCalendar::addSchoolDays(m_world.lastDay, -schoolDays - m_dice.between(0, 4)));
    }

    int addAdult(const SyntheticAdult& person, AdultRole role, const QDateTime& at)
    {
        const int index = static_cast<int>(m_world.adultIds.size());
        m_world.adultIds.append(0);
        NewAdult adult;
        adult.details = {person.name(), role, std::nullopt};
        DemoWorld& world = m_world;
        world.timeline.at(at, [&world, adult, index]() {
            world.adultIds[index] = AdultRegister(world.vault).add(adult);
            ++world.summary.adults;
        });
        return index;
    }

    int recordConcern(int adult, const SyntheticAdult& person, const ConcernStory& story)
    {
        const int index = static_cast<int>(m_world.adultConcernIds.size());
        m_world.adultConcernIds.append(0);
        ReportedAdultConcern concern;
        concern.content.occurred = story.occurred;
        concern.content.account = story.account.arg(person.called());
        concern.content.response = story.response.arg(person.called());
        concern.content.reporterName = story.reporterName;
        concern.content.selfReport = story.selfReport;
        concern.content.reporterWithheld = story.reporterWithheld;
        concern.reporterUsername = story.reporterUsername;
        DemoWorld& world = m_world;
        world.timeline.at(story.recordedAt, [&world, concern, adult, index]() mutable {
            concern.adult.adultId = world.adultIds.at(adult);
            world.adultConcernIds[index] = AdultConcernRepository(world.vault).record(concern);
            ++world.summary.adultConcerns;
        });
        return index;
    }

    void review(int concern, const QDateTime& at, const QString& notes)
    {
        DemoWorld& world = m_world;
        const QDate reviewedOn = toUkLocal(at).date();
        world.timeline.at(at, [&world, concern, reviewedOn, notes]() {
            AdultConcernRepository(world.vault).review(world.adultConcernIds.at(concern), reviewedOn, notes);
        });
    }

    // A colleague with no Lantern account who reports what they saw.
    QString colleague() { return syntheticAdult(m_dice).name(); }

    // A parent volunteer photographs pupils on a school trip; the DSL checks the threshold with the LADO,
    // who advises it is below it.
    void planVolunteerPhotographs()
    {
        const SyntheticAdult volunteer = syntheticAdult(m_dice);
        const QDate trip = daysBack(150);
        const QDate next = SchoolCalendar::addSchoolDays(trip, 1);
        ConcernStory story;
        story.occurred = PartialDate::day(trip);
        story.recordedAt = DemoWorld::at(next, 8, 40);
        story.account = QStringLiteral(
            "On the class trip to Lanternbury Farm Park, %1 (parent volunteer) took photographs of pupils on "
            "a "
            "personal mobile phone, including close-ups of several children, saying they were for the class "
            "parents' WhatsApp group. The school's policy is that pupils are photographed on school devices "
            "only.");
        story.response = QStringLiteral(
            "The class teacher asked %1 to delete the photographs before leaving the farm; %1 did so in "
            "front of "
            "the teacher and said none had been sent. The DSL spoke to %1 the next morning about the "
            "photography policy.");
        story.reporterName = colleague();
        const int adult = addAdult(volunteer, AdultRole::Volunteer, story.recordedAt.addSecs(-120));
        const int concern = recordConcern(adult, volunteer, story);
        review(
            concern, DemoWorld::at(SchoolCalendar::addSchoolDays(next, 1), 12, 30),
            QStringLiteral("A breach of the photography policy with no sign of an intent to harm; the images "
                           "were deleted before they were shared. A low-level concern, but as images of "
                           "pupils were involved the DSL will check the threshold with the LADO."));

        NewLadoConsultation consultation;
        consultation.consultedOn = SchoolCalendar::addSchoolDays(next, 2);
        consultation.ladoName = syntheticAdult(m_dice).name();
        consultation.advice =
            QStringLiteral(
                "Below the harm threshold. Handle it under the school's low-level concerns policy: "
                "remind %1 in writing of the photography policy and the volunteers' code of "
                "conduct, and brief all volunteers before trips. No further LADO involvement "
                "unless something else comes to light.")
                .arg(volunteer.called());
        consultation.outcome = LadoOutcome::BelowThreshold;
        DemoWorld& world = m_world;
        world.timeline.at(DemoWorld::at(consultation.consultedOn, 11, 10), [&world, consultation, adult,
                                                                            concern]() mutable {
            consultation.concernIds = {world.adultConcernIds.at(concern)};
            LadoConsultationRepository(world.vault).record(world.adultIds.at(adult), consultation);
        });
    }

    // A supply teacher humiliates a pupil; the teaching assistant who reported it asks not to be named, and
    // the booking ends soon after.
    void planSupplyTeacher()
    {
        const SyntheticAdult supply = syntheticAdult(m_dice);
        const QDate day = daysBack(190);
        ConcernStory story;
        story.occurred = PartialDate::minute(QDateTime(day, QTime(11, 5)));
        story.recordedAt = DemoWorld::at(day, 15, 50);
        story.account =
            QStringLiteral("In a maths lesson, %1 (supply teacher) called a pupil \"thick\" in front of the "
                           "class after a wrong "
                           "answer and encouraged the class to laugh. The pupil was tearful at break.");
        story.response =
            QStringLiteral("The class teacher comforted the pupil and told the parent at the end of "
                           "the day. The DSL spoke to %1 after school and told the supply agency.");
        story.reporterName = colleague();
        story.reporterWithheld = true;
        const int adult = addAdult(supply, AdultRole::Supply, story.recordedAt.addSecs(-120));
        const int concern = recordConcern(adult, supply, story);
        const QDate reviewed = SchoolCalendar::addSchoolDays(day, 1);
        review(
            concern, DemoWorld::at(reviewed, 9, 15),
            QStringLiteral("Humiliating a pupil is behaviour the staff code of conduct does not allow: a "
                           "low-level concern, not meeting the harm threshold. The agency has been told. The "
                           "reporter asked not to be named to %1.")
                .arg(supply.called()));

        const QDate left = SchoolCalendar::addSchoolDays(day, 4);
        AdultDetails details{supply.name(), AdultRole::Supply, left};
        const QString reason =
            QStringLiteral("The supply booking ended; the agency will not send %1 to the school again.")
                .arg(supply.called());
        DemoWorld& world = m_world;
        world.timeline.at(DemoWorld::at(left, 16, 30), [&world, details, reason, adult]() {
            AdultRegister(world.vault).amend(world.adultIds.at(adult), details, reason);
        });
    }

    // A teacher reports their own lapse of judgement the next morning.
    void planSelfReport()
    {
        const SyntheticAdult teacher = syntheticAdult(m_dice);
        const QDate day = daysBack(110);
        ConcernStory story;
        story.occurred = PartialDate::day(SchoolCalendar::addSchoolDays(day, -1));
        story.recordedAt = DemoWorld::at(day, 8, 20);
        story.account = QStringLiteral(
            "Self-report: after an after-school club a pupil had not been collected, and %1 drove the "
            "pupil home alone in a personal car without telling the office or another member of staff.");
        story.response =
            QStringLiteral("%1 was thanked for reporting it promptly and reminded of the procedure for a "
                           "child not collected: "
                           "the office phones the contacts, and two adults stay with the child at school.");
        story.reporterName = teacher.name();
        story.selfReport = true;
        const int adult = addAdult(teacher, AdultRole::Staff, story.recordedAt.addSecs(-120));
        const int concern = recordConcern(adult, teacher, story);
        review(concern, DemoWorld::at(SchoolCalendar::addSchoolDays(day, 2), 13, 5),
               QStringLiteral(
                   "A self-reported error of judgement with no sign of an intent to harm; recorded so "
                   "that there is an accurate account should anything be said later. No further "
                   "action beyond the reminder."));
    }

    // A teaching assistant blurs boundaries twice: the register's pattern prompt asks whether together the
    // concerns meet the harm threshold. No consultation is recorded, so the prompt is there to act on.
    void planPattern()
    {
        const SyntheticAdult assistant = syntheticAdult(m_dice);
        const QDate first = daysBack(75);
        ConcernStory gifts;
        gifts.occurred = PartialDate::day(first);
        gifts.recordedAt = DemoWorld::at(first, 15, 45);
        gifts.account = QStringLiteral(
            "Over the past week %1 (teaching assistant) has been seen at lunchtime giving one "
            "pupil sweets and a small gift, and keeping the pupil in the classroom to help while "
            "the others went out. The pupil told a friend that %1 had said \"you're my "
            "favourite, don't tell the others\".");
        gifts.response = QStringLiteral("The DSL spoke to %1 the same afternoon about the code of conduct on "
                                        "gifts, favouritism and time alone with pupils; %1 accepted it.");
        gifts.reporterName = colleague();
        const int adult = addAdult(assistant, AdultRole::Staff, gifts.recordedAt.addSecs(-120));
        const int firstConcern = recordConcern(adult, assistant, gifts);
        review(
            firstConcern, DemoWorld::at(SchoolCalendar::addSchoolDays(first, 2), 12, 50),
            QStringLiteral("Favouritism and gifts, against the staff code of conduct: a low-level concern, "
                           "not meeting the harm threshold. Reminder given; watch for any repeat."));

        const QDate second = daysBack(15);
        ConcernStory social;
        social.occurred = PartialDate::day(SchoolCalendar::addSchoolDays(second, -1));
        social.recordedAt = DemoWorld::at(second, 9, 10);
        social.account = QStringLiteral(
            "A pupil told the class teacher that %1 had given pupils the name of a personal "
            "Instagram account and had accepted follow requests from the pupil and two friends.");
        social.response =
            QStringLiteral("%1 removed the pupils as followers the same morning and was reminded "
                           "of the staff code of conduct on social media and contact with pupils.");
        social.reporterUsername = staffUsername;
        const int secondConcern = recordConcern(adult, assistant, social);
        review(
            secondConcern, DemoWorld::at(SchoolCalendar::addSchoolDays(second, 1), 12, 40),
            QStringLiteral("The second concern about %1 keeping professional boundaries with pupils, after "
                           "the gifts and favouritism. Together they may be a pattern: to discuss with the "
                           "headteacher and decide whether to consult the LADO.")
                .arg(assistant.called()));
    }

    // A contractor alone with a pupil behind a closed door, in the last few days: not yet reviewed.
    void planContractor()
    {
        const SyntheticAdult contractor = syntheticAdult(m_dice);
        const QDate day = std::max(m_world.start, SchoolCalendar::addSchoolDays(m_world.lastDay, -2));
        ConcernStory story;
        story.occurred = PartialDate::minute(QDateTime(day, QTime(12, 35)));
        story.recordedAt = DemoWorld::at(day, 13, 30);
        story.account = QStringLiteral(
            "%1, a technician from the school's IT support contractor, was found alone with a pupil in the "
            "ICT "
            "suite at lunchtime, with the door closed and the blind down, showing the pupil a game on a "
            "personal tablet.");
        story.response =
            QStringLiteral("The site manager reminded %1 that contractors do not work alone with "
                           "pupils and moved the visits to after school. The firm has been told.");
        story.reporterName = colleague();
        const int adult = addAdult(contractor, AdultRole::Contractor, story.recordedAt.addSecs(-120));
        recordConcern(adult, contractor, story);
    }

    DemoWorld& m_world;
    Dice m_dice;
};

} // namespace

void planAdults(DemoWorld& world)
{
    AdultsPlanner(world).plan();
}

} // namespace lantern::demo
