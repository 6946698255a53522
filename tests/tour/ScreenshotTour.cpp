// lantern-screenshot-tour: opens a demo vault the way a DSL would and saves the main screens as PNGs for
// docs/screenshots/ (run by scripts/screenshots.sh under Xvfb). Developer tooling, not part of the product:
// it never runs on a vault with real records because it refuses one without the demo users.
#include "app/AllFeatures.h"
#include "app/MainWindow.h"
#include "app/UnlockWidget.h"
#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "common/UiServices.h"
#include "concern/ConcernForm.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/SecureBytes.h"
#include "inbox/ChooseChildDialog.h"
#include "inbox/InboxImportDialog.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPage.h"
#include "inbox/TriageDialog.h"
#include "overview/OverviewPage.h"
#include "overview/SearchPage.h"
#include "pupils/PupilListModel.h"
#include "pupils/PupilRecordPage.h"
#include "pupils/PupilsPage.h"
#include "records/ChronologyRepository.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <cstdio>
#include <functional>

using namespace lantern;

namespace {

// The staff submissions the demo left in the inbox (lantern-cli demo --inbox), imported, and the choice of
// the child for the one whose surname was misspelt.
void importStaffSubmissions(InboxPage& inbox, const std::function<void(QWidget*, const char*)>& save)
{
    InboxImportDialog* import = inbox.importStaffSubmissions();
    import->runToEnd();
    save(import, "inbox-import");
    const QList<InboxFileOutcome>& outcomes = import->model()->outcomes();
    for (int row = 0; row < outcomes.size(); ++row) {
        if (outcomes.at(row).unmatched.isEmpty())
            continue;
        import->findChild<QTableView*>(QStringLiteral("importResults"))->selectRow(row);
        if (ChooseChildDialog* choose = import->chooseChild()) {
            // Searching by the forename finds the child the member of staff meant.
            choose->searchEdit(0)->setText(
                outcomes.at(row).unmatched.first().name.section(QLatin1Char(' '), 0, 0));
            save(choose, "choose-child");
            choose->reject();
        }
        break;
    }
    import->reject();
}

class Tour {
public:
    Tour(MainWindow& window, QString folder)
        : m_window(window)
        , m_folder(std::move(folder))
    {}

    bool save(QWidget* widget, const char* name)
    {
        settle();
        const QString path = m_folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
        const bool saved = widget->grab().save(path, "PNG");
        std::printf("%s %s\n", saved ? "saved" : "FAILED", qPrintable(path));
        m_ok = m_ok && saved;
        return saved;
    }

    bool showPage(const char* id)
    {
        const bool shown = m_window.showPage(QLatin1String(id));
        if (!shown)
            std::printf("no page %s for this user\n", id);
        settle();
        return shown;
    }

    static void settle() { QTest::qWait(300); }
    bool ok() const { return m_ok; }

private:
    MainWindow& m_window;
    QString m_folder;
    bool m_ok = true;
};

// The demo pupil whose record says most: the longest chronology on the roll. (Each read is an audited view,
// which is what a DSL looking for the child would leave too.)
qint64 pupilWithLongestChronology(Vault& vault, const PupilListModel& roll)
{
    ChronologyRepository chronology(vault);
    qint64 best = 0;
    qsizetype bestLength = -1;
    for (int row = 0; row < roll.rowCount(); ++row) {
        const qint64 id = roll.pupilAt(row).id;
        const qsizetype length = chronology.entries(id).size();
        if (length > bestLength) {
            bestLength = length;
            best = id;
        }
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: lantern-screenshot-tour VAULT USER PASSWORD OUT-FOLDER\n");
        return 2;
    }
    const QString vaultFolder = args[1];
    const QString username = args[2];
    const QString outFolder = args[4];
    QDir().mkpath(outFolder);

    DialogFileChooser files;
    DialogMessages messages;
    const UiServices services{SystemClock::instance(), files, messages};
    MainWindow window(services);
    registerAllFeatures(window);
    window.resize(1280, 800);
    window.unlockWidget()->setVaultFolder(vaultFolder);
    if (auto* user = window.unlockWidget()->findChild<QLineEdit*>(QStringLiteral("username")))
        user->setText(username);
    window.show();
    Tour tour(window, outFolder);
    tour.save(&window, "unlock");

    try {
        const QByteArray password = args[3].toUtf8();
        auto vault = Vault::unlock(vaultFolder, username,
                                   SecureBytes(reinterpret_cast<const unsigned char*>(password.constData()),
                                               static_cast<std::size_t>(password.size())),
                                   SystemClock::instance());
        if (!vault->findUser(QStringLiteral("demo-staff"))) {
            std::fprintf(stderr, "lantern-screenshot-tour: %s is not a demo vault\n",
                         qPrintable(vaultFolder));
            return 2;
        }
        window.openSession(std::move(vault));
    } catch (const Error& error) {
        std::fprintf(stderr, "lantern-screenshot-tour: %s\n", qPrintable(error.message()));
        return 3;
    }

    if (tour.showPage("inbox")) {
        auto* inbox = qobject_cast<InboxPage*>(window.page(QStringLiteral("inbox")));
        tour.save(&window, "inbox");
        ConcernForm* form = inbox->openConcernForm();
        form->resize(1180, 860);
        tour.save(form, "concern-form");
        form->reject();
        if (inbox->count() > 0) {
            TriageDialog* triage = inbox->openTriage(inbox->model()->concernId(0));
            tour.save(triage, "triage");
            triage->reject();
        }
        importStaffSubmissions(*inbox,
                               [&tour](QWidget* widget, const char* name) { tour.save(widget, name); });
    }
    if (tour.showPage("pupils")) {
        auto* pupils = qobject_cast<PupilsPage*>(window.page(QStringLiteral("pupils")));
        tour.save(&window, "pupils");
        pupils->openPupil(pupilWithLongestChronology(*window.vault(), *pupils->model()));
        if (PupilRecordPage* record = pupils->record()) {
            record->tabs()->setCurrentIndex(0);
            tour.save(&window, "pupil-record");
        }
    }
    if (tour.showPage("overview")) {
        auto* overview = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
        overview->tabs()->setCurrentIndex(0);
        tour.save(&window, "overview-referrals");
        overview->tabs()->setCurrentIndex(1);
        tour.save(&window, "overview-caseload");
        overview->tabs()->setCurrentIndex(0);
    }
    if (tour.showPage("search")) {
        auto* search = qobject_cast<SearchPage*>(window.page(QStringLiteral("search")));
        search->searchEdit()->setText(QStringLiteral("bruise"));
        search->search();
        tour.save(&window, "search");
    }
    for (const char* page : {"referrals", "roster-import", "adults-register", "users", "audit"}) {
        if (tour.showPage(page))
            tour.save(&window, page);
    }
    window.lock();
    return tour.ok() ? 0 : 4;
}
