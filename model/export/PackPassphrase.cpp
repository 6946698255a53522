#include "export/PackPassphrase.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "crypto/Sodium.h"
#include "reference/ReferenceData.h"

#include <QFile>
#include <QSet>
#include <cmath>
#include <cstring>
#include <sodium.h>

namespace lantern {

namespace {

// The EFF list as published has 7,776 words; four contain a hyphen (drop-down, felt-tip, t-shirt, yo-yo) and
// are left out so that the separator is unambiguous.
constexpr qsizetype MinimumWords = 7000;

QStringList loadWords()
{
    initReferenceData();
    QFile file(referenceDataPath(u"wordlists/eff-large-wordlist.txt"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Internal,
                    ModelText::tr("The passphrase word list is missing from this build of Lantern."));
    QStringList words;
    QSet<QString> seen;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        // "11111<TAB>abacus": five dice, then the word.
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const QString word = QString::fromLatin1(line.mid(tab + 1).trimmed());
        bool letters = !word.isEmpty();
        for (const QChar c : word)
            letters = letters && c >= QLatin1Char('a') && c <= QLatin1Char('z');
        if (letters && !seen.contains(word)) {
            seen.insert(word);
            words.append(word);
        }
    }
    if (words.size() < MinimumWords)
        throw Error(ErrorKind::Internal,
                    ModelText::tr("The passphrase word list in this build of Lantern is damaged (%1 words).")
                        .arg(words.size()));
    return words;
}

bool isSeparator(unsigned char byte)
{
    return byte == ' ' || byte == '-' || byte == ',' || byte == '\t';
}

} // namespace

const QStringList& PackPassphrase::words()
{
    static const QStringList list = loadWords();
    return list;
}

double PackPassphrase::bits()
{
    return WordCount * std::log2(static_cast<double>(words().size()));
}

SecureBytes PackPassphrase::generate()
{
    ensureSodium();
    const QStringList& list = words();
    QList<QByteArray> chosen;
    std::size_t length = WordCount - 1; // the separators
    for (int i = 0; i < WordCount; ++i) {
        const auto index = randombytes_uniform(static_cast<std::uint32_t>(list.size()));
        chosen.append(list.at(static_cast<qsizetype>(index)).toLatin1());
        length += static_cast<std::size_t>(chosen.last().size());
    }
    SecureBytes passphrase(length);
    std::size_t at = 0;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (i > 0)
            passphrase.data()[at++] = static_cast<unsigned char>(Separator);
        std::memcpy(passphrase.data() + at, chosen[i].constData(),
                    static_cast<std::size_t>(chosen[i].size()));
        at += static_cast<std::size_t>(chosen[i].size());
        wipeBytes(chosen[i]);
    }
    return passphrase;
}

QStringList PackPassphrase::split(const SecureBytes& passphrase)
{
    QStringList result;
    QString word;
    for (std::size_t i = 0; i < passphrase.size(); ++i) {
        const unsigned char byte = passphrase.data()[i];
        if (isSeparator(byte)) {
            if (!word.isEmpty())
                result.append(word);
            word.clear();
        } else {
            word.append(QLatin1Char(static_cast<char>(byte)));
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

SecureBytes PackPassphrase::canonical(const SecureBytes& typed)
{
    // Lower-case a copy, in secure memory, then split it into words.
    SecureBytes lower(typed.size());
    for (std::size_t i = 0; i < typed.size(); ++i) {
        unsigned char byte = typed.data()[i];
        if (byte >= 'A' && byte <= 'Z')
            byte = static_cast<unsigned char>(byte - 'A' + 'a');
        else if (byte == '\r' || byte == '\n')
            byte = ' ';
        lower.data()[i] = byte;
    }
    const QStringList parts = split(lower);
    if (parts.size() != WordCount)
        return {};
    static const QSet<QString> known(words().cbegin(), words().cend());
    for (const QString& part : parts)
        if (!known.contains(part))
            return {};
    return SecureBytes::fromUtf8(parts.join(QLatin1Char(Separator)).toLatin1());
}

} // namespace lantern
