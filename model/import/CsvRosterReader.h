#pragma once

#include "import/RosterReader.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace lantern {

// A roster as a CSV file with a header row (RFC 4180: comma-separated, fields in double quotes when they hold
// commas, quotes or line breaks, "" for a quote inside one). Read a record at a time from the device.
//
// Documented column names (any case; spaces, underscores and hyphens are ignored), with the headings MIS
// exports use accepted as well:
//   UPN                                          (required: the import matches pupils by UPN)
//   Legal Surname       also Surname, Last Name
//   Legal Forename      also Forename, First Name
//   Middle Names        also Middle Name
//   Preferred Surname
//   Preferred Forename  also Preferred Name, Known As
//   Date of Birth       also DOB            (DD/MM/YYYY or YYYY-MM-DD)
//   Sex                 also Gender         (M, F, U or Male, Female, Unknown)
//   Ethnicity           also Ethnicity Code (a DfE code such as WBRI, or its label)
//   First Language      also Language
//   Year Group          also Year, NC Year, NCyearActual
//   Registration Group  also Reg, Reg Group, Form, Tutor Group
//   SEN Status          also SEN, SEN Provision (N, K, E, or their labels)
//   FSM                 also Free School Meals (yes/no, true/false, Y/N, 1/0)
//   Looked After        also In Care, CLA   (yes/no)
//   Postcode            also Post Code
//   Address
//   NHS Number
//   Admission Date      also Date of Admission
// Other columns are ignored (and listed in notes()). A column that is present but empty in a row leaves a
// code (sex, ethnicity, SEN, FSM, looked after) as it is, and clears a text field.
class CsvRosterReader final : public RosterReader {
public:
    CsvRosterReader(QIODevice& device, const QDate& today);

    std::optional<RosterRecord> next() override;

    // Longest field accepted: a real roster cell is short, and an unclosed quote would otherwise swallow the
    // rest of the file into one field.
    static constexpr qsizetype maxFieldBytes = 64 * 1024;
    static constexpr qsizetype maxFields = 2000;

    enum class Column {
        Upn,
        LegalSurname,
        LegalForename,
        MiddleNames,
        PreferredSurname,
        PreferredForename,
        DateOfBirth,
        Sex,
        Ethnicity,
        FirstLanguage,
        YearGroup,
        RegistrationGroup,
        SenStatus,
        Fsm,
        LookedAfter,
        Postcode,
        Address,
        NhsNumber,
        AdmissionDate,
    };

private:
    int getByte();
    int peekByte();
    // The fields of the next record; false at the end of the file or at a fatal problem.
    bool readRecord(QList<QByteArray>& fields, qint64& startLine);
    bool readHeader();
    RosterRecord mapRow(const QList<QByteArray>& fields, qint64 line) const;

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_headerRead = false;
    qsizetype m_headerSize = 0;
    QHash<int, Column> m_columns; // field index → column
};

} // namespace lantern
