// Agencies, involvements, plans, meetings, referrals and attachments: the DSL's casework from a script.
#include "Command.h"
#include "calendar/UkTime.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "export/ReferralPack.h"
#include "records/AgencyRepository.h"
#include "records/AttachmentRepository.h"
#include "records/MeetingRepository.h"
#include "records/PackDisclosureRepository.h"
#include "records/PlanRepository.h"
#include "records/ReferralRepository.h"
#include "reference/Upn.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QFileInfo>

namespace lantern::cli {

namespace {

QCommandLineOption pupilOption()
{
    return option("pupil", "The pupil's UPN.", "UPN");
}

// The pupil a casework command names. Looking the UPN up needs only read access; each repository checks its
// own permission for what the command then does.
qint64 pupilByUpn(Vault& vault, const QString& upn)
{
    return pupilIdByUpn(vault, upn, Permission::ReadPupilRecords);
}

qint64 idOption(const QCommandLineParser& parser, const QString& name)
{
    const QString text = requiredOption(parser, name);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("The option --%1 takes a record number, not \"%2\".").arg(name, text));
    return id;
}

std::optional<qint64> optionalId(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    return idOption(parser, name);
}

// "a, b or c" for messages listing what may be typed.
template <typename T> QString choices(const QList<T>& values, QString (*name)(T))
{
    QStringList names;
    for (T value : values)
        names.append(name(value));
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

template <typename T>
T choice(const QCommandLineParser& parser, const QString& option,
         std::optional<T> (*fromName)(const QString&), const QList<T>& values, QString (*name)(T))
{
    const QString typed = requiredOption(parser, option);
    const std::optional<T> value = fromName(typed.trimmed().toLower());
    if (!value)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("Unknown --%1 \"%2\": use %3.").arg(option, typed, choices(values, name)));
    return *value;
}

QString dateText(const std::optional<QDate>& date)
{
    return date ? isoDate(*date) : QStringLiteral("-");
}

QString localTime(const QDateTime& utc)
{
    return toUkLocal(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// --- agencies and involvements ----------------------------------------------------------------------------

int agencyAdd(Context& context, const QCommandLineParser& parser)
{
    Agency agency;
    agency.name = requiredOption(parser, QStringLiteral("name"));
    agency.kind =
        parser.isSet(QStringLiteral("kind"))
            ? choice(parser, QStringLiteral("kind"), agencyKindFromName, allAgencyKinds(), agencyKindName)
            : AgencyKind::Other;
    agency.phone = parser.value(QStringLiteral("phone"));
    agency.email = parser.value(QStringLiteral("email"));
    auto vault = unlockAs(context, parser);
    const qint64 id = AgencyRepository(*vault).addAgency(agency);
    context.out << "Added agency " << id << ": " << agency.name.trimmed() << " ("
                << agencyKindLabel(agency.kind) << ").\n";
    return Success;
}

int agencyList(Context& context, const QCommandLineParser& parser)
{
    auto vault = unlockAs(context, parser);
    for (const Agency& agency : AgencyRepository(*vault).agencies())
        context.out << QString::number(agency.id).leftJustified(6)
                    << agencyKindName(agency.kind).leftJustified(23) << agency.name
                    << (agency.phone.isEmpty() ? QString() : QStringLiteral("  ") + agency.phone)
                    << (agency.email.isEmpty() ? QString() : QStringLiteral("  ") + agency.email) << "\n";
    return Success;
}

int involveAdd(Context& context, const QCommandLineParser& parser)
{
    Involvement involvement;
    involvement.agencyId = idOption(parser, QStringLiteral("agency"));
    involvement.contactName = parser.value(QStringLiteral("contact-name"));
    involvement.contactRole = parser.value(QStringLiteral("contact-role"));
    involvement.contactPhone = parser.value(QStringLiteral("contact-phone"));
    involvement.contactEmail = parser.value(QStringLiteral("contact-email"));
    involvement.startedOn = dateOption(parser, "start");
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    involvement.notes = caseText(context, parser, "notes").value_or(QString());
    const qint64 id = AgencyRepository(*vault).involve(pupilByUpn(*vault, upn), involvement);
    context.out << "Recorded involvement " << id << ".\n";
    return Success;
}

int involveList(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    for (const Involvement& i : AgencyRepository(*vault).involvements(pupilByUpn(*vault, upn)))
        context.out << QString::number(i.id).leftJustified(6) << i.agencyName << "  " << i.contactName
                    << (i.contactRole.isEmpty() ? QString()
                                                : QStringLiteral(" (") + i.contactRole + QLatin1Char(')'))
                    << "  " << dateText(i.startedOn) << " to "
                    << (i.endedOn ? dateText(i.endedOn) : QStringLiteral("now")) << "\n";
    return Success;
}

int involveEnd(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, QStringLiteral("id"));
    const QDate date = requiredDateOption(parser, "date");
    auto vault = unlockAs(context, parser);
    AgencyRepository(*vault).endInvolvement(id, date);
    context.out << "Involvement " << id << " ended on " << isoDate(date) << ".\n";
    return Success;
}

// --- plans
// ----------------------------------------------------------------------------------------------------

int planAdd(Context& context, const QCommandLineParser& parser)
{
    Plan plan;
    plan.type = choice(parser, QStringLiteral("type"), planTypeFromName, allPlanTypes(), planTypeName);
    plan.cpCategory = parser.value(QStringLiteral("category"));
    plan.startedOn = requiredDateOption(parser, "start");
    plan.leadPractitioner = parser.value(QStringLiteral("lead"));
    plan.leadAgencyId = optionalId(parser, QStringLiteral("lead-agency"));
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    plan.notes = caseText(context, parser, "notes").value_or(QString());
    plan.pupilId = pupilByUpn(*vault, upn);
    const qint64 id = PlanRepository(*vault).add(plan);
    context.out << "Added plan " << id << ": " << planTypeLabel(plan.type) << " from "
                << isoDate(plan.startedOn) << ".\n";
    return Success;
}

int planEnd(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, QStringLiteral("id"));
    const QDate date = requiredDateOption(parser, "date");
    auto vault = unlockAs(context, parser);
    PlanRepository(*vault).end(id, date);
    context.out << "Plan " << id << " ended on " << isoDate(date) << ".\n";
    return Success;
}

int planList(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    for (const Plan& plan : PlanRepository(*vault).plans(pupilByUpn(*vault, upn)))
        context.out << QString::number(plan.id).leftJustified(6) << planTypeName(plan.type).leftJustified(18)
                    << (plan.cpCategory.isEmpty() ? QStringLiteral("-") : plan.cpCategory).leftJustified(5)
                    << isoDate(plan.startedOn) << " to "
                    << (plan.endedOn ? dateText(plan.endedOn) : QStringLiteral("open      "))
                    << (plan.leadPractitioner.isEmpty() ? QString()
                                                        : QStringLiteral("  lead: ") + plan.leadPractitioner)
                    << "\n";
    return Success;
}

// --- meetings
// -----------------------------------------------------------------------------------------------

int meetingAdd(Context& context, const QCommandLineParser& parser)
{
    Meeting meeting;
    meeting.type =
        choice(parser, QStringLiteral("type"), meetingTypeFromName, allMeetingTypes(), meetingTypeName);
    meeting.heldOn = requiredDateOption(parser, "date");
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    // Case text after the password, which comes first on standard input.
    meeting.outcome = caseText(context, parser, "outcome").value_or(QString());
    meeting.schoolContribution = caseText(context, parser, "contribution").value_or(QString());
    meeting.attendedBy = caseText(context, parser, "attended-by").value_or(QString());
    meeting.pupilId = pupilByUpn(*vault, upn);
    const qint64 id = MeetingRepository(*vault).add(meeting);
    context.out << "Added meeting " << id << ": " << meetingTypeLabel(meeting.type) << " on "
                << isoDate(meeting.heldOn) << ".\n";
    return Success;
}

int meetingList(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    for (const Meeting& meeting : MeetingRepository(*vault).meetings(pupilByUpn(*vault, upn)))
        context.out << QString::number(meeting.id).leftJustified(6) << isoDate(meeting.heldOn) << "  "
                    << meetingTypeLabel(meeting.type)
                    << (meeting.outcome.isEmpty() ? QString() : QStringLiteral(": ") + meeting.outcome)
                    << "\n";
    return Success;
}

// --- referrals
// -------------------------------------------------------------------------------------------------

int referralAdd(Context& context, const QCommandLineParser& parser)
{
    Referral referral;
    referral.toWhom = requiredOption(parser, QStringLiteral("to"));
    referral.referredAt =
        parseDateTime(requiredOption(parser, QStringLiteral("date")), QStringLiteral("--date"));
    referral.method = choice(parser, QStringLiteral("method"), referralMethodFromName, allReferralMethods(),
                             referralMethodName);
    referral.receivingReference = parser.value(QStringLiteral("reference"));
    referral.followUpOn = dateOption(parser, "follow-up");
    referral.concernId = optionalId(parser, QStringLiteral("concern"));
    referral.agencyId = optionalId(parser, QStringLiteral("agency"));
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    referral.pupilId = pupilByUpn(*vault, upn);
    const qint64 id = ReferralRepository(*vault).add(referral);
    context.out << "Recorded referral " << id << " to " << referral.toWhom.trimmed() << ".\n";
    return Success;
}

int referralUpdate(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, QStringLiteral("id"));
    const QString fieldText = requiredOption(parser, QStringLiteral("field"));
    const std::optional<ReferralField> field = referralFieldFromName(fieldText.trimmed().toLower());
    if (!field)
        throw Error(
            ErrorKind::InvalidInput,
            QStringLiteral("Unknown --field \"%1\": use reference, acknowledged, outcome or follow-up.")
                .arg(fieldText));
    const QString value = requiredOption(parser, QStringLiteral("value"));
    auto vault = unlockAs(context, parser);
    ReferralRepository(*vault).recordUpdate(id, *field, value);
    context.out << "Recorded the " << referralFieldName(*field) << " of referral " << id
                << "; earlier values stay in its history.\n";
    return Success;
}

