#include "pupils/ChronologyTab.h"

#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/PrintSeam.h"
#include "common/UiServices.h"
#include "core/Clock.h"
#include "export/ChronologyExport.h"
#include "pupils/ChronologyDocument.h"
#include "pupils/ChronologyModel.h"
#include "records/ChronologyRepository.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

namespace {

// A date filter with "Any" shown at its minimum, so clearing it is one key (Home) rather than a checkbox.
QDateEdit* makeDateFilter(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(ChronologyTab::tr("Any"));
    edit->setDate(edit->minimumDate());
    return edit;
}

std::optional<QDate> dateFilterValue(const QDateEdit* edit)
{
    if (edit->date() == edit->minimumDate())
        return std::nullopt;
    return edit->date();
}

} // namespace

ChronologyTab::ChronologyTab(RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
    , m_defaultPrint(std::make_unique<DialogPrinter>())
    , m_print(m_defaultPrint.get())
{
    setObjectName(QStringLiteral("chronologyTab"));
    m_model = new ChronologyModel(this);
    m_filter = new ChronologyFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("chronologyType"));
    m_type->setAccessibleName(tr("Type of entry"));
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);

    m_from = makeDateFilter(QStringLiteral("chronologyFrom"), tr("From date"), this);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    m_to = makeDateFilter(QStringLiteral("chronologyTo"), tr("To date"), this);
    auto* toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("chronologyOrder"));
    m_order->setAccessibleName(tr("Order of entries"));
    m_order->addItem(tr("Oldest first"), false);
    m_order->addItem(tr("Newest first"), true);
    m_order->setCurrentIndex(QSettings().value(newestFirstKey(), false).toBool() ? 1 : 0);
    auto* orderLabel = new QLabel(tr("Ord&er:"), this);
    orderLabel->setBuddy(m_order);

    m_significant = new QCheckBox(tr("&Significant only"), this);
    m_significant->setObjectName(QStringLiteral("chronologySignificant"));
    m_significant->setAccessibleName(tr("Significant entries only"));
    m_superseded = new QCheckBox(tr("Show s&uperseded"), this);
    m_superseded->setObjectName(QStringLiteral("chronologySuperseded"));
    m_superseded->setAccessibleName(tr("Show superseded entries"));
    m_superseded->setToolTip(tr("Entries replaced by an amendment, with the reason"));

    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("chronologyPrint"));
    m_printButton->setAccessibleName(tr("Print the chronology"));
    m_pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("chronologySavePdf"));
    m_pdfButton->setAccessibleName(tr("Save the chronology as PDF"));
    const bool mayExport = hasPermission(context.vault.user(), Permission::Export);
    m_pdfButton->setVisible(mayExport);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("chronologyCount"));

    m_table = makeRecordTable(QStringLiteral("chronologyTable"), tr("Chronology"), this);
    m_table->setModel(m_filter);
    // What happened takes the room there is; the short columns fit their content; no sideways scrolling.
    // Long text wraps onto more lines of its row rather than being cut with "…".
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChronologyModel::SummaryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChronologyModel::SourceColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ChronologyModel::SourceColumn, 180);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    header->setSortIndicator(ChronologyModel::DateColumn,
                             m_order->currentData().toBool() ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // sorts by the indicator: the remembered order

    m_detail = recordDataText(QStringLiteral("chronologyDetail"), tr("The selected entry in full"), this);
    m_detail->setPlaceholderText(tr("Choose an entry to read it in full (Enter)."));

    // The table is wide (what happened, its source), so the entry in full goes below it, not beside it.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addSpacing(8);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(orderLabel);
    filters->addWidget(m_order);
    filters->addSpacing(8);
    filters->addWidget(m_significant);
    filters->addWidget(m_superseded);
    filters->addStretch(1);

    // Printing sits under what it prints, which also keeps the filter row narrow enough for the window's
    // first size.
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_printButton);
    footer->addWidget(m_pdfButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    setTabOrder(m_type, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_order);
    setTabOrder(m_order, m_significant);
    setTabOrder(m_significant, m_superseded);
    setTabOrder(m_superseded, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ChronologyTab::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &ChronologyTab::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ChronologyTab::applyFilter);
    connect(m_significant, &QCheckBox::toggled, this, &ChronologyTab::applyFilter);
    connect(m_superseded, &QCheckBox::toggled, this, &ChronologyTab::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ChronologyTab::applyOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ChronologyTab::followHeaderSort);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChronologyTab::showSelected);
    connect(m_table, &QTableView::activated, this, &ChronologyTab::readSelected);
    connect(m_printButton, &QPushButton::clicked, this, &ChronologyTab::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ChronologyTab::saveAsPdf);
}

