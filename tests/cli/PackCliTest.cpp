// `lantern-cli pack export` and `pack verify`: preflight failures listed with exit 1, the manifest hash to
// read out, a changed byte anywhere in the pack caught with exit 3, encryption by default under a generated
// passphrase (opened with 7-Zip), --no-encrypt with its warning, zip bombs refused, and who may export.
#include "audit/AuditLog.h"
#include "calendar/PartialDate.h"
#include "calendar/UkTime.h"
#include "records/ConcernRepository.h"
#include "records/PupilRepository.h"
#include "records/VoiceRepository.h"
#include "reference/Upn.h"
#include "support/CliFixture.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace lantern;
using namespace lantern::test;

namespace {

quint32 little32(const QByteArray& bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

quint16 little16(const QByteArray& bytes, qsizetype at)
{
    return static_cast<quint16>(static_cast<quint8>(bytes.at(at)) |
                                (static_cast<quint8>(bytes.at(at + 1)) << 8));
}

// Where each entry's stored data lies in the ZIP (as in PackVerifierTest): enough to damage exactly one file.
QMap<QString, QPair<qint64, qint64>> dataRanges(const QByteArray& zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    const quint16 count = little16(zip, end + 10);
    qsizetype at = little32(zip, end + 16);
    QMap<QString, QPair<qint64, qint64>> ranges;
    for (quint16 i = 0; i < count; ++i) {
        const quint32 size = little32(zip, at + 20);
        const quint16 nameLength = little16(zip, at + 28);
        const quint16 extraLength = little16(zip, at + 30);
        const quint16 commentLength = little16(zip, at + 32);
        const quint32 local = little32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        ranges.insert(name, {local + 30 + little16(zip, local + 26) + little16(zip, local + 28), size});
        at += 46 + nameLength + extraLength + commentLength;
    }
    return ranges;
}

class PackCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(runCli({QStringLiteral("init"), vault(), QStringLiteral("--user"), QStringLiteral("amira"),
                          QStringLiteral("--name"), QStringLiteral("Amira Haddad")},
                         line(password))
                      .exitCode,
                  0);
        ASSERT_EQ(dslRun({QStringLiteral("user"), QStringLiteral("add"), vault(), QStringLiteral("--as"),
                          QStringLiteral("amira"), QStringLiteral("--user"), QStringLiteral("sam"),
                          QStringLiteral("--name"), QStringLiteral("Sam Patel"), QStringLiteral("--role"),
                          QStringLiteral("staff")},
                         line(staffPassword))
                      .exitCode,
                  0);
        // The child, a concern and (for one) the child's voice, recorded through the model a few days ago.
        auto opened = open();
        const QDate today = ukToday(SystemClock::instance());
        PupilRepository pupils(*opened);
        for (const auto& [id, forename, serial] :
             {std::tuple{&pupilWithVoice, "Zoë", 1}, std::tuple{&pupilWithoutVoice, "Oisín", 2}}) {
            Pupil pupil;
            pupil.upn = makeUpn(999, 1234, 19, serial);
            pupil.legalForename = QString::fromUtf8(forename);
            pupil.legalSurname = QString::fromUtf8("Nguyễn");
            pupil.dateOfBirth = QDate(2017, 4, 1);
            pupil.sex = QStringLiteral("F");
            *id = pupil.upn;
            const qint64 pupilId = pupils.add(pupil);
            NewConcern concern;
            concern.occurred = PartialDate::day(today.addDays(-10));
            concern.children = {{pupilId, ChildRole::Subject, {}, {}}};
            concern.categoryIds = {QStringLiteral("neglect")};
            concern.account = QStringLiteral("Arrived hungry again.");
            ConcernRepository(*opened).record(concern);
            if (serial == 1) {
                VoiceContent voice;
                voice.captured = PartialDate::day(today.addDays(-9));
                voice.method = QStringLiteral("conversation");
                voice.words = QStringLiteral("I am hungry in the mornings.");
                VoiceRepository(*opened).add(pupilId, voice);
            }
        }
    }

    std::unique_ptr<Vault> open()
    {
        return Vault::unlock(vault(), QStringLiteral("amira"), secret("a long enough password"),
                             SystemClock::instance());
    }
    QString vault() const { return m_temp.path(QStringLiteral("school.lantern")); }
    QString pack(const char* name = "referral.zip") const { return m_temp.path(QString::fromLatin1(name)); }

    CliResult dslRun(const QStringList& args, const QString& extraInput = {})
    {
        return runCli(args, line(password) + extraInput);
    }

