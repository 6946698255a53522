// Referral packs from a script: `pack export` for the DSL, `pack verify` for the receiving team (no vault).
#include "Command.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "export/PackPassphrase.h"
#include "export/PackVerifier.h"
#include "export/ReferralPackBuilder.h"
#include "export/ReferralPackReader.h"
#include "export/ReferralPreflight.h"
#include "reference/Upn.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

namespace lantern::cli {

namespace {

// A choice between two words, e.g. --consent sought|not-sought.
std::optional<bool> twoWay(const QCommandLineParser& parser, const char* name, const char* yes,
                           const char* no)
{
    if (!isOptionSet(parser, name))
        return std::nullopt;
    const QString typed = optionValue(parser, name).trimmed().toLower();
    if (typed == QLatin1String(yes))
        return true;
    if (typed == QLatin1String(no))
        return false;
    throw Error(ErrorKind::InvalidInput, QStringLiteral("Unknown --%1 \"%2\": use %3 or %4.")
                                             .arg(QString::fromLatin1(name), typed, QString::fromLatin1(yes),
                                                  QString::fromLatin1(no)));
}

QList<PreflightOverride> overrides(const QCommandLineParser& parser)
{
    QList<PreflightOverride> result;
    for (const QString& typed : parser.values(QStringLiteral("reason-for"))) {
        const qsizetype equals = typed.indexOf(QLatin1Char('='));
        if (equals <= 0)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("--reason-for takes CODE=TEXT (codes: %1), not \"%2\".")
                            .arg(ReferralPreflight::codes().join(QStringLiteral(", ")), typed));
        result.append({typed.left(equals).trimmed(), typed.mid(equals + 1)});
    }
    return result;
}

QList<ReferralSection> sections(const QCommandLineParser& parser)
{
    if (!isOptionSet(parser, "sections"))
        return allReferralSections();
    QList<ReferralSection> chosen;
    for (const QString& name : optionValue(parser, "sections").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<ReferralSection> section = referralSectionFromName(name.trimmed());
        if (!section) {
            QStringList names;
            for (const ReferralSection known : allReferralSections())
                names.append(referralSectionName(known));
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("Unknown section \"%1\" in --sections: use %2.")
                            .arg(name.trimmed(), names.join(QStringLiteral(", "))));
        }
        chosen.append(*section);
    }
    return chosen;
}

std::optional<AttendanceFigures> attendance(const QCommandLineParser& parser)
{
    if (!isOptionSet(parser, "attendance"))
        return std::nullopt;
    bool ok = false;
    const double percent = optionValue(parser, "attendance").trimmed().remove(QLatin1Char('%')).toDouble(&ok);
    if (!ok)
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--attendance takes a percentage such as 87.5, not \"%1\".")
                        .arg(optionValue(parser, "attendance")));
    AttendanceFigures figures;
    figures.attendancePercent = percent;
    figures.source = optionValue(parser, "attendance-source");
    return figures;
}

// --service, --urgency and --safe-to-go-home: what the pack asks for.
FamilyHelpRequest familyHelpRequest(const QCommandLineParser& parser)
{
    FamilyHelpRequest ask;
    if (isOptionSet(parser, "service")) {
        const std::optional<ServiceRequested> service = serviceRequestedFromName(optionValue(parser, "service"));
        if (!service)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("Unknown --service \"%1\": use family-help, section-17, section-47 or "
                                       "early-help-advice.")
                            .arg(optionValue(parser, "service")));
        ask.service = *service;
    }
    if (isOptionSet(parser, "urgency")) {
        const std::optional<RequestUrgency> urgency = requestUrgencyFromName(optionValue(parser, "urgency"));
        if (!urgency)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("Unknown --urgency \"%1\": use today, within-24-hours or routine.")
                            .arg(optionValue(parser, "urgency")));
        ask.urgency = *urgency;
    }
    ask.safeToGoHome = twoWay(parser, "safe-to-go-home", "yes", "no");
    return ask;
}

