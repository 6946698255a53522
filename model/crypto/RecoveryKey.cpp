#include "crypto/RecoveryKey.h"

#include "core/Error.h"
#include "core/ModelText.h"

#include <QStringList>
#include <utility>
#include <vector>

namespace lantern {

namespace {

constexpr int dataPerGroup = RecoveryKey::groupLength - 1;
constexpr int dataSymbols = RecoveryKey::groupCount * dataPerGroup; // 32 symbols × 5 bits = 160 bits
constexpr int typedSymbols = RecoveryKey::groupCount * RecoveryKey::groupLength;
static_assert(dataSymbols * 5 == RecoveryKey::secretBytes * 8);

constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

// Crockford decoding, with its aliases for the letters people confuse with digits. -1 if not a symbol.
int symbolValue(QChar c)
{
    const char32_t u = QChar::toUpper(static_cast<char32_t>(c.unicode()));
    if (u == u'I' || u == u'L')
        return 1;
    if (u == u'O')
        return 0;
    for (int value = 0; value < 32; ++value)
        if (static_cast<char32_t>(alphabet[value]) == u)
            return value;
    return -1;
}

// Multiplication in GF(32) with the primitive polynomial x^5 + x^2 + 1.
int gfMultiply(int a, int b)
{
    int product = 0;
    for (; b; b >>= 1) {
        if (b & 1)
            product ^= a;
        a <<= 1;
        if (a & 0x20)
            a ^= 0x25;
    }
    return product;
}

// check = Σ α^(i+1)·dᵢ + α^5·(position+1) over GF(32). Each term has a distinct non-zero weight, so any one
// changed character and any swap of two different characters changes the sum; the position term differs for
// every group, so a whole group typed in the wrong place fails too.
int checkSymbol(const int* data, int position)
{
    int check = 0;
    int weight = 2; // α
    for (int i = 0; i < dataPerGroup; ++i) {
        check ^= gfMultiply(weight, data[i]);
        weight = gfMultiply(weight, 2);
    }
    return check ^ gfMultiply(weight, position + 1);
}

// 20 bytes → 32 five-bit symbols, most significant bit first.
void toSymbols(const SecureBytes& secret, SecureBytes& symbols)
{
    for (int index = 0; index < dataSymbols; ++index) {
        int value = 0;
        for (int bit = 0; bit < 5; ++bit) {
            const int position = index * 5 + bit;
            const int set = (secret.data()[position / 8] >> (7 - position % 8)) & 1;
            value = (value << 1) | set;
        }
        symbols.data()[index] = static_cast<unsigned char>(value);
    }
}

SecureBytes fromSymbols(const SecureBytes& symbols)
{
    SecureBytes secret(RecoveryKey::secretBytes);
    for (int index = 0; index < dataSymbols; ++index)
        for (int bit = 0; bit < 5; ++bit)
            if ((symbols.data()[index] >> (4 - bit)) & 1) {
                const int position = index * 5 + bit;
                secret.data()[position / 8] |= static_cast<unsigned char>(0x80 >> (position % 8));
            }
    return secret;
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(ErrorKind::InvalidInput, message);
}

QString groupList(const std::vector<int>& groups)
{
    QStringList numbers;
    for (int group : groups)
        numbers.append(QString::number(group));
    if (numbers.size() == 1)
        return QStringLiteral("Group %1 of the recovery key is mistyped").arg(numbers.first());
    const QString last = numbers.takeLast();
    return QStringLiteral("Groups %1 and %2 of the recovery key are mistyped")
        .arg(numbers.join(QStringLiteral(", ")), last);
}

} // namespace

RecoveryKey::RecoveryKey(SecureBytes secret)
    : m_secret(std::move(secret))
    , m_text(static_cast<std::size_t>(typedSymbols + groupCount - 1))
{
    SecureBytes symbols(dataSymbols);
    toSymbols(m_secret, symbols);
    std::size_t out = 0;
    for (int group = 0; group < groupCount; ++group) {
        int data[dataPerGroup];
        for (int i = 0; i < dataPerGroup; ++i) {
            data[i] = symbols.data()[group * dataPerGroup + i];
            m_text.data()[out++] = static_cast<unsigned char>(alphabet[data[i]]);
        }
        m_text.data()[out++] = static_cast<unsigned char>(alphabet[checkSymbol(data, group)]);
        if (group + 1 < groupCount)
            m_text.data()[out++] = '-';
    }
}

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(SecureBytes::random(secretBytes));
}

QString RecoveryKey::text() const
{
    return QString::fromLatin1(reinterpret_cast<const char*>(m_text.data()),
                               static_cast<qsizetype>(m_text.size()));
}

SecureBytes RecoveryKey::parse(const QString& typed)
{
    // One pass over the characters: values go straight into secure memory; separators only mark where the
    // person thought a group ended, which helps say which group is short or long.
    SecureBytes values(typedSymbols);
    int count = 0;
    std::vector<int> runLengths;
    int run = 0;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2013') {
            if (run > 0)
                runLengths.push_back(std::exchange(run, 0));
            continue;
        }
        const int value = symbolValue(c);
        if (value < 0)
            invalid(
                ModelText::tr("Group %1 of the recovery key contains a character that recovery keys never "
                              "use. They use only the digits 0–9 and the letters A–Z (never U).")
                    .arg(count / groupLength + 1));
        if (count < typedSymbols)
            values.data()[count] = static_cast<unsigned char>(value);
        ++count;
        ++run;
    }
    if (run > 0)
        runLengths.push_back(run);

    if (count != typedSymbols) {
        if (static_cast<int>(runLengths.size()) == groupCount) {
            for (int group = 0; group < groupCount; ++group)
                if (runLengths[static_cast<std::size_t>(group)] != groupLength)
                    invalid(
                        ModelText::tr("Group %1 of the recovery key has %2 characters; every group has %3.")
                            .arg(group + 1)
                            .arg(runLengths[static_cast<std::size_t>(group)])
                            .arg(groupLength));
        }
        invalid(ModelText::tr("A recovery key has %1 groups of %2 characters (%3 in all); this one has %4 "
                              "characters in %5 groups.")
                    .arg(groupCount)
                    .arg(groupLength)
                    .arg(typedSymbols)
                    .arg(count)
                    .arg(runLengths.size()));
    }

    SecureBytes symbols(dataSymbols);
    std::vector<int> mistyped;
    for (int group = 0; group < groupCount; ++group) {
        int data[dataPerGroup];
        for (int i = 0; i < dataPerGroup; ++i) {
            data[i] = values.data()[group * groupLength + i];
            symbols.data()[group * dataPerGroup + i] = static_cast<unsigned char>(data[i]);
        }
        if (checkSymbol(data, group) != values.data()[group * groupLength + dataPerGroup])
            mistyped.push_back(group + 1);
    }
    if (!mistyped.empty())
        invalid(groupList(mistyped) +
                ModelText::tr(": check it against the printed key, character by character."));
    return fromSymbols(symbols);
}

} // namespace lantern
