// Writes the seed files that only Lantern's own code can make, because they are sealed, boxed or signed with
// the fuzzers' fixed keys (FuzzKeys.h): `FuzzCorpusMaker tests/fuzz/corpus` writes into
// InboxSubmissionFuzzer/ and StaffProfileFuzzer/ there. Run once by hand and commit the files
// (tests/fuzz/corpus/README.md says how every other seed was made). Each run seals afresh (random nonces), so
// the bytes differ from run to run.
#include "FuzzKeys.h"
#include "audit/AuditAnchor.h"
#include "core/Error.h"
#include "core/JsonReader.h"
#include "core/ModelText.h"
#include "submit/BoxedJson.h"
#include "submit/Submission.h"
#include "submit/SubmissionAcknowledgement.h"
#include "submit/SubmissionProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <sodium.h>

namespace {

using namespace lantern;

void write(const QDir& folder, const QString& name, const QByteArray& bytes)
{
    QFile file(folder.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "Could not write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
}

SubmissionPayload payloadOf(const QString& kind, const QJsonObject& content, const char* id)
{
    SubmissionPayload payload;
    payload.submissionId = QString::fromLatin1(id);
    payload.vaultId = fuzz::fuzzVaultId();
    payload.keyId = fuzz::fuzzStaffKey().keyId();
    payload.username = fuzz::fuzzStaffKey().username();
    payload.createdAt = QDateTime(QDate(2026, 11, 19), QTime(15, 30), Qt::UTC);
    payload.kind = kind;
    payload.content = content;
    return payload;
}

// The signed envelope as SealedSubmission::seal makes it, before the seal.
QByteArray envelopeOf(const SubmissionPayload& payload)
{
    const QByteArray bytes = payload.toBytes();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(bytes.constData()),
                         static_cast<unsigned long long>(bytes.size()), fuzz::fuzzStaffKey().secretKey());
    const QJsonObject envelope{{QStringLiteral("format"), QStringLiteral("lantern-signed-submission")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("key_id"), payload.keyId},
                               {QStringLiteral("signature"), toBase64(signature)},
                               {QStringLiteral("payload"), toBase64(bytes)}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

void writeSubmissions(const QDir& folder)
{
    SubmittedConcern concern;
    concern.occurred = PartialDate::parse(QStringLiteral("2026-11-18"), QStringLiteral("occurred"));
    concern.location = QStringLiteral("Playground");
    concern.children = {
        {QStringLiteral("Daisy Morris"), QStringLiteral("Year 2"), true, ChildRole::Subject},
        {QStringLiteral("Alfie Turner"), QStringLiteral("Year 3"), false, ChildRole::Witness}};
    concern.categoryIds = {QStringLiteral("neglect"), QStringLiteral("physical-abuse")};
    concern.account = QStringLiteral("Daisy had a bruise on her left arm and said she fell over at home.");
    concern.childWords = QStringLiteral("I fell off the sofa.");
    concern.bodyMap = {{BodyMapMark::Side::Front, 0.25, 0.4, QStringLiteral("bruise, 3 cm")},
                       {BodyMapMark::Side::Back, 0.5, 0.5, QString()}};
    concern.immediateAction = QStringLiteral("Told the DSL at break.");
    const SubmissionPayload concernPayload = payloadOf(
        SubmissionPayload::concernKind(), concernContentJson(concern), "0123456789abcdef0123456789abcdef");

    SubmittedAdultConcern adult;
    adult.adultName = QStringLiteral("Sam Volunteer");
    adult.adultRole = QStringLiteral("volunteer");
    adult.occurred = PartialDate::parse(QStringLiteral("2026-11"), QStringLiteral("occurred"));
    adult.account = QStringLiteral("Gave a pupil a lift home without telling the office.");
    adult.response = QStringLiteral("Reminded them of the policy.");
    adult.reporterName = QStringLiteral("Fuzz Staff");
    const SubmissionPayload adultPayload =
        payloadOf(SubmissionPayload::adultConcernKind(), adultConcernContentJson(adult),
                  "fedcba9876543210fedcba9876543210");

    const fuzz::FuzzVaultKeys& keys = fuzz::fuzzVaultKeys();
    const unsigned char* signer = fuzz::fuzzStaffKey().secretKey();
    const QByteArray concernFile = SealedSubmission::seal(concernPayload, signer, keys.publicKey);
    write(folder, QStringLiteral("concern.lantern-submission"), concernFile);
    write(folder, QStringLiteral("adult-concern.lantern-submission"),
          SealedSubmission::seal(adultPayload, signer, keys.publicKey));
    write(folder, QStringLiteral("concern-envelope.json"), envelopeOf(concernPayload));
    write(folder, QStringLiteral("adult-concern-envelope.json"), envelopeOf(adultPayload));
    write(folder, QStringLiteral("concern-payload.json"), concernPayload.toBytes());
    write(folder, QStringLiteral("adult-concern-payload.json"), adultPayload.toBytes());

    // Malformed: cut short, the magic alone, a kind Lantern does not know, children that are not objects.
    write(folder, QStringLiteral("bad-truncated.lantern-submission"), concernFile.left(60));
    write(folder, QStringLiteral("bad-magic-only.lantern-submission"), SealedSubmission::magic());
    SubmissionPayload unknownKind = concernPayload;
    unknownKind.kind = QStringLiteral("complaint");
    write(folder, QStringLiteral("bad-kind-payload.json"), unknownKind.toBytes());
    SubmissionPayload badChildren = concernPayload;
    badChildren.content.insert(QStringLiteral("children"), QJsonArray{1, QStringLiteral("x"), QJsonValue()});
    badChildren.content.insert(QStringLiteral("body_map"), QJsonArray{QJsonObject{{QStringLiteral("x"), 2}}});
    write(folder, QStringLiteral("bad-children-payload.json"), badChildren.toBytes());
}

void writeProfiles(const QDir& folder)
{
    SubmissionProfile profile;
    profile.schoolName = QStringLiteral("Fuzz Primary School");
    profile.vaultId = fuzz::fuzzVaultId();
    profile.publicKey = fuzz::fuzzVaultKeys().publicKey;
    profile.inbox = QStringLiteral("/srv/lantern/inbox");
    profile.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    profile.roster = {{QStringLiteral("Daisy Morris"), QStringLiteral("Year 2")},
                      {QStringLiteral("Alfie Turner"), QStringLiteral("Year 3")},
                      {QStringLiteral("Bilal Hussain"), QStringLiteral("Year 1")}};
    profile.sealRoster({{fuzz::fuzzStaffKey().keyId(), fuzz::fuzzStaffKey().publicKey()}});
    const QByteArray v2 = profile.toJson();
    write(folder, QStringLiteral("profile-v2.json"), v2);

    // Version 1: the roster in plain text (still read).
    QJsonObject v1 = QJsonDocument::fromJson(v2).object();
    v1.insert(QStringLiteral("version"), 1);
    v1.remove(QStringLiteral("sealed_roster"));
    QJsonArray roster;
    for (const RosterEntry& entry : profile.roster)
        roster.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                  {QStringLiteral("year_group"), entry.yearGroup}});
    v1.insert(QStringLiteral("roster"), roster);
    write(folder, QStringLiteral("profile-v1.json"), QJsonDocument(v1).toJson(QJsonDocument::Compact));

    // Malformed: a fingerprint that does not match, a newer version.
    QJsonObject altered = QJsonDocument::fromJson(v2).object();
    altered.insert(QStringLiteral("fingerprint"),
                   QStringLiteral("0000 0000 0000 0000 0000 0000 0000 0000 0000 0000"));
    write(folder, QStringLiteral("bad-fingerprint-profile.json"),
          QJsonDocument(altered).toJson(QJsonDocument::Compact));
    QJsonObject newer = QJsonDocument::fromJson(v2).object();
    newer.insert(QStringLiteral("version"), 99);
    write(folder, QStringLiteral("bad-newer-profile.json"),
          QJsonDocument(newer).toJson(QJsonDocument::Compact));
}

// The DSL team's acknowledgements of the seed concern: filed (with the demo's anchor, read from
// BackupFilesFuzzer/anchor.json), held and rejected; each boxed as the import boxes it, and the filed one's
// JSON also in clear for the fuzzer to box.
void writeAcknowledgements(const QDir& folder, const QString& anchorPath)
{
    SubmissionAcknowledgement acknowledgement;
    acknowledgement.vaultId = fuzz::fuzzVaultId();
    acknowledgement.submissionId = fuzz::fuzzSubmissionId();
    acknowledgement.keyId = fuzz::fuzzStaffKey().keyId();
    acknowledgement.at = QDateTime(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC);
    acknowledgement.outcome = SubmissionAcknowledgement::Outcome::Filed;
    acknowledgement.recordedAs = QStringLiteral("concern");
    acknowledgement.anchor = AuditAnchor::load(anchorPath);
    const QByteArray staffKey = fuzz::fuzzStaffKey().publicKey();
    const SecureBytes& vaultKey = fuzz::fuzzVaultKeys().secretKey;
    const QByteArray filed = acknowledgement.seal(staffKey, vaultKey);
    write(folder, QStringLiteral("filed.lantern-receipt"), filed);
    const QJsonObject clear =
        openBoxedJson(fuzz::acknowledgementMagic(), filed, fuzz::fuzzVaultKeys().publicKey,
                      fuzz::fuzzStaffKey().boxSecretKey(), QStringLiteral("the receipt"));
    write(folder, QStringLiteral("filed-receipt.json"), QJsonDocument(clear).toJson(QJsonDocument::Compact));
    acknowledgement.anchor.reset();
    acknowledgement.recordedAs.clear();
    acknowledgement.outcome = SubmissionAcknowledgement::Outcome::Held;
    acknowledgement.note = QStringLiteral("which child: two pupils are called Daisy Morris");
    write(folder, QStringLiteral("held.lantern-receipt"), acknowledgement.seal(staffKey, vaultKey));
    acknowledgement.outcome = SubmissionAcknowledgement::Outcome::Rejected;
    acknowledgement.note = QStringLiteral("its signature does not match the enrolled key");
    write(folder, QStringLiteral("rejected.lantern-receipt"), acknowledgement.seal(staffKey, vaultKey));
    write(folder, QStringLiteral("bad-truncated.lantern-receipt"), filed.left(40));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "Usage: FuzzCorpusMaker CORPUS-FOLDER (tests/fuzz/corpus)\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    try {
        for (const char* name : {"InboxSubmissionFuzzer", "StaffProfileFuzzer"})
            if (!corpus.mkpath(QString::fromLatin1(name)))
                return 1;
        writeSubmissions(QDir(corpus.filePath(QStringLiteral("InboxSubmissionFuzzer"))));
        writeProfiles(QDir(corpus.filePath(QStringLiteral("StaffProfileFuzzer"))));
        writeAcknowledgements(QDir(corpus.filePath(QStringLiteral("StaffProfileFuzzer"))),
                              corpus.filePath(QStringLiteral("BackupFilesFuzzer/anchor.json")));
    } catch (const lantern::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
