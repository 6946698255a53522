#include "pupils/VoiceTab.h"

#include "common/PartialDateEdit.h"
#include "common/UiServices.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "records/VoiceRepository.h"
#include "users/Permissions.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

QPlainTextEdit* textEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    return edit;
}

QString voiceText(const VoiceEntry& entry)
{
    const VoiceContent& content = entry.current().content;
    QStringList parts{VoiceTab::tr("Captured: %1 (%2)")
                          .arg(content.captured.display(), VoiceMethods::label(content.method)),
                      QString(), QStringLiteral("“%1”").arg(content.words)};
    if (!content.adaptations.isEmpty())
        parts << QString() << VoiceTab::tr("Adaptations: %1").arg(content.adaptations);
    if (!content.wishesAndFeelings.isEmpty())
        parts << QString() << VoiceTab::tr("Wishes and feelings: %1").arg(content.wishesAndFeelings);
    parts << QString()
          << (content.toldWhatHappensNext ? VoiceTab::tr("The child was told what happens next.")
                                          : VoiceTab::tr("The child was not told what happens next."));
    if (entry.isAmended())
        parts << VoiceTab::tr("Amended (version %1): %2")
                     .arg(entry.current().version)
                     .arg(entry.current().amendReason);
    return parts.join(QLatin1Char('\n'));
}

} // namespace

VoiceDialog::VoiceDialog(const QDate& today, Commit commit, QWidget* parent)
    : QDialog(parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("voiceDialog"));
    setWindowTitle(tr("Add the child's voice"));
    resize(640, 560);

    m_when = new PartialDateEdit(this);
    m_when->setObjectName(QStringLiteral("voiceWhen"));
    m_when->setAccessibleBaseName(tr("When it was captured"));
    m_when->setValue(PartialDate::day(today));
    m_when->setMaximumDate(today);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("voiceMethod"));
    m_method->setAccessibleName(tr("How it was captured"));
    for (const VoiceMethod& method : VoiceMethods::all())
        m_method->addItem(method.label, method.id);
    m_words = textEdit(QStringLiteral("voiceWords"), tr("The child's words, verbatim"), this);
    m_words->setPlaceholderText(
        tr("Exactly as the child said it; for a drawing or an observation, what it showed"));
    m_adaptations = textEdit(QStringLiteral("voiceAdaptations"), tr("Adaptations made"), this);
    m_adaptations->setPlaceholderText(tr("An interpreter, visual prompts, a quiet room…"));
    m_wishes = textEdit(QStringLiteral("voiceWishes"), tr("Wishes and feelings"), this);
    m_told = new QCheckBox(tr("The child was &told what happens next"), this);
    m_told->setObjectName(QStringLiteral("voiceTold"));
    m_told->setAccessibleName(tr("The child was told what happens next"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("voiceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a31d1d;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("The child's &words:"), m_words);
    form->addRow(tr("&Adaptations:"), m_adaptations);
    form->addRow(tr("Wishes and &feelings:"), m_wishes);
    form->addRow(QString(), m_told);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("voiceSave"));
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoiceDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_when->precisionCombo(), m_when->dateEdit());
    setTabOrder(m_when->dateEdit(), m_method);
    setTabOrder(m_method, m_words);
    setTabOrder(m_words, m_adaptations);
    setTabOrder(m_adaptations, m_wishes);
    setTabOrder(m_wishes, m_told);
    m_when->precisionCombo()->setFocus();
}

VoiceContent VoiceDialog::content() const
{
    VoiceContent content;
    content.captured = m_when->value();
    content.method = m_method->currentData().toString();
    content.words = m_words->toPlainText();
    content.adaptations = m_adaptations->toPlainText();
    content.wishesAndFeelings = m_wishes->toPlainText();
    content.toldWhatHappensNext = m_told->isChecked();
    return content;
}

QString VoiceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VoiceDialog::accept()
{
    try {
        m_commit(content());
    } catch (const Error& error) {
        m_error->setText(error.message());
        m_error->setAccessibleName(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

VoiceTab::VoiceTab(RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
{
    setObjectName(QStringLiteral("voiceTab"));
    m_model = new RecordTableModel(QStringList{tr("Captured"), tr("How"), tr("The child's words"),
                                               tr("Told what happens next"), tr("Recorded by")},
                                   this);
    m_table = makeRecordTable(QStringLiteral("voiceTable"), tr("The child's voice"), this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(0, 140);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 380);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("voiceDetail"));
    m_detail->setAccessibleName(tr("The selected entry"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("voiceAdd"));
    m_add->setAccessibleName(tr("Add the child's voice"));
    m_add->setVisible(hasPermission(context.vault.user(), Permission::WritePupilRecords));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_add);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qint64 id = selectedRecordId(m_table);
        m_detail->clear();
        for (const VoiceEntry& entry : m_entries)
            if (entry.id == id)
                m_detail->setPlainText(voiceText(entry));
    });
    connect(m_add, &QPushButton::clicked, this, &VoiceTab::add);
}

void VoiceTab::load()
{
    m_entries.clear();
    runReported(m_context.services.messages, this, tr("The child's voice"),
                [&] { m_entries = VoiceRepository(m_context.vault).list(m_context.pupil.id); });
    QList<RecordRow> rows;
    for (const VoiceEntry& entry : m_entries) {
        const VoiceContent& content = entry.current().content;
        RecordRow row;
        row.id = entry.id;
        QString words = content.words;
        words.replace(QLatin1Char('\n'), QLatin1Char(' '));
        row.cells = QStringList{content.captured.display(), VoiceMethods::label(content.method), words,
                                content.toldWhatHappensNext ? tr("Yes") : tr("No"), entry.recordedBy};
        row.raw = QVariantList{content.captured.sortKey(), row.cells.at(1), words,
                               content.toldWhatHappensNext, entry.recordedBy};
        row.toolTip = content.words;
        rows.append(row);
    }
    m_detail->clear();
    m_model->setRows(std::move(rows));
}

QDialog* VoiceTab::add()
{
    Vault& vault = m_context.vault;
    const qint64 pupilId = m_context.pupil.id;
    const QDate today = m_context.services.clock.nowUtc().toLocalTime().date();
    auto* dialog = new VoiceDialog(
        today,
        [&vault, pupilId](const VoiceContent& content) { VoiceRepository(vault).add(pupilId, content); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

} // namespace lantern