    QStringList exportArgs(const QString& upn, const QString& out, const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("pack"),
                           QStringLiteral("export"),
                           vault(),
                           QStringLiteral("--as"),
                           QStringLiteral("amira"),
                           QStringLiteral("--pupil"),
                           upn,
                           QStringLiteral("--out"),
                           out,
                           QStringLiteral("--reason"),
                           QStringLiteral("Persistent neglect indicators."),
                           QStringLiteral("--worried"),
                           QStringLiteral("Hungry most mornings."),
                           QStringLiteral("--service"),
                           QStringLiteral("section-17"),
                           QStringLiteral("--urgency"),
                           QStringLiteral("within-24-hours"),
                           QStringLiteral("--safe-to-go-home"),
                           QStringLiteral("yes"),
                           QStringLiteral("--lawful-basis"),
                           QStringLiteral("UK GDPR Article 6(1)(e) public task"),
                           QStringLiteral("--consent"),
                           QStringLiteral("not-sought"),
                           QStringLiteral("--consent-reason"),
                           QStringLiteral("Would place the child at risk."),
                           QStringLiteral("--parents-aware"),
                           QStringLiteral("yes")} +
               more;
    }

    // The passphrase line of `pack export`'s output: eight words joined by hyphens, indented.
    static QString passphraseIn(const QString& out)
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("(?m)^    ([a-z]+(?:-[a-z]+){7})$")).match(out);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    QString manifestHash(const QString& out)
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Manifest SHA-256: ([0-9a-f]{64})")).match(out);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    const QString password = QStringLiteral("a long enough password");
    const QString staffPassword = QStringLiteral("staff member password");
    QString pupilWithVoice;
    QString pupilWithoutVoice;
    TempFolder m_temp;
};

TEST_F(PackCliTest, AReferralWithoutItsReasonOrWorriesIsRefusedNamingTheOption)
{
    const QStringList base{QStringLiteral("pack"),   QStringLiteral("export"), vault(),
                           QStringLiteral("--as"),   QStringLiteral("amira"),  QStringLiteral("--pupil"),
                           pupilWithVoice,           QStringLiteral("--out"),  pack()};
    const CliResult noReason = dslRun(base);
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("--reason"))) << noReason.err.toStdString();
    const CliResult noWorries =
        dslRun(base + QStringList{QStringLiteral("--reason"), QStringLiteral("Neglect indicators.")});
    EXPECT_EQ(noWorries.exitCode, 1);
    EXPECT_TRUE(noWorries.err.contains(QStringLiteral("--worried"))) << noWorries.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pack()));
    EXPECT_TRUE(auditEntries(*open(), QStringLiteral("referral.export")).isEmpty());
}

TEST_F(PackCliTest, ListItemsShowsEveryItemOfThePeriodAndWhetherItGoesIn)
{
    const CliResult listed = dslRun({QStringLiteral("pack"), QStringLiteral("export"), vault(),
                                     QStringLiteral("--as"), QStringLiteral("amira"), QStringLiteral("--pupil"),
                                     pupilWithVoice, QStringLiteral("--list-items")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QRegularExpression concern(QStringLiteral("(?m)^in   concern:(\\d+) "));
    const QRegularExpressionMatch match = concern.match(listed.out);
    ASSERT_TRUE(match.hasMatch()) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("in   voice:"))) << listed.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pack()));

    // Leaving the concern out shows in the pack's own count.
    const CliResult exported = dslRun(exportArgs(
        pupilWithVoice, pack(),
        {QStringLiteral("--no-encrypt"), QStringLiteral("--leave-out"), QStringLiteral("concern:") + match.captured(1)}));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const CliResult bad = dslRun(exportArgs(pupilWithVoice, pack("other.zip"),
                                            {QStringLiteral("--include"), QStringLiteral("concern")}));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("KIND:ID"))) << bad.err.toStdString();
}

TEST_F(PackCliTest, PreflightFailuresAreListedUntilEachHasAReason)
{
    const CliResult bare = dslRun({QStringLiteral("pack"), QStringLiteral("export"), vault(),
                                   QStringLiteral("--as"), QStringLiteral("amira"), QStringLiteral("--pupil"),
                                   pupilWithoutVoice, QStringLiteral("--out"), pack(), QStringLiteral("--reason"),
                                   QStringLiteral("Neglect."), QStringLiteral("--worried"),
                                   QStringLiteral("Hungry.")});
    EXPECT_EQ(bare.exitCode, 1);
    for (const char* code : {"no-voice", "no-lawful-basis", "no-consent-decision", "no-parents-aware-decision",
                             "no-request"})
        EXPECT_TRUE(bare.err.contains(QString::fromLatin1(code))) << code << "\n" << bare.err.toStdString();
    EXPECT_FALSE(bare.err.contains(QStringLiteral("no-chronology"))) << bare.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pack()));

    const CliResult stillNoVoice = dslRun(exportArgs(pupilWithoutVoice, pack()));
    EXPECT_EQ(stillNoVoice.exitCode, 1);
    EXPECT_TRUE(stillNoVoice.err.contains(QStringLiteral("no-voice")));
    EXPECT_FALSE(stillNoVoice.err.contains(QStringLiteral("no-lawful-basis")));

    const CliResult done = dslRun(exportArgs(
        pupilWithoutVoice, pack(),
        {QStringLiteral("--reason-for"), QStringLiteral("no-voice=Absent all week; home visit booked.")}));
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("Proceeded without no-voice")));
    const QList<AuditEntry> exports = auditEntries(*open(), QStringLiteral("referral.export"));
    ASSERT_EQ(exports.size(), 1);
    EXPECT_TRUE(exports.at(0).details.contains(QStringLiteral("Absent all week")));
}

