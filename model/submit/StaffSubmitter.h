#pragma once

#include "submit/StaffKeyFile.h"
#include "submit/Submission.h"
#include "submit/SubmissionProfile.h"

#include <QDateTime>
#include <QString>

namespace lantern {

class Clock;

// The folder a staff member was given at enrolment: the school's submission profile and their own staff key.
// This is all a staff member's Lantern holds — nothing in it opens the vault.
struct StaffFolder {
    QString path;
    SubmissionProfile profile;
    StaffKeyFile key;

    // Loads both files; throws Error(NotFound) for a missing file, Error(Damaged) for a damaged one or a key
    // and a profile of different vaults.
    static StaffFolder open(const QString& folder);
};

// What the staff member is shown once a submission is written: its id and when it was made.
struct SubmissionReceipt {
    QString submissionId;
    QDateTime createdAt;
    QString kind;
    QString filePath;
    // Why the receipt could not be kept in the staff member's receipt book (the submission was sent all the
    // same); empty when it was kept, or no book was given.
    QString notKept;
};

class StaffReceiptBook;

// Seals what a staff member records and drops it into the school's inbox (docs/ARCHITECTURE.md "Staff
// submissions"): the content is checked with the same rules the vault applies, put into a payload naming the
// vault, the key and the user, signed with the staff key, sealed to the vault's public key and written
// atomically as INBOX/<id>.lantern-submission. Once written, the staff member cannot read it back.
class StaffSubmitter {
public:
    StaffSubmitter(const SubmissionProfile& profile, const StaffSigningKey& key, const Clock& clock);

    // Writes into `folder` instead of the profile's inbox (a USB stick, a test).
    void setInbox(const QString& folder) { m_inbox = folder; }
    // Keeps a receipt of every submission sent in `book` (the staff member's folder); none: not kept.
    void setReceiptBook(StaffReceiptBook* book) { m_book = book; }
    const QString& inbox() const { return m_inbox; }
    const SubmissionProfile& profile() const { return m_profile; }
    const QString& username() const { return m_key.username(); }

    // Throws Error(InvalidInput) naming the field as the concern form does; Error(Io) when the inbox cannot
    // be reached (nothing is written then).
    SubmissionReceipt submitConcern(const SubmittedConcern& concern);
    SubmissionReceipt submitAdultConcern(const SubmittedAdultConcern& concern);

    // The content as it would be sealed: normalised and checked; throws Error(InvalidInput).
    SubmittedConcern checked(const SubmittedConcern& concern) const;
    SubmittedAdultConcern checked(const SubmittedAdultConcern& concern) const;

private:
    SubmissionReceipt write(const QString& kind, const QJsonObject& content);

    const SubmissionProfile& m_profile;
    const StaffSigningKey& m_key;
    const Clock& m_clock;
    QString m_inbox;
    StaffReceiptBook* m_book = nullptr;
};

} // namespace lantern
