#pragma once

#include "users/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace lantern {

// The vault's users for a table: username, name, role, whether they can sign in.
class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, RoleColumn, Status, ColumnCount };
    // The raw value behind a cell, for sorting by data rather than display text.
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit UserListModel(QObject* parent = nullptr);

    void setUsers(QList<User> users);
    const QList<User>& users() const { return m_users; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace lantern