TEST_F(PackCliTest, VerifyPrintsTheManifestHashAndCatchesAChangedByteInAnyFile)
{
    const CliResult exported = dslRun(exportArgs(pupilWithVoice, pack(), {QStringLiteral("--no-encrypt")}));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString hash = manifestHash(exported.out);
    ASSERT_FALSE(hash.isEmpty()) << exported.out.toStdString();

    const CliResult verified = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack()});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(hash)) << verified.out.toStdString();
    EXPECT_TRUE(
        verified.out.contains(QStringLiteral("1.1.0"))); // the manifest's schema: 1.1 carries the anchor
    EXPECT_TRUE(verified.out.contains(QStringLiteral("referral.pdf")));

    const QByteArray original = fileBytes(pack());
    const auto ranges = dataRanges(original);
    ASSERT_EQ(ranges.size(), 4); // referral.json, referral.jsonld, referral.pdf, manifest.json
    for (auto range = ranges.cbegin(); range != ranges.cend(); ++range) {
        const QString damaged = pack("damaged.zip");
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original);
        file.close();
        flipByte(damaged, range->first + range->second / 2);
        const CliResult result = runCli({QStringLiteral("pack"), QStringLiteral("verify"), damaged});
        EXPECT_EQ(result.exitCode, 3) << range.key().toStdString();
        EXPECT_TRUE(result.err.contains(range.key())) << range.key().toStdString() << "\n"
                                                      << result.err.toStdString();
    }
}

TEST_F(PackCliTest, APackIsEncryptedByDefaultAndItsGeneratedPassphraseIsShownOnce)
{
    const CliResult exported = dslRun(exportArgs(pupilWithVoice, pack()));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("encrypted with AES-256")))
        << exported.out.toStdString();
    const QString phrase = passphraseIn(exported.out);
    ASSERT_FALSE(phrase.isEmpty()) << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("shown this once")));
    EXPECT_TRUE(exported.out.contains(QStringLiteral("1 ") + phrase.section(QLatin1Char('-'), 0, 0) +
                                      QStringLiteral(",")))
        << exported.out.toStdString(); // numbered, for reading out
    EXPECT_FALSE(exported.err.contains(phrase));
    // Nothing was asked for beyond the vault password.
    EXPECT_FALSE(exported.err.contains(QStringLiteral("Passphrase for")));
    const QString hash = manifestHash(exported.out);

    // The receiving team: the passphrase is asked for because the pack is encrypted.
    const CliResult verified =
        runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack()}, line(phrase));
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(hash));
    EXPECT_TRUE(verified.out.contains(QStringLiteral("file names were hidden")))
        << verified.out.toStdString();
    EXPECT_TRUE(verified.err.contains(QStringLiteral("Passphrase for the pack")));
    // As typed from a phone call: spaces and a capital.
    QString spoken = phrase;
    spoken.replace(QLatin1Char('-'), QLatin1Char(' '));
    spoken[0] = spoken[0].toUpper();
    EXPECT_EQ(runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack()}, line(spoken)).exitCode, 0);

    const CliResult wrong = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack()},
                                   line(QStringLiteral("a wrong passphrase here")));
    EXPECT_EQ(wrong.exitCode, 2) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("does not open this pack"))) << wrong.err.toStdString();
    const CliResult none = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack()});
    EXPECT_NE(none.exitCode, 0);
    EXPECT_NE(none.exitCode, 3);

    // 7-Zip opens it as a social worker would: the passphrase once, then the archive inside.
    if (QStandardPaths::findExecutable(QStringLiteral("7z")).isEmpty())
        GTEST_SKIP() << "7z (p7zip-full) is not installed";
    const QString out = m_temp.path(QStringLiteral("opened"));
    QProcess sevenZip;
    sevenZip.start(QStringLiteral("7z"),
                   {QStringLiteral("x"), QStringLiteral("-p") + phrase, QStringLiteral("-o") + out, pack()});
    sevenZip.closeWriteChannel();
    ASSERT_TRUE(sevenZip.waitForFinished(60000));
    ASSERT_EQ(sevenZip.exitCode(), 0) << sevenZip.readAll().toStdString();
    sevenZip.start(QStringLiteral("7z"),
                   {QStringLiteral("x"), QStringLiteral("-o") + out + QStringLiteral("/inner"),
                    out + QStringLiteral("/referral-pack.zip")});
    sevenZip.closeWriteChannel();
    ASSERT_TRUE(sevenZip.waitForFinished(60000));
    ASSERT_EQ(sevenZip.exitCode(), 0) << sevenZip.readAll().toStdString();
    EXPECT_TRUE(fileBytes(out + QStringLiteral("/inner/referral.pdf")).startsWith("%PDF-"));
    EXPECT_TRUE(fileBytes(out + QStringLiteral("/inner/referral.json")).contains("Nguy"));
}

