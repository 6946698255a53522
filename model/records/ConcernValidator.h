#pragma once

#include "core/ModelText.h"
#include "records/Concern.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLatin1String>

namespace lantern {

// The identifiers of a concern's fields, carried by the errors about them (Error::field()), so that a form
// can show the message beside the field and focus it.
namespace ConcernField {
inline constexpr QLatin1String occurred{"concern.occurred"};
inline constexpr QLatin1String children{"concern.children"};
inline constexpr QLatin1String categories{"concern.categories"};
inline constexpr QLatin1String account{"concern.account"};
inline constexpr QLatin1String bodyMap{"concern.bodyMap"};
inline constexpr QLatin1String childWords{"concern.childWords"};
inline constexpr QLatin1String location{"concern.location"};
inline constexpr QLatin1String immediateAction{"concern.immediateAction"};
} // namespace ConcernField

// The rules a concern's content must meet, whether it is being recorded or amended, with every stored text
// normalised (TextServices::normalizeForStorage). Messages name the field as the recording form does and say
// what is wrong; they repeat nothing but what the user typed.
class ConcernValidator {
public:
    // `nowUtc` is the vault clock's time. "Today" is the UK date at that moment, as people in school say it.
    explicit ConcernValidator(const QDateTime& nowUtc);

    // More than a class is not one concern (a staff submission naming 20,000 children was accepted once).
    static constexpr int maximumChildren = 40;

    // A normalised copy of `concern`; throws Error(InvalidInput) naming the first field that is wrong.
    // Pupils are not looked up here (the repository checks they exist).
    NewConcern checked(const NewConcern& concern) const;

    // The name of the field in messages ("When it happened: …"), as the recording form labels it.
    static QString occurredField() { return ModelText::tr("When it happened"); }

    // The body map as stored (a JSON array of {side, x, y, note}) and back.
    static QString bodyMapJson(const QList<BodyMapMark>& marks);
    static QList<BodyMapMark> bodyMapFromJson(const QString& json);

private:
    QDateTime m_nowUk;
};

} // namespace lantern
