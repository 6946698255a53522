#include "import/RosterInput.h"

namespace lantern {

QString notUtf8Message(qint64 line)
{
    return QStringLiteral(
               "The file is not UTF-8 (line %1): save it as UTF-8 (\u201CCSV UTF-8\u201D in Excel) from "
               "your MIS and import it again.")
        .arg(line);
}

RosterInput::RosterInput(QIODevice& device)
    : m_device(device)
    , m_total(device.isSequential() ? 0 : device.size())
{}

QByteArray RosterInput::read()
{
    if (m_atEnd || m_problem)
        return {};
    QByteArray bytes = m_device.read(chunkSize);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        if (m_need > 0)
            m_problem = RosterProblem{m_line, notUtf8Message(m_line)};
        return {};
    }
    m_bytesRead += bytes.size();
    m_hash.addData(bytes);
    if (m_first) {
        m_first = false;
        const auto at = [&bytes](qsizetype i) {
            return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0;
        };
        if ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF)) {
            m_problem = RosterProblem{
                1, QStringLiteral(
                       "The file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8: save "
                       "it as UTF-8 (\u201CCSV UTF-8\u201D in Excel) from your MIS and import it again.")};
            return {};
        }
        if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF)
            bytes.remove(0, 3);
    }
    const qsizetype valid = validate(bytes);
    if (valid < bytes.size())
        bytes.truncate(valid);
    return bytes;
}

qsizetype RosterInput::validate(const QByteArray& bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (m_need > 0) {
            if (byte < m_low || byte > m_high) {
                m_problem = RosterProblem{m_line, notUtf8Message(m_line)};
                return i;
            }
            --m_need;
            m_low = 0x80;
            m_high = 0xBF;
            continue;
        }
        if (byte < 0x80) {
            if (byte == '\n')
                ++m_line;
            continue;
        }
        if (byte >= 0xC2 && byte <= 0xDF) {
            m_need = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            m_need = 2;
            if (byte == 0xE0)
                m_low = 0xA0;
            else if (byte == 0xED)
                m_high = 0x9F;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            m_need = 3;
            if (byte == 0xF0)
                m_low = 0x90;
            else if (byte == 0xF4)
                m_high = 0x8F;
        } else {
            m_problem = RosterProblem{m_line, notUtf8Message(m_line)};
            return i;
        }
    }
    return size;
}

} // namespace lantern
