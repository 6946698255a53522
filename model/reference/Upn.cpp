#include "reference/Upn.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "reference/IdentifierText.h"

namespace lantern {

namespace {

constexpr qsizetype kUpnLength = 13;

// I, O and S are left out so that they cannot be mistaken for 1, 0 and 5.
constexpr QStringView kAlphabet = u"ABCDEFGHJKLMNPQRTUVWXYZ";

struct LaRange {
    int first;
    int last;
};

// CIN census rule 1530: post-April-1998 LA numbers and recognised pseudo-LA numbers (see upn.md).
constexpr LaRange kKnownLaCodes[] = {
    {1, 5},     {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
    {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 815},
    {816, 816}, {820, 823}, {825, 825}, {826, 826}, {830, 830}, {831, 831}, {835, 841}, {845, 845},
    {846, 846}, {850, 852}, {855, 857}, {860, 860}, {861, 861}, {865, 896}, {908, 908}, {909, 909},
    {916, 916}, {919, 919}, {921, 921}, {925, 925}, {926, 926}, {928, 928}, {929, 929}, {931, 931},
    {933, 933}, {935, 938}, {940, 940}, {941, 941},
};

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

QString digits(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QChar(u'0'));
}

void requireRange(const char* what, int value, int first, int last)
{
    if (value < first || value > last)
        throw Error(ErrorKind::InvalidInput, ModelText::tr("A UPN's %1 must be from %2 to %3, not %4.")
                                                 .arg(QString::fromLatin1(what))
                                                 .arg(first)
                                                 .arg(last)
                                                 .arg(value));
}

} // namespace

QString normalizeUpn(const QString& input)
{
    return input.trimmed().toUpper();
}

QChar upnCheckLetter(QStringView lastTwelve)
{
    if (lastTwelve.size() != kUpnLength - 1)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < lastTwelve.size(); ++i) {
        const QChar c = lastTwelve[i];
        int value = 0;
        if (isAsciiDigit(c))
            value = c.unicode() - u'0';
        else if (i == lastTwelve.size() - 1 && kAlphabet.contains(c))
            value = static_cast<int>(kAlphabet.indexOf(c));
        else
            return {};
        // Weights follow the character's position in the whole UPN: the first of these twelve is position 2.
        sum += value * static_cast<int>(i + 2);
    }
    return kAlphabet[sum % 23];
}

std::optional<QString> upnProblem(const QString& input)
{
    const QString upn = normalizeUpn(input);
    if (upn.isEmpty())
        return ModelText::tr("The UPN is empty.");
    if (upn.size() != kUpnLength)
        return ModelText::tr("UPN %1 must be 13 characters; it has %2.")
            .arg(shownInMessage(upn))
            .arg(upn.size());
    if (!isAsciiUpper(upn[0]))
        return ModelText::tr("UPN %1 must start with a letter (its check letter), not \u201C%2\u201D.")
            .arg(upn, upn[0]);
    for (qsizetype i = 1; i < kUpnLength - 1; ++i) {
        if (!isAsciiDigit(upn[i]))
            return ModelText::tr(
                       "UPN %1: character %2 is \u201C%3\u201D, but characters 2 to 12 must be digits.")
                .arg(upn)
                .arg(i + 1)
                .arg(upn[i]);
    }
    const QChar last = upn[kUpnLength - 1];
    if (!isAsciiDigit(last) && !kAlphabet.contains(last)) {
        if (isAsciiUpper(last))
            return ModelText::tr(
                       "UPN %1 ends in \u201C%2\u201D; a temporary UPN may end in any letter except I, "
                       "O or S.")
                .arg(upn, last);
        return ModelText::tr(
                   "UPN %1 ends in \u201C%2\u201D; the last character must be a digit (or a letter, "
                   "in a temporary UPN).")
            .arg(upn, last);
    }
    const QChar expected = upnCheckLetter(QStringView(upn).mid(1));
    if (upn[0] != expected)
        return ModelText::tr(
                   "UPN %1: the check letter should be %2, not %3. Check the UPN was copied correctly.")
            .arg(upn, expected, upn[0]);
    return std::nullopt;
}

bool isTemporaryUpn(const QString& input)
{
    const QString upn = normalizeUpn(input);
    return isValidUpn(upn) && isAsciiUpper(upn[kUpnLength - 1]);
}

bool isKnownLaCode(int laCode)
{
    for (const LaRange& range : kKnownLaCodes) {
        if (laCode >= range.first && laCode <= range.last)
            return true;
    }
    return false;
}

std::optional<QString> upnLaCodeProblem(const QString& input)
{
    const QString upn = normalizeUpn(input);
    if (!isValidUpn(upn))
        return std::nullopt;
    const QString la = upn.mid(1, 3);
    if (isKnownLaCode(la.toInt()))
        return std::nullopt;
    return ModelText::tr(
               "UPN %1: %2 is not a local authority number the DfE uses, so the UPN may be made up or "
               "mistyped, though its check letter is right.")
        .arg(upn, la);
}

QString makeUpn(int laCode, int establishment, int year2, int serial)
{
    requireRange("LA number", laCode, 0, 999);
    requireRange("establishment number", establishment, 0, 9999);
    requireRange("year", year2, 0, 99);
    requireRange("serial number", serial, 0, 999);
    const QString rest = digits(laCode, 3) + digits(establishment, 4) + digits(year2, 2) + digits(serial, 3);
    return upnCheckLetter(rest) + rest;
}

QString makeTemporaryUpn(int laCode, int establishment, int year2, int serial2, QChar letter)
{
    requireRange("LA number", laCode, 0, 999);
    requireRange("establishment number", establishment, 0, 9999);
    requireRange("year", year2, 0, 99);
    requireRange("temporary serial number", serial2, 0, 99);
    if (!kAlphabet.contains(letter))
        throw Error(ErrorKind::InvalidInput,
                    ModelText::tr(
                        "A temporary UPN ends in a capital letter other than I, O or S, not \u201C%1\u201D.")
                        .arg(letter));
    const QString rest =
        digits(laCode, 3) + digits(establishment, 4) + digits(year2, 2) + digits(serial2, 2) + letter;
    return upnCheckLetter(rest) + rest;
}

} // namespace lantern
