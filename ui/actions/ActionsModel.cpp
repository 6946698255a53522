#include "actions/ActionsModel.h"

#include "text/TextServices.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lantern {

ActionsModel::ActionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ActionsModel::setActions(const QList<Action>& actions, const QDate& today)
{
    beginResetModel();
    m_actions = actions;
    m_today = today;
    endResetModel();
}

int ActionsModel::overdueCount() const
{
    int count = 0;
    for (const Action& action : m_actions)
        if (action.isOverdueOn(m_today))
            ++count;
    return count;
}

int ActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionsModel::statusText(const Action& action, const QDate& today)
{
    const qint64 days = today.daysTo(action.dueOn);
    if (days < 0)
        return days == -1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(-days);
    if (days == 0)
        return tr("Due today");
    if (days == 1)
        return tr("Due tomorrow");
    return tr("Due in %1 days").arg(days);
}

QVariant ActionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const Action& action = m_actions.at(index.row());
    const bool overdue = action.isOverdueOn(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return TextServices::formatDate(action.dueOn);
        case StatusColumn:
            return statusText(action, m_today);
        case ChildColumn:
            return action.pupilName;
        case WhatColumn:
            return action.what.simplified();
        case SetByColumn:
            return action.recordedBy;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == WhatColumn ? QVariant(action.what) : QVariant();
    case Qt::AccessibleTextRole:
        // A screen reader hears the state with the row, whatever column it is on.
        return QStringLiteral("%1, %2: %3")
            .arg(statusText(action, m_today), action.pupilName, action.what.simplified());
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c))) : QVariant();
    case Qt::FontRole:
        if (overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case ChildColumn:
        return tr("Child");
    case WhatColumn:
        return tr("What to do");
    case SetByColumn:
        return tr("Set by");
    default:
        return {};
    }
}

} // namespace lantern
