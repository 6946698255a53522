#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeView;

namespace lantern {

// Keeps a category when its label, group or guidance has every word typed (accent- and case-insensitive);
// a group stays while any of its categories does. A group heading that matches shows all of its categories.
class CategoryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CategoryFilterModel(QObject* parent = nullptr);
    void setFilterWords(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matches(const QModelIndex& sourceIndex) const;

    QStringList m_words;
};

// The categories of harm (reference/HarmCategories), grouped as in the shipped list, each with a check box;
// several may be chosen. The filter field narrows the tree as one types; Down moves from the filter into
// the tree, Space ticks the current category, and the chosen ones are listed underneath so nothing ticked is
// hidden by a filter.
class CategoryPicker : public QWidget {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SearchRole = Qt::UserRole + 2;

    explicit CategoryPicker(QWidget* parent = nullptr);

    QStringList checkedIds() const;
    void setCheckedIds(const QStringList& ids);
    void setFilterText(const QString& text);
    // Ids of the categories the filter leaves visible, in order.
    QStringList visibleIds() const;

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }
    QAbstractItemModel* filterModel() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void showChosen();

    QStandardItemModel* m_model = nullptr;
    CategoryFilterModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_chosen = nullptr;
};

} // namespace lantern
