#pragma once

#include <QLatin1String>
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

// The one exception type the model throws. The message is written for the person at the keyboard, already
// translated (ModelText::tr, core/ModelText.h): it names what is wrong and where, and never contains case
// data. An error about one field of a form also carries that field's identifier ("concern.occurred",
// "decision.reasons"): a stable name, declared next to the record's validator, that the desktop forms map to
// the widget to show the message beside and to focus. Nothing ever parses the message.
class Error : public std::runtime_error {
public:
    // An error about no particular field.
    Error(ErrorKind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {}
    // An error about one field, named by its identifier.
    Error(ErrorKind kind, QLatin1String field, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_field(field)
        , m_message(message)
    {}

    ErrorKind kind() const { return m_kind; }
    // The identifier of the field the error is about; empty when it is about no particular field.
    const QString& field() const { return m_field; }
    const QString& message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_field;
    QString m_message;
};

} // namespace lantern
