// libFuzzer target: a staff submission as `inbox import` reads it (model/submit/InboxImporter.cpp): the
// sealed file opened with the vault's key pair, the signature checked, the payload parsed and its content
// read, its children matched to a small roll (RosterMatcher), and checked as a concern or a concern about an
// adult; what parses must also save and parse again. Every path is reached from the input's own bytes:
//   - a file that starts with "LNTNSUB1" is opened as a submission file (sealed to fuzzVaultKeys());
//   - other bytes that name "lantern-signed-submission" are a signed envelope: the fuzzer seals them to the
//     vault's key itself, then opens them, so the envelope's parsing is fuzzed past the seal;
//   - anything else is a payload (SubmissionPayload::parse), which a seal rarely lets a mutation reach.
// The seed corpus (tests/fuzz/corpus/InboxSubmissionFuzzer/) is written by FuzzCorpusMaker.
#include "FuzzKeys.h"
#include "FuzzSupport.h"
#include "adults/AdultsStore.h"
#include "records/ConcernValidator.h"
#include "submit/RosterMatcher.h"
#include "submit/Submission.h"
#include "text/PlainText.h"

#include <QDateTime>
#include <optional>
#include <sodium.h>

namespace {

using namespace lantern;

void checkConcern(const SubmittedConcern& submitted)
{
    // The importer matches each child to a pupil, then records the concern, which the validator checks.
    static const RosterMatcher matcher({{1, QStringLiteral("Daisy Morris"), QStringLiteral("Year 2")},
                                        {2, QStringLiteral("Alfie Turner"), QStringLiteral("Year 3")},
                                        {3, QStringLiteral("Zoë O’Brien-Łukasz"), QString()}});
    QList<ConcernChild> children;
    for (qsizetype i = 0; i < submitted.children.size(); ++i) {
        static_cast<void>(matcher.candidates(submitted.children.at(i)));
        children.append(ConcernChild{i + 1, submitted.children.at(i).role, {}, {}});
    }
    static const ConcernValidator validator(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    static_cast<void>(validator.checked(submitted.withChildren(children)));
}

void checkAdultConcern(const SubmittedAdultConcern& submitted)
{
    const std::optional<AdultRole> role = adultRoleFromName(submitted.adultRole);
    if (!role)
        return;
    static_cast<void>(adults::checkedDetails(AdultDetails{submitted.adultName, *role, std::nullopt}));
    static_cast<void>(
        checkedText(tidy(submitted.account), QLatin1String("account"), QStringLiteral("Account"), 20000));
}

void readPayload(const QByteArray& bytes)
{
    std::optional<SubmissionPayload> payload;
    fuzz::refusing([&] { payload = SubmissionPayload::parse(bytes, QStringLiteral("the submission")); });
    if (!payload)
        return;
    fuzz::mustLoadAgain("A payload",
                        [&] { SubmissionPayload::parse(payload->toBytes(), QStringLiteral("again")); });
    // The importer reads the content by its kind; both readers are given every content here.
    std::optional<SubmittedConcern> concern;
    fuzz::refusing([&] { concern = concernFromContent(payload->content, QStringLiteral("the concern")); });
    if (concern) {
        fuzz::mustLoadAgain(
            "A concern", [&] { concernFromContent(concernContentJson(*concern), QStringLiteral("again")); });
        fuzz::refusing([&] { checkConcern(*concern); });
    }
    std::optional<SubmittedAdultConcern> adult;
    fuzz::refusing([&] {
        adult = adultConcernFromContent(payload->content, QStringLiteral("the concern about an adult"));
    });
    if (adult) {
        fuzz::mustLoadAgain("A concern about an adult", [&] {
            adultConcernFromContent(adultConcernContentJson(*adult), QStringLiteral("again"));
        });
        fuzz::refusing([&] { checkAdultConcern(*adult); });
    }
}

void openFile(const QByteArray& file)
{
    const fuzz::FuzzVaultKeys& keys = fuzz::fuzzVaultKeys();
    std::optional<SealedSubmission::Opened> opened;
    fuzz::refusing([&] { opened = SealedSubmission::open(file, keys.publicKey, keys.secretKey); });
    if (!opened)
        return;
    // The importer stops at a bad signature; the payload is read anyway, as a forged one would be.
    static_cast<void>(opened->isSignedBy(fuzz::fuzzStaffKey().publicKey()));
    static_cast<void>(opened->isSignedBy(opened->payloadBytes.left(32)));
    readPayload(opened->payloadBytes);
}

QByteArray sealed(const QByteArray& envelope)
{
    QByteArray box(envelope.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(box.data()),
                    reinterpret_cast<const unsigned char*>(envelope.constData()),
                    static_cast<unsigned long long>(envelope.size()),
                    reinterpret_cast<const unsigned char*>(fuzz::fuzzVaultKeys().publicKey.constData()));
    return SealedSubmission::magic() + box;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    if (bytes.startsWith(SealedSubmission::magic()))
        openFile(bytes);
    else if (bytes.contains("lantern-signed-submission"))
        openFile(sealed(bytes));
    else
        readPayload(bytes);
    return 0;
}
