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
#include <QLabel>
#include <QPushButton>
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
    m_table->setSortingEnabled(false); // always in event order, as a chronology is read
    // What happened takes the room there is; the short columns fit their content; no sideways scrolling.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChronologyModel::SummaryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChronologyModel::SourceColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ChronologyModel::SourceColumn, 180);

    auto* filters = new QHBoxLayout;
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addSpacing(8);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_significant);
    filters->addWidget(m_superseded);
    filters->addStretch(1);
    filters->addWidget(m_printButton);
    filters->addWidget(m_pdfButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    setTabOrder(m_type, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_significant);
    setTabOrder(m_significant, m_superseded);
    setTabOrder(m_superseded, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_table);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ChronologyTab::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &ChronologyTab::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ChronologyTab::applyFilter);
    connect(m_significant, &QCheckBox::toggled, this, &ChronologyTab::applyFilter);
    connect(m_superseded, &QCheckBox::toggled, this, &ChronologyTab::applyFilter);
    connect(m_printButton, &QPushButton::clicked, this, &ChronologyTab::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ChronologyTab::saveAsPdf);
}

ChronologyTab::~ChronologyTab() = default;

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
