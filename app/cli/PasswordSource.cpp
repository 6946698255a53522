#include "PasswordSource.h"

#include "core/Error.h"

#include <cstdio>
#include <optional>
#include <sodium.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace lantern::cli {

namespace {

// Restores terminal echo even if reading throws.
class EchoOff {
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stderr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

PasswordSource::PasswordSource()
    : m_interactive(::isatty(STDIN_FILENO) != 0)
{}

SecureBytes PasswordSource::readLine(bool echo)
{
    // Read byte by byte into secure memory so the secret never sits in an ordinary growing buffer.
    SecureBytes buffer(1024);
    std::size_t length = 0;
    {
        std::optional<EchoOff> quiet;
        if (!echo && m_interactive)
            quiet.emplace();
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
            if (length + 1 >= buffer.size())
                throw Error(ErrorKind::InvalidInput,
                            QStringLiteral("The password is too long (over 1023 bytes)."));
            buffer.data()[length++] = static_cast<unsigned char>(c);
        }
        if (c == EOF && length == 0)
            throw Error(ErrorKind::InvalidInput,
                        QStringLiteral("No password was given: standard input ended before one was read."));
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return SecureBytes(buffer.data(), length);
}

SecureBytes PasswordSource::read(const QString& prompt)
{
    if (!m_restTakenBy.isEmpty())
        throw Error(ErrorKind::Internal,
                    QStringLiteral("lantern-cli asked for a secret after %1 read the rest of standard input.")
                        .arg(m_restTakenBy));
    std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    SecureBytes secret = readLine(false);
    ++m_secretsRead;
    return secret;
}

QByteArray PasswordSource::readRest(qint64 limit, const QString& option)
{
    if (!m_restTakenBy.isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("%1 and %2 both read standard input (-): only one option can; give the "
                                   "other as a file.")
                        .arg(m_restTakenBy, option));
    m_restTakenBy = option;
    QByteArray text;
    char chunk[4096];
    std::size_t got = 0;
    // The same FILE as the secrets were read from, so nothing it buffered after their lines is lost.
    while ((got = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) {
        text.append(chunk, static_cast<qsizetype>(got));
        if (text.size() > limit)
            throw Error(
                ErrorKind::InvalidInput,
                QStringLiteral("%1: standard input holds more than %2 KiB of text; nothing was saved.")
                    .arg(option)
                    .arg(limit / 1024));
        // On a terminal, Ctrl-D ends a short read; asking again would wait for a second one.
        if (std::feof(stdin))
            break;
    }
    return text;
}

SecureBytes PasswordSource::readNew(const QString& prompt)
{
    SecureBytes first = read(prompt);
    if (!m_interactive)
        return first;
    SecureBytes second = read(QStringLiteral("Repeat it"));
    if (!first.equals(second))
        throw Error(ErrorKind::InvalidInput,
                    QStringLiteral("The two passwords are not the same; nothing was changed."));
    return first;
}

bool PasswordSource::confirm(const QString& question, bool defaultAnswer)
{
    if (!m_interactive)
        return defaultAnswer;
    std::fprintf(stderr, "%s [%s] ", question.toLocal8Bit().constData(), defaultAnswer ? "Y/n" : "y/N");
    std::fflush(stderr);
    SecureBytes answer = readLine(true);
    if (answer.empty())
        return defaultAnswer;
    const char first = static_cast<char>(answer.data()[0]);
    return first == 'y' || first == 'Y';
}

} // namespace lantern::cli
