#include "records/PupilValidator.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "reference/CodeList.h"
#include "reference/DfeCodes.h"
#include "reference/NhsNumber.h"
#include "reference/Upn.h"
#include "storage/Database.h"
#include "text/TextServices.h"
#include "vault/Vault.h"

#include <QTimeZone>

namespace lantern {

namespace {

// Names, codes and identifiers are one line: extra spaces from copying out of a spreadsheet are noise, and
// would make "Zoë  Smith" a different person from "Zoë Smith" in searches and duplicates.
QString oneLine(const QString& text)
{
    return TextServices::normalizeForStorage(text).simplified();
}

QStringList codes(const QStringList& list)
{
    QStringList out;
    for (const QString& code : list) {
        const QString cleaned = oneLine(code);
        if (!cleaned.isEmpty())
            out.append(cleaned);
    }
    return out;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// Whole years from `born` to `on`, as a birthday counts them (a 29 February birthday counts on 1 March).
int ageOn(const QDate& born, const QDate& on)
{
    int years = on.year() - born.year();
    if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
        --years;
    return years;
}

std::optional<QString> listProblem(const QString& field, const QString& listName, const QString& code)
{
    const CodeList& list = CodeList::get(listName);
    if (list.contains(code))
        return std::nullopt;
    return ModelText::tr("%1 \u201C%2\u201D is not one of the codes: use %3.")
        .arg(field, code, list.codes().join(ModelText::tr(", ")));
}

} // namespace

PupilValidator::PupilValidator(Database& db, const QDate& today)
    : m_db(db)
    , m_today(today)
{}

PupilValidator::PupilValidator(Vault& vault, const QDate& today)
    : PupilValidator(vault.database(), today)
{}

QDate PupilValidator::schoolDate(const QDateTime& nowUtc)
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    return london.isValid() ? nowUtc.toTimeZone(london).date() : nowUtc.toUTC().date();
}

Pupil PupilValidator::normalized(Pupil pupil)
{
    pupil.upn = normalizeUpn(TextServices::normalizeForStorage(pupil.upn));
    pupil.upnUnknownReason = pupil.upn.isEmpty() ? oneLine(pupil.upnUnknownReason) : QString();
    pupil.legalForename = oneLine(pupil.legalForename);
    pupil.legalMiddleNames = oneLine(pupil.legalMiddleNames);
    pupil.legalSurname = oneLine(pupil.legalSurname);
    pupil.preferredForename = oneLine(pupil.preferredForename);
    pupil.preferredSurname = oneLine(pupil.preferredSurname);
    pupil.sex = oneLine(pupil.sex);
    pupil.ethnicity = oneLine(pupil.ethnicity);
    pupil.nhsNumber = normalizeNhsNumber(oneLine(pupil.nhsNumber));
    pupil.firstLanguage = oneLine(pupil.firstLanguage);
    pupil.senStatus = oneLine(pupil.senStatus);
    pupil.senNeedTypes = codes(pupil.senNeedTypes);
    pupil.disabilities = codes(pupil.disabilities);
    pupil.responsibleAuthority = oneLine(pupil.responsibleAuthority);
    pupil.youngCarer = oneLine(pupil.youngCarer);
    pupil.kinshipCare = oneLine(pupil.kinshipCare);
    pupil.yearGroup = oneLine(pupil.yearGroup);
    pupil.registrationGroup = oneLine(pupil.registrationGroup);
    pupil.postcode = oneLine(pupil.postcode).toUpper();
    pupil.address = TextServices::normalizeForStorage(pupil.address).trimmed();
    return pupil;
}

std::optional<QString> PupilValidator::problem(const Pupil& pupil) const
{
    if (pupil.legalForename.isEmpty())
        return ModelText::tr("Legal forename is required.");
    if (pupil.legalSurname.isEmpty())
        return ModelText::tr("Legal surname is required.");
    if (std::optional<QString> found = identifierProblem(pupil))
        return found;
    if (std::optional<QString> found = dateProblem(pupil))
        return found;
    return codeProblem(pupil);
}

void PupilValidator::validate(const Pupil& pupil) const
{
    if (std::optional<QString> found = problem(pupil))
        throw Error(ErrorKind::InvalidInput, *found);
}

std::optional<QString> PupilValidator::identifierProblem(const Pupil& pupil) const
{
    if (pupil.upn.isEmpty()) {
        if (pupil.upnUnknownReason.isEmpty())
            return ModelText::tr("UPN is missing: give the pupil's UPN, or a reason it is unknown (%1).")
                .arg(CodeList::get(QStringLiteral("upn-unknown-reason")).codes().join(ModelText::tr(", ")));
        if (std::optional<QString> found =
                listProblem(ModelText::tr("UPN unknown reason"), QStringLiteral("upn-unknown-reason"),
                            pupil.upnUnknownReason))
            return found;
    } else {
        if (std::optional<QString> found = upnProblem(pupil.upn))
            return found;
        Statement holder = m_db.prepare("SELECT id FROM pupils WHERE upn = :upn AND id <> :id");
        holder.bind(":upn", pupil.upn).bind(":id", pupil.id);
        if (holder.step())
            return ModelText::tr(
                       "UPN %1 already belongs to another pupil on the roll; each UPN is one child's.")
                .arg(pupil.upn);
    }
    if (!pupil.nhsNumber.isEmpty()) {
        if (std::optional<QString> found = nhsNumberProblem(pupil.nhsNumber))
            return found;
    }
    return std::nullopt;
}

std::optional<QString> PupilValidator::dateProblem(const Pupil& pupil) const
{
    const QDate& born = pupil.dateOfBirth;
    if (!born.isValid())
        return ModelText::tr("Date of birth is required (YYYY-MM-DD).");
    const QString today = TextServices::formatDate(m_today);
    if (born > m_today)
        return ModelText::tr("Date of birth %1 is in the future (today is %2).").arg(isoDate(born), today);
    if (born != m_storedBirth) {
        const int age = ageOn(born, m_today);
        if (age < minimumAge)
            return ModelText::tr(
                       "Date of birth %1 makes the pupil under %2 years old today (%3); check the year.")
                .arg(isoDate(born))
                .arg(minimumAge)
                .arg(today);
        if (age > maximumAge)
            return ModelText::tr(
                       "Date of birth %1 makes the pupil %2 years old today (%3); Lantern keeps pupils "
                       "aged %4 to %5, so check the year.")
                .arg(isoDate(born))
                .arg(age)
                .arg(today)
                .arg(minimumAge)
                .arg(maximumAge);
    }
    if (pupil.admissionDate && pupil.admissionDate->isValid() && *pupil.admissionDate < born)
        return ModelText::tr("Admission date %1 is before the date of birth %2.")
            .arg(isoDate(*pupil.admissionDate), isoDate(born));
    if (pupil.leavingDate && pupil.leavingDate->isValid()) {
        if (*pupil.leavingDate < born)
            return ModelText::tr("Leaving date %1 is before the date of birth %2.")
                .arg(isoDate(*pupil.leavingDate), isoDate(born));
        if (pupil.admissionDate && pupil.admissionDate->isValid() &&
            *pupil.leavingDate < *pupil.admissionDate)
            return ModelText::tr("Leaving date %1 is before the admission date %2.")
                .arg(isoDate(*pupil.leavingDate), isoDate(*pupil.admissionDate));
    }
    return std::nullopt;
}

std::optional<QString> PupilValidator::codeProblem(const Pupil& pupil)
{
    if (std::optional<QString> found = sexProblem(pupil.sex))
        return ModelText::tr("Sex: ") + *found;
    if (std::optional<QString> found = ethnicityProblem(pupil.ethnicity))
        return ModelText::tr("Ethnicity: ") + *found;
    // Only the current SEN provision codes: the legacy ones (A, P, S, Q) went with the 2014 reforms.
    static const QStringList senStatuses{QStringLiteral("N"), QStringLiteral("K"), QStringLiteral("E")};
    if (!senStatuses.contains(pupil.senStatus))
        return ModelText::tr(
                   "SEN status \u201C%1\u201D is not valid: use N (no special educational need), K (SEN "
                   "support) or E (education, health and care plan).")
            .arg(pupil.senStatus);
    for (const QString& need : pupil.senNeedTypes) {
        if (std::optional<QString> found =
                listProblem(ModelText::tr("SEN need type"), QStringLiteral("sen-need-type"), need))
            return found;
    }
    for (const QString& disability : pupil.disabilities) {
        if (std::optional<QString> found =
                listProblem(ModelText::tr("Disability"), QStringLiteral("cin-disability"), disability))
            return found;
    }
    if (std::optional<QString> found =
            listProblem(ModelText::tr("Young carer"), QStringLiteral("young-carer"), pupil.youngCarer))
        return found;
    if (std::optional<QString> found =
            listProblem(ModelText::tr("Kinship care"), QStringLiteral("kinship-care"), pupil.kinshipCare))
        return found;
    return std::nullopt;
}

} // namespace lantern
