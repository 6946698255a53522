#include "concern/CategoryPicker.h"

#include "reference/HarmCategories.h"
#include "text/TextServices.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace lantern {

// --- CategoryFilterModel ----------------------------------------------------------------------------------

CategoryFilterModel::CategoryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void CategoryFilterModel::setFilterWords(const QString& text)
{
    m_words = TextServices::searchTokens(text);
    invalidateFilter();
}

bool CategoryFilterModel::matches(const QModelIndex& sourceIndex) const
{
    const QString key = sourceIndex.data(CategoryPicker::SearchRole).toString();
    for (const QString& word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool CategoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (matches(index))
        return true;
    // A category under a group heading that matches (typing "exploitation" lists the whole group).
    return sourceParent.isValid() && matches(sourceParent);
}

// --- CategoryPicker ---------------------------------------------------------------------------------------

CategoryPicker::CategoryPicker(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new CategoryFilterModel(this))
{
    setObjectName(QStringLiteral("categoryPicker"));
    const HarmCategories& categories = HarmCategories::get();
    for (const QString& group : categories.groups()) {
        auto* heading = new QStandardItem(group);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setData(TextServices::searchTokens(group).join(QLatin1Char(' ')), SearchRole);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const HarmCategory& category : categories.inGroup(group)) {
            auto* item = new QStandardItem(category.label);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                           Qt::ItemNeverHasChildren);
            item->setCheckState(Qt::Unchecked);
            item->setData(category.id, IdRole);
            item->setData(TextServices::searchTokens(category.label + QLatin1Char(' ') + category.notes)
                              .join(QLatin1Char(' ')),
                          SearchRole);
            if (!category.notes.isEmpty())
                item->setToolTip(category.notes);
            heading->appendRow(item);
        }
        m_model->appendRow(heading);
    }
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("categoryFilter"));
    m_filter->setAccessibleName(tr("Filter the categories"));
    m_filter->setPlaceholderText(tr("Type to filter, e.g. neglect"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CategoryPicker::applyFilter);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setAccessibleName(tr("Categories of harm"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(170);
    m_tree->expandAll();

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("categoriesChosen"));
    m_chosen->setWordWrap(true);
    m_chosen->setProperty("lanternData", true);
    m_chosen->setTextFormat(Qt::PlainText);

    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (item->data(IdRole).isValid()) {
            showChosen();
            Q_EMIT changed();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_chosen);
    setTabOrder(m_filter, m_tree);
    setFocusProxy(m_filter);
    showChosen();
}

QAbstractItemModel* CategoryPicker::filterModel() const
{
    return m_proxy;
}

QStringList CategoryPicker::checkedIds() const
{
    QStringList ids;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QStandardItem* group = m_model->item(g);
        for (int c = 0; c < group->rowCount(); ++c) {
            if (group->child(c)->checkState() == Qt::Checked)
                ids.append(group->child(c)->data(IdRole).toString());
        }
    }
    return ids;
}

void CategoryPicker::setCheckedIds(const QStringList& ids)
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem* group = m_model->item(g);
        for (int c = 0; c < group->rowCount(); ++c) {
            QStandardItem* item = group->child(c);
            item->setCheckState(ids.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void CategoryPicker::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

QStringList CategoryPicker::visibleIds() const
{
    QStringList ids;
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int c = 0; c < m_proxy->rowCount(group); ++c)
            ids.append(m_proxy->index(c, 0, group).data(IdRole).toString());
    }
    return ids;
}

void CategoryPicker::applyFilter(const QString& text)
{
    m_proxy->setFilterWords(text);
    m_tree->expandAll();
    // The first matching category becomes current, so Down (or Tab) then Space ticks it.
    const QModelIndex firstGroup = m_proxy->index(0, 0);
    if (firstGroup.isValid() && m_proxy->rowCount(firstGroup) > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0, firstGroup));
}

void CategoryPicker::showChosen()
{
    QStringList labels;
    const HarmCategories& categories = HarmCategories::get();
    for (const QString& id : checkedIds()) {
        if (const HarmCategory* category = categories.find(id))
            labels.append(category->label);
    }
    m_chosen->setText(labels.isEmpty() ? tr("None chosen yet.")
                                       : tr("Chosen: %1").arg(labels.join(QStringLiteral("; "))));
    m_chosen->setAccessibleName(m_chosen->text());
}

bool CategoryPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the filter field goes to the first category it left visible.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_tree->setFocus(Qt::TabFocusReason);
        if (!m_tree->currentIndex().isValid())
            applyFilter(m_filter->text());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lantern