TEST_F(PackCliTest, NoEncryptWarnsAndWritesAPlainPack)
{
    const CliResult exported = dslRun(exportArgs(pupilWithVoice, pack(), {QStringLiteral("--no-encrypt")}));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(QStringLiteral("NOT encrypted"))) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(QStringLiteral("in person on an encrypted USB stick")));
    EXPECT_TRUE(exported.out.contains(QStringLiteral("(NOT encrypted)")));
    EXPECT_TRUE(passphraseIn(exported.out).isEmpty());
    EXPECT_FALSE(exported.out.contains(QStringLiteral("Passphrase")));
    EXPECT_TRUE(fileBytes(pack()).contains("referral.json"));
    const CliResult verified = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack()});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Encrypted:        no")));
    EXPECT_FALSE(verified.err.contains(QStringLiteral("Passphrase")));
    EXPECT_TRUE(auditEntries(*open(), QStringLiteral("referral.export"))
                    .first()
                    .details.contains(QStringLiteral("not encrypted")));
}

TEST_F(PackCliTest, VerifyRefusesAZipBombWithExitThreeNamingTheFile)
{
    // Made as an attacker would, with another tool: 8 MiB of zeros deflated to a few KiB; then the same entry
    // declaring 2 GiB.
    const QString bomb = pack("bomb.zip");
    const QString script =
        QStringLiteral("import sys, zipfile, struct\n"
                       "path, declared = sys.argv[1], int(sys.argv[2])\n"
                       "with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:\n"
                       "    z.writestr('referral.json', '{}')\n"
                       "    z.writestr('referral.pdf', bytes(8 << 20))\n"
                       "if declared:\n"
                       "    data = bytearray(open(path, 'rb').read())\n"
                       "    local = data.index(b'PK\\x03\\x04', 1)\n"
                       "    central = data.index(b'PK\\x01\\x02', data.index(b'PK\\x01\\x02') + 1)\n"
                       "    struct.pack_into('<I', data, local + 22, declared)\n"
                       "    struct.pack_into('<I', data, central + 24, declared)\n"
                       "    open(path, 'wb').write(data)\n");
    for (const auto& [declared, expected] : {std::pair{0LL, QStringLiteral("zip bomb")},
                                             std::pair{0x80000000LL, QStringLiteral("expands to 2.0 GiB")}}) {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"), script, bomb, QString::number(declared)});
        ASSERT_TRUE(python.waitForFinished(60000));
        ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        ASSERT_LT(QFileInfo(bomb).size(), 64 * 1024);
        const CliResult refused = runCli({QStringLiteral("pack"), QStringLiteral("verify"), bomb});
        EXPECT_EQ(refused.exitCode, 3) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("referral.pdf: "))) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(expected)) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("failed its checks"))) << refused.err.toStdString();
    }
}

// Text from standard input follows every secret on it: the vault password, then the pack's passphrase, then
// the narrative.
TEST_F(PackCliTest, APacksNarrativeComesFromStandardInputAfterThePassword)
{
    // The passphrase is generated, never read: standard input is the vault password, then the text.
    QStringList args = exportArgs(pupilWithVoice, pack(), {QStringLiteral("--worried-file"), QStringLiteral("-")});
    args.remove(args.indexOf(QStringLiteral("--worried")), 2); // the worries come from standard input instead
    const CliResult exported =
        dslRun(args, QStringLiteral("Bruising seen twice this month.\nShe is afraid of going home.\n"));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_FALSE(exported.err.contains(QStringLiteral("--worried was visible")))
        << exported.err.toStdString();
    const CliResult verified =
        runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack()}, line(passphraseIn(exported.out)));
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
}

TEST_F(PackCliTest, StaffCannotExportAPack)
{
    QStringList args = exportArgs(pupilWithVoice, pack());
    args[4] = QStringLiteral("sam");
    const CliResult refused = runCli(args, line(staffPassword));
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("export"))) << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pack()));
}

TEST_F(PackCliTest, VerifyingAMissingFileIsAUsageError)
{
    const CliResult missing = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack("nowhere.zip")});
    EXPECT_EQ(missing.exitCode, 1);
}

} // namespace
