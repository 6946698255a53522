#pragma once

#include "users/Compartments.h"
#include "users/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lantern {

// The vault's users for a table: username, name, role, whether they can sign in, and the stores their key
// slot opens (Vault::keysHeldBy).
class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, RoleColumn, Status, Keys, ColumnCount };
    // The raw value behind a cell, for sorting by data rather than display text.
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit UserListModel(QObject* parent = nullptr);

    // `keys`: by username, the stores each slot opens (a user missing there holds none).
    void setUsers(QList<User> users, QHash<QString, QList<Compartment>> keys = {});
    // "Pupils' case records, the adults register"; "Directory only"; "None" without a slot.
    static QString keysText(const QList<Compartment>& keys);
    const QList<User>& users() const { return m_users; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
    QHash<QString, QList<Compartment>> m_keys;
};

} // namespace lantern
