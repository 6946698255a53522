// Referral packs from a script: `pack export` for the DSL, `pack verify` for the receiving team (no vault).
#include "Command.h"
#include "calendar/UkTime.h"
#include "core/Error.h"
#include "export/PackPassphrase.h"
#include "export/PackVerifier.h"
#include "export/ReferralPackBuilder.h"
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

// The request as typed, but for its case text (readNarrative); the pupil and the default period need the
// vault and are filled in after unlocking.
ReferralPackRequest requestFrom(const QCommandLineParser& parser)
{
    ReferralPackRequest request;
    request.sections = sections(parser);
    request.basis.lawfulBasis = optionValue(parser, "lawful-basis");
    if (const std::optional<bool> sought = twoWay(parser, "consent", "sought", "not-sought"))
        request.basis.consent = ConsentDecision{*sought, QString()};
    if (const std::optional<bool> aware = twoWay(parser, "parents-aware", "yes", "no"))
        request.basis.parentsAware = ParentsAwareDecision{*aware, QString()};
    request.attendance = attendance(parser);
    request.overrides = overrides(parser);
    if (isOptionSet(parser, "to-whom"))
        request.toWhom = optionValue(parser, "to-whom");
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
        request.basis.consent->reasonNotSought = text("consent-reason");
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

int packExport(Context& context, const QCommandLineParser& parser)
{
    const QString upn = requiredOption(parser, QStringLiteral("pupil"));
    const QString out = requiredOption(parser, QStringLiteral("out"));
    ReferralPackRequest request = requestFrom(parser);
    auto vault = unlockAs(context, parser);
    readNarrative(context, parser, request);
    request.pupilId = pupilIdByUpn(*vault, upn, Permission::Export);
    if (!request.to.isValid())
        request.to = ukToday(context.clock);
    if (!request.from.isValid())
        request.from = request.to.addYears(-1).addDays(1); // the last twelve months by default

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
    p.addOption(option("consent", "Whether consent was sought: sought or not-sought.", "CHOICE"));
    addCaseTextOption(p, "consent-reason", "Why consent was not sought.");
    p.addOption(option("parents-aware", "Whether the parents or carers know: yes or no.", "CHOICE"));
    addCaseTextOption(p, "parents-reason", "Why the parents or carers do not know.");
    p.addOption(option("attendance", "Attendance in the period, as a percentage.", "PCT"));
    p.addOption(option("attendance-source", "Where the attendance figure comes from.", "TEXT"));
    p.addOption(option("to-whom", "The team the pack goes to (recorded on the referral).", "TEXT"));
    p.addOption(option("reason-for",
                       "Proceed without a preflight check, saying why: CODE=TEXT, repeatable. Codes: "
                       "no-voice, no-lawful-basis, no-consent-decision, no-chronology, "
                       "no-parents-aware-decision.",
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