int referralList(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    for (const Referral& r : ReferralRepository(*vault).referrals(pupilByUpn(*vault, upn))) {
        context.out << QString::number(r.id).leftJustified(6) << localTime(r.referredAt) << "  " << r.toWhom
                    << " (" << referralMethodName(r.method) << ")";
        if (!r.receivingReference.isEmpty())
            context.out << "  ref " << r.receivingReference;
        context.out << "  "
                    << (r.acknowledgedAt ? QStringLiteral("acknowledged ") + localTime(*r.acknowledgedAt)
                                         : QStringLiteral("not acknowledged"));
        if (!r.outcome.isEmpty())
            context.out << "  outcome: " << r.outcome;
        if (r.followUpOn)
            context.out << "  follow up " << dateText(r.followUpOn);
        context.out << "\n";
    }
    return Success;
}

// The items a pack included, in pack order, each marked when other children's names in it were replaced.
QString itemList(const PackDisclosure& disclosure)
{
    QStringList items;
    for (const QString& item : disclosure.itemsIncluded)
        items.append(disclosure.itemsRedacted.contains(item) ? item + QStringLiteral(" (redacted)") : item);
    return items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral(", "));
}

// A value a pack may have been made without (one from before Lantern asked for it).
QString stated(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("not stated") : value;
}

