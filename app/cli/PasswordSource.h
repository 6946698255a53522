#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace lantern::cli {

// Where lantern-cli reads secrets: the terminal without echo, or — when standard input is not a terminal —
// one line per prompt from standard input (scripts, tests), with no confirmation prompt.
class PasswordSource {
public:
    PasswordSource();
    bool interactive() const { return m_interactive; }

    // Prompts on stderr and reads one secret. Throws Error(InvalidInput) on end of input.
    SecureBytes read(const QString& prompt);
    // A new password: asked twice on a terminal, once from a pipe.
    SecureBytes readNew(const QString& prompt);
    // A yes/no question on a terminal; `defaultAnswer` without one.
    bool confirm(const QString& question, bool defaultAnswer);

    // Everything left on standard input once the secrets have been read (each from a line of its own, see
    // above), for the one option that reads its text from "-". At most `limit` bytes; Error(InvalidInput)
    // beyond. Once per run; a secret asked for afterwards would find nothing, so that is refused too.
    QByteArray readRest(qint64 limit, const QString& option);
    int secretsRead() const { return m_secretsRead; }

private:
    SecureBytes readLine(bool echo);
    bool m_interactive;
    int m_secretsRead = 0;
    QString m_restTakenBy; // the option that read the rest of standard input
};

} // namespace lantern::cli
