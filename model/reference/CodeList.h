#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lantern {

// One entry of a code list: the code stored in records and sent in census-shaped exports, the label people
// read, and any further columns of the list by their header name (e.g. "main_code", "status", "notes").
struct Code {
    QString code;
    QString label;
    QHash<QString, QString> extra;

    QString value(const QString& column) const { return extra.value(column); }
};

// A code list read from Lantern's reference data (resources/codes/NAME.csv). The first column is the code
// (whatever its header says: harm categories call it "id"), the column headed "label" is the label, and every
// other column goes into Code::extra. Codes keep the file's order, which is the order lists are shown in.
class CodeList {
public:
    // The list resources/codes/NAME.csv, e.g. get(QStringLiteral("ethnicity-main")). Read once and cached for
    // the life of the program; safe to call from any thread. A list missing from the program or malformed is
    // a bug in this build, not something a user can fix, so it throws Error(Internal).
    static const CodeList& get(const QString& name);

    // Parses CSV text as a code list; `name` is used only in error messages. Throws Error(InvalidInput) when
    // the header lacks a "label" column, a row has the wrong number of fields, or a code is empty or
    // repeated.
    static CodeList parse(const QString& name, const QString& csvText);

    const QString& name() const { return m_name; }
    bool contains(const QString& code) const { return m_index.contains(code); }
    std::optional<Code> find(const QString& code) const;
    // The label for a code, or an empty string when the code is not in the list.
    QString label(const QString& code) const;
    const QList<Code>& all() const { return m_codes; }
    QStringList codes() const;
    qsizetype size() const { return m_codes.size(); }

private:
    CodeList() = default;

    QString m_name;
    QList<Code> m_codes;
    QHash<QString, qsizetype> m_index;
};

} // namespace lantern
