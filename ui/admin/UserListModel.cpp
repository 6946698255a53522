#include "admin/UserListModel.h"

#include "common/RoleText.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

namespace lantern {

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserListModel::setUsers(QList<User> users, QHash<QString, QList<Compartment>> keys)
{
    beginResetModel();
    m_users = std::move(users);
    m_keys = std::move(keys);
    endResetModel();
}

QString UserListModel::keysText(const QList<Compartment>& keys)
{
    QStringList titles;
    for (const Compartment compartment : keys) {
        if (compartment != Compartment::Directory)
            titles.append(compartmentTitle(compartment));
    }
    if (titles.isEmpty())
        return keys.contains(Compartment::Directory) ? tr("Directory only") : tr("None");
    QString text = titles.join(tr(", "));
    text[0] = text.at(0).toUpper();
    return text;
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
        case Keys:
            return keysText(m_keys.value(user.username));
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
        case Keys:
            return static_cast<int>(m_keys.value(user.username).size());
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
    case Keys:
        return tr("Keys");
    default:
        return {};
    }
}

} // namespace lantern
