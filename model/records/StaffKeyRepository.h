#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

class Vault;

// A staff member's signing key as the vault knows it: the public half only.
struct EnrolledKey {
    QString keyId;
    QString username;
    bool userEnabled = true;
    QByteArray publicKey; // Ed25519, 32 bytes
    QDateTime enrolledAt;
    QString enrolledBy;
    std::optional<QDateTime> revokedAt;
    QString revokedReason;
};

// The staff keys enrolled for signed submissions (tables staff_keys and staff_key_revocations). Making the
// key, handing it over and auditing the enrolment are submit/StaffEnrolment's; this keeps the rows. Enrolling
// is for the DSL (requireSubmissionManager); finding a key, for whoever imports the inbox
// (Permission::WritePupilRecords).
class StaffKeyRepository {
public:
    explicit StaffKeyRepository(Vault& vault);

    // Stores `publicKey` as `userId`'s key `keyId`, enrolled now by the signed-in user, and revokes every
    // earlier key of theirs still in use ("replaced by key <keyId>") at the same moment: one key in use per
    // member of staff, so that a lost folder is shut out by enrolling again. Returns the ids revoked. The
    // caller audits the enrolment and each revocation in its own transaction around this.
    QStringList enrol(qint64 userId, const QString& keyId, const QByteArray& publicKey);

    // The key with this id, revoked or not; nullopt when this vault never enrolled it.
    std::optional<EnrolledKey> find(const QString& keyId);
    // Every key ever enrolled, newest first.
    QList<EnrolledKey> all();
    // The keys in use (not revoked, their user enabled), oldest first: who a profile's roster is sealed to.
    QList<EnrolledKey> inUse();

private:
    Vault& m_vault;
};

} // namespace lantern
