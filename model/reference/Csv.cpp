#include "reference/Csv.h"

#include "core/Error.h"
#include "core/ModelText.h"

namespace lantern {

namespace {

constexpr QChar kQuote = u'"';
constexpr QChar kComma = u',';
constexpr QChar kCr = u'\r';
constexpr QChar kLf = u'\n';

[[noreturn]] void malformed(const QString& sourceName, int line, const QString& what)
{
    throw Error(ErrorKind::InvalidInput,
                ModelText::tr("%1, line %2: %3").arg(sourceName).arg(line).arg(what));
}

// Walks the text once, keeping only the state RFC 4180 needs: the current field, whether it is quoted, and
// the line count (which advances inside quoted fields too, so reported lines match an editor's).
class CsvReader {
public:
    CsvReader(QStringView text, const QString& sourceName)
        : m_text(text)
        , m_sourceName(sourceName)
    {
        if (m_text.startsWith(QChar(0xFEFF)))
            m_text = m_text.mid(1);
    }

    QList<CsvRecord> read()
    {
        while (m_pos < m_text.size()) {
            if (atLineEnd()) {
                // A line with nothing on it is not a record.
                skipLineEnd();
                continue;
            }
            readRecord();
        }
        return m_records;
    }

private:
    bool atLineEnd() const { return m_text[m_pos] == kLf || m_text[m_pos] == kCr; }

    void skipLineEnd()
    {
        if (m_text[m_pos] == kCr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf)
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void readRecord()
    {
        CsvRecord record;
        record.line = m_line;
        for (;;) {
            record.fields.append(readField());
            if (m_pos >= m_text.size())
                break;
            if (m_text[m_pos] == kComma) {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            break;
        }
        m_records.append(record);
    }

    // Reads up to (not including) the comma or line end that ends the field.
    QString readField()
    {
        if (m_pos < m_text.size() && m_text[m_pos] == kQuote)
            return readQuotedField();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != kComma && !atLineEnd()) {
            if (m_text[m_pos] == kQuote)
                malformed(m_sourceName, m_line, ModelText::tr("a quote inside an unquoted field."));
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start).toString();
    }

    QString readQuotedField()
    {
        const int startLine = m_line;
        ++m_pos; // opening quote
        QString field;
        for (;;) {
            if (m_pos >= m_text.size())
                malformed(m_sourceName, startLine, ModelText::tr("a quoted field is never closed."));
            const QChar c = m_text[m_pos];
            if (c == kQuote) {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kQuote) {
                    field.append(kQuote);
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                break;
            }
            if (c == kLf || (c == kCr && !(m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf)))
                ++m_line;
            field.append(c);
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] != kComma && !atLineEnd())
            malformed(m_sourceName, m_line, ModelText::tr("text after the closing quote of a field."));
        return field;
    }

    QStringView m_text;
    const QString& m_sourceName;
    qsizetype m_pos = 0;
    int m_line = 1;
    QList<CsvRecord> m_records;
};

} // namespace

QList<CsvRecord> parseCsv(const QString& text, const QString& sourceName)
{
    return CsvReader(text, sourceName).read();
}

QString csvCell(const QString& value)
{
    QString cell = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    const bool needsQuotes =
        cell.contains(kComma) || cell.contains(kQuote) || cell.contains(kLf) || cell.contains(kCr);
    if (!needsQuotes)
        return cell;
    cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return kQuote + cell + kQuote;
}

QByteArray csvDocument(const QStringList& header, const QList<QStringList>& rows)
{
    const QString crlf = QStringLiteral("\r\n");
    auto line = [&crlf](const QStringList& cells) -> QString {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString& cell : cells)
            quoted.append(csvCell(cell));
        return quoted.join(kComma) + crlf;
    };
    QString out = line(header);
    for (const QStringList& row : rows)
        out += line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace lantern
