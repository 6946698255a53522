#include "pupils/ConcernHistory.h"

#include "common/MessageSeam.h"
#include "common/UiServices.h"
#include "pupils/AmendmentDialog.h"
#include "records/ConcernRepository.h"
#include "reference/HarmCategories.h"
#include "text/TextServices.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lantern {

namespace {

QString statusLabel(ConcernStatus status)
{
    switch (status) {
    case ConcernStatus::New:
        return ConcernHistoryTab::tr("New");
    case ConcernStatus::Triaged:
        return ConcernHistoryTab::tr("Triaged");
    case ConcernStatus::Open:
        return ConcernHistoryTab::tr("Open");
    case ConcernStatus::Closed:
        return ConcernHistoryTab::tr("Closed");
    }
    return {};
}

enum ConcernColumn { WhenColumn, CategoriesColumn, StatusColumn, VersionsColumn, RecordedByColumn };

// The table shares the tab with the concern's text, so it must fit its half without sideways scrolling:
// the short columns fit their content and the wide one takes what is left, wrapping rather than cut.
void fitToWidth(QTableView* table, int wideColumn)
{
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(wideColumn, QHeaderView::Stretch);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

QString concernCategoryText(const QStringList& categoryIds)
{
    QStringList labels;
    for (const QString& id : categoryIds) {
        const HarmCategory* category = HarmCategories::get().find(id);
        labels.append(category ? category->label : id);
    }
    return labels.join(QStringLiteral(", "));
}

QString concernVersionText(const ConcernVersion& version)
{
    QStringList children;
    for (const ConcernChild& child : version.children)
        children.append(QStringLiteral("%1 (%2)").arg(child.displayName, childRoleLabel(child.role)));
    QStringList parts;
    parts.append(ConcernHistoryTab::tr("When: %1").arg(version.occurred.display()));
    if (!version.location.isEmpty())
        parts.append(ConcernHistoryTab::tr("Where: %1").arg(version.location));
    parts.append(ConcernHistoryTab::tr("Categories: %1").arg(concernCategoryText(version.categoryIds)));
    parts.append(ConcernHistoryTab::tr("Children: %1").arg(children.join(QStringLiteral(", "))));
    parts.append(QString());
    parts.append(ConcernHistoryTab::tr("What was seen and heard:"));
    parts.append(version.account);
    if (!version.childWords.isEmpty()) {
        parts.append(QString());
        parts.append(ConcernHistoryTab::tr("The child's words:"));
        parts.append(QStringLiteral("“%1”").arg(version.childWords));
    }
    if (!version.immediateAction.isEmpty()) {
        parts.append(QString());
        parts.append(ConcernHistoryTab::tr("Immediate action:"));
        parts.append(version.immediateAction);
    }
    if (!version.bodyMap.isEmpty())
        parts.append(
            ConcernHistoryTab::tr("Body map: %n mark(s)", nullptr, static_cast<int>(version.bodyMap.size())));
    return parts.join(QLatin1Char('\n'));
}

ConcernHistoryTab::ConcernHistoryTab(RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
{
    setObjectName(QStringLiteral("concernsTab"));
    m_model = new RecordTableModel(QStringList{tr("When it happened"), tr("Categories"), tr("Status"),
                                               tr("Versions"), tr("Recorded by")},
                                   this);
    m_table = makeRecordTable(QStringLiteral("concernTable"), tr("Concerns"), this);
    m_table->setModel(m_model);
    fitToWidth(m_table, CategoriesColumn);
    m_detail = recordDataText(QStringLiteral("concernDetail"), tr("The concern as it stands"), this);

    m_history = new QPushButton(tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("concernHistory"));
    m_history->setAccessibleName(tr("Every version of the concern"));
    m_amend = new QPushButton(tr("A&mend…"), this);
    m_amend->setObjectName(QStringLiteral("concernAmend"));
    m_amend->setAccessibleName(tr("Amend the concern"));
    m_amend->setVisible(hasPermission(context.vault.user(), Permission::WritePupilRecords));
    m_history->setEnabled(false);
    m_amend->setEnabled(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_history);
    buttons->addWidget(m_amend);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_history);
    setTabOrder(m_history, m_amend);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConcernHistoryTab::showSelected);
    connect(m_history, &QPushButton::clicked, this, &ConcernHistoryTab::showHistory);
    connect(m_amend, &QPushButton::clicked, this, &ConcernHistoryTab::amend);
}

void ConcernHistoryTab::load()
{
    const qint64 keep = m_selected ? m_selected->id : 0;
    QList<ConcernSummary> concerns;
    runReported(m_context.services.messages, this, tr("Concerns"),
                [&] { concerns = ConcernRepository(m_context.vault).listForPupil(m_context.pupil.id); });
    QList<RecordRow> rows;
    for (const ConcernSummary& concern : concerns) {
        RecordRow row;
        row.id = concern.id;
        row.cells =
            QStringList{concern.occurred.display(), concernCategoryText(concern.categoryIds),
                        statusLabel(concern.status), QString::number(concern.versions), concern.recordedBy};
        row.raw = QVariantList{concern.occurred.sortKey(), row.cells.at(1), static_cast<int>(concern.status),
                               concern.versions, concern.recordedBy};
        rows.append(row);
    }
    m_selected.reset();
    m_detail->clear();
    m_model->setRows(std::move(rows));
    m_history->setEnabled(false);
    m_amend->setEnabled(false);
    if (keep)
        selectConcern(keep);
}

void ConcernHistoryTab::selectConcern(qint64 concernId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).id == concernId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ConcernHistoryTab::showSelected()
{
    const qint64 id = selectedRecordId(m_table);
    m_selected.reset();
    m_detail->clear();
    if (id != 0) {
        runReported(m_context.services.messages, this, tr("Concerns"),
                    [&] { m_selected = ConcernRepository(m_context.vault).get(id); });
    }
    if (m_selected)
        m_detail->setPlainText(concernVersionText(m_selected->current));
    m_history->setEnabled(m_selected.has_value());
    m_amend->setEnabled(m_selected.has_value());
}

QDialog* ConcernHistoryTab::showHistory()
{
    if (!m_selected)
        return nullptr;
    auto* dialog = new ConcernHistoryDialog(*m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog* ConcernHistoryTab::amend()
{
    if (!m_selected)
        return nullptr;
    const qint64 id = m_selected->id;
    Vault& vault = m_context.vault;
    auto* dialog = new AmendmentDialog(
        m_selected->current,
        [&vault, id](const ConcernChanges& changes, const QString& reason) {
            ConcernRepository(vault).amend(id, changes, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

ConcernHistoryDialog::ConcernHistoryDialog(const Concern& concern, QWidget* parent)
    : QDialog(parent)
    , m_concern(concern)
{
    setObjectName(QStringLiteral("concernHistoryDialog"));
    setWindowTitle(tr("History of the concern"));
    resize(900, 560);
    m_model = new RecordTableModel(QStringList{tr("Version"), tr("When"), tr("By"), tr("Reason")}, this);
    QList<RecordRow> rows;
    for (const ConcernVersion& version : concern.history) {
        RecordRow row;
        row.id = version.version;
        row.cells = QStringList{QString::number(version.version),
                                TextServices::formatDateTime(version.amendedAt), version.amendedBy,
                                version.version == 1 ? tr("Original record") : version.amendReason};
        row.raw = QVariantList{version.version, version.amendedAt, version.amendedBy, row.cells.at(3)};
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
    m_versions = makeRecordTable(QStringLiteral("historyVersions"), tr("Versions"), this);
    m_versions->setModel(m_model);
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail = recordDataText(QStringLiteral("historyDetail"), tr("The selected version"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every version is kept; the newest is the record as it stands."), this));
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_detail, 2);
    layout->addWidget(buttons);

    connect(m_versions->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qint64 number = selectedRecordId(m_versions);
        for (const ConcernVersion& version : m_concern.history)
            if (version.version == number)
                m_detail->setPlainText(concernVersionText(version));
    });
    if (!m_concern.history.isEmpty())
        m_versions->selectRow(static_cast<int>(m_concern.history.size()) - 1);
    m_versions->setFocus();
}

} // namespace lantern
