// A roster import dry run: the whole roll as a CSV from the MIS, checked against the large school's roll.
#include "LargeSchool.h"
#include "import/RosterImporter.h"
#include "records/PupilRepository.h"
#include "reference/Csv.h"

#include <QFile>
#include <benchmark/benchmark.h>

using namespace lantern;
using namespace lantern::bench;

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString isoDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

// The roll as a termly MIS export would give it: everyone on roll today, one in 25 moved to another
// registration group, so the dry run finds a few changes among many unchanged pupils. Written once.
QString rosterCsv(LargeSchool& school)
{
    static QString path;
    if (!path.isEmpty())
        return path;
    const QStringList header{QStringLiteral("UPN"),
                             QStringLiteral("Legal Surname"),
                             QStringLiteral("Legal Forename"),
                             QStringLiteral("Middle Names"),
                             QStringLiteral("Preferred Surname"),
                             QStringLiteral("Preferred Forename"),
                             QStringLiteral("Date of Birth"),
                             QStringLiteral("Sex"),
                             QStringLiteral("Ethnicity"),
                             QStringLiteral("First Language"),
                             QStringLiteral("Year Group"),
                             QStringLiteral("Registration Group"),
                             QStringLiteral("SEN Status"),
                             QStringLiteral("FSM"),
                             QStringLiteral("Looked After"),
                             QStringLiteral("Postcode"),
                             QStringLiteral("Address"),
                             QStringLiteral("NHS Number"),
                             QStringLiteral("Admission Date")};
    QList<QStringList> rows;
    for (const Pupil& pupil : PupilRepository(school.vault()).list()) {
        if (pupil.leavingDate || pupil.upn.isEmpty())
            continue;
        const bool moved = rows.size() % 25 == 0;
        rows.append({pupil.upn, pupil.legalSurname, pupil.legalForename, pupil.legalMiddleNames,
                     pupil.preferredSurname, pupil.preferredForename, pupil.dateOfBirth.toString(Qt::ISODate),
                     pupil.sex, pupil.ethnicity, pupil.firstLanguage, pupil.yearGroup,
                     moved ? pupil.registrationGroup + QStringLiteral("X") : pupil.registrationGroup,
                     pupil.senStatus, yesNo(pupil.freeSchoolMeals), yesNo(pupil.lookedAfter), pupil.postcode,
                     pupil.address, pupil.nhsNumber, isoDate(pupil.admissionDate)});
    }
    const QString written = school.scratchPath(QStringLiteral("roster.csv"));
    QFile file(written);
    if (!file.open(QIODevice::WriteOnly) || file.write(csvDocument(header, rows)) < 0)
        throw std::runtime_error("Could not write the benchmark roster CSV.");
    path = written;
    return path;
}

// RosterImporter::plan over a full-roll CSV: stream and validate every row (UPN check letter, DfE codes,
// duplicates), compare each pupil with the roll and list additions, changes and leavers. Writes nothing.
void BM_RosterImportDryRun(benchmark::State& state)
{
    runReporting(state, [&] {
        LargeSchool& school = LargeSchool::instance();
        const QString csv = rosterCsv(school);
        RosterImporter importer(school.vault());
        ImportPlan plan;
        for (auto _ : state)
            plan = importer.plan(csv, ImportKind::Full);
        if (plan.fileProblem)
            throw std::runtime_error(plan.fileProblem->message.toStdString());
        state.counters["rows"] = static_cast<double>(plan.added.size() + plan.changed.size() +
                                                     plan.unchanged + plan.rejected.size());
        state.counters["changed"] = static_cast<double>(plan.changed.size());
        state.counters["unchanged"] = static_cast<double>(plan.unchanged);
        state.counters["rejected"] = static_cast<double>(plan.rejected.size());
        state.counters["left"] = static_cast<double>(plan.left.size());
    });
}
BENCHMARK(BM_RosterImportDryRun)->Unit(benchmark::kMillisecond);

} // namespace
