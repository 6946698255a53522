#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lantern {

// A child on the roster a staff member chooses from: only the name the school uses and the year group — no
// UPN, no date of birth, nothing else from the pupil's record.
struct RosterEntry {
    QString name;
    QString yearGroup;

    friend bool operator==(const RosterEntry&, const RosterEntry&) = default;
};

// The school's public submission profile (submission-profile.json): what a staff member's Lantern needs to
// seal a submission to the vault and drop it where the DSL will find it. It holds nothing that opens the
// vault: the vault's X25519 public key only.
struct SubmissionProfile {
    static QString fileName() { return QStringLiteral("submission-profile.json"); }
    static constexpr int formatVersion = 1;

    QString schoolName;
    QString vaultId;
    QByteArray publicKey; // X25519, 32 bytes
    QString inbox;        // the folder submissions are written into
    QDateTime createdAt;
    QList<RosterEntry> roster;

    // The public key's fingerprint, for people to compare by reading it aloud: BLAKE2b-160 of the key as ten
    // groups of four hexadecimal digits ("3f2a 9c01 …").
    QString fingerprint() const { return fingerprintOf(publicKey); }
    static QString fingerprintOf(const QByteArray& publicKey);

    QByteArray toJson() const;
    // Throws Error(Damaged) naming the file and field, also when the stated fingerprint does not match the
    // key; Error(NewerVersion) for a newer format.
    static SubmissionProfile parse(const QByteArray& json, const QString& where);
    static SubmissionProfile load(const QString& path);
    // Replaces `path` atomically.
    void save(const QString& path) const;
};

} // namespace lantern