// The request as typed, but for its case text (readNarrative); the pupil and the default period need the
// vault and are filled in after unlocking.
ReferralPackRequest requestFrom(const QCommandLineParser& parser)
{
    ReferralPackRequest request;
    request.sections = sections(parser);
    request.basis.lawfulBasis = optionValue(parser, "lawful-basis");
    if (isOptionSet(parser, "consent")) {
        const std::optional<ConsentOutcome> outcome = consentOutcomeFromName(optionValue(parser, "consent"));
        if (!outcome)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("Unknown --consent \"%1\": use given, refused or not-sought.")
                            .arg(optionValue(parser, "consent")));
        ConsentDecision consent;
        consent.outcome = *outcome;
        consent.when = dateOption(parser, "consent-date");
        consent.byWhom = optionValue(parser, "consent-by");
        request.basis.consent = consent;
    }
    if (isOptionSet(parser, "service") || isOptionSet(parser, "urgency") || isOptionSet(parser, "safe-to-go-home"))
        request.ask = familyHelpRequest(parser);
    request.recipient.localAuthority = optionValue(parser, "local-authority");
    for (const QString& key : parser.values(QStringLiteral("include")))
        request.include.append(PackItemRef::parse(key));
    for (const QString& key : parser.values(QStringLiteral("leave-out")))
        request.leaveOut.append(PackItemRef::parse(key));
    if (const std::optional<bool> aware = twoWay(parser, "parents-aware", "yes", "no"))
        request.basis.parentsAware = ParentsAwareDecision{*aware, QString()};
    request.attendance = attendance(parser);
    request.overrides = overrides(parser);
    if (isOptionSet(parser, "to-whom"))
        request.recipient.team = optionValue(parser, "to-whom");
    if (const std::optional<QDate> to = dateOption(parser, "to"))
        request.to = *to;
    if (const std::optional<QDate> from = dateOption(parser, "from"))
        request.from = *from;
    return request;
}

// The request's case text, from the options or their files (after the secrets on standard input).
void readNarrative(Context& context, const QCommandLineParser& parser, ReferralPackRequest& request)
{
    const auto text = [&context, &parser](const char* name) {
        return caseText(context, parser, name).value_or(QString());
    };
    request.narrative.reason = text("reason");
    request.narrative.worried = text("worried");
    request.narrative.workingWell = text("working-well");
    request.narrative.needsToHappen = text("needs-to-happen");
    request.narrative.actionsSummary = text("actions");
    if (request.basis.consent)
        request.basis.consent->reason = text("consent-reason");
    request.parentsViews = text("parents-views");
    if (request.ask)
        request.ask->safeToGoHomeDetail = text("safe-to-go-home-detail");
    if (request.basis.parentsAware)
        request.basis.parentsAware->reasonNot = text("parents-reason");
}

