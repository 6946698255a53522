#include "submit/StaffSubmitter.h"

#include "adults/AdultConcernRepository.h"
#include "adults/AdultRegister.h"
#include "calendar/UkTime.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/ConcernValidator.h"
#include "submit/StaffReceiptBook.h"
#include "text/PlainText.h"
#include "text/TextServices.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace lantern {

namespace {

[[noreturn]] void invalid(QLatin1String field, const QString& message)
{
    throw Error(ErrorKind::InvalidInput, field, message);
}

} // namespace

StaffFolder StaffFolder::open(const QString& folder)
{
    StaffFolder result;
    result.path = QDir(folder).absolutePath();
    const QDir dir(result.path);
    result.profile = SubmissionProfile::load(dir.filePath(SubmissionProfile::fileName()));
    result.key = StaffKeyFile::load(dir.filePath(StaffKeyFile::fileName()));
    if (result.profile.vaultId != result.key.vaultId)
        throw Error(ErrorKind::Damaged,
                    ModelText::tr("%1: the staff key and the submission profile belong to different schools' "
                                  "vaults; ask the DSL to enrol you again.")
                        .arg(QDir::toNativeSeparators(result.path)));
    return result;
}

StaffSubmitter::StaffSubmitter(const SubmissionProfile& profile, const StaffSigningKey& key,
                               const Clock& clock)
    : m_profile(profile)
    , m_key(key)
    , m_clock(clock)
    , m_inbox(profile.inbox)
{}

SubmittedConcern StaffSubmitter::checked(const SubmittedConcern& concern) const
{
    // The vault's own rules, applied here so that the staff member hears about a missing field now rather
    // than the DSL at import. The staff machine has no pupil ids: each distinct child named stands in as
    // 1, 2, … so that the rules about children (at least one, a subject, none twice) still apply.
    QList<ConcernChild> standIns;
    QList<SubmittedChild> children;
    QHash<QString, qint64> standIn;
    if (concern.children.size() > ConcernValidator::maximumChildren)
        invalid(ConcernField::children,
                ModelText::tr("Children: %1 children is more than one concern can name (at most %2).")
                    .arg(concern.children.size())
                    .arg(ConcernValidator::maximumChildren));
    for (const SubmittedChild& typed : concern.children) {
        SubmittedChild child = typed;
        child.name = checkedText(tidy(typed.name), ConcernField::children, ModelText::tr("Children"), 200);
        child.yearGroup =
            checkedText(tidy(typed.yearGroup), ConcernField::children, ModelText::tr("Year group"), 40);
        if (child.name.isEmpty())
            invalid(ConcernField::children, ModelText::tr("Children: a child is named without a name."));
        const QString key = TextServices::searchKey(child.name) + QLatin1Char('\n') + child.yearGroup;
        const qint64 id = standIn.value(key, standIn.size() + 1);
        standIn.insert(key, id);
        standIns.append({id, child.role, {}, {}});
        children.append(child);
    }
    const ConcernContent valid = ConcernValidator(m_clock.nowUtc()).checked(concern.withChildren(standIns));
    return valid.withChildren(children);
}

SubmittedAdultConcern StaffSubmitter::checked(const SubmittedAdultConcern& concern) const
{
    SubmittedAdultConcern result = concern;
    result.adultName =
        checkedText(tidy(concern.adultName), AdultField::name, ModelText::tr("Adult's name"), 200);
    result.adultRole = concern.adultRole.trimmed();
    result.account =
        checkedText(tidy(concern.account), AdultConcernField::account, ModelText::tr("What happened"), 30000);
    result.response =
        checkedText(tidy(concern.response), AdultConcernField::account, ModelText::tr("Response"), 10000);
    result.reporterName = checkedText(tidy(concern.reporterName), AdultConcernField::reportedBy,
                                      ModelText::tr("Reported by"), 200);
    // Only the DSL team's Lantern opens a submission: a concern about the headteacher, which is the chair of
    // governors' alone, is not sent (an older Lantern Submit's is held in the inbox, never filed).
    if (result.aboutHeadteacher)
        invalid(AdultField::name,
                ModelText::tr("Adult's name: a concern about the headteacher goes to the chair of governors; "
                              "tell them yourself. Lantern does not send it, because only the DSL team's "
                              "Lantern could open it."));
    if (result.adultName.isEmpty())
        invalid(AdultField::name, ModelText::tr("Adult's name: name the adult the concern is about."));
    static const QStringList roles{QStringLiteral("staff"), QStringLiteral("supply"),
                                   QStringLiteral("volunteer"), QStringLiteral("contractor")};
    if (!roles.contains(result.adultRole))
        invalid(AdultField::role,
                ModelText::tr("Role in school: \"%1\" is not staff, supply, volunteer or contractor.")
                    .arg(result.adultRole));
    const QString when = ConcernValidator::occurredField();
    if (!result.occurred.isValid())
        invalid(AdultConcernField::occurred,
                ModelText::tr("%1: say when it happened (a year or month is enough if that is all you know).")
                    .arg(when));
    if (result.occurred.isLaterThan(toUkLocal(m_clock.nowUtc())))
        invalid(AdultConcernField::occurred,
                ModelText::tr("%1: %2 is in the future.").arg(when, result.occurred.display()));
    if (result.account.isEmpty())
        invalid(AdultConcernField::account, ModelText::tr("What happened: write what happened, as facts."));
    return result;
}

SubmissionReceipt StaffSubmitter::submitConcern(const SubmittedConcern& concern)
{
    return write(SubmissionPayload::concernKind(), concernContentJson(checked(concern)));
}

SubmissionReceipt StaffSubmitter::submitAdultConcern(const SubmittedAdultConcern& concern)
{
    return write(SubmissionPayload::adultConcernKind(), adultConcernContentJson(checked(concern)));
}

SubmissionReceipt StaffSubmitter::write(const QString& kind, const QJsonObject& content)
{
    if (m_inbox.isEmpty() || !QFileInfo(m_inbox).isDir())
        throw Error(ErrorKind::Io,
                    ModelText::tr("The school's inbox folder %1 cannot be reached (is the shared drive "
                                  "connected?). Nothing was sent; try again when it is.")
                        .arg(QDir::toNativeSeparators(m_inbox)));
    SubmissionPayload payload;
    payload.submissionId = SubmissionPayload::newSubmissionId();
    payload.vaultId = m_profile.vaultId;
    payload.keyId = m_key.keyId();
    payload.username = m_key.username();
    payload.createdAt = m_clock.nowUtc();
    payload.kind = kind;
    payload.content = content;
    const QByteArray file = SealedSubmission::seal(payload, m_key.secretKey(), m_profile.publicKey);

    SubmissionReceipt receipt;
    receipt.submissionId = payload.submissionId;
    receipt.createdAt = payload.createdAt;
    receipt.kind = kind;
    receipt.filePath = QDir(m_inbox).filePath(payload.submissionId + SealedSubmission::fileSuffix());
    // The DSL's account reads it from the shared inbox; sealed, it tells the folder's group nothing.
    writeFileAtomically(receipt.filePath, file, FileAccess::OwnerAndGroup);
    // Sent: a receipt that cannot be kept is said, never a reason to send again.
    if (m_book) {
        try {
            m_book->add(receipt);
        } catch (const Error& error) {
            receipt.notKept = error.message();
        }
    }
    return receipt;
}

} // namespace lantern
