#include "pupils/PupilsPage.h"

#include "common/MessageSeam.h"
#include "common/UiServices.h"
#include "pupils/Flags.h"
#include "pupils/PupilListModel.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/RecordTab.h"
#include "records/PupilRepository.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lantern {

PupilsPage::PupilsPage(Vault& vault, const UiServices& services, PageHost* host, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_services(services)
    , m_host(host)
{
    setObjectName(QStringLiteral("pupilsPage"));
    m_model = new PupilListModel(this);
    m_filter = new PupilFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_list = new QWidget(this);
    m_list->setObjectName(QStringLiteral("pupilList"));
    auto* heading = new QLabel(tr("Pupils"), m_list);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search = new QLineEdit(m_list);
    m_search->setObjectName(QStringLiteral("pupilSearch"));
    m_search->setAccessibleName(tr("Search pupils"));
    m_search->setPlaceholderText(tr("Name, preferred name or UPN"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto* searchLabel = new QLabel(tr("&Search:"), m_list);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(m_list);
    m_count->setObjectName(QStringLiteral("pupilCount"));

    m_table = makeRecordTable(QStringLiteral("pupilTable"), tr("Pupils"), m_list);
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(PupilListModel::FlagsColumn, new FlagsDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PupilListModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(PupilListModel::NameColumn, 220);
    m_table->setColumnWidth(PupilListModel::LegalNameColumn, 240);
    m_table->setColumnWidth(PupilListModel::UpnColumn, 140);
    m_table->setColumnWidth(PupilListModel::DateOfBirthColumn, 110);
    m_table->setColumnWidth(PupilListModel::YearColumn, 60);
    m_table->installEventFilter(this);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto* listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(24, 20, 24, 20);
    listLayout->setSpacing(12);
    listLayout->addWidget(heading);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table, 1);
    setTabOrder(m_search, m_table);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_table, &QTableView::doubleClicked, this, &PupilsPage::openCurrent);
    refresh();
}

PupilsPage::~PupilsPage() = default;

void PupilsPage::refresh()
{
    QList<Pupil> pupils;
    runReported(m_services.messages, this, tr("Pupils"), [&] { pupils = PupilRepository(m_vault).list(); });
    m_model->setPupils(std::move(pupils));
    updateCount();
}

void PupilsPage::updateCount()
{
    if (m_filter->rowCount() == m_model->rowCount())
        m_count->setText(tr("%n pupil(s)", nullptr, m_model->rowCount()));
    else
        m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

bool PupilsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            // Down leaves the search for the list, on its first row.
            m_table->setFocus();
            m_table->selectRow(0);
            m_table->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
        if (enter && m_filter->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_filter->index(0, 0));
            openCurrent();
            return true;
        }
    } else if (watched == m_table) {
        if (enter) {
            openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_table->currentIndex().row() == 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PupilsPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    openPupil(current.data(PupilListModel::PupilIdRole).toLongLong());
}

void PupilsPage::openPupil(qint64 pupilId)
{
    if (m_record) {
        // Only one record at a time: the one shown goes with its models and its copy of the case data.
        m_stack->removeWidget(m_record);
        m_record->hide();
        m_record->deleteLater();
    }
    auto* record = new PupilRecordPage(
        m_vault, m_services, m_host, pupilId,
        [this](qint64 other) {
            // Opening a sibling replaces the record shown, whose code is still running: wait for it to
            // return.
            QTimer::singleShot(0, this, [this, other] { openPupil(other); });
        },
        m_stack);
    m_record = record;
    connect(record, &PupilRecordPage::backRequested, this, &PupilsPage::showList);
    m_stack->addWidget(record);
    m_stack->setCurrentWidget(record);
    if (record->tabs())
        record->tabs()->setFocus();
}

void PupilsPage::showList()
{
    m_stack->setCurrentWidget(m_list);
    if (m_record) {
        m_stack->removeWidget(m_record);
        m_record->hide();
        m_record->deleteLater();
        m_record = nullptr;
    }
    m_table->setFocus();
}

} // namespace lantern
