#include "records/ConcernValidator.h"

#include "calendar/UkTime.h"
#include "core/Error.h"
#include "core/ModelText.h"
#include "reference/HarmCategories.h"
#include "text/PlainText.h"
#include "text/TextServices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lantern {

namespace {

[[noreturn]] void invalid(QLatin1String field, const QString& message)
{
    throw Error(ErrorKind::InvalidInput, field, message);
}

} // namespace

ConcernValidator::ConcernValidator(const QDateTime& nowUtc)
    : m_nowUk(toUkLocal(nowUtc))
{}

NewConcern ConcernValidator::checked(const NewConcern& concern) const
{
    NewConcern result;

    // When it happened: to whatever precision was known, but not in the future.
    const QString when = occurredField();
    if (!concern.occurred.isValid())
        invalid(ConcernField::occurred,
                ModelText::tr("%1: say when it happened (a year or month is enough if that is all you know).")
                    .arg(when));
    if (concern.occurred.isAfter(m_nowUk.date()))
        invalid(ConcernField::occurred,
                ModelText::tr("%1: %2 is after today; a concern records something that has already happened.")
                    .arg(when, concern.occurred.display()));
    if (concern.occurred.isLaterThan(m_nowUk))
        invalid(ConcernField::occurred,
                ModelText::tr("%1: %2 is later than now.").arg(when, concern.occurred.display()));
    result.occurred = concern.occurred;

    // The children and their parts in it.
    if (concern.children.isEmpty())
        invalid(ConcernField::children, ModelText::tr("Children: name at least one child."));
    if (concern.children.size() > maximumChildren)
        invalid(
            ConcernField::children,
            ModelText::tr("Children: %1 children is more than one concern can name (at most %2); record a "
                          "concern for a class or group once, naming the children it is about.")
                .arg(concern.children.size())
                .arg(maximumChildren));
    QSet<qint64> seen;
    bool hasSubject = false;
    for (const ConcernChild& child : concern.children) {
        if (child.pupilId <= 0)
            invalid(ConcernField::children,
                    ModelText::tr("Children: a child is named without a pupil record."));
        if (seen.contains(child.pupilId))
            invalid(ConcernField::children,
                    ModelText::tr(
                        "Children: the same child is named twice; give each child once, with one role."));
        seen.insert(child.pupilId);
        hasSubject = hasSubject || child.role == ChildRole::Subject;
        ConcernChild kept;
        kept.pupilId = child.pupilId;
        kept.role = child.role;
        result.children.append(kept);
    }
    if (!hasSubject)
        invalid(ConcernField::children,
                ModelText::tr("Children: at least one child must be the subject of the concern (the child it "
                              "is about)."));

    // Categories of harm: one or more, each one Lantern knows.
    const HarmCategories& categories = HarmCategories::get();
    for (const QString& typed : concern.categoryIds) {
        const QString id = typed.trimmed();
        if (!categories.contains(id))
            invalid(
                ConcernField::categories,
                ModelText::tr("Categories of harm: \"%1\" is not a category Lantern knows (see `lantern-cli "
                              "concern categories`).")
                    .arg(id));
        if (!result.categoryIds.contains(id))
            result.categoryIds.append(id);
    }
    if (result.categoryIds.isEmpty())
        invalid(ConcernField::categories, ModelText::tr("Categories of harm: choose at least one."));

    // What was seen and heard.
    result.account =
        checkedText(tidy(concern.account), ConcernField::account, ModelText::tr("Account"), 30000);
    if (result.account.isEmpty())
        invalid(ConcernField::account, ModelText::tr("Account: write what was seen and heard, as facts."));

    // The child's own words exactly as said: normalised to NFC for storage, nothing trimmed or tidied.
    result.childWords = checkedText(TextServices::normalizeForStorage(concern.childWords),
                                    ConcernField::childWords, ModelText::tr("The child's words"), 10000);
    if (result.childWords.trimmed().isEmpty())
        result.childWords.clear();

    result.location =
        checkedText(tidy(concern.location), ConcernField::location, ModelText::tr("Location"), 300);
    result.immediateAction = checkedText(tidy(concern.immediateAction), ConcernField::immediateAction,
                                         ModelText::tr("Immediate action"), 10000);
    if (concern.bodyMap.size() > 200)
        invalid(ConcernField::bodyMap, ModelText::tr("Body map: at most 200 marks."));

    int number = 0;
    for (const BodyMapMark& mark : concern.bodyMap) {
        ++number;
        if (!(mark.x >= 0.0 && mark.x <= 1.0))
            invalid(
                ConcernField::bodyMap,
                ModelText::tr("Body map, mark %1: the position across must be between 0 and 1.").arg(number));
        if (!(mark.y >= 0.0 && mark.y <= 1.0))
            invalid(
                ConcernField::bodyMap,
                ModelText::tr("Body map, mark %1: the position down must be between 0 and 1.").arg(number));
        BodyMapMark kept = mark;
        kept.note = checkedText(tidy(mark.note), ConcernField::bodyMap,
                                ModelText::tr("Body map, mark %1").arg(number), 300);
        result.bodyMap.append(kept);
    }
    return result;
}

QString ConcernValidator::bodyMapJson(const QList<BodyMapMark>& marks)
{
    QJsonArray array;
    for (const BodyMapMark& mark : marks)
        array.append(QJsonObject{{QStringLiteral("side"), bodyMapSideName(mark.side)},
                                 {QStringLiteral("x"), mark.x},
                                 {QStringLiteral("y"), mark.y},
                                 {QStringLiteral("note"), mark.note}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<BodyMapMark> ConcernValidator::bodyMapFromJson(const QString& json)
{
    QList<BodyMapMark> marks;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray())
        throw Error(ErrorKind::Damaged, ModelText::tr("A stored body map is not a list of marks."));
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        BodyMapMark mark;
        const std::optional<BodyMapMark::Side> side =
            bodyMapSideFromName(object.value(QStringLiteral("side")).toString());
        if (!side)
            throw Error(ErrorKind::Damaged, ModelText::tr("A stored body-map mark has no side."));
        mark.side = *side;
        mark.x = object.value(QStringLiteral("x")).toDouble();
        mark.y = object.value(QStringLiteral("y")).toDouble();
        mark.note = object.value(QStringLiteral("note")).toString();
        marks.append(mark);
    }
    return marks;
}

} // namespace lantern
