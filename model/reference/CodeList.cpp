#include "reference/CodeList.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "reference/Csv.h"
#include "reference/ReferenceData.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <map>
#include <memory>

namespace lantern {

namespace {

const QString kLabelColumn = QStringLiteral("label");

QString readResourceText(const QString& name)
{
    initReferenceData();
    QFile file(referenceDataPath(QStringLiteral("codes/%1.csv").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Internal,
                    ModelText::tr("The code list %1 is missing from this build of Lantern.").arg(name));
    return QString::fromUtf8(file.readAll());
}

} // namespace

const CodeList& CodeList::get(const QString& name)
{
    // std::map, not QHash: its nodes never move, so the references handed out stay valid as lists are added.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<const CodeList>> cache;

    const QMutexLocker lock(&mutex);
    if (const auto it = cache.find(name); it != cache.end())
        return *it->second;
    std::unique_ptr<const CodeList> list;
    try {
        list = std::make_unique<const CodeList>(parse(name, readResourceText(name)));
    } catch (const Error& error) {
        // A shipped list that does not parse is Lantern's fault, not the user's.
        throw Error(ErrorKind::Internal, error.message());
    }
    return *cache.emplace(name, std::move(list)).first->second;
}

CodeList CodeList::parse(const QString& name, const QString& csvText)
{
    const QString sourceName = name + QStringLiteral(".csv");
    const QList<CsvRecord> records = parseCsv(csvText, sourceName);
    if (records.isEmpty())
        throw Error(ErrorKind::InvalidInput, ModelText::tr("%1 is empty.").arg(sourceName));

    const QStringList header = records.first().fields;
    const qsizetype labelColumn = header.indexOf(kLabelColumn);
    if (labelColumn < 1)
        throw Error(
            ErrorKind::InvalidInput,
            ModelText::tr("%1: the header must name the code column first and have a \"label\" column.")
                .arg(sourceName));

    CodeList list;
    list.m_name = name;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        if (record.fields.size() != header.size())
            throw Error(ErrorKind::InvalidInput, ModelText::tr("%1, line %2: expected %3 fields, found %4.")
                                                     .arg(sourceName)
                                                     .arg(record.line)
                                                     .arg(header.size())
                                                     .arg(record.fields.size()));
        Code code;
        code.code = record.fields[0].trimmed();
        code.label = record.fields[labelColumn];
        for (qsizetype c = 1; c < header.size(); ++c) {
            if (c != labelColumn)
                code.extra.insert(header[c], record.fields[c]);
        }
        if (code.code.isEmpty())
            throw Error(ErrorKind::InvalidInput,
                        ModelText::tr("%1, line %2: the code is empty.").arg(sourceName).arg(record.line));
        if (list.m_index.contains(code.code))
            throw Error(ErrorKind::InvalidInput, ModelText::tr("%1, line %2: code %3 appears twice.")
                                                     .arg(sourceName)
                                                     .arg(record.line)
                                                     .arg(code.code));
        list.m_index.insert(code.code, list.m_codes.size());
        list.m_codes.append(std::move(code));
    }
    return list;
}

std::optional<Code> CodeList::find(const QString& code) const
{
    const auto it = m_index.constFind(code);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_codes[it.value()];
}

QString CodeList::label(const QString& code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? QString() : m_codes[it.value()].label;
}

QStringList CodeList::codes() const
{
    QStringList result;
    result.reserve(m_codes.size());
    for (const Code& code : m_codes)
        result.append(code.code);
    return result;
}

} // namespace lantern
