#include "pupils/RecordTab.h"

#include "common/MessageSeam.h"
#include "core/Error.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTableView>

namespace lantern {

RecordTableModel::RecordTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{}

void RecordTableModel::setRows(QList<RecordRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column < row.cells.size() ? row.cells.at(column) : QString();
    case RawRole:
        if (column < row.raw.size())
            return row.raw.at(column);
        return column < row.cells.size() ? row.cells.at(column) : QString();
    case IdRole:
        return row.id;
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::ForegroundRole:
        if (row.muted)
            return QVariant::fromValue(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

QTableView* makeRecordTable(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

qint64 selectedRecordId(const QTableView* table)
{
    if (!table->selectionModel())
        return 0;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.constFirst().data(RecordTableModel::IdRole).toLongLong();
}

QLabel* recordDataLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setProperty("lanternData", true);
    return label;
}

QPlainTextEdit* recordDataText(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setAccessibleName(accessibleName);
    text->setReadOnly(true);
    text->setTabChangesFocus(true);
    text->setProperty("lanternData", true);
    return text;
}

bool runReported(MessageSeam& messages, QWidget* parent, const QString& title,
                 const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const Error& error) {
        messages.warning(parent, title, error.message());
    } catch (const std::exception&) {
        messages.warning(
            parent, title,
            QCoreApplication::translate("lantern::RecordTab",
                                        "Something went wrong inside Lantern. Nothing was saved."));
    }
    return false;
}

} // namespace lantern

namespace lantern {

RecordTab::RecordTab(RecordContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{}

void RecordTab::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reload();
}

void RecordTab::reload()
{
    m_loaded = true;
    load();
}

} // namespace lantern
