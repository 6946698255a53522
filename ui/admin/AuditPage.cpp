#include "admin/AuditPage.h"

#include "admin/AuditModel.h"
#include "calendar/UkTime.h"
#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/PupilPickerModels.h"
#include "core/Error.h"
#include "records/PupilDirectory.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace lantern {

namespace {

// A day limit: a check box that turns it on and the day, which is used only while the box is ticked.
QDateEdit* dayEdit(QCheckBox* use, const char* objectName, const QString& accessibleName, const QDate& day,
                   QWidget* parent)
{
    auto* edit = new QDateEdit(day, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setEnabled(false);
    QObject::connect(use, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    return edit;
}

QCheckBox* dayLimit(const QString& text, const char* objectName, QWidget* parent)
{
    auto* use = new QCheckBox(text, parent);
    use->setObjectName(QString::fromLatin1(objectName));
    use->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    return use;
}

std::optional<QDate> dayOf(const QCheckBox* use, const QDateEdit* edit)
{
    return use->isChecked() ? std::optional<QDate>(edit->date()) : std::nullopt;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditPage::AuditPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
    , m_viewer(vault)
{
    setObjectName(QStringLiteral("auditPage"));

    auto* heading = new QLabel(tr("Audit log"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* filters = new QGroupBox(tr("Filters"), this);
    m_actor = new QComboBox(filters);
    m_actor->setObjectName(QStringLiteral("auditUser"));
    m_actor->setAccessibleName(tr("User"));
    m_actor->addItem(tr("Anyone"), QString());
    m_action = new QComboBox(filters);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setEditable(true); // an action, or the start of one ("user.")
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(QString());
    try {
        for (const QString& actor : m_viewer.actors())
            m_actor->addItem(actor, actor);
        m_action->addItems(m_viewer.actions());
    } catch (const Error&) {
        // Refused: the page is not built for such a role, and every search below says why.
    }
    m_action->lineEdit()->setPlaceholderText(tr("Any action, or the start of one (user.)"));

    m_pupilSearch = new QLineEdit(filters);
    m_pupilSearch->setObjectName(QStringLiteral("auditPupilSearch"));
    m_pupilSearch->setAccessibleName(tr("Pupil name or UPN"));
    m_pupilSearch->setPlaceholderText(tr("Any pupil; type a name or UPN and press Enter"));
    m_pupils = new PupilSearchModel(this);
    m_pupil = new QComboBox(filters);
    m_pupil->setObjectName(QStringLiteral("auditPupil"));
    m_pupil->setAccessibleName(tr("Pupil"));
    m_pupil->setModel(m_pupils);
    m_pupil->setEnabled(false);
    connect(m_pupilSearch, &QLineEdit::returnPressed, this, &AuditPage::findPupil);
    connect(m_pupilSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_pupils->setPupils({});
            m_pupil->setEnabled(false);
        }
    });

    const QDate today = ukToday(services.clock);
    m_useFrom = dayLimit(tr("&From:"), "auditUseFrom", filters);
    m_from = dayEdit(m_useFrom, "auditFrom", tr("First day"), today.addDays(-30), filters);
    m_useTo = dayLimit(tr("&To:"), "auditUseTo", filters);
    m_to = dayEdit(m_useTo, "auditTo", tr("Last day"), today, filters);
    m_apply = new QPushButton(tr("&Show entries"), filters);
    m_apply->setObjectName(QStringLiteral("auditApply"));
    m_apply->setAccessibleName(tr("Show entries"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &AuditPage::applyFilters);
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, &AuditPage::applyFilters);

    auto* grid = new QFormLayout;
    auto* first = new QHBoxLayout;
    first->addWidget(m_actor, 1);
    first->addWidget(buddyLabel(tr("&Action:"), m_action, filters));
    first->addWidget(m_action, 2);
    grid->addRow(buddyLabel(tr("&User:"), m_actor, filters), first);
    auto* second = new QHBoxLayout;
    second->addWidget(m_pupilSearch, 1);
    second->addWidget(m_pupil, 1);
    grid->addRow(buddyLabel(tr("&Pupil:"), m_pupilSearch, filters), second);
    auto* third = new QHBoxLayout;
    third->addWidget(m_useFrom);
    third->addWidget(m_from);
    third->addSpacing(16);
    third->addWidget(m_useTo);
    third->addWidget(m_to);
    third->addStretch(1);
    third->addWidget(m_apply);
    grid->addRow(tr("Days:"), third);
    filters->setLayout(grid);

    m_model = new AuditTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AuditTableModel::RawRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTableModel::SeqColumn, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring every row of a long log would take seconds.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setAccessibleName(tr("Entries shown"));

    m_chain = new QLabel(tr("Not checked since unlocking."), this);
    m_chain->setObjectName(QStringLiteral("auditChainStatus"));
    m_chain->setWordWrap(true);
    m_chain->setAccessibleName(tr("Audit chain status"));
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setAccessibleName(tr("Verify chain"));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("auditExport"));
    m_exportButton->setAccessibleName(tr("Export CSV"));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditExportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    connect(&m_export, &QFutureWatcher<QByteArray>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_export, &QFutureWatcher<QByteArray>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_export, &QFutureWatcher<QByteArray>::finished, this, &AuditPage::finishExport);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_progress);
    footer->addWidget(m_exportButton);
    auto* chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chain, 1);
    chainRow->addWidget(m_verify, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addLayout(chainRow);
    setFocusProxy(m_actor);
}

AuditPage::~AuditPage()
{
    m_export.waitForFinished();
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        applyFilters();
}

std::optional<AuditQuery> AuditPage::queryFromFilters()
{
    AuditQuery query;
    query.actor = m_actor->currentData().toString();
    query.action = m_action->currentText().trimmed();
    if (!m_pupilSearch->text().trimmed().isEmpty()) {
        if (m_pupils->rowCount() == 0)
            findPupil();
        const QModelIndex chosen = m_pupils->index(m_pupil->currentIndex(), 0);
        if (!chosen.isValid()) {
            m_count->setText(tr("No pupil matches “%1”.").arg(m_pupilSearch->text().trimmed()));
            m_pupilSearch->setFocus();
            return std::nullopt;
        }
        query.pupilId = chosen.data(PupilSearchModel::PupilIdRole).toLongLong();
    }
    query.from = dayOf(m_useFrom, m_from);
    query.to = dayOf(m_useTo, m_to);
    return query;
}

void AuditPage::applyFilters()
{
    m_loaded = true;
    const std::optional<AuditQuery> query = queryFromFilters();
    if (!query)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_model->setEntries(m_viewer.search(*query));
        m_query = *query;
        m_table->resizeColumnsToContents();
        // A vault id in the record column must not squeeze the details out of sight.
        for (int column = 0; column < AuditTableModel::DetailsColumn; ++column)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
        m_count->setText(tr("%n entries", nullptr, static_cast<int>(m_model->rowCount())));
    } catch (const Error& error) {
        m_count->setText(error.message());
    }
    QApplication::restoreOverrideCursor();
}

void AuditPage::findPupil()
{
    const QString text = m_pupilSearch->text().trimmed();
    if (text.isEmpty())
        return;
    try {
        m_pupils->setPupils(PupilDirectory(m_vault).search(text));
    } catch (const Error& error) {
        m_pupils->setPupils({});
        m_count->setText(error.message());
    }
    m_pupil->setEnabled(m_pupils->rowCount() > 0);
    if (m_pupils->rowCount() > 0) {
        m_pupil->setCurrentIndex(0);
        m_pupil->setFocus();
    }
}

void AuditPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_chain->setText(auditVerificationText(m_vault.audit().verify()));
    } catch (const Error& error) {
        m_chain->setText(error.message());
    }
    QApplication::restoreOverrideCursor();
}

