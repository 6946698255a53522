#pragma once

#include "submit/StaffSubmitter.h"

#include <QList>
#include <QString>

namespace lantern {

class StaffSigningKey;

// The receipts of what a staff member sent, kept in their own key folder (sent-receipts.json) so that they
// outlive the window: each is boxed (submit/BoxedJson.h) from the staff member's key to itself, so the file
// shows nothing without their password — not even how many concerns were about which child, since a receipt
// holds only the submission id, the time and the kind. A receipt added to the book by anyone else does not
// open and is reported as damage.
class StaffReceiptBook {
public:
    static QString fileName() { return QStringLiteral("sent-receipts.json"); }
    static constexpr int formatVersion = 1;

    StaffReceiptBook(const QString& folder, const StaffSigningKey& key);

    // Appends `receipt` (atomically: the book holds every earlier receipt and this one, or only the earlier).
    // Throws Error(Io) or Error(NoSpace) when the folder cannot be written.
    void add(const SubmissionReceipt& receipt);
    // Oldest first; none before the first is added. Throws Error(Damaged) naming the file for one that does
    // not open or a book of another key.
    QList<SubmissionReceipt> receipts() const;

    // A receipt with what has come back about it from the DSL team's import.
    struct Sent {
        SubmissionReceipt receipt;
        // SubmissionAcknowledgement::describe(), "Not yet received by the DSL team.", or why what came back
        // does not open.
        QString status;
    };
    // Every receipt, oldest first, with the acknowledgement waiting for it in `inbox` (the profile's, or the
    // folder the staff member wrote to), opened with the vault's submission public key.
    QList<Sent> withAcknowledgements(const QString& inbox, const QByteArray& vaultSubmissionPublicKey) const;

private:
    QString path() const;
    QList<QByteArray> boxes() const;

    QString m_folder;
    const StaffSigningKey& m_key;
};

} // namespace lantern
