#include "export/ReferralPackReader.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "records/AgencyRepository.h"
#include "records/AttachmentRepository.h"
#include "records/ChronologyRepository.h"
#include "records/ConcernRepository.h"
#include "export/PackMinimiser.h"
#include "records/DecisionRepository.h"
#include "records/HouseholdRepository.h"
#include "records/MeetingRepository.h"
#include "records/PlanRepository.h"
#include "records/PupilRepository.h"
#include "records/ReferralRepository.h"
#include "records/SchoolRepository.h"
#include "records/VoiceRepository.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <algorithm>

namespace lantern {

namespace {

// A partial date is in the period when the span it can mean overlaps it ("March 2026" is in a period from 15
// March), the rule the chronology uses too.
bool overlaps(const PartialDate& when, const QDate& from, const QDate& to)
{
    return when.isValid() && when.firstDay() <= to && when.lastDay() >= from;
}

// "attachments/001.pdf": a neutral name, since ZIP entry names are readable without the passphrase. The
// extension stays so that the receiver's computer knows how to open the file.
QString packPathFor(int index, const QString& fileName)
{
    QString suffix = QFileInfo(fileName).suffix().toLower();
    suffix.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
    const QString number = QStringLiteral("%1").arg(index, 3, 10, QLatin1Char('0'));
    return QStringLiteral("attachments/") + number +
           (suffix.isEmpty() ? QString() : QStringLiteral(".") + suffix.left(10));
}

} // namespace

ReferralPackReader::ReferralPackReader(Vault& vault)
    : m_vault(vault)
{}

ReferralPackContent ReferralPackReader::read(const ReferralPackRequest& request)
{
    ReferralPackContent content = readWhole(request);
    PackMinimiser::apply(content);
    return content;
}

QList<PackItem> ReferralPackReader::items(const ReferralPackRequest& request)
{
    return PackMinimiser::items(readWhole(request));
}

ReferralPackContent ReferralPackReader::readWhole(const ReferralPackRequest& request)
{
    requirePermission(m_vault.user(), Permission::Export);
    if (!request.from.isValid() || !request.to.isValid())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Period: give both a start and an end date."));
    if (request.from > request.to)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("Period: the start date is after the end date."));

    ReferralPackContent content;
    content.request = request;
    content.producedAt = m_vault.clock().nowUtc();
    const User& user = m_vault.user();
    content.producedByUsername = user.username;
    content.producedByName = user.displayName;
    content.producedByRole = roleTitle(user.role);
    for (const User& known : m_vault.users())
        content.userNames.insert(known.username, known.displayName);

    SchoolRepository school(m_vault);
    content.school = school.details();
    content.safeguardingContacts = school.safeguardingContacts();

    PupilRepository pupils(m_vault);
    const std::optional<Pupil> pupil = pupils.find(request.pupilId);
    if (!pupil)
        throw Error(ErrorKind::NotFound, ModelText::tr("There is no pupil with id %1.").arg(request.pupilId));
    content.pupil = *pupil;
    if (request.includes(ReferralSection::Family)) {
        content.contacts = pupils.contacts(request.pupilId);
        content.siblings = pupils.siblings(request.pupilId);
        content.household = HouseholdRepository(m_vault).members(request.pupilId);
    }

    // Concerns are read whatever the sections: the referral's categories of harm come from them.
    ConcernRepository concerns(m_vault);
    DecisionRepository decisions(m_vault);
    QList<ConcernSummary> summaries = concerns.listForPupil(request.pupilId);
    std::reverse(summaries.begin(), summaries.end()); // oldest first
    for (const ConcernSummary& summary : summaries) {
        if (!overlaps(summary.occurred, request.from, request.to))
            continue;
        PackConcern packConcern;
        packConcern.concern = concerns.get(summary.id);
        for (const ConcernChild& child : packConcern.concern.current.children)
            if (child.pupilId == request.pupilId)
                packConcern.role = child.role;
        packConcern.decisions = decisions.list(summary.id);
        content.concerns.append(packConcern);
    }

    // Chronology and voice are read whatever the sections: the preflight checks them.
    ChronologyFilter filter;
    filter.from = request.from;
    filter.to = request.to;
    content.chronology = ChronologyRepository(m_vault).entries(request.pupilId, filter);
    for (const VoiceEntry& entry : VoiceRepository(m_vault).list(request.pupilId))
        if (overlaps(entry.current().content.captured, request.from, request.to))
            content.voice.prepend(entry); // the list is newest first

    if (request.includes(ReferralSection::AgenciesAndPlans)) {
        AgencyRepository agencies(m_vault);
        QHash<qint64, AgencyKind> kinds;
        for (const Agency& agency : agencies.agencies()) {
            kinds.insert(agency.id, agency.kind);
            content.agencyNames.insert(agency.id, agency.name);
        }
        for (const Involvement& involvement : agencies.involvements(request.pupilId))
            content.involvements.append({involvement, kinds.value(involvement.agencyId, AgencyKind::Other)});
        content.plans = PlanRepository(m_vault).plans(request.pupilId);
        for (const Meeting& meeting : MeetingRepository(m_vault).meetings(request.pupilId))
            if (meeting.heldOn >= request.from && meeting.heldOn <= request.to)
                content.meetings.prepend(meeting); // the list is most recent first
    }
    if (request.includes(ReferralSection::ActionsTaken)) {
        QList<Referral> referrals = ReferralRepository(m_vault).referrals(request.pupilId);
        std::reverse(referrals.begin(), referrals.end());
        content.previousReferrals = referrals;
    }
    if (request.includes(ReferralSection::Attachments))
        readAttachments(content);
    return content;
}

void ReferralPackReader::readAttachments(ReferralPackContent& content)
{
    AttachmentRepository attachments(m_vault);
    QList<Attachment> chosen;
    QList<Attachment> offered = attachments.list(AttachmentOwner::pupil(content.request.pupilId));
    for (const PackConcern& concern : content.concerns)
        offered += attachments.list(AttachmentOwner::concern(concern.concern.id));
    if (content.request.attachmentIds.isEmpty()) {
        chosen = offered;
    } else {
        for (const qint64 id : content.request.attachmentIds) {
            const auto found = std::find_if(offered.cbegin(), offered.cend(),
                                            [id](const Attachment& a) { return a.id == id; });
            if (found == offered.cend())
                throw Error(
                    ErrorKind::InvalidInput,
                    ModelText::tr("Attachment %1 is not kept with this pupil or with a concern of the "
                                  "period.")
                        .arg(id));
            chosen.append(*found);
        }
    }
    int index = 0;
    for (const Attachment& attachment : chosen) {
        PackAttachment packed;
        packed.metadata = attachment;
        packed.bytes = attachments.content(attachment.id);
        packed.packPath = packPathFor(++index, attachment.fileName);
        content.attachments.append(packed);
    }
}

} // namespace lantern