QString withDetail(const QString& value, const QString& detail)
{
    return detail.isEmpty() ? value : value + QStringLiteral(": ") + detail;
}

// Free text over several lines, its continuation lines under the first.
QString block(const QString& text)
{
    QString indented = text;
    return indented.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
}

void printDisclosure(QTextStream& out, const PackDisclosure& d)
{
    out << "What the pack disclosed (as exported " << localTime(d.exportedAt) << " UK time by "
        << d.exportedBy << "):\n"
        << "  Pack: " << d.packId << (d.encrypted ? ", encrypted" : ", NOT encrypted") << "\n"
        << "  Period: " << isoDate(d.periodFrom) << " to " << isoDate(d.periodTo) << "\n"
        << "  Recipient: " << d.recipientTeam
        << (d.recipientAuthority.isEmpty() ? QString() : QStringLiteral(", ") + d.recipientAuthority) << "\n"
        << "  Service requested: " << stated(serviceRequestedLabel(d.serviceRequested))
        << "; urgency: " << stated(requestUrgencyLabel(d.urgency)) << "\n"
        << "  Reason for referral:\n    " << block(d.reason) << "\n"
        << "  Lawful basis: " << block(d.lawfulBasis) << "\n"
        << "  Consent: " << withDetail(consentOutcomeLabel(d.consent), d.consentDetail) << "\n"
        << "  Parents aware: " << withDetail(d.parentsAware, d.parentsAwareDetail) << "\n"
        << "  Sections: "
        << (d.sections.isEmpty() ? QStringLiteral("none") : d.sections.join(QStringLiteral(", "))) << "\n"
        << "  Items included (" << d.itemsIncluded.size() << ", " << d.itemsRedacted.size()
        << " redacted): " << itemList(d) << "\n"
        << "  Items left out: " << d.itemsLeftOut << "\n"
        << "  Pack SHA-256: " << d.packSha256 << "\n";
}