bool AuditPage::exportCsv()
{
    if (isExporting())
        return false;
    QString path = m_services.files.newPath(window(), tr("Export the audit log as CSV"), QDir::homePath());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".csv");
    try {
        m_pending = m_viewer.selectForExport(m_query);
    } catch (const Error& error) {
        m_services.messages.warning(window(), tr("Not exported"), error.message());
        return false;
    }
    m_exportPath = path;
    m_exportButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_export.setFuture(QtConcurrent::run(
        [](QPromise<QByteArray>& promise, const AuditExtract& extract) {
            promise.setProgressRange(0, static_cast<int>(extract.entries.size()));
            promise.addResult(AuditViewer::csv(extract, [&promise](qint64 done, qint64) {
                promise.setProgressValue(static_cast<int>(done));
            }));
        },
        m_pending));
    return true;
}

void AuditPage::finishExport()
{
    m_progress->hide();
    m_exportButton->setEnabled(true);
    const QByteArray csv = m_export.future().resultCount() > 0 ? m_export.result() : QByteArray();
    const AuditExtract extract = std::exchange(m_pending, AuditExtract());
    try {
        m_viewer.saveExport(extract, csv, m_exportPath);
    } catch (const Error& error) {
        m_services.messages.warning(window(), tr("Not exported"), error.message());
        return;
    }
    m_services.messages.information(
        window(), tr("Audit log exported"),
        tr("%n entries were written to %1. The file is not encrypted: keep it as safely as the records it "
           "describes, and delete it when the inspection is over.",
           nullptr, static_cast<int>(extract.entries.size()))
            .arg(QDir::toNativeSeparators(m_exportPath)));
}

QString AuditPage::countText() const
{
    return m_count->text();
}

QString AuditPage::chainStatus() const
{
    return m_chain->text();
}

} // namespace lantern
