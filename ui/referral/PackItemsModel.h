#pragma once

#include "export/ReferralPack.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lantern {

// The items of a pack's period (PackMinimiser), one row each, with a check box for "in the pack". The model's
// rules (what is in by default, what may never go in) come from the model layer; this only shows them and
// keeps the DSL's ticks, by item, while the period changes.
class PackItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { InPackColumn, KindColumn, WhenColumn, PartColumn, NoteColumn, SummaryColumn, ColumnCount };

    explicit PackItemsModel(QObject* parent = nullptr);

    // Shows `items`, keeping the DSL's earlier choices for items still listed.
    void setItems(const QList<PackItem>& items);
    // The DSL's choices as the request carries them: what differs from the default.
    void applyChoices(ReferralPackRequest& request) const;
    void resetToDefaults();
    int includedCount() const;
    int leftOutCount() const;
    int redactedCount() const; // included items whose other children's names will be replaced

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void choicesChanged();

private:
    bool isIncluded(const PackItem& item) const;

    QList<PackItem> m_items;
    QHash<QString, bool> m_choices; // PackItemRef::key() -> in, only where the DSL changed the default
};

} // namespace lantern
