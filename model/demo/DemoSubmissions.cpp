#include "demo/DemoSubmissions.h"

#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "submit/StaffEnrolment.h"
#include "submit/StaffSubmitter.h"
#include "submit/SubmissionProfiles.h"

#include <QDir>

namespace lantern {

namespace {

// A slip of the keyboard: the last two letters of the surname swapped ("Ahmed" → "Ahmde"), so that the roll
// has no pupil of that name and the DSL must say who was meant.
QString misspelt(const QString& name)
{
    QString typed = name;
    const qsizetype last = typed.size() - 1;
    if (last >= 2 && typed.at(last) != typed.at(last - 1)) {
        const QChar swapped = typed.at(last);
        typed[last] = typed.at(last - 1);
        typed[last - 1] = swapped;
    } else {
        typed.chop(1);
    }
    return typed;
}

SubmittedConcern concernAbout(const RosterEntry& child, bool fromRoster, const PartialDate& when,
                              const QString& category, const QString& account, const QString& words)
{
    SubmittedConcern concern;
    concern.occurred = when;
    concern.location = QStringLiteral("Classroom");
    concern.children = {{child.name, child.yearGroup, fromRoster, ChildRole::Subject}};
    concern.categoryIds = {category};
    concern.account = account;
    concern.childWords = words;
    concern.immediateAction = QStringLiteral("Listened, did not ask leading questions, told the DSL.");
    return concern;
}

} // namespace

DemoStaffSetup DemoSubmissions::send(Vault& dsl, const QString& staffUsername,
                                     const SecureBytes& staffKeyPassword, const QString& keyFolder,
                                     const QString& inbox, const Clock& clock)
{
    if (!QDir().mkpath(inbox) || !QDir().mkpath(keyFolder))
        throw Error(ErrorKind::Io,
                    ModelText::tr("Demo: could not make the folders %1 and %2.")
                        .arg(QDir::toNativeSeparators(inbox), QDir::toNativeSeparators(keyFolder)));
    SubmissionProfiles(dsl).setInbox(inbox);
    StaffEnrolment(dsl).enrol(staffUsername, staffKeyPassword, keyFolder);

    // From here on, only what the member of staff's own computer has: the folder and their password.
    StaffFolder folder = StaffFolder::open(keyFolder);
    const StaffSigningKey key = folder.key.unlock(staffKeyPassword);
    folder.profile.openRoster(key);
    const QList<RosterEntry>& roster = folder.profile.roster;
    if (roster.size() < 2)
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr("Demo: the roll is too small for staff submissions."));
    StaffSubmitter submitter(folder.profile, key, clock);
    const PartialDate yesterday = PartialDate::day(ukToday(clock).addDays(-1));

    submitter.submitConcern(
        concernAbout(roster.at(0), true, yesterday, QStringLiteral("neglect"),
                     QStringLiteral("Came in without a coat again and ate two breakfasts at "
                                    "breakfast club; said there was no food at home."),
                     QStringLiteral("Mum says we have to wait till Friday.")));
    const RosterEntry& second = roster.at(roster.size() / 2);
    submitter.submitConcern(concernAbout(
        {misspelt(second.name), second.yearGroup}, false, yesterday, QStringLiteral("emotional-abuse"),
        QStringLiteral("Very quiet all week and flinched when the door banged. "
                       "Said they are scared to go home when Dad is angry."),
        QStringLiteral("I don't want to go home today.")));
    SubmittedAdultConcern adult;
    adult.adultName = QStringLiteral("Robin Ashworth");
    adult.adultRole = QStringLiteral("supply");
    adult.occurred = yesterday;
    adult.account = QStringLiteral("Gave a pupil a lift home in their own car without telling the office.");
    adult.response = QStringLiteral("Reminded them of the staff code of conduct.");
    submitter.submitAdultConcern(adult);

    return {folder.path, inbox, folder.profile.fingerprint(), 3};
}

} // namespace lantern
