#pragma once

#include "records/RecordSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace lantern {

class OverviewTable;
class PageHost;
class Vault;

// The "Search" page, reached from anywhere with Ctrl+F: pupils by name or UPN and concerns, chronology
// entries and the child's voice by their words, in one list (RecordSearch, audited "search" with the query as
// the CLI's search is). It searches a moment after typing stops, or at once on Enter; Down moves into the
// results, Up from the first returns to the box, and Enter on a result opens the child's record.
class SearchPage : public QWidget {
    Q_OBJECT
public:
    enum Column { KindColumn, ChildColumn, WhenColumn, WhatColumn, ColumnCount };

    SearchPage(Vault& vault, PageHost& host, QWidget* parent = nullptr);

    // Searches for the box's text now (nothing for a blank box).
    void search();
    bool openCurrent();

    QLineEdit* searchEdit() const { return m_edit; }
    OverviewTable* results() const { return m_results; }
    QLabel* summary() const { return m_summary; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Vault& m_vault;
    PageHost& m_host;
    QLineEdit* m_edit = nullptr;
    QLabel* m_summary = nullptr;
    OverviewTable* m_results = nullptr;
    QTimer* m_typing = nullptr;
    QString m_searched; // the text the results are for
};

} // namespace lantern