// "3f2a 9c01 …": the hash in groups of four, easier to read out over the phone.
QString grouped(const QString& hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

// Every item of the period with what would happen to it, so the DSL can choose with --include/--leave-out.
int listItems(Context& context, Vault& vault, const ReferralPackRequest& request)
{
    const QList<PackItem> items = ReferralPackReader(vault).items(request);
    context.out << "Items of the period " << request.from.toString(Qt::ISODate) << " to "
                << request.to.toString(Qt::ISODate) << " (in: goes in the pack; out: left out).\n";
    for (const PackItem& item : items) {
        QString notes;
        if (item.role && *item.role != ChildRole::Subject)
            notes += QStringLiteral(" [this child: %1]").arg(childRoleLabel(*item.role));
        if (!item.mayInclude)
            notes += QStringLiteral(" [another child's decision: never included]");
        else if (item.namesOtherChildren)
            notes += QStringLiteral(" [names other children: replaced by their role if included]");
        context.out << (item.included ? "in   " : "out  ") << item.ref.key().leftJustified(16) << " "
                    << item.when.display().leftJustified(18) << " " << item.description << notes << "\n";
    }
    context.out << "Change the defaults with --include KIND:ID and --leave-out KIND:ID (repeatable).\n";
    return Success;
}

int packExport(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    const QString out = isOptionSet(parser, "list-items") ? QString() : requiredOption(parser, QStringLiteral("out"));
    ReferralPackRequest request = requestFrom(parser);
    auto vault = unlockAs(context, parser);
    readNarrative(context, parser, request);
    request.pupilId = pupilIdByUpn(*vault, upn, Permission::Export);
    if (!request.to.isValid())
        request.to = ukToday(context.clock);
    if (!request.from.isValid())
        request.from = request.to.addYears(-1).addDays(1); // the last twelve months by default
    if (isOptionSet(parser, "list-items"))
        return listItems(context, *vault, request);
    // A referral cannot be acted on without these: not a preflight finding to proceed past.
    if (request.narrative.reason.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--reason (or --reason-file): give the reason for referral."));
    if (request.narrative.worried.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("--worried (or --worried-file): say what the school is worried about."));

    // Preflight before the PDF is drawn: the pack is refused early, with every finding.
    const QList<PreflightIssue> left =
        ReferralPreflight::unresolved(ReferralPreflight(*vault).check(request), request.overrides);
    if (!left.isEmpty()) {
        context.err << "The referral pack is not ready. Fix each of these, or give a reason to proceed with "
                       "--reason-for CODE=TEXT:\n";
        for (const PreflightIssue& issue : left)
            context.err << "  " << issue.code << ": " << issue.message << "\n";
        return UsageOrInput;
    }
    const bool encrypted = !isOptionSet(parser, "no-encrypt");
    if (!encrypted)
        context.err << "Warning: --no-encrypt: this pack is NOT encrypted. Anyone who gets the file can read "
                       "every record in it, and the names of the files in it. Only hand it over in person on "
                       "an encrypted USB stick; never email it or leave it on a shared drive.\n";
    ReferralPackResult result = ReferralPackBuilder(*vault).exportPack(
        out, request, encrypted ? PackProtection::Encrypted : PackProtection::Unencrypted);
    if (result.status != PackWriteStatus::Written) {
        context.err << "The export was cancelled; nothing was written.\n";
        return OtherFailure;
    }
    if (encrypted) {
        const QStringList words = PackPassphrase::split(result.passphrase);
        QStringList numbered;
        for (qsizetype i = 0; i < words.size(); ++i)
            numbered.append(QStringLiteral("%1 %2").arg(i + 1).arg(words.at(i)));
        context.out
            << "Wrote the referral pack " << out
            << " (encrypted with AES-256; the names of the files in it are hidden).\n"
            << "Passphrase, shown this once (Lantern does not keep it; if it is lost, export again):\n\n"
            << "    "
            << QString::fromLatin1(reinterpret_cast<const char*>(result.passphrase.data()),
                                   static_cast<qsizetype>(result.passphrase.size()))
            << "\n\n"
            << "Read it out by phone word by word, all lower case, a hyphen between words:\n"
            << "    " << numbered.join(QStringLiteral(", ")) << "\n"
            << "Give it to the receiving team by phone or another channel, never in the email that "
               "carries the pack. ("
            << PackPassphrase::WordCount << " random words from the EFF word "
            << "list: " << static_cast<int>(PackPassphrase::bits()) << " bits.)\n";
        result.passphrase.wipe();
    } else {
        context.out << "Wrote the referral pack " << out << " (NOT encrypted).\n";
    }
    for (const PreflightIssue& issue : result.overridden)
        context.out << "Proceeded without " << issue.code << " (reason recorded in the pack).\n";
    context.out << "Recorded referral " << *result.referralId << " on the pupil.\n"
                << "Manifest SHA-256: " << result.manifestSha256 << "\n"
                << "Read it out to the receiving team: " << grouped(result.manifestSha256) << "\n";
    return Success;
}

int packVerify(Context& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw Error(ErrorKind::InvalidInput, QStringLiteral("Name the pack file to verify."));
    // Asked only if the pack turns out to be encrypted, as every password is read (PasswordSource).
    const PackVerifyReport report = PackVerifier::verify(positional.first(), [&context]() {
        return std::optional<SecureBytes>(context.passwords.read(
            QStringLiteral("Passphrase for the pack (the words the sender gave you, with hyphens)")));
    });
    const PackSummary& summary = report.summary;
    context.out << "Pack:             " << positional.first() << "\n"
                << "Produced by:      " << summary.producerName << " " << summary.producerVersion << "\n"
                << "Created:          " << summary.createdAt << "\n"
                << "Schema version:   " << summary.schemaVersion << "\n"
                << "Encrypted:        "
                << (summary.namesHidden ? "yes (AES-256; the file names were hidden in referral-pack.zip)"
                    : summary.encrypted ? "yes (AES-256; file names readable: an older pack)"
                                        : "no")
                << "\n"
                << "Manifest SHA-256: " << summary.manifestSha256 << "\n"
                << "                  " << grouped(summary.manifestSha256) << "\n"
                << "Files:\n";
    for (const PackManifestFile& file : summary.files)
        context.out << "  " << file.path.leftJustified(28) << QString::number(file.size).rightJustified(10)
                    << " bytes  " << file.sha256 << "\n";
    if (report.ok) {
        context.out << "OK: every file matches the manifest. Compare the manifest SHA-256 with the one the "
                       "sender read out.\n";
        return Success;
    }
    context.out.flush();
    context.err << "The pack failed its checks (do not open it; ask the sender for a new one):\n";
    for (const PackProblem& problem : report.problems)
        context.err << "  " << problem.file << ": " << problem.what << "\n";
    return DamagedData;
}

void exportOptions(QCommandLineParser& p)
{
    p.addOption(asOption());
    p.addOption(option("pupil", "The pupil's UPN.", "UPN"));
    p.addOption(option("out", "The pack file to write (e.g. referral.zip).", "FILE"));
    p.addOption(
        option("from", "Start of the period covered (YYYY-MM-DD; default a year before --to).", "DATE"));
    p.addOption(option("to", "End of the period covered (YYYY-MM-DD; default today).", "DATE"));
    p.addOption(
        option("no-encrypt",
               "Do not encrypt (the default is AES-256 under a generated passphrase, printed once): only "
               "for a pack handed over in person on an encrypted USB stick."));
    p.addOption(option("sections",
                       "Comma-separated sections to include (default all): family, concerns, chronology, "
                       "voice, actions-taken, agencies-and-plans, attendance, attachments.",
                       "LIST"));
    addCaseTextOption(p, "reason", "The reason for referral.");
    addCaseTextOption(p, "worried", "What we are worried about.");
    addCaseTextOption(p, "working-well", "What is working well.");
    addCaseTextOption(p, "needs-to-happen", "What needs to happen.");
    addCaseTextOption(p, "actions", "What the school has already done, in words.");
    p.addOption(option("lawful-basis", "The lawful basis for sharing (UK GDPR Article 6).", "TEXT"));
    p.addOption(option("consent", "The family's consent to the referral: given, refused or not-sought.",
                       "CHOICE"));
    p.addOption(option("consent-date", "When consent was given or refused (YYYY-MM-DD).", "DATE"));
    p.addOption(option("consent-by", "Who gave or refused consent (e.g. \"Mother\").", "TEXT"));
    addCaseTextOption(p, "consent-reason", "Why consent was not sought, or what was said when it was refused.");
    addCaseTextOption(p, "parents-views", "The parents' or carers' views of the worries and the referral.");
    p.addOption(option("service",
                       "What the pack asks for: family-help, section-17, section-47 or early-help-advice.",
                       "CHOICE"));
    p.addOption(option("urgency", "How soon: today, within-24-hours or routine.", "CHOICE"));
    p.addOption(option("safe-to-go-home", "Is the child safe to go home today: yes or no.", "CHOICE"));
    addCaseTextOption(p, "safe-to-go-home-detail", "Why not, or what has been arranged.");
    p.addOption(option("local-authority", "The local authority the team belongs to.", "TEXT"));
    p.addOption(option("list-items",
                       "List every concern, decision, voice and chronology entry of the period, and whether "
                       "it goes in; write nothing."));
    p.addOption(option("include", "Include an item left out by default (KIND:ID from --list-items), repeatable.",
                       "KIND:ID"));
    p.addOption(option("leave-out", "Leave out an item included by default (KIND:ID), repeatable.", "KIND:ID"));
    p.addOption(option("parents-aware", "Whether the parents or carers know: yes or no.", "CHOICE"));
    addCaseTextOption(p, "parents-reason", "Why the parents or carers do not know.");
    p.addOption(option("attendance", "Attendance in the period, as a percentage.", "PCT"));
    p.addOption(option("attendance-source", "Where the attendance figure comes from.", "TEXT"));
    p.addOption(option("to-whom", "The team the pack goes to (recorded on the referral).", "TEXT"));
    p.addOption(option("reason-for",
                       "Proceed without a preflight check, saying why: CODE=TEXT, repeatable. Codes: "
                       "no-voice, no-lawful-basis, no-consent-decision, no-chronology, "
                       "no-parents-aware-decision, no-request, safe-to-go-home-unanswered, "
                       "family-help-without-consent.",
                       "CODE=TEXT"));
}

const CommandGroup group([](CommandRegistry& registry) {
    const auto words = [](const char* a, const char* b) {
        return QStringList{QString::fromLatin1(a), QString::fromLatin1(b)};
    };
    registry.add({words("pack", "export"),
                  QStringLiteral("Export a referral pack (JSON, PDF, attachments, manifest) for a pupil."),
                  QStringLiteral("VAULT"), exportOptions, packExport});
    registry.add(
        {words("pack", "verify"),
         QStringLiteral("Check a referral pack against its manifest (no vault needed; the passphrase "
                        "of an encrypted pack is read from the terminal or standard input)."),
         QStringLiteral("FILE"), [](QCommandLineParser&) {}, packVerify});
});

} // namespace

} // namespace lantern::cli
