#pragma once

#include "records/Action.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace lantern {

// The signed-in person's open actions as the "My actions" page lists them, in the repository's order
// (overdue first, then by due date). An overdue action says so in words in its Status column ("Overdue by 3
// days"), and is also drawn bold in the error colour: never by colour alone.
class ActionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DueColumn, StatusColumn, ChildColumn, WhatColumn, SetByColumn, ColumnCount };

    explicit ActionsModel(QObject* parent = nullptr);

    void setActions(const QList<Action>& actions, const QDate& today);
    const Action& action(int row) const { return m_actions.at(row); }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 5 days".
    static QString statusText(const Action& action, const QDate& today);

private:
    QList<Action> m_actions;
    QDate m_today;
};

} // namespace lantern
