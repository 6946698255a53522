#include "demo/DemoSchool.h"

#include "calendar/UkTime.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "demo/DemoWorld.h"
#include "records/PupilRepository.h"
#include "records/SchoolRepository.h"

#include <QDir>

namespace lantern {

namespace {

using namespace demo;

const QString deputyUsername = QStringLiteral("demo-deputy");
const QString staffUsername = QStringLiteral("demo-staff");

// The school's details and safeguarding contacts, first thing on the first morning.
void scheduleSchool(DemoWorld& world)
{
    world.summary.schoolName = world.secondary ? QStringLiteral("Lantern Demo Academy (synthetic)")
                                               : QStringLiteral("Lantern Demo Primary (synthetic)");
    const QString dslName = world.vault.user().displayName;
    world.timeline.at(DemoWorld::at(world.start, 8, 0), [&world, dslName]() {
        SchoolRepository school(world.vault);
        SchoolDetails details;
        details.name = world.summary.schoolName;
        details.urn = QStringLiteral("999999"); // no school has it
        details.laCode = QStringLiteral("999");
        details.laName = QStringLiteral("Lanternbury (fictional)");
        details.address = QStringLiteral("1 Lantern Street, Lanternbury ZZ1 1AA");
        details.phone = QStringLiteral("01632 960000");
        details.email = QStringLiteral("office@lantern-demo.example");
        school.setDetails(details);
        school.addSafeguardingContact({0, QStringLiteral("dsl"), dslName, QStringLiteral("01632 960001"),
                                       QStringLiteral("dsl@lantern-demo.example"), true});
        school.addSafeguardingContact(
            {0, QStringLiteral("deputy"), QStringLiteral("Demo Deputy DSL (synthetic)"),
             QStringLiteral("01632 960002"), QStringLiteral("deputy.dsl@lantern-demo.example"), true});
    });
}

QStringList culturesOf(const DemoWorld& world)
{
    QStringList cultures;
    for (const NamePool& pool : DemoNames::get().pools())
        for (const PlannedPupil& child : world.pupils)
            if (child.culture == pool.culture) {
                cultures.append(pool.culture);
                break;
            }
    return cultures;
}

// Writes the whole school into `vault`, then records the newest concerns as the deputy DSL. Leaves `vault`
// locked.
DemoSummary fill(std::unique_ptr<Vault>& vault, ManualClock& clock, const SecureBytes& password,
                 const DemoOptions& options, const DemoProgress& progress)
{
    DemoWorld world(*vault, options);
    world.start = SchoolCalendar::onOrAfter(options.today.addMonths(-18));
    world.lastDay = SchoolCalendar::onOrBefore(options.today.addDays(-1));
    world.cutoff = DemoWorld::at(world.lastDay, 14, 0);
    if (progress)
        progress(QStringLiteral("Planning the school"), 0, 1);
    planRoster(world);
    scheduleSchool(world);
    planCasework(world);
    planAdults(world);

    clock.set(DemoWorld::at(world.start, 7, 50));
    for (const Vault::NewUser& user : DemoSchool::demoUsers()) {
        vault->addUser(user, password);
        world.summary.staffUsernames.append(user.username);
    }
    // Thousands of small transactions, each with its journal file and two fsyncs under the vault's usual
    // settings, would take minutes. A demo vault that a crash interrupts is simply made again (and create()
    // removes a half-made one), so this session alone keeps its journal in memory and skips the syncs; the
    // usual settings come back below and every later session opens with them.
    {
        const Vault::UnsyncedWrites unsynced(*vault);
        world.timeline.run(clock, world.cutoff, [&progress](int done, int total) {
            if (progress)
                progress(QStringLiteral("Writing records"), done, total);
        });
    }

    // The newest concerns, raised with the deputy DSL by staff, are recorded in the deputy's own session
    // after the DSL's last work, and wait untriaged in the inbox. (Staff hold no case key: they record
    // nothing in the vault themselves.)
    const QString folder = vault->paths().folder();
    vault.reset();
    clock.set(DemoWorld::at(world.lastDay, 14, 20));
    std::unique_ptr<Vault> deputy = Vault::unlock(folder, deputyUsername, password, clock);
    Timeline deputyTimeline;
    planDeputyConcerns(world, deputyTimeline, *deputy);
    deputyTimeline.run(clock, DemoWorld::at(world.lastDay, 23, 0), {});
    deputy.reset();

    DemoSummary summary = world.summary;
    summary.from = world.start;
    summary.to = world.lastDay;
    summary.inboxConcerns = summary.concerns - summary.decisions;
    summary.cultures = culturesOf(world);
    return summary;
}

} // namespace

DemoOptions DemoOptions::validated() const
{
    DemoOptions options = *this;
    if (!options.today.isValid())
        options.today = ukToday(SystemClock::instance());
    if (options.pupils < minimumPupils || options.pupils > maximumPupils)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Pupils: give a number from %1 to %2 (not %3).")
                                                 .arg(minimumPupils)
                                                 .arg(maximumPupils)
                                                 .arg(options.pupils));
    return options;
}

QList<Vault::NewUser> DemoSchool::demoUsers()
{
    return {{deputyUsername, QStringLiteral("Demo Deputy DSL (synthetic)"), Role::Deputy},
            {staffUsername, QStringLiteral("Demo Class Teacher (synthetic)"), Role::Staff}};
}

DemoSummary DemoSchool::create(const QString& folder, const Vault::NewUser& dsl, const SecureBytes& password,
                               const DemoOptions& options, const DemoProgress& progress)
{
    const DemoOptions valid = options.validated();
    ManualClock clock(DemoWorld::at(SchoolCalendar::onOrAfter(valid.today.addMonths(-18)), 7, 45));
    std::unique_ptr<Vault> vault = Vault::create(folder, dsl, password, clock);
    const QString made = vault->paths().folder();
    try {
        return fill(vault, clock, password, valid, progress);
    } catch (...) {
        // Half a demo school is no use to anyone: remove the vault this call made, and only that.
        vault.reset();
        QDir(made).removeRecursively();
        throw;
    }
}

DemoSummary DemoSchool::addTo(const QString& folder, const QString& username, const SecureBytes& password,
                              const DemoOptions& options, const DemoProgress& progress)
{
    const DemoOptions valid = options.validated();
    ManualClock clock(DemoWorld::at(SchoolCalendar::onOrAfter(valid.today.addMonths(-18)), 7, 45));
    std::unique_ptr<Vault> vault = Vault::unlock(folder, username, password, clock);
    if (vault->user().role != Role::Dsl)
        throw Error(ErrorKind::PermissionDenied,
                    ModelText::tr("Only a DSL can fill a vault with the demo school (%1 is not a DSL).")
                        .arg(username));
    if (!PupilRepository(*vault).list().isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("%1 already has pupils. The demo school only goes into an empty vault, so that "
                          "synthetic records never sit beside real ones; make a new vault for it.")
                .arg(vault->paths().folder()));
    for (const Vault::NewUser& user : demoUsers())
        if (vault->findUser(user.username))
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("%1 already has a user called \"%2\", which the demo school needs.")
                            .arg(vault->paths().folder(), user.username));
    return fill(vault, clock, password, valid, progress);
}

} // namespace lantern
