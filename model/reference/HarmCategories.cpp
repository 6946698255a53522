#include "reference/HarmCategories.h"

#include "core/Error.h"
#include "core/ModelText.h"
#include "reference/CodeList.h"

namespace lantern {

namespace {

[[noreturn]] void badCategory(const CodeList& list, const QString& id, const QString& problem)
{
    throw Error(ErrorKind::Internal,
                ModelText::tr("Harm category \"%1\" in %2.csv %3").arg(id, list.name(), problem));
}

} // namespace

const HarmCategories& HarmCategories::get()
{
    // Function-local static: C++ guarantees one thread builds it while any others wait.
    static const HarmCategories categories(CodeList::get(QStringLiteral("harm-categories")),
                                           CodeList::get(QStringLiteral("cin-assessment-factors")));
    return categories;
}

HarmCategories::HarmCategories(const CodeList& categories, const CodeList& factors)
{
    const QString current = QStringLiteral("current");
    for (const Code& row : categories.all()) {
        HarmCategory category;
        category.id = row.code;
        category.group = row.value(QStringLiteral("group")).trimmed();
        category.label = row.label;
        category.cinFactorCodes =
            row.value(QStringLiteral("cin_factor_codes")).split(u' ', Qt::SkipEmptyParts);
        category.notes = row.value(QStringLiteral("notes"));

        if (category.group.isEmpty())
            badCategory(categories, category.id, ModelText::tr("has no group."));
        if (category.label.trimmed().isEmpty())
            badCategory(categories, category.id, ModelText::tr("has no label."));
        if (category.cinFactorCodes.isEmpty())
            badCategory(categories, category.id, ModelText::tr("names no CIN factor code."));
        for (const QString& factor : category.cinFactorCodes) {
            const std::optional<Code> found = factors.find(factor);
            if (!found)
                badCategory(categories, category.id,
                            ModelText::tr("names CIN factor code %1, which is not in %2.csv.")
                                .arg(factor, factors.name()));
            // Legacy codes (18A, 19A) are still in the list so old returns can be read, but may not be sent.
            const QString status = found->value(QStringLiteral("status"));
            if (!status.isEmpty() && status != current)
                badCategory(categories, category.id,
                            ModelText::tr("names CIN factor code %1, which is no longer in use (%2).")
                                .arg(factor, status));
        }

        if (!m_groups.contains(category.group))
            m_groups.append(category.group);
        m_index.insert(category.id, m_categories.size());
        m_categories.append(std::move(category));
    }
}

const HarmCategory* HarmCategories::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_categories[it.value()];
}

QList<HarmCategory> HarmCategories::inGroup(const QString& group) const
{
    QList<HarmCategory> result;
    for (const HarmCategory& category : m_categories) {
        if (category.group == group)
            result.append(category);
    }
    return result;
}

} // namespace lantern
