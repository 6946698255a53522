#include "import/CsvRosterReader.h"

#include "core/ModelText.h"
#include "reference/CodeList.h"

#include <QRegularExpression>
#include <map>

namespace lantern {

namespace {

using Column = CsvRosterReader::Column;

struct Alias {
    const char* key; // lower case, letters and digits only
    Column column;
    int rank; // when two headings give the same column, the lower rank (the more specific name) is used
};

const Alias aliases[] = {
    {"upn", Column::Upn, 0},
    {"uniquepupilnumber", Column::Upn, 0},
    {"legalsurname", Column::LegalSurname, 0},
    {"surname", Column::LegalSurname, 1},
    {"lastname", Column::LegalSurname, 2},
    {"legalforename", Column::LegalForename, 0},
    {"forename", Column::LegalForename, 1},
    {"firstname", Column::LegalForename, 2},
    {"middlenames", Column::MiddleNames, 0},
    {"middlename", Column::MiddleNames, 1},
    {"preferredsurname", Column::PreferredSurname, 0},
    {"preferredforename", Column::PreferredForename, 0},
    {"preferredname", Column::PreferredForename, 1},
    {"knownas", Column::PreferredForename, 2},
    {"dateofbirth", Column::DateOfBirth, 0},
    {"dob", Column::DateOfBirth, 1},
    {"sex", Column::Sex, 0},
    {"gender", Column::Sex, 1},
    {"ethnicity", Column::Ethnicity, 0},
    {"ethnicitycode", Column::Ethnicity, 1},
    {"firstlanguage", Column::FirstLanguage, 0},
    {"language", Column::FirstLanguage, 1},
    {"yeargroup", Column::YearGroup, 0},
    {"ncyear", Column::YearGroup, 1},
    {"ncyearactual", Column::YearGroup, 1},
    {"year", Column::YearGroup, 2},
    {"registrationgroup", Column::RegistrationGroup, 0},
    {"reggroup", Column::RegistrationGroup, 1},
    {"reg", Column::RegistrationGroup, 2},
    {"form", Column::RegistrationGroup, 3},
    {"tutorgroup", Column::RegistrationGroup, 3},
    {"senstatus", Column::SenStatus, 0},
    {"senprovision", Column::SenStatus, 1},
    {"sen", Column::SenStatus, 2},
    {"fsm", Column::Fsm, 0},
    {"freeschoolmeals", Column::Fsm, 1},
    {"lookedafter", Column::LookedAfter, 0},
    {"incare", Column::LookedAfter, 1},
    {"cla", Column::LookedAfter, 2},
    {"postcode", Column::Postcode, 0},
    {"address", Column::Address, 0},
    {"nhsnumber", Column::NhsNumber, 0},
    {"admissiondate", Column::AdmissionDate, 0},
    {"dateofadmission", Column::AdmissionDate, 1},
};

QString headingKey(const QString& heading)
{
    QString key;
    for (const QChar c : heading) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QString sexCode(const QString& text)
{
    const QString value = text.toUpper();
    if (value == QLatin1String("MALE"))
        return QStringLiteral("M");
    if (value == QLatin1String("FEMALE"))
        return QStringLiteral("F");
    if (value == QLatin1String("UNKNOWN"))
        return QStringLiteral("U");
    return value;
}

// A code, or the label of one (MIS exports sometimes write "White British" for WBRI), matched without regard
// to case; anything else is returned as typed for the validator to name.
QString codeOrLabel(const QString& text, std::initializer_list<const char*> lists)
{
    const QString upper = text.toUpper();
    for (const char* name : lists) {
        const CodeList& list = CodeList::get(QString::fromLatin1(name));
        if (list.contains(upper))
            return upper;
        for (const Code& code : list.all()) {
            if (code.label.compare(text, Qt::CaseInsensitive) == 0)
                return code.code;
        }
    }
    return upper;
}

QString senCode(const QString& text)
{
    const QString key = headingKey(text);
    if (key == QLatin1String("ehcp") || key == QLatin1String("ehcplan") || key == QLatin1String("ehc"))
        return QStringLiteral("E");
    if (key == QLatin1String("sensupport"))
        return QStringLiteral("K");
    if (key == QLatin1String("none") || key == QLatin1String("nosen"))
        return QStringLiteral("N");
    return codeOrLabel(text, {"sen-provision"});
}

QString yearGroup(const QString& text)
{
    static const QRegularExpression prefix(QStringLiteral("^(year|yr|y)\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString value = text;
    value.remove(prefix);
    return value.toUpper();
}

} // namespace

CsvRosterReader::CsvRosterReader(QIODevice& device, const QDate& today)
    : RosterReader(device, today)
{}

int CsvRosterReader::peekByte()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_input.read();
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvRosterReader::getByte()
{
    const int byte = peekByte();
    if (byte >= 0)
        ++m_pos;
    if (byte == '\n')
        ++m_line;
    return byte;
}

bool CsvRosterReader::readRecord(QList<QByteArray>& fields, qint64& startLine)
{
    fields.clear();
    startLine = m_line;
    QByteArray field;
    bool inQuotes = false;
    bool any = false;
    qint64 quoteLine = 0;
    for (;;) {
        const int byte = getByte();
        if (byte < 0) {
            if (fatalProblem())
                return false;
            if (inQuotes) {
                fail(quoteLine,
                     ModelText::tr("Line %1: a field starts with a quote (\") that is never closed.")
                         .arg(quoteLine));
                return false;
            }
            if (!any)
                return false;
            fields.append(field);
            return true;
        }
        any = true;
        if (inQuotes) {
            if (byte == '"') {
                if (peekByte() == '"') {
                    getByte();
                    field.append('"');
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(static_cast<char>(byte));
            }
        } else if (byte == '"' && field.isEmpty()) {
            inQuotes = true;
            quoteLine = m_line;
        } else if (byte == ',') {
            fields.append(field);
            field.clear();
            if (fields.size() > maxFields) {
                fail(startLine,
                     ModelText::tr("Line %1 has more than %2 fields.").arg(startLine).arg(maxFields));
                return false;
            }
        } else if (byte == '\r' || byte == '\n') {
            if (byte == '\r' && peekByte() == '\n')
                getByte();
            fields.append(field);
            return true;
        } else {
            field.append(static_cast<char>(byte));
        }
        if (field.size() > maxFieldBytes) {
            fail(startLine, ModelText::tr("Line %1: a field is longer than %2 characters; is a closing quote "
                                          "missing?")
                                .arg(startLine)
                                .arg(maxFieldBytes));
            return false;
        }
    }
}

bool CsvRosterReader::readHeader()
{
    m_headerRead = true;
    QList<QByteArray> fields;
    qint64 line = 0;
    do {
        if (!readRecord(fields, line)) {
            if (!fatalProblem())
                fail(1,
                     ModelText::tr("The file is empty: a roster CSV needs a header row naming its columns."));
            return false;
        }
    } while (fields.size() == 1 && fields.first().trimmed().isEmpty());
    m_headerSize = fields.size();
    std::map<Column, std::pair<int, int>> chosen; // column → (field index, rank)
    QStringList ignored;
    for (int i = 0; i < fields.size(); ++i) {
        const QString heading = QString::fromUtf8(fields[i]).trimmed();
        const QString key = headingKey(heading);
        const Alias* found = nullptr;
        for (const Alias& alias : aliases) {
            if (key == QLatin1String(alias.key)) {
                found = &alias;
                break;
            }
        }
        if (!found) {
            if (!heading.isEmpty())
                ignored.append(heading);
            continue;
        }
        const auto existing = chosen.find(found->column);
        if (existing != chosen.end()) {
            if (existing->second.second <= found->rank) {
                ignored.append(heading);
                continue;
            }
            ignored.append(QString::fromUtf8(fields[existing->second.first]).trimmed());
        }
        chosen[found->column] = {i, found->rank};
    }
    if (chosen.find(Column::Upn) == chosen.end()) {
        fail(line,
             ModelText::tr("Line %1: the header has no UPN column; the import matches pupils by UPN, so "
                           "every row needs one.")
                 .arg(line));
        return false;
    }
    for (const auto& [column, where] : chosen)
        m_columns.insert(where.first, column);
    if (!ignored.isEmpty())
        note(QStringLiteral("Columns not imported: %1.").arg(ignored.join(QStringLiteral(", "))));
    return true;
}

std::optional<RosterRecord> CsvRosterReader::next()
{
    if (!m_headerRead && !readHeader())
        return std::nullopt;
    if (m_fatal)
        return std::nullopt;
    QList<QByteArray> fields;
    qint64 line = 0;
    do {
        if (!readRecord(fields, line))
            return std::nullopt;
    } while (fields.size() == 1 && fields.first().trimmed().isEmpty());
    return mapRow(fields, line);
}

RosterRecord CsvRosterReader::mapRow(const QList<QByteArray>& fields, qint64 line) const
{
    RosterRecord record;
    record.line = line;
    qsizetype used = fields.size();
    while (used > m_headerSize && fields[used - 1].trimmed().isEmpty())
        --used; // a trailing comma or two is a spreadsheet's habit, not a missing column
    if (used != m_headerSize) {
        record.addProblem(line,
                          QStringLiteral("The row has %1 fields but the header has %2; is there a comma in "
                                         "a value that is not in quotes?")
                              .arg(used)
                              .arg(m_headerSize));
    }
    Pupil& pupil = record.pupil;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        if (it.key() >= fields.size())
            continue;
        const QString value = QString::fromUtf8(fields[it.key()]).trimmed();
        switch (it.value()) {
        case Column::Upn:
            pupil.upn = value;
            record.set("upn");
            break;
        case Column::LegalSurname:
            pupil.legalSurname = value;
            record.set("legal_surname");
            break;
        case Column::LegalForename:
            pupil.legalForename = value;
            record.set("legal_forename");
            break;
        case Column::MiddleNames:
            pupil.legalMiddleNames = value;
            record.set("legal_middle_names");
            break;
        case Column::PreferredSurname:
            pupil.preferredSurname = value;
            record.set("preferred_surname");
            break;
        case Column::PreferredForename:
            pupil.preferredForename = value;
            record.set("preferred_forename");
            break;
        case Column::DateOfBirth: {
            record.set("date_of_birth");
            if (value.isEmpty())
                break; // the validator says a date of birth is required
            const ParsedDate parsed = parseRosterDate(QStringLiteral("Date of birth"), value);
            if (!parsed.problem.isEmpty())
                record.addProblem(line, parsed.problem);
            pupil.dateOfBirth = parsed.date;
            break;
        }
        case Column::AdmissionDate: {
            record.set("admission_date");
            if (value.isEmpty()) {
                pupil.admissionDate.reset();
                break;
            }
            const ParsedDate parsed = parseRosterDate(QStringLiteral("Admission date"), value);
            if (!parsed.problem.isEmpty())
                record.addProblem(line, parsed.problem);
            pupil.admissionDate = parsed.date;
            break;
        }
        case Column::Sex:
            if (!value.isEmpty()) {
                pupil.sex = sexCode(value);
                record.set("sex");
            }
            break;
        case Column::Ethnicity:
            if (!value.isEmpty()) {
                pupil.ethnicity = codeOrLabel(value, {"ethnicity-main", "ethnicity-extended"});
                record.set("ethnicity");
            }
            break;
        case Column::FirstLanguage:
            pupil.firstLanguage = value.toUpper();
            record.set("first_language");
            break;
        case Column::YearGroup:
            pupil.yearGroup = yearGroup(value);
            record.set("year_group");
            break;
        case Column::RegistrationGroup:
            pupil.registrationGroup = value;
            record.set("reg_group");
            break;
        case Column::SenStatus:
            if (!value.isEmpty()) {
                pupil.senStatus = senCode(value);
                record.set("sen_status");
            }
            break;
        case Column::Fsm:
        case Column::LookedAfter: {
            if (value.isEmpty())
                break;
            const bool isFsm = it.value() == Column::Fsm;
            const std::optional<bool> flag = parseRosterBool(value);
            if (!flag) {
                record.addProblem(
                    line, QStringLiteral("%1 \u201C%2\u201D is not yes or no.")
                              .arg(isFsm ? QStringLiteral("FSM") : QStringLiteral("Looked after"), value));
                break;
            }
            if (isFsm) {
                pupil.freeSchoolMeals = *flag;
                record.set("fsm");
            } else {
                pupil.lookedAfter = *flag;
                record.set("looked_after");
            }
            break;
        }
        case Column::Postcode:
            pupil.postcode = value;
            record.set("postcode");
            break;
        case Column::Address:
            pupil.address = value;
            record.set("address");
            break;
        case Column::NhsNumber:
            pupil.nhsNumber = value;
            record.set("nhs_number");
            break;
        }
    }
    return record;
}

} // namespace lantern
