// The generated passphrase of an encrypted referral pack: at least 100 bits, words a person can read out by
// phone and type into 7-Zip, from the EFF word list as published.
#include "export/PackPassphrase.h"

#include "export/PackArchive.h"
#include "export/PackManifest.h"
#include "reference/ReferenceData.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace lantern;

namespace {

QString text(const SecureBytes& bytes)
{
    return QString::fromLatin1(reinterpret_cast<const char*>(bytes.data()),
                               static_cast<qsizetype>(bytes.size()));
}

TEST(PackPassphraseTest, TheWordListIsTheEffLargeListAsPublished)
{
    initReferenceData();
    QFile file(referenceDataPath(u"wordlists/eff-large-wordlist.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(PackManifest::sha256Hex(file.readAll()),
              QStringLiteral("addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e"));
    // 7,776 words less the four with a hyphen, which would be ambiguous beside the separator.
    EXPECT_EQ(PackPassphrase::words().size(), 7772);
    EXPECT_FALSE(PackPassphrase::words().contains(QStringLiteral("t-shirt")));
}

TEST(PackPassphraseTest, AGeneratedPassphraseHasAtLeastOneHundredBits)
{
    EXPECT_GE(PackPassphrase::bits(), 100.0);
    EXPECT_LT(PackPassphrase::bits(), 104.0);
}

TEST(PackPassphraseTest, EightLowerCaseWordsFromTheListJoinedByHyphens)
{
    const QSet<QString> known(PackPassphrase::words().cbegin(), PackPassphrase::words().cend());
    const QRegularExpression shape(QStringLiteral("^[a-z]+(-[a-z]+){7}$"));
    QSet<QString> seen;
    QSet<QString> wordsSeen;
    for (int i = 0; i < 200; ++i) {
        const SecureBytes passphrase = PackPassphrase::generate();
        const QString phrase = text(passphrase);
        EXPECT_TRUE(shape.match(phrase).hasMatch()) << phrase.toStdString();
        const QStringList words = PackPassphrase::split(passphrase);
        EXPECT_EQ(words.size(), PackPassphrase::WordCount);
        for (const QString& word : words) {
            EXPECT_TRUE(known.contains(word)) << word.toStdString();
            wordsSeen.insert(word);
        }
        seen.insert(phrase);
    }
    EXPECT_EQ(seen.size(), 200); // never the same twice
    // 1,600 draws from 7,772 words: about 1,450 different ones are expected; a broken generator gives few.
    EXPECT_GT(wordsSeen.size(), 1300);
}

TEST(PackPassphraseTest, TheFormAPersonTypesFromAReadOutIsMadeCanonical)
{
    const SecureBytes generated = PackPassphrase::generate();
    QString typed = text(generated).toUpper();
    typed.replace(QLatin1Char('-'), QStringLiteral(" "));
    const SecureBytes canonical = PackPassphrase::canonical(test::secret(typed.toLatin1().constData()));
    EXPECT_TRUE(canonical.equals(generated)) << typed.toStdString();
    EXPECT_TRUE(PackPassphrase::canonical(test::secret("correct horse battery staple")).empty());
    EXPECT_TRUE(
        PackPassphrase::canonical(test::secret("abacus abacus abacus abacus abacus abacus abacus qzx"))
            .empty());
}

TEST(PackPassphraseTest, SevenZipOpensAPackUnderAGeneratedPassphrase)
{
    const QString sevenZip = QStandardPaths::findExecutable(QStringLiteral("7z"));
    if (sevenZip.isEmpty())
        GTEST_SKIP() << "7z (p7zip-full) is not installed";
    test::TempFolder folder;
    const SecureBytes passphrase = PackPassphrase::generate();
    const QList<PackFile> files{
        {QStringLiteral("referral.json"),
         QByteArrayLiteral(R"({"schema_version":"1.0.0","child":{},"referrer":{}})")},
        {QStringLiteral("referral.pdf"), QByteArrayLiteral("%PDF-1.7\n")},
    };
    ManualClock clock{test::fixedNow()};
    ASSERT_EQ(
        PackArchive(clock).write(folder.path(QStringLiteral("pack.zip")), files, passphrase.clone()).status,
        PackWriteStatus::Written);
    QProcess process;
    process.start(sevenZip, {QStringLiteral("x"), QStringLiteral("-p") + text(passphrase),
                             QStringLiteral("-o") + folder.path(QStringLiteral("out")),
                             folder.path(QStringLiteral("pack.zip"))});
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAll().toStdString();
    EXPECT_TRUE(QFileInfo::exists(folder.path(QStringLiteral("out/referral-pack.zip"))));
}

} // namespace
