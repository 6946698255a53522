#pragma once

#include "audit/AuditAnchor.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lantern {

class StaffSigningKey;

// What the DSL team's import did with one staff submission, told back to the staff member who sent it
// (DESIGN.md §3: staff write but cannot read; their own receipts are sealed to them). The importer writes it
// as INBOX/receipts/<submission id>.lantern-receipt, boxed (submit/BoxedJson.h) from the vault's submission
// key pair to the staff member's enrolled key, so that only they read it and only the vault could have
// written it; each later step (held, then filed) replaces it. A filed submission's acknowledgement carries
// the anchor of the audit chain it was recorded in, signed by the importing DSL: the staff member holds
// evidence, outside the vault, that the record existed, which `lantern-cli audit verify --anchor` checks the
// chain against should it ever be questioned.
struct SubmissionAcknowledgement {
    enum class Outcome {
        Filed,    // now a record in the vault
        Held,     // received and valid, waiting for the DSL team (which child, or the chair of governors)
        Rejected, // received and refused (reason)
    };
    static QString folderName() { return QStringLiteral("receipts"); }
    static QString fileSuffix() { return QStringLiteral(".lantern-receipt"); }
    static constexpr int formatVersion = 1;

    QString vaultId;
    QString submissionId;
    QString keyId; // the staff key the submission was signed with, which the acknowledgement is boxed to
    Outcome outcome = Outcome::Held;
    QString note;                      // for the staff member: why it is held or rejected; empty when filed
    QDateTime at;                      // UTC, the importing machine's clock
    QString recordedAs;                // "concern" or "adult-concern", when filed
    std::optional<AuditAnchor> anchor; // when filed

    // For the staff member: "Received by the DSL team on 07/12/2026 15:10 and recorded (audit entry 1234)."
    QString describe() const;

    // The file's bytes, boxed to the staff member's Ed25519 public key (converted to X25519).
    QByteArray seal(const QByteArray& staffSigningPublicKey,
                    const SecureBytes& vaultSubmissionSecretKey) const;
    // Opens a file with the vault's submission public key (from the profile) and the staff member's key, and
    // checks it is about `submissionId` of this vault and key. Throws Error(Damaged) naming `where`.
    static SubmissionAcknowledgement open(const QByteArray& file, const QByteArray& vaultSubmissionPublicKey,
                                          const StaffSigningKey& key, const QString& submissionId,
                                          const QString& where);

    // INBOX/receipts/<submission id>.lantern-receipt
    static QString pathIn(const QString& inbox, const QString& submissionId);
    // The acknowledgement of `submissionId` waiting in `inbox`, or nullopt when there is none yet (not
    // imported, or the inbox is not reachable from here). Throws Error(Damaged) for one that does not open.
    static std::optional<SubmissionAcknowledgement> find(const QString& inbox, const QString& submissionId,
                                                         const QByteArray& vaultSubmissionPublicKey,
                                                         const StaffSigningKey& key);
};

} // namespace lantern