int referralShow(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = recordNumberOption(parser, "id");
    auto vault = unlockAs(context, parser);
    const ReferralState state = ReferralRepository(*vault).current(id);
    const Referral& r = state.current;
    context.out << "Referral " << r.id << " to " << r.toWhom << " ("
                << referralMethodLabel(r.method).toLower() << ")\n"
                << "  Referred: " << localTime(r.referredAt) << " UK time, recorded by " << r.recordedBy
                << "\n"
                << "  Receiving reference: "
                << (r.receivingReference.isEmpty() ? QStringLiteral("-") : r.receivingReference) << "\n"
                << "  Acknowledged: "
                << (r.acknowledgedAt ? localTime(*r.acknowledgedAt) + QStringLiteral(" UK time")
                                     : QStringLiteral("not yet"))
                << "\n"
                << "  Outcome: " << (r.outcome.isEmpty() ? QStringLiteral("awaited") : r.outcome) << "\n"
                << "  Follow up: " << dateText(r.followUpOn) << "\n";
    for (const ReferralUpdate& update : state.history)
        context.out << "  Update " << localTime(fromIsoUtc(update.changedAt)) << " by " << update.changedBy
                    << ": " << referralFieldName(update.field) << " = " << update.value << "\n";
    if (const std::optional<PackDisclosure> disclosure = PackDisclosureRepository(*vault).forReferral(id))
        printDisclosure(context.out, *disclosure);
    else
        context.out
            << (r.method == ReferralMethod::Pack
                    ? "No record of what the pack disclosed is kept in the vault (it was exported before "
                      "Lantern kept one).\n"
                    : "No pack was exported for this referral, so the vault holds no record of what was "
                      "disclosed with it.\n");
    return Success;
}

// --- attachments -------------------------------------------------------------------------------------------

int attachmentAdd(Context& context, const QCommandLineParser& parser)
{
    const QString path = requiredOption(parser, QStringLiteral("file"));
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(ErrorKind::NotFound, QStringLiteral("There is no file %1.").arg(path));
    // Refuse a huge file before reading it into memory.
    AttachmentRepository::requireWithinLimit(info.fileName(), info.size());
    auto vault = unlockAs(context, parser);
    const qint64 pupilId = pupilByUpn(*vault, upn);
    const QByteArray bytes = readWholeFile(path);
    const QString description = caseText(context, parser, "description").value_or(QString());
    const qint64 id = AttachmentRepository(*vault).add(AttachmentOwner::pupil(pupilId), info.fileName(),
                                                       bytes, description);
    context.out << "Stored " << info.fileName() << " (" << bytes.size() << " bytes) as attachment " << id
                << " inside the vault.\n";
    return Success;
}

