#include "overview/SearchPage.h"

#include "core/Error.h"
#include "overview/OverviewNavigation.h"
#include "overview/OverviewTable.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lantern {

namespace {

// Long enough not to search (and audit) each letter of a name as it is typed.
constexpr int typingPauseMs = 400;

void addGroup(OverviewTable* table, const QString& kind, const QList<SearchResult>& results, int& row)
{
    for (const SearchResult& result : results) {
        const qint64 pupilId = result.pupilIds.isEmpty() ? 0 : result.pupilIds.first();
        // Pupils first, then concerns, chronology and voice, each in the order the search gave.
        table->addRow(pupilId, row, {kind, result.pupilNames, result.when, result.snippet}, {row});
        ++row;
    }
}

} // namespace

SearchPage::SearchPage(Vault& vault, PageHost& host, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_host(host)
{
    auto* heading = new QLabel(tr("<h2>Search</h2>"), this);
    auto* label = new QLabel(tr("&Search for:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("recordSearch"));
    m_edit->setAccessibleName(tr("Search pupils and records"));
    m_edit->setPlaceholderText(tr("A child's name or UPN, or words from a concern or chronology (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    label->setBuddy(m_edit);
    m_summary =
        new QLabel(tr("Type a name or words; Down moves into the results, Enter opens the child."), this);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_results = new OverviewTable(QStringLiteral("searchResults"), tr("Search results"),
                                  {tr("Found in"), tr("Child"), tr("When"), tr("What")}, this);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &SearchPage::search);
    connect(m_edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_results->view(), &QTableView::activated, this, [this]() { openCurrent(); });
    m_edit->installEventFilter(this);
    m_results->view()->installEventFilter(this);

    auto* box = new QHBoxLayout;
    box->addWidget(label);
    box->addWidget(m_edit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addLayout(box);
    layout->addWidget(m_summary);
    layout->addWidget(m_results->view(), 1);
    setFocusProxy(m_edit);
}

void SearchPage::search()
{
    m_typing->stop();
    const QString text = m_edit->text().trimmed();
    if (text == m_searched)
        return;
    m_searched = text;
    m_results->clear();
    if (text.isEmpty()) {
        m_summary->setText(tr("Type a name or words; Down moves into the results, Enter opens the child."));
        return;
    }
    SearchResults found;
    try {
        found = RecordSearch(m_vault).search(text);
    } catch (const Error& error) {
        m_summary->setText(error.message());
        return;
    }
    int row = 0;
    addGroup(m_results, tr("Pupil"), found.pupils, row);
    addGroup(m_results, tr("Concern"), found.concerns, row);
    addGroup(m_results, tr("Chronology"), found.chronology, row);
    addGroup(m_results, tr("Child's voice"), found.voice, row);
    m_results->finish(KindColumn);
    m_results->view()->clearSelection(); // typing on must not leave a row chosen for Enter in the box
    m_summary->setText(found.isEmpty()
                           ? tr("Nothing matches \u201C%1\u201D.").arg(text)
                           : tr("Found for \u201C%1\u201D: pupils %2, concerns %3, chronology entries %4, "
                                "the child's voice %5. Down moves into the results; Enter opens the child.")
                                 .arg(text)
                                 .arg(found.pupils.size())
                                 .arg(found.concerns.size())
                                 .arg(found.chronology.size())
                                 .arg(found.voice.size()));
}

bool SearchPage::openCurrent()
{
    const QModelIndex current = m_results->view()->currentIndex();
    if (!current.isValid())
        return false;
    const qint64 pupilId = current.data(OverviewTable::PupilIdRole).toLongLong();
    return pupilId != 0 && overview::openChildRecord(m_host, pupilId);
}

bool SearchPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    QTableView* view = m_results->view();
    QStandardItemModel* model = m_results->model();
    if (watched == m_edit) {
        if (enter) {
            search();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            search(); // what is typed, not what was found a moment ago
            if (model->rowCount() == 0)
                return true;
            view->setFocus();
            view->setCurrentIndex(model->index(0, 0));
            view->selectRow(0);
            return true;
        }
    } else if (watched == view && key->key() == Qt::Key_Up && view->currentIndex().row() <= 0) {
        m_edit->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lantern
