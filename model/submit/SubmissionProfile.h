#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lantern {

// A child on the roster a staff member chooses from: only the name the school uses and the year group — no
// UPN, no date of birth, nothing else from the pupil's record.
struct RosterEntry {
    QString name;
    QString yearGroup;

    friend bool operator==(const RosterEntry&, const RosterEntry&) = default;
};

class StaffSigningKey;

// A staff key the roster is sealed to: its id and its Ed25519 public key, as staff_keys holds them.
struct RosterRecipient {
    QString keyId;
    QByteArray publicKey; // Ed25519, 32 bytes
};

// The roster as it sits in the file (docs/ARCHITECTURE.md "Staff submissions"): the entries as JSON,
// encrypted with XChaCha20-Poly1305 under a random roster key, with the format, the vault id and the
// recipients' key ids as associated data; the roster key sealed (crypto_box_seal) to each recipient's staff
// key, its Ed25519 public key converted to X25519. Only a staff member who unlocks one of those keys with
// their password reads a name.
struct SealedRoster {
    struct Recipient {
        QString keyId;
        QByteArray sealedKey;
    };
    QByteArray nonce;
    QByteArray ciphertext;
    QList<Recipient> recipients;
};

// The school's public submission profile (submission-profile.json): what a staff member's Lantern needs to
// seal a submission to the vault and drop it where the DSL will find it. It holds nothing that opens the
// vault: the vault's X25519 public key only.
struct SubmissionProfile {
    static QString fileName() { return QStringLiteral("submission-profile.json"); }
    // Version 1 carried the roster in plain text; it is still read (see openRoster()), never written.
    static constexpr int formatVersion = 2;

    QString schoolName;
    QString vaultId;
    QByteArray publicKey; // X25519, 32 bytes
    QString inbox;        // the folder submissions are written into
    QDateTime createdAt;
    // The children to choose from. In memory only: filled by SubmissionProfiles::build() on the DSL's side
    // and by openRoster() on a staff member's; a profile just loaded from a version-2 file has it empty.
    QList<RosterEntry> roster;
    // What the file holds instead: set by sealRoster() or when a version-2 file is loaded.
    std::optional<SealedRoster> sealedRoster;

    // Seals `roster` to these staff keys (none: nobody can read it) and sets sealedRoster.
    void sealRoster(const QList<RosterRecipient>& recipients);
    // Fills `roster` from sealedRoster with the staff member's unlocked key. False, with `roster` left empty,
    // when the roster was not sealed to this key (a profile published before they were enrolled): they can
    // still type a child's name and year group. Throws Error(Damaged) when the sealed roster was altered. A
    // version-1 profile has no sealed roster and its plain one is kept: true.
    bool openRoster(const StaffSigningKey& key);

    // The public key's fingerprint, for people to compare by reading it aloud: BLAKE2b-160 of the key as ten
    // groups of four hexadecimal digits ("3f2a 9c01 …").
    QString fingerprint() const { return fingerprintOf(publicKey); }
    static QString fingerprintOf(const QByteArray& publicKey);

    // Writes sealedRoster, never `roster`; throws Error(Internal) if the roster was not sealed.
    QByteArray toJson() const;
    // Throws Error(Damaged) naming the file and field, also when the stated fingerprint does not match the
    // key; Error(NewerVersion) for a newer format.
    static SubmissionProfile parse(const QByteArray& json, const QString& where);
    static SubmissionProfile load(const QString& path);
    // Replaces `path` atomically.
    void save(const QString& path) const;
};

} // namespace lantern
