#include "admin/UserListModel.h"

#include "common/RoleText.h"

#include <QGuiApplication>
#include <QPalette>

namespace lantern {

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserListModel::setUsers(QList<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& user = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Username:
            return user.username;
        case DisplayName:
            return user.displayName;
        case RoleColumn:
            return roleDisplayTitle(user.role);
        case Status:
            return user.enabled ? tr("Can sign in") : tr("Disabled");
        default:
            return {};
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case Username:
            return user.username;
        case DisplayName:
            return user.displayName;
        case RoleColumn:
            return static_cast<int>(user.role);
        case Status:
            return user.enabled;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !user.enabled)
        return QVariant::fromValue(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace lantern
