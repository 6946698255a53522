#pragma once

#include "records/Concern.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace lantern {

// The rules a concern's content must meet, whether it is being recorded or amended, with every stored text
// normalised (TextServices::normalizeForStorage). Messages name the field as the recording form does and say
// what is wrong; they repeat nothing but what the user typed.
class ConcernValidator {
public:
    // `nowUtc` is the vault clock's time. "Today" is the UK date at that moment, as people in school say it.
    explicit ConcernValidator(const QDateTime& nowUtc);

    // A normalised copy of `concern`; throws Error(InvalidInput) naming the first field that is wrong.
    // Pupils are not looked up here (the repository checks they exist).
    NewConcern checked(const NewConcern& concern) const;

    // The field names used in messages, so callers (CLI, dialogs) can point at the same field.
    static QString occurredField() { return QStringLiteral("When it happened"); }

    // The body map as stored (a JSON array of {side, x, y, note}) and back.
    static QString bodyMapJson(const QList<BodyMapMark>& marks);
    static QList<BodyMapMark> bodyMapFromJson(const QString& json);

private:
    QDateTime m_nowUk;
};

} // namespace lantern