int attachmentList(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    auto vault = unlockAs(context, parser);
    for (const Attachment& a :
         AttachmentRepository(*vault).list(AttachmentOwner::pupil(pupilByUpn(*vault, upn))))
        context.out << QString::number(a.id).leftJustified(6) << a.fileName << "  " << a.mediaType << "  "
                    << a.sizeBytes << " bytes  sha256 " << a.sha256
                    << (a.description.isEmpty() ? QString() : QStringLiteral("  ") + a.description) << "\n";
    return Success;
}

int attachmentExport(Context& context, const QCommandLineParser& parser)
{
    const qint64 id = idOption(parser, QStringLiteral("id"));
    const QString out = requiredOption(parser, QStringLiteral("out"));
    auto vault = unlockAs(context, parser);
    AttachmentRepository(*vault).exportTo(id, out);
    context.out << "Exported attachment " << id << " to " << QFileInfo(out).absoluteFilePath()
                << ". This copy is outside the encrypted vault: keep it safe and delete it when done.\n";
    return Success;
}

void withVault(QCommandLineParser& p)
{
    p.addOption(asOption());
}

const CommandGroup group([](CommandRegistry& registry) {
    const QString vault = QStringLiteral("VAULT");
    const auto words = [](const char* a, const char* b) {
        return QStringList{QString::fromLatin1(a), QString::fromLatin1(b)};
    };
    registry.add({words("agency", "add"), QStringLiteral("Add an agency the school works with."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(option("name", "The agency's name.", "NAME"));
                      p.addOption(option("kind",
                                         "childrens-social-care, family-help, police, health, education, "
                                         "voluntary or other.",
                                         "KIND"));
                      p.addOption(option("phone", "Its phone number.", "PHONE"));
                      p.addOption(option("email", "Its email address.", "EMAIL"));
                  },
                  agencyAdd});
    registry.add(
        {words("agency", "list"), QStringLiteral("List the agencies."), vault, withVault, agencyList});
    registry.add({words("involve", "add"), QStringLiteral("Record an agency's involvement with a pupil."),
                  vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(pupilOption());
                      p.addOption(option("agency", "The agency's number (agency list).", "ID"));
                      p.addOption(option("contact-name", "The named contact.", "NAME"));
                      p.addOption(option("contact-role", "Their role.", "ROLE"));
                      p.addOption(option("contact-phone", "Their phone number.", "PHONE"));
                      p.addOption(option("contact-email", "Their email address.", "EMAIL"));
                      p.addOption(option("start", "When the involvement began (YYYY-MM-DD).", "DATE"));
                      addCaseTextOption(p, "notes", "Notes.");
                  },
                  involveAdd});
    registry.add({words("involve", "list"), QStringLiteral("List the agencies involved with a pupil."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(pupilOption());
                  },
                  involveList});
    registry.add({words("involve", "end"), QStringLiteral("Record the end of an agency's involvement."),
                  vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(option("id", "The involvement's number.", "N"));
                      p.addOption(option("date", "When it ended (YYYY-MM-DD).", "DATE"));
                  },
                  involveEnd});
    registry.add(
        {words("plan", "add"), QStringLiteral("Record a plan for a pupil."), vault,
         [](QCommandLineParser& p) {
             withVault(p);
             p.addOption(pupilOption());
             p.addOption(
                 option("type", "family-help, child-in-need, child-protection, care or pathway.", "TYPE"));
             p.addOption(option(
                 "category", "For child protection plans: NEG, PHY, EMO, SAB or MUL (CIN census).", "CODE"));
             p.addOption(option("start", "When the plan started (YYYY-MM-DD).", "DATE"));
             p.addOption(option("lead", "The lead practitioner.", "NAME"));
             p.addOption(option("lead-agency", "The lead agency's number.", "ID"));
             addCaseTextOption(p, "notes", "Notes.");
         },
         planAdd});
    registry.add({words("plan", "end"), QStringLiteral("Record the end of a plan."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(option("id", "The plan's number.", "N"));
                      p.addOption(option("date", "When it ended (YYYY-MM-DD).", "DATE"));
                  },
                  planEnd});
    registry.add({words("plan", "list"), QStringLiteral("List a pupil's plans."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(pupilOption());
                  },
                  planList});
    registry.add(
        {words("meeting", "add"), QStringLiteral("Record a multi-agency meeting about a pupil."), vault,
         [](QCommandLineParser& p) {
             withVault(p);
             p.addOption(pupilOption());
             p.addOption(option("type",
                                "strategy-discussion, initial-cp-conference, review-cp-conference, "
                                "core-group, family-group-decision-making, team-around-the-family or other.",
                                "TYPE"));
             p.addOption(option("date", "When it was (or will be) held (YYYY-MM-DD).", "DATE"));
             addCaseTextOption(p, "outcome", "What was decided (not for a meeting still to come).");
             addCaseTextOption(p, "contribution", "What the school contributed.");
             addCaseTextOption(p, "attended-by", "Who attended.");
         },
         meetingAdd});
    registry.add({words("meeting", "list"), QStringLiteral("List a pupil's meetings."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(pupilOption());
                  },
                  meetingList});
    registry.add(
        {words("referral", "add"), QStringLiteral("Record a referral to another agency."), vault,
         [](QCommandLineParser& p) {
             withVault(p);
             p.addOption(pupilOption());
             p.addOption(option("to", "The team or person referred to.", "WHOM"));
             p.addOption(option("date", "When, in UK time (YYYY-MM-DD HH:MM).", "DATETIME"));
             p.addOption(option("method", "phone, online-form, email, in-person or pack.", "METHOD"));
             p.addOption(option("reference", "The receiving team's reference.", "REF"));
             p.addOption(option("follow-up", "When to follow up (YYYY-MM-DD, after the referral).", "DATE"));
             p.addOption(option("concern", "The concern that led to it.", "N"));
             p.addOption(option("agency", "The agency's number.", "ID"));
         },
         referralAdd});
    registry.add({words("referral", "update"),
                  QStringLiteral("Record a later fact about a referral (kept with its history)."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(option("id", "The referral's number.", "N"));
                      p.addOption(option("field", "reference, acknowledged, outcome or follow-up.", "FIELD"));
                      p.addOption(option("value",
                                         "The new value (acknowledged: YYYY-MM-DD HH:MM UK time; follow-up: "
                                         "YYYY-MM-DD).",
                                         "VALUE"));
                  },
                  referralUpdate});
    registry.add({words("referral", "list"), QStringLiteral("List a pupil's referrals as they stand."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(pupilOption());
                  },
                  referralList});
    registry.add({words("referral", "show"),
                  QStringLiteral("Show a referral as it stands and, for a pack, exactly what it disclosed."),
                  vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(option("id", "The referral's number (referral list).", "N"));
                  },
                  referralShow});
    registry.add({words("attachment", "add"),
                  QStringLiteral("Store a file in the vault with a pupil's record."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(pupilOption());
                      p.addOption(option("file", "The file to store (at most 20 MiB).", "PATH"));
                      addCaseTextOption(p, "description", "What it is.");
                  },
                  attachmentAdd});
    registry.add({words("attachment", "list"), QStringLiteral("List a pupil's attachments."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(pupilOption());
                  },
                  attachmentList});
    registry.add({words("attachment", "export"),
                  QStringLiteral("Write an attachment out of the vault (audited)."), vault,
                  [](QCommandLineParser& p) {
                      withVault(p);
                      p.addOption(option("id", "The attachment's number.", "N"));
                      p.addOption(option("out", "Where to write it.", "PATH"));
                  },
                  attachmentExport});
});

} // namespace

} // namespace lantern::cli
