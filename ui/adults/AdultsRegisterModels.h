#pragma once

#include "adults/Adult.h"

#include <QAbstractTableModel>

namespace lantern {

// The adults register, one row per adult: name, role, concerns, unreviewed, left, and the pattern prompt
// (rows with a prompt are highlighted). RawRole gives the underlying value for sorting; Qt::UserRole the
// adult's id.
class AdultsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        ConcernsColumn,
        UnreviewedColumn,
        LeftColumn,
        PromptColumn,
        ColumnCount
    };
    static constexpr int RawRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setAdults(QList<AdultSummary> adults);
    const AdultSummary& adult(int row) const { return m_adults.at(row); }
    int rowOf(qint64 adultId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AdultSummary> m_adults;
};

// One adult's low-level concerns, oldest first: when, what happened, reported by, version, review, and
// whether it is part of the pattern prompt or was considered with the LADO.
class AdultConcernsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        AccountColumn,
        ReporterColumn,
        VersionColumn,
        ReviewColumn,
        LadoColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setConcerns(QList<AdultConcern> concerns, QList<qint64> promptIds);
    const AdultConcern& concern(int row) const { return m_concerns.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AdultConcern> m_concerns;
    QList<qint64> m_promptIds;
};

// The adults whose records are past the retention period, oldest due first: name, when they left, when
// their records fell due, and how many low-level concerns would go. RawRole gives dates and counts as values;
// Qt::UserRole the adult's id.
class AdultsRetentionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, LeftColumn, DueColumn, ConcernsColumn, ColumnCount };
    static constexpr int RawRole = AdultsTableModel::RawRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setDue(QList<RetentionDue> due);
    const RetentionDue& due(int row) const { return m_due.at(row); }
    int rowOf(qint64 adultId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RetentionDue> m_due;
};

QString adultRoleLabel(AdultRole role); // translated, for people

} // namespace lantern
