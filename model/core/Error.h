#pragma once

#include <QString>
#include <stdexcept>

namespace lantern {

// What went wrong, in the categories a user (and lantern-cli's exit code) distinguishes.
enum class ErrorKind {
    InvalidInput,         // a value the user gave is not acceptable (exit 1)
    AuthenticationFailed, // wrong password, unknown user, wrong recovery key (exit 2)
    PermissionDenied,     // the signed-in role may not do this (exit 2)
    Damaged,              // damaged or tampered data: records.db, keyslots.json, audit chain (exit 3)
    VaultLocked,          // the vault is open in another process (exit 4)
    NoSpace,              // the device is full (exit 4)
    Io,                   // any other file-system failure (exit 4)
    NewerVersion,         // written by a newer Lantern (exit 4)
    NotFound,             // a named record does not exist (exit 1)
    Internal,             // a bug or a library failure (exit 4)
};

// The one exception type the model throws. The message is written for the person at the keyboard: it names
// what is wrong and where, and never contains case data.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {}

    ErrorKind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace lantern
