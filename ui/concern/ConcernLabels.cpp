#include "concern/ConcernLabels.h"

#include "reference/HarmCategories.h"

#include <QCoreApplication>

namespace lantern {

namespace {

// Gives this file's strings a translation context lupdate can see.
class ConcernLabelsText {
    Q_DECLARE_TR_FUNCTIONS(ConcernLabels)
};

} // namespace

QString categoryLabels(const QStringList& ids)
{
    QStringList labels;
    const HarmCategories& categories = HarmCategories::get();
    for (const QString& id : ids) {
        const HarmCategory* category = categories.find(id);
        labels.append(category ? category->label : id);
    }
    return labels.join(QStringLiteral("; "));
}

QString childrenSummary(const QList<ConcernChild>& children)
{
    QStringList parts;
    for (const ConcernChild& child : children) {
        switch (child.role) {
        case ChildRole::Subject:
            parts.append(child.displayName);
            break;
        case ChildRole::AllegedHarmer:
            parts.append(ConcernLabelsText::tr("%1 (alleged harmer)").arg(child.displayName));
            break;
        case ChildRole::Witness:
            parts.append(ConcernLabelsText::tr("%1 (witness)").arg(child.displayName));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString concernStatusTitle(ConcernStatus status)
{
    switch (status) {
    case ConcernStatus::New:
        return ConcernLabelsText::tr("Waiting for the DSL");
    case ConcernStatus::Triaged:
        return ConcernLabelsText::tr("Seen by the DSL");
    case ConcernStatus::Open:
        return ConcernLabelsText::tr("Being worked on");
    case ConcernStatus::Closed:
        return ConcernLabelsText::tr("Closed");
    }
    return {};
}

} // namespace lantern