ChronologyTab::~ChronologyTab() = default;

QString ChronologyTab::newestFirstKey()
{
    return QStringLiteral("pupilRecord/chronologyNewestFirst");
}

// The order control sorts by date; any header sorts by its column, and a click on the date header is the
// same choice as the control, so the two stay in step.
void ChronologyTab::applyOrder()
{
    const bool newestFirst = m_order->currentData().toBool();
    QSettings().setValue(newestFirstKey(), newestFirst);
    m_table->sortByColumn(ChronologyModel::DateColumn,
                          newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void ChronologyTab::followHeaderSort(int column, Qt::SortOrder order)
{
    if (column != ChronologyModel::DateColumn)
        return;
    const int index = order == Qt::DescendingOrder ? 1 : 0;
    if (m_order->currentIndex() != index)
        m_order->setCurrentIndex(index);
}

void ChronologyTab::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ChronologyEntry* entry = rows.isEmpty() ? nullptr : m_filter->entryAt(rows.constFirst());
    if (entry)
        m_detail->setPlainText(chronologyEntryText(*entry));
    else
        m_detail->clear();
}

// Enter (or a double click) on a row: the entry in full, with the focus there so it can be read by keyboard
// or screen reader; Shift+Tab goes back to the table.
void ChronologyTab::readSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        m_table->selectRow(current.row());
    m_detail->setFocus(Qt::OtherFocusReason);
}

bool ChronologyTab::eventFilter(QObject* watched, QEvent* event)
{
    // QTableView's activated() on Enter depends on the style; make it certain.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            readSelected();
            return true;
        }
    }
    return RecordTab::eventFilter(watched, event);
}

void ChronologyTab::load()
{
    ChronologyFilter everything;
    everything.includeSuperseded = true; // filtered here, so one read (one audit entry) serves every filter
    QList<ChronologyEntry> entries;
    runReported(m_context.services.messages, this, tr("Chronology"), [&] {
        entries = ChronologyRepository(m_context.vault).entries(m_context.pupil.id, everything);
    });
    m_model->setEntries(std::move(entries));
    fillTypes();
    applyFilter();
}

void ChronologyTab::fillTypes()
{
    const QString chosen = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const QString& type : m_model->typesPresent())
        m_type->addItem(ChronologyTypes::label(type), type);
    const int index = m_type->findData(chosen);
    m_type->setCurrentIndex(index < 0 ? 0 : index);
}

void ChronologyTab::applyFilter()
{
    m_filter->setType(m_type->currentData().toString());
    m_filter->setFrom(dateFilterValue(m_from));
    m_filter->setTo(dateFilterValue(m_to));
    m_filter->setSignificantOnly(m_significant->isChecked());
    m_filter->setShowSuperseded(m_superseded->isChecked());
    m_count->setText(tr("%1 of %2 entries shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    m_printButton->setEnabled(m_filter->rowCount() > 0);
    m_pdfButton->setEnabled(m_filter->rowCount() > 0);
}

void ChronologyTab::print()
{
    const PrintDocument document = chronologyDocument(
        m_context.pupil, m_filter->visibleEntries(), m_filter->describe(), m_context.services.clock.nowUtc());
    m_print->print(this, document);
}

void ChronologyTab::saveAsPdf()
{
    const QList<ChronologyEntry> entries = m_filter->visibleEntries();
    const PrintDocument document =
        chronologyDocument(m_context.pupil, entries, m_filter->describe(), m_context.services.clock.nowUtc());
    QString path = m_context.services.files.newPath(this, tr("Save the chronology as PDF"), QDir::homePath());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (runReported(m_context.services.messages, this, tr("Save as PDF"), [&] {
            ChronologyExport::savePdf(m_context.vault, m_context.pupil.id, document,
                                      static_cast<int>(entries.size()), path);
        }))
        m_count->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace lantern
