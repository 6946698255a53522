#pragma once

#include "crypto/SecureBytes.h"
#include "records/Concern.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lantern {

// What a member of staff sends from their own copy of Lantern, which holds no vault (DESIGN.md §3,
// docs/ARCHITECTURE.md "Staff submissions").
//
// A submission file, NAME.lantern-submission, is "LNTNSUB1" followed by a libsodium sealed box
// (crypto_box_seal) to the vault's X25519 public key. Inside the seal is the signed envelope, a JSON object
// {format "lantern-signed-submission", version 1, key_id, signature, payload}: `payload` is the base64 of the
// exact payload bytes and `signature` the Ed25519 detached signature over those bytes by the staff member's
// enrolled key. The payload is a JSON object (SubmissionPayload) whose "content" depends on its "kind".

// A child as the staff member named them: chosen from the profile's roster (name and year group exactly as
// the roster gave them) or typed. The DSL's import matches them to a pupil on the roll.
struct SubmittedChild {
    QString name;
    QString yearGroup;
    bool fromRoster = false;
    ChildRole role = ChildRole::Subject;
};

// kind "concern": the content of a concern about children, as the concern form takes it, with children named
// rather than given by pupil id (the staff machine has no pupil ids).
using SubmittedConcern = ConcernContentOf<SubmittedChild>;

// kind "adult-concern": a low-level concern about an adult (KCSIE), for the adults register. Roles are the
// register's names: "staff", "supply", "volunteer", "contractor".
struct SubmittedAdultConcern {
    QString adultName;
    QString adultRole = QStringLiteral("staff");
    bool aboutHeadteacher = false;
    PartialDate occurred;
    QString account;
    QString response;
    QString reporterName;
    bool selfReport = false;
    bool reporterWithheld = false;
};

struct SubmissionPayload {
    static QString concernKind() { return QStringLiteral("concern"); }
    static QString adultConcernKind() { return QStringLiteral("adult-concern"); }
    static constexpr int formatVersion = 1;

    QString submissionId; // 32 lower-case hex digits (128 random bits)
    QString vaultId;
    QString keyId; // the enrolled signing key
    QString username;
    QDateTime createdAt; // UTC, the staff machine's clock
    QString kind;
    QJsonObject content;

    // Compact JSON: the exact bytes that are signed.
    QByteArray toBytes() const;
    // Throws Error(Damaged) naming `where` for anything malformed, Error(NewerVersion) for a newer format.
    static SubmissionPayload parse(const QByteArray& bytes, const QString& where);

    static QString newSubmissionId();
};

QJsonObject concernContentJson(const SubmittedConcern& concern);
SubmittedConcern concernFromContent(const QJsonObject& content, const QString& where);
QJsonObject adultConcernContentJson(const SubmittedAdultConcern& concern);
SubmittedAdultConcern adultConcernFromContent(const QJsonObject& content, const QString& where);

// The signed envelope and the seal around it (see the top of this file).
struct SealedSubmission {
    static QString fileSuffix() { return QStringLiteral(".lantern-submission"); }
    static QByteArray magic() { return QByteArrayLiteral("LNTNSUB1"); }
    static constexpr qint64 maximumFileBytes = 8 * 1024 * 1024;

    // The file's bytes for `payload` signed with the 64-byte libsodium Ed25519 secret key and sealed to the
    // vault's 32-byte X25519 public key.
    static QByteArray seal(const SubmissionPayload& payload, const unsigned char* signingSecretKey,
                           const QByteArray& vaultPublicKey);

    // What the seal holds, before the signature is checked against an enrolled key.
    struct Opened {
        QString keyId;
        QByteArray signature;
        QByteArray payloadBytes;

        // Whether `signature` is a valid Ed25519 signature over payloadBytes by this 32-byte public key.
        bool isSignedBy(const QByteArray& signingPublicKey) const;
    };

    // Opens a submission file with the vault's key pair. Throws Error(Damaged) with the reason in words when
    // it is not a submission file, does not open (changed after sealing, or sealed for another vault) or
    // holds no well-formed envelope.
    static Opened open(const QByteArray& file, const QByteArray& vaultPublicKey,
                       const SecureBytes& vaultSecretKey);
};

} // namespace lantern
